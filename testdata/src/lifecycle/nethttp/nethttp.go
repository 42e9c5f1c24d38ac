// Package nethttp covers the response lifecycle of net/http handlers:
// superfluous status calls, bodies under 204/304, late headers, and
// http.Redirect with a code that is no redirect.
package nethttp

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

type payload struct{ OK bool }

func missingReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest) // the committing call (Related)
	}
	w.WriteHeader(http.StatusCreated) // want `http.ResponseWriter.WriteHeader sets status 201 after http.Error committed the response: net/http keeps the first status and logs "superfluous response.WriteHeader call"`
}

func withReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return // every path that committed ends here: not flagged
	}
	w.WriteHeader(http.StatusCreated)
}

func writeThenStatus(w http.ResponseWriter) {
	json.NewEncoder(w).Encode(payload{true})
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after json.Encoder.Encode committed the response`
}

func fprintThenError(w http.ResponseWriter) {
	fmt.Fprintln(w, "partial")
	http.Error(w, "failed", http.StatusInternalServerError) // want `http.Error sets status 500 after fmt.Fprintln committed the response`
}

func twoStatuses(w http.ResponseWriter, fail bool) {
	w.WriteHeader(http.StatusOK)
	if fail {
		w.WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after http.ResponseWriter.WriteHeader committed`
	}
}

func writeNil(w http.ResponseWriter) {
	w.Write(nil)                    // commits even with no bytes: net/http sends the header first
	http.NotFound(w, nil)           // want `http.NotFound sets status 404 after http.ResponseWriter.Write committed`
	http.Redirect(w, nil, "/", 302) // want `http.Redirect sets status 302 after http.NotFound committed`
}

// encodeError: the error branch of the committing call itself is not
// flagged, json.Encoder writes nothing when encoding fails.
func encodeError(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func encodeErrorAssigned(w http.ResponseWriter, v any) {
	err := json.NewEncoder(w).Encode(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // err comes from the committing call: not flagged
	}
}

// flag: a variable set next to the committing call and tested later.
func flag(w http.ResponseWriter, bad bool) {
	wrote := false
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		wrote = true
	}
	if !wrote {
		w.WriteHeader(http.StatusNoContent) // guarded by wrote: not flagged
	}
}

// sameCondition: the same test guards both calls; they exclude each other.
func sameCondition(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
	}
	if r.Method != http.MethodHead {
		w.WriteHeader(http.StatusAccepted) // r is tested by both: not flagged
	}
}

func switchCases(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		http.Error(w, "no", http.StatusMethodNotAllowed)
	}
	switch r.Method {
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated) // the same tag decides both switches: not flagged
	}
}

func panics(w http.ResponseWriter, bad bool) {
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		panic("bad request") // the path ends: not flagged
	}
	w.WriteHeader(http.StatusOK)
}

func fatal(w http.ResponseWriter, bad bool) {
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		log.Fatal("bad") // never returns: not flagged
	}
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		os.Exit(1) // never returns: not flagged
	}
	w.WriteHeader(http.StatusOK)
}

