// Package directives holds malformed and contradictory directives.
package directives

//statuslint:code 499 // want `malformed statuslint:code directive: missing quoted "DESCRIPTION"; want //statuslint:code CODE "DESCRIPTION" \[fallback=STANDARD\]`

//statuslint:code 499 "Client Closed Request" retry=400 // want `^malformed statuslint:code directive: unknown argument "retry=400"; the only option is fallback=STANDARD; want //statuslint:code CODE`

//statuslint:code 404 "Not Found Here" // want `^statuslint:code registers nothing: cannot register 404: it is the standard code "Not Found"`

//statuslint:code 700 "Seven Hundred" // want `cannot register 700: status codes are 100–599`

//statuslint:code 499 "Client Closed Request" fallback=503 // want `^statuslint:code registers nothing: fallback 503 of 499 is not of the same class; use a 4xx code such as 400`

//statuslint:code 499 "Client Closed Request" fallback=450 // want `fallback 450 of 499 is not a standard code`

//statuslint:code "No Code" // want `^malformed statuslint:code directive: missing CODE \(it may be left out only in the doc comment of a constant\)`

//statuslint:code 460 "Rate Limited"

//statuslint:code 460 "Too Many" // want `statuslint:code 460 conflicts with its registration in directives as "Rate Limited"; register a code once`

//statuslint:code 460 "Rate Limited"

//statuslint:cod 460 // want `unknown directive statuslint:cod; known: statuslint:code, statuslint:internal, statuslint:public`

//statuslint:internal now // want `statuslint:internal takes no arguments`

// A registration whose CODE differs from its constant.
//
//statuslint:code 498 "Invalid Token" // want `^statuslint:code registers nothing: CODE 498 differs from the value of StatusInvalid, 497; leave CODE out`
const StatusInvalid = 497

// Not an integer constant.
//
//statuslint:code "Name" // want `^statuslint:code registers nothing: constant Name is not an integer`
const Name = "x"

// A directive with a space after // is an ordinary comment, which the
// user most likely meant as a directive: statuslint says so.
// statuslint:code 474 "Unknown" // want `this comment is not a directive, so it registers nothing: write //statuslint:code, with no space after //`

// Not flagged: prose that starts with a directive's name, and a word that
// is no directive's.
// statuslint:code directives register custom codes.
// statuslint:codes 474
