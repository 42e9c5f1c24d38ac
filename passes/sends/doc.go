// Package sends defines an Analyzer that finds the status codes each function
// can send.
//
// # Analyzer sends
//
// sends: find the status codes each function can send
//
// A function sends the codes in 100–599 of the status sites in its body and of
// the functions it calls or refers to, except the handlers it registers on
// a route: the route sends those. Functions of other packages bring theirs
// as facts. The codes propagate from callee to caller over a worklist, and
// a function's fact keeps, for each code, the smallest position that sends
// it, named relative to its package: the result and the facts depend only
// on the code.
//
// The analyzer reports nothing itself.
package sends
