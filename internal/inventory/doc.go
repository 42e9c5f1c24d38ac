// Package inventory lists the routes that a program serves and the status
// codes that each can send: statuslint -routes.
//
// It runs the routes, docs and registry passes over the loaded packages in
// one process and reads their results: every route with its method, its
// full path (mount prefixes and groups applied), the function it ends in,
// its exposure (public, internal, or unknown when no root that serves it
// is in sight), the codes its handlers and per-route middleware can send
// with the position that sends each, and the codes its documentation
// lists. The output is sorted and depends only on the code.
package inventory
