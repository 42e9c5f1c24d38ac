// Package routecall reads the calls that the knowledge tables list as
// route registrations: which arguments are handlers and middleware, and
// the routes that struct literals declare. The sends pass uses it to leave
// registered handlers to their routes, the routes pass to build them.
package routecall
