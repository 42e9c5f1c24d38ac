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
// The analyzer reports nothing itself; its Result lists the sites with the
// constant codes each can hold, for the root analyzer to check.
package sites
