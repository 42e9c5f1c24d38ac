// Package lifecycle defines an Analyzer that follows the response
// lifecycle of HTTP handlers: in which order, on which paths, a status is
// set, the header is committed, a body is written and a header is changed.
//
// # Analyzer lifecycle
//
// lifecycle: order the calls that set a status, write a body or change a header
//
// The writers followed are the writer types of the knowledge tables'
// lifecycles (net/http.ResponseWriter, gin's *Context, echo's Context,
// kratos' Context, the request chi's render.Status records a status on,
// fasthttp's *RequestCtx, fiber's Ctx, hertz's *RequestContext, huma's
// Context) and their views (gin's Writer, echo's Response(), fiber's
// chained Status(code)); what each call does to them, and each runtime's
// rules, are data there (knowledge.Lifecycle). A writer variable that is reassigned or whose address is taken is
// not followed, nor is any other writer type (a user's wrapper may buffer).
//
// The analysis is path-sensitive: a forward dataflow analysis (internal/flow)
// on the control-flow graphs (go/cfg) of the functions that touch a writer,
// whose state is the set of committing calls (and of statuses that allow
// no body) that may have happened, each with the variables correlated with
// it. A later call counts only if some path reaches it after the
// committing call. Paths end at return, panic and calls that never return
// (os.Exit, log.Fatal, t.Fatal, the logging packages' Fatal, this
// package's functions that end in one); loops are iterated to a fixpoint;
// deferred calls run at every return; local closures called in the
// function are followed; and a path that branches on a variable
// correlated with the committing call (a variable tested or assigned in
// the statements that guard it, the result of the call, the writer itself
// but not its header map, what recover returned, a variable assigned a
// value that mentions one of these but the writer) drops that call, so
// `if wrote { return }` and `if err := enc.Encode(v); err != nil` are
// respected; a test of the call's own last result against nil or a
// boolean keeps the call, settled, on the edge where it committed (a nil
// error after a render). gin records the status until the first write: a
// write with no status recorded on any path before it (nor a call handed
// the writer that may record one) sends the runtime's default, 200. Findings are made only once the analysis is at its fixpoint,
// in one place (add) where every filter applies: test files are left
// alone. Trailers: exactly the keys a function, or a helper of its package
// that it calls, announces in Trailer (every key, where it announces a
// value that is not a constant), and http.TrailerPrefix keys.
//
// A runtime that buffers the response (knowledge.Rules.LastWins:
// fasthttp, fiber, hertz, and huma, whose adapter decides) sends the last
// status and every header when the handler returns: no status or header
// is late there, nothing commits, and a body written under a status that
// allows none is pending until a later status (or a call that is not
// followed, handed the writer) replaces that status; the pending bodies
// left at the function's returns are findings. In a package that imports
// the adaptor of such a runtime, net/http writers may be served through it:
// there only bodies under a status that allows none are findings for them.
//
// A function that, on every path, sets a status, commits the response, or
// writes a body without setting a status, for one of its writer parameters,
// is summarized; its callers treat a call of it as that effect. So is a
// function that commits on some paths and reports it through its last
// result: every return of one outcome (false, true, a non-nil error) has
// committed and no other return may have; its callers follow it through
// their test of that result. Summaries of exported functions are facts for
// the importing packages.
//
// The analyzer reports nothing itself; its Result lists the findings (a
// status set after the commit, a body written under a status that allows
// none, a header changed after the commit) for the root analyzer.
package lifecycle
