// Package goswagger has handlers documented with go-swagger operation
// comments, as gotify writes them.
package goswagger

import (
	"encoding/json"
	"net/http"
)

// API serves applications.
type API struct{}

// GetApps returns the applications.
// swagger:operation GET /application application getApps
//
// Return all applications.
//
// ---
// produces: [application/json]
// responses:
//
//	200:
//	  description: Ok
//	  schema:
//	    type: array
//	401:
//	  description: Unauthorized
//	  schema:
//	      $ref: "#/definitions/Error"
func (API) GetApps(w http.ResponseWriter, r *http.Request) { // want `API.GetApps sends status code 404, which its swagger:operation responses do not document`
	if r.Header.Get("X-Token") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if r.URL.Query().Has("missing") {
		http.Error(w, "none", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode([]string{})
}

// DeleteApp deletes an application; its responses name default.
// swagger:operation DELETE /application/{id} application deleteApp
//
// ---
// responses:
//
//	"204":
//	  description: Ok
//	default:
//	  description: Error
func (API) DeleteApp(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", http.StatusNotFound)
}

// ListPets is documented with a swagger:route comment.
//
// swagger:route GET /pets pets listPets
//
// Lists pets.
//
//	Responses:
//	  200: petsResponse
//	  422: validationError
func ListPets(w http.ResponseWriter, r *http.Request) { // want `ListPets sends status code 404, which its swagger:operation responses do not document`
	if r.URL.Query().Has("bad") {
		http.Error(w, "bad", http.StatusUnprocessableEntity)
		return
	}
	http.Error(w, "none", http.StatusNotFound)
}

// Plain mentions responses: but has no swagger:operation: not checked.
//
// responses:
//
//	200: ok
func Plain(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", http.StatusNotFound)
}

// Stream upgrades the connection; the upgrade answers 405 to a method
// other than GET, which the GET route never receives: not flagged, since
// the operation names its one method.
// swagger:operation GET /stream message stream
//
//	---
//	responses:
//	  200:
//	    description: Ok
func Stream(w http.ResponseWriter, r *http.Request) {
	upgrade(w, r)
}

func upgrade(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed)
	}
}
