// Package routes defines an Analyzer that finds route registrations, the
// handlers they register, and the paths under which the roots of the
// router tree serve them.
//
// # Analyzer routes
//
// routes: find routes, their handlers, and their exposure
//
// A route is a call that the knowledge tables list (http.HandleFunc,
// (*gin.RouterGroup).GET, …), or a struct-literal route passed to one. It
// is registered on routers: values that variables, fields, parameters and
// results hold, followed through the package. Groups, callbacks (chi's
// Route) and mounts link a router under another with a prefix, and a router
// can hang in several places. A route's paths are read upwards to the roots,
// the routers that nothing visible mounts.
//
// A router that leaves the package, returned by an exported function or
// filled by one that receives it, has unknown exposure here: a router fact
// carries its routes, with paths relative to it, their markers and the
// codes their handlers and middleware can send, to the packages that mount or serve
// it, where they are composed and decided.
//
// Middleware registered on a router (Use, the handlers a group is created
// with) runs for the routes the knowledge tables say: every route of the
// router and of the routers under it, or only those registered, and the
// groups derived, after it in the same function (gin, echo's groups). A
// route's Middleware lists the codes that middleware can send; a route of
// another package's router brings its package's middleware in its fact.
//
// A route is marked internal by //statuslint:internal on the line above it
// or above a mount, on the declaration of its router or group, or on its
// handler; an exported function marked so carries a fact, for the packages
// that register it. The analyzer reports nothing itself.
package routes
