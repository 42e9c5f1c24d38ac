// Package sites defines an Analyzer that finds status-code sites: the
// expressions whose value becomes an HTTP response status, and the
// constant codes each can hold.
//
// # Analyzer sites
//
// sites: find the expressions that set an HTTP response status
//
// A site is the status argument of a call that the knowledge tables list
// (http.Error, (*gin.Context).JSON, echo.NewHTTPError, …), of WriteHeader on
// any type that implements http.ResponseWriter, or a value stored in a
// status-carrying struct field (echo.HTTPError{Code: …}). Callees are
// resolved through types, never by name.
//
// Beyond constants, the codes a site can hold come from local variables
// whose every assignment is resolvable; from mappers, functions whose
// integer result (of one or several) is always one of a set of constants
// (statusFor(err)) or one of their parameters (orDefault(code)); from
// methods, called on a concrete type or through an interface, whose
// implementations in the program return constants; and from status
// tables, package-level map literals that nothing writes. A function
// whose integer parameter flows into a site is a wrapper
// (writeJSON(w, code, v)), and its callers' arguments are sites; a struct
// field read at a site, directly or through a getter, is a status field,
// and the constants stored into it, keyed or by position, are sites. The
// callbacks that the knowledge tables list (go-zero's error handler)
// return sites.
//
// Guards: a forward analysis (internal/flow) of the variable through its
// function finds the assignments that reach a site, each with what the
// branches on the way (if and else-if conditions, switch cases, loops,
// goto) say of its value; the values they exclude are dropped
// (if code != 0 { w.WriteHeader(code) }); a wrapper's fact and a mapper's
// fact record the guard of each parameter, so that a caller's 0 that the
// callee never sends is not a site's code.
//
// Wrappers, mappers, status fields and tables are exported as facts for
// the packages that import them. Unknown values are never guessed.
//
// The analyzer reports nothing itself; its Result lists the sites with the
// constant codes each can hold, for the root analyzer to check.
package sites
