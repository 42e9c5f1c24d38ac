// Command demo is a small service with the mistakes statuslint finds in
// status codes. Run statuslint on it from the repository root:
//
//	go build -o bin/statuslint ./cmd/statuslint && (cd examples/demo && ../../bin/statuslint ./...)
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"

	"statuslint.example/demo/shop"
)

// StatusClientClosedRequest is nginx's code for a client that went away
// before the answer. It is sent below without a registration, so statuslint
// asks for a description.
const StatusClientClosedRequest = 499

// StatusRateLimited is sent to clients over their quota. It is registered,
// but names no standard fallback: a client that does not know 460 takes it
// for 400, while the right answer is 429 Too Many Requests.
//
//statuslint:code "Rate Limited"
const StatusRateLimited = 460

// A registration with a typo: the description must be quoted.
//
//statuslint:code 520 Web Server Returned an Unknown Error

// StatusOverloaded is registered with its standard fallback: it is fine.
//
//statuslint:code "Site Overloaded" fallback=503
const StatusOverloaded = 529

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /reports", reports)
	mux.HandleFunc("GET /reports/{id}", report)
	mux.HandleFunc("GET /search", search)
	mux.HandleFunc("GET /legacy", legacy)
	mux.HandleFunc("GET /busy", busy)
	mux.HandleFunc("POST /export", export)
	mux.HandleFunc("GET /old-reports", oldReports)
	mux.HandleFunc("GET /ping", ping)
	mux.HandleFunc("GET /report.csv", reportCSV)
	mux.HandleFunc("GET /internal/quota", quota) // internal: no fallback needed
	mux.Handle("/shop/", http.StripPrefix("/shop", shop.Router()))
	log.Fatal(http.ListenAndServe(":8080", mux))
}

// reports streams a report; the client may go away first.
func reports(w http.ResponseWriter, r *http.Request) {
	if errors.Is(r.Context().Err(), context.Canceled) {
		http.Error(w, "client went away", StatusClientClosedRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// search refuses clients over their quota.
func search(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		http.Error(w, "missing q", http.StatusBadRequest)
		return
	}
	w.WriteHeader(StatusRateLimited)
}

// legacy sends a code that is not an HTTP status code.
func legacy(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700)
}

// busy sends a registered code that names its fallback.
func busy(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(StatusOverloaded)
}

// export starts an export job. The missing return after http.Error lets
// a request without "from" go on to the second status, which net/http
// drops with "superfluous response.WriteHeader call".
func export(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("from") == "" {
		http.Error(w, "missing from", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusAccepted)
}

// oldReports moved; 200 is no redirect code, so clients stay here.
func oldReports(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/reports", http.StatusOK)
}

// ping answers 204 No Content, then writes a body that net/http drops.
func ping(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintln(w, "pong")
}

// reportCSV sets its content type after the header went out: too late.
func reportCSV(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "text/csv")
	fmt.Fprintln(w, "id,total")
}

// quota is only reachable under /internal/, where custom codes need no
// fallback.
func quota(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(StatusRateLimited)
}

// report answers one report. Its API documentation lists 200 and 400, but
// it also answers 404, which clients generated from the documentation do
// not expect.
//
//	@Summary	One report
//	@Success	200	{string}	string	"the report"
//	@Failure	400	{string}	string	"missing id"
//	@Router		/reports/{id} [get]
func report(w http.ResponseWriter, r *http.Request) {
	switch id := r.PathValue("id"); {
	case id == "":
		http.Error(w, "missing id", http.StatusBadRequest)
	case id != "1":
		http.Error(w, "no such report", http.StatusNotFound)
	default:
		fmt.Fprintln(w, "report 1")
	}
}
