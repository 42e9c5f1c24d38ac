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
// as facts.
//
// A code that an error value carries (a site that builds one, as the
// knowledge tables list: echo.NewHTTPError, huma.Error404NotFound) belongs
// to the error the function returns, and goes to a caller only where the
// caller returns that error: as is, wrapped with fmt.Errorf's %w, joined
// with errors.Join, or through a function that returns its error
// parameter (the fact lists those parameters). A forward dataflow over the
// caller (internal/flow) tells which error reaches each return; a caller
// that drops the error, or answers with an error of its own code, does not
// send the callee's codes. A reference that is no call passes them as
// they are; a function that returns no error sends the codes of the errors
// it gets. A handler sends both: its framework answers with its error. The codes propagate from callee to caller over a worklist, and
// a function's fact keeps, for each code, the smallest position that sends
// it, named relative to its package: the result and the facts depend only
// on the code.
//
// The analyzer reports nothing itself.
package sends
