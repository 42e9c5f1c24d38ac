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
// whose every assignment is resolvable, and from mappers: functions whose
// integer result is always one of a set of constants (statusFor(err)). A
// function whose integer parameter flows into a site is a wrapper
// (writeJSON(w, code, v)), and its callers' arguments are sites; a struct
// field read at a site is a status field, and the constants stored into it
// are sites. Wrappers, mappers and status fields are exported as facts for
// the packages that import them. Unknown values are never guessed.
//
// The analyzer reports nothing itself; its Result lists the sites with the
// constant codes each can hold, for the root analyzer to check.
package sites
