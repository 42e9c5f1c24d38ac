// Package routes defines an Analyzer that finds route registrations, the
// handlers they register and their exposure, and the custom status codes
// each function can send.
//
// # Analyzer routes
//
// routes: find routes, their handlers, and the codes handlers send
//
// A route is a call that the knowledge tables list (http.HandleFunc,
// (*gin.RouterGroup).GET, …). Its path is composed with the prefixes of the
// groups and sub-routers it hangs from, whether they are held in variables,
// passed to callbacks (chi's Route) or mounted as handlers. A route is
// marked internal by //statuslint:internal on the line above it, on the
// declaration of its router or group, or on its handler.
//
// A function sends the custom codes of the status sites in its body and of
// the functions it calls or refers to; functions of other packages bring
// theirs as facts. The analyzer reports nothing itself.
package routes