// loop: the committing call in a loop body does not reach itself on the
// next iteration, nor the code before it.
func loop(w http.ResponseWriter, items []string) {
	for _, it := range items {
		w.Header().Set("X-Item", it) // before the call in the loop: not flagged
		if it == "" {
			http.Error(w, "empty item", http.StatusBadRequest)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func loopNoReturn(w http.ResponseWriter, items []string) {
	for _, it := range items {
		if it == "" {
			http.Error(w, "empty item", http.StatusBadRequest) // no return
			break
		}
	}
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.Error committed`
}

func earlyHints(w http.ResponseWriter) {
	w.Header().Set("Link", "</style.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints) // 103 commits nothing
	w.Header().Set("X-After-Hints", "1") // not flagged
	w.WriteHeader(http.StatusOK)         // not flagged
	w.Write([]byte("ok"))
}

func deferred(w http.ResponseWriter) {
	defer w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.ResponseWriter.Write committed`
	w.Write([]byte("x"))               // the deferred call runs at the return, after this write
}

// deferredStatus: a streaming handler whose deferred closure sets the
// status after the body was written.
func deferredStatus(w http.ResponseWriter, items []string) {
	defer func() {
		w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after fmt.Fprintln committed`
	}()
	for _, it := range items {
		fmt.Fprintln(w, it)
	}
}

func deferredFirst(w http.ResponseWriter, bad bool) {
	defer w.Header().Set("X-Done", "1") // want `http.Header.Set changes header "X-Done" after http.ResponseWriter.WriteHeader committed`
	if bad {
		return // not committed on this path, committed on the other
	}
	w.WriteHeader(http.StatusOK)
}

// deferredRecover: the deferred handler of panics runs its branch only
// after a panic, which is no path of this function: not flagged.
func deferredRecover(w http.ResponseWriter) {
	defer func() {
		if rec := recover(); rec != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	w.Write([]byte("x"))
}

func deferredBeforeReturn(w http.ResponseWriter, bad bool) {
	defer w.Header().Set("X-Done", "1") // every path returns before a commit: not flagged
	if bad {
		return
	}
}

// Loops: one iteration after another.

func loopWrites(w http.ResponseWriter, items []string) {
	for _, it := range items {
		w.Header().Set("X-Item", it) // want `http.Header.Set changes header "X-Item" after fmt.Fprintln committed`
		fmt.Fprintln(w, it)
	}
}

func loopLeft(w http.ResponseWriter, items []string) {
	for _, it := range items {
		if it == "" {
			continue
		}
		w.Header().Set("X-First", it) // the loop is left after the write: not flagged
		fmt.Fprintln(w, it)
		return
	}
}

type rowSet interface {
	Next() bool
	Err() error
}

func rowsThenError(w http.ResponseWriter, rows rowSet) {
	for rows.Next() {
		json.NewEncoder(w).Encode(1)
	}
	if err := rows.Err(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error sets status 500 after json.Encoder.Encode committed`
	}
}

func rowsErrorFirst(w http.ResponseWriter, rows rowSet) {
	if err := rows.Err(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	for rows.Next() {
		json.NewEncoder(w).Encode(1) // the error was answered before: not flagged
	}
}

// Local closures.

func closureFail(w http.ResponseWriter, bad bool) {
	fail := func(code int) { http.Error(w, "failed", code) }
	if bad {
		fail(http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.Error committed`
}

func closureFailReturn(w http.ResponseWriter, bad bool) {
	fail := func(code int) { http.Error(w, "failed", code) }
	if bad {
		fail(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK) // the path that called fail returned: not flagged
}

func closureLate(w http.ResponseWriter) {
	done := func() {
		w.WriteHeader(http.StatusAccepted) // want `http.ResponseWriter.WriteHeader sets status 202 after http.ResponseWriter.Write committed`
	}
	w.Write([]byte("x"))
	done()
}

// Reading the header is no test of the commit.

func headerRead(w http.ResponseWriter, bad bool) {
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
	}
	if w.Header().Get("Content-Encoding") == "" {
		w.Header().Set("Content-Encoding", "identity") // want `http.Header.Set changes header "Content-Encoding" after http.Error committed`
	}
}

func headerReadReturn(w http.ResponseWriter, bad bool) {
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if w.Header().Get("Content-Encoding") == "" {
		w.Header().Set("Content-Encoding", "identity") // returned after the commit: not flagged
	}
}

// A branch that commits and falls through.

func notModifiedFallsThrough(w http.ResponseWriter, match bool) {
	if match {
		w.WriteHeader(http.StatusNotModified)
	}
	w.Write([]byte("body")) // want `http.ResponseWriter.Write writes a body after http.ResponseWriter.WriteHeader set status 304`
}

func notModifiedReturns(w http.ResponseWriter, match bool) {
	if match {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write([]byte("body")) // not under the 304: not flagged
}

func elseIfChain(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
	} else if r.Method == http.MethodGet {
		fmt.Fprintln(w, "ok")
	}
	w.WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after fmt.Fprintln committed`
}

func closure(w http.ResponseWriter) {
	http.Error(w, "bad", http.StatusBadRequest)
	f := func(w http.ResponseWriter) {
		w.WriteHeader(http.StatusOK) // another function, another writer: not flagged
	}
	_ = f
}

func reassigned(w http.ResponseWriter, wrap func(http.ResponseWriter) http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	w = wrap(w)
	w.WriteHeader(http.StatusOK) // w is reassigned in this function: not followed
}

func otherWriter(w, other http.ResponseWriter) {
	other.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusOK) // a different writer: not flagged
}

// recorder is not an http.ResponseWriter variable: a user's writer may
// buffer, so its calls are not ordered.
type recorder struct{ http.ResponseWriter }

func userWriter(w *recorder) {
	w.Write([]byte("x"))
	w.WriteHeader(http.StatusOK) // not flagged
}

func unknownCall(w http.ResponseWriter, r *http.Request, next http.Handler) {
	next.ServeHTTP(w, r)
	w.WriteHeader(http.StatusOK) // next may or may not write: not flagged
}

func writerState(w http.ResponseWriter, v any) {
	json.NewEncoder(w).Encode(v)
	if ww, ok := w.(interface{ Written() bool }); ok && ww.Written() {
		return
	}
	w.WriteHeader(http.StatusOK) // behind a test of the writer's state: not flagged
}

// Bodies under statuses that allow none.

func noContentBody(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	w.Write([]byte("done")) // want `http.ResponseWriter.Write writes a body after http.ResponseWriter.WriteHeader set status 204: net/http allows no body with 204 and drops it \(ErrBodyNotAllowed\)`
}

func notModifiedBody(w http.ResponseWriter, v any) {
	w.WriteHeader(http.StatusNotModified)
	json.NewEncoder(w).Encode(v) // want `json.Encoder.Encode writes a body after http.ResponseWriter.WriteHeader set status 304`
}

func noContentEmpty(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	w.Write(nil) // no bytes: not flagged
	w.Write([]byte{})
	w.Write([]byte(""))
}

func noContentElsewhere(w http.ResponseWriter, empty bool) {
	if empty {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Write([]byte("body")) // 204 returned before: not flagged
}

// Headers after the commit.

func lateHeader(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "application/json") // want `http.Header.Set changes header "Content-Type" after http.ResponseWriter.WriteHeader committed the response: the header was already sent and the change has no effect`
}

func lateHeaderAfterWrite(w http.ResponseWriter) {
	fmt.Fprintf(w, "hello")
	w.Header().Add("x-request-id", "1") // want `http.Header.Add changes header "X-Request-Id" after fmt.Fprintf committed the response`
	w.Header().Del("Cache-Control")     // want `http.Header.Del changes header "Cache-Control" after fmt.Fprintf committed`
}

func trailerPrefix(w http.ResponseWriter) {
	w.Write([]byte("data"))
	w.Header().Set(http.TrailerPrefix+"X-Sum", "abc") // a trailer: not flagged
}

func unknownKey(w http.ResponseWriter, key string) {
	w.Write([]byte("data"))
	w.Header().Set(key, "v") // the key may name a trailer: not flagged
}

func headerFirst(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain") // before the commit: not flagged
	w.WriteHeader(http.StatusOK)
}

// Redirect codes.

func redirects(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/a", http.StatusOK) // want `status code 200 passed to http.Redirect is not a redirect code: http.Redirect sends it as the status with a Location header that clients do not follow`
}

func redirectNotFound(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/a", http.StatusNotFound) // want `status code 404 passed to http.Redirect is not a redirect code`
}

func redirectOK(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/a", http.StatusSeeOther) // a redirect: not flagged
}

func redirectHandler() http.Handler {
	return http.RedirectHandler("/a", http.StatusCreated) // want `status code 201 passed to http.RedirectHandler is not a redirect code`
}

// headerOnce is a user's wrapper that tolerates a second WriteHeader.
func headerOnce(w http.ResponseWriter) http.ResponseWriter { return w }

func localWriter(w http.ResponseWriter) {
	cw := headerOnce(w)
	cw.WriteHeader(http.StatusOK)
	cw.WriteHeader(http.StatusAccepted) // a local writer may be a wrapper: only parameters are followed, not flagged
}

// writeError: Write sends the header before it can fail, so its error
// branch is after the commit.
func writeError(w http.ResponseWriter, b []byte) {
	if _, err := w.Write(b); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error sets status 500 after http.ResponseWriter.Write committed the response`
	}
}

func fprintError(w http.ResponseWriter) {
	_, err := fmt.Fprintf(w, "%d items", 3)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after fmt.Fprintf committed the response`
	}
}

// die never returns: it ends in log.Fatal and has no return statement.
func die(msg string) { log.Fatal(msg) }

func localFatal(w http.ResponseWriter, bad bool) {
	if bad {
		http.Error(w, "bad", http.StatusBadRequest)
		die("bad") // never returns: not flagged
	}
	w.WriteHeader(http.StatusOK)
}

// Flushing commits.

func flushThenStatus(w http.ResponseWriter) {
	w.(http.Flusher).Flush()
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.Flusher.Flush committed`
}

func controllerFlush(w http.ResponseWriter) {
	http.NewResponseController(w).Flush()
	w.Header().Set("X-Late", "1") // want `http.Header.Set changes header "X-Late" after http.ResponseController.Flush committed`
}

func statusThenFlush(w http.ResponseWriter) {
	w.Header().Set("X-Early", "1")
	w.WriteHeader(http.StatusOK)
	w.(http.Flusher).Flush() // flushing after the status: not flagged
}

// http.Error writes its message: under 204 or 304 it is lost.

func errorNoContent(w http.ResponseWriter) {
	http.Error(w, "gone", http.StatusNoContent) // want `http.Error with status 204 loses its body: net/http allows no body with 204 \(ErrBodyNotAllowed\)`
}

func errorNotFound(w http.ResponseWriter) {
	http.Error(w, "missing", http.StatusNotFound) // a code with a body: not flagged
}

// Cookies are headers.

func cookieLate(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	http.SetCookie(w, &http.Cookie{Name: "session"}) // want `http.SetCookie changes header "Set-Cookie" after http.ResponseWriter.WriteHeader committed`
}

func cookieFirst(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session"}) // before the commit: not flagged
	w.WriteHeader(http.StatusOK)
}

// The committing call's own error: on the edge where it is nil, the call
// wrote.

func encodeThenHeader(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		return
	}
	w.Header().Set("X-Done", "1") // want `http.Header.Set changes header "X-Done" after json.Encoder.Encode committed the response`
}

func encodeRows(w http.ResponseWriter, rows []payload) {
	for _, row := range rows {
		if err := json.NewEncoder(w).Encode(row); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `http.Error sets status 500 after json.Encoder.Encode committed the response`
			return
		}
	}
}

func encodeOnce(w http.ResponseWriter, v any) {
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // the only Encode failed, maybe before it wrote: not flagged
		return
	}
}

// Helpers that answer on some paths and report it.

// decode answers 400 and reports false when the body is not JSON.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return false
	}
	return true
}

func decodeMissingReturn(w http.ResponseWriter, r *http.Request) {
	var p payload
	if !decode(w, r, &p) {
		log.Print("bad body")
	}
	w.WriteHeader(http.StatusCreated) // want `http.ResponseWriter.WriteHeader sets status 201 after decode committed the response`
}

func decodeReturns(w http.ResponseWriter, r *http.Request) {
	var p payload
	if !decode(w, r, &p) {
		return
	}
	w.WriteHeader(http.StatusCreated) // decode answered only on the path that returned: not flagged
}

func decodeIgnored(w http.ResponseWriter, r *http.Request) {
	var p payload
	decode(w, r, &p)
	w.WriteHeader(http.StatusCreated) // want `http.ResponseWriter.WriteHeader sets status 201 after decode committed the response`
}

func decodeVar(w http.ResponseWriter, r *http.Request) {
	var p payload
	ok := decode(w, r, &p)
	if ok == true {
		w.WriteHeader(http.StatusCreated) // decode reported that it did not answer: not flagged
	}
}

// maybeDecode may write on the path that reports true too: no summary.
func maybeDecode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return false
	}
	if r.URL.Query().Get("echo") != "" {
		w.Write([]byte("echo"))
	}
	return true
}

func maybeDecodeReturns(w http.ResponseWriter, r *http.Request) {
	var p payload
	if !maybeDecode(w, r, &p) {
		return
	}
	w.WriteHeader(http.StatusCreated) // maybeDecode has no summary: not flagged
}

func customRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/a", 440) // want `status code 440 passed to http.Redirect is not a redirect code: http.Redirect sends it as the status` `custom status code 440 passed to http.Redirect has no registered description`
}

type rpcState struct{ failed bool }

func invoke(r *http.Request, st *rpcState) error { return nil }

// copiedState: st is handed to the call whose error guards http.Error, and
// ok copies what it recorded: the test of ok is a test of the same outcome
// (the call reports a failure either way, not both), so it is not
// flagged.
func copiedState(w http.ResponseWriter, r *http.Request) {
	st := &rpcState{}
	if err := invoke(r, st); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
	failed := st.failed
	if failed {
		w.WriteHeader(http.StatusBadGateway)
	}
}

// uncopied: a value unrelated to the guarding call says nothing of it:
// flagged.
func uncopied(w http.ResponseWriter, r *http.Request, retry bool) {
	st := &rpcState{}
	if err := invoke(r, st); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
	again := retry
	if again {
		w.WriteHeader(http.StatusServiceUnavailable) // want `http.ResponseWriter.WriteHeader sets status 503 after http.Error committed the response`
	}
}
