// want package:"hasFacts"

// Package respond holds helpers whose status parameter is optional: they
// send it only when a condition lets it through.
package respond

import (
	"encoding/json"
	"errors"
	"net/http"
)

// JSON sends code only when it is set: 0 means "keep the status".
func JSON(w http.ResponseWriter, v any, code int) { // want JSON:`wrapper\(2:net/http if !=0\)`
	if code != 0 {
		w.WriteHeader(code)
	}
	json.NewEncoder(w).Encode(v)
}

// Positive sends code only when it is positive.
func Positive(w http.ResponseWriter, code int) { // want Positive:`wrapper\(1:net/http if >=1\)`
	if code > 0 {
		w.WriteHeader(code)
	}
}

// Valid sends code only when it is a status code.
func Valid(w http.ResponseWriter, code int) { // want Valid:`wrapper\(1:net/http if >=100 <=599\)`
	if code >= 100 && code <= 599 {
		w.WriteHeader(code)
	}
}

// Early leaves before the site when code is 0.
func Early(w http.ResponseWriter, code int) { // want Early:`wrapper\(1:net/http if !=0\)`
	if code == 0 {
		return
	}
	w.WriteHeader(code)
}

// Else sends code in the else branch of a test for 0.
func Else(w http.ResponseWriter, code int) { // want Else:`wrapper\(1:net/http if !=0\)`
	if code == 0 {
		w.WriteHeader(http.StatusOK)
	} else {
		w.WriteHeader(code)
	}
}

// Either sends code once under a guard and once without: the caller's 0
// reaches the second site, so the fact has no guard.
func Either(w http.ResponseWriter, code int, twice bool) { // want Either:`wrapper\(1:net/http\)`
	if code != 0 {
		w.WriteHeader(code)
	}
	if twice {
		w.WriteHeader(code)
	}
}

// Other tests another variable: no guard on code.
func Other(w http.ResponseWriter, code, n int) { // want Other:`wrapper\(1:net/http\)`
	if n != 0 {
		w.WriteHeader(code)
	}
}

// Or lets code through when either test holds: no guard on code.
func Or(w http.ResponseWriter, code int, force bool) { // want Or:`wrapper\(1:net/http\)`
	if code != 0 || force {
		w.WriteHeader(code)
	}
}

// Reset tests code, then changes it before the site: the test says
// nothing of the value sent, and the caller's value does not reach it.
func Reset(w http.ResponseWriter, code int) {
	if code != 0 {
		code = 0
		w.WriteHeader(code)
	}
}

// Via passes its parameter to JSON: it has JSON's guard.
func Via(w http.ResponseWriter, v any, code int) { // want Via:`wrapper\(2:net/http if !=0\)`
	JSON(w, v, code)
}

// OrDefault replaces a missing code: a mapper that passes its parameter
// through when it is not 0.
func OrDefault(code int) int { // want OrDefault:`returns\(500, param 0 if !=0\)`
	if code == 0 {
		code = http.StatusInternalServerError
	}
	return code
}

// Clamp keeps a code in range: a mapper that passes its parameter through
// when it is a status code.
func Clamp(code int) int { // want Clamp:`returns\(500, param 0 if >=100 <=599\)`
	if code < 100 || code > 599 {
		return http.StatusInternalServerError
	}
	return code
}

// Maybe changes its parameter on one path only, outside any test of it:
// it returns 500 or the caller's code, unguarded.
func Maybe(code int, up bool) int { // want Maybe:`returns\(500, param 0\)`
	if up {
		code = 500
	}
	return code
}

// Defaulted sends OrDefault(code): a wrapper through a mapper.
func Defaulted(w http.ResponseWriter, code int) { // want Defaulted:`wrapper\(1:net/http if !=0\)`
	w.WriteHeader(OrDefault(code))
}

// ErrNotFound is a lookup failure.
var ErrNotFound = errors.New("not found")

// StatusFor maps errors to codes; 0 means "no error, no status".
func StatusFor(err error) int { // want StatusFor:`returns\(0, 404, 471\)`
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	}
	return 471
}

// ToHTTP maps errors to a code and a message.
func ToHTTP(err error) (int, string) { // want ToHTTP:`returns\(487, 500\)`
	if errors.Is(err, ErrNotFound) {
		return 487, "archived"
	}
	return http.StatusInternalServerError, "internal"
}

// Resolve returns a user, or the code of its failure and an error. Not
// flagged: the 0 beside the nil error is no status; callers send the code
// only when there is an error. Its 486 beside an error is sent.
func Resolve(name string) (string, int, error) { // want Resolve:`returns#1\(486, 500\)`
	switch name {
	case "":
		return "", http.StatusInternalServerError, errors.New("no name")
	case "gone":
		return "", 486, errors.New("gone")
	}
	return name, 0, nil
}

// Greet sends Resolve's code on its error path.
func Greet(w http.ResponseWriter, name string) {
	user, code, err := Resolve(name)
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.Write([]byte(user))
}

// Fail reports err with ToHTTP's code.
func Fail(w http.ResponseWriter, err error) {
	code, msg := ToHTTP(err)
	http.Error(w, msg, code)
}

// Send writes StatusFor's code when there is one.
func Send(w http.ResponseWriter, err error) {
	if code := StatusFor(err); code != 0 {
		w.WriteHeader(code)
	}
}

// Jump has a goto, which the control-flow graph follows: the code
// reaches the site only when it is not 0.
func Jump(w http.ResponseWriter, code int) { // want Jump:`wrapper\(1:net/http if !=0\)`
	if code == 0 {
		goto done
	}
	w.WriteHeader(code)
done:
}

// Loop skips a 0 in a loop with continue: a guard.
func Loop(w http.ResponseWriter, codes []int, code int) { // want Loop:`wrapper\(2:net/http if !=0\)`
	for range codes {
		if code == 0 {
			continue
		}
		w.WriteHeader(code)
	}
}

// Case guards inside a case clause.
func Case(w http.ResponseWriter, kind string, code int) { // want Case:`wrapper\(2:net/http if >=100\)`
	switch kind {
	case "json":
		if code < 100 {
			return
		}
		w.WriteHeader(code)
	}
}

// Switched leaves on a case that tests code: a guard, like an if.
func Switched(w http.ResponseWriter, code int) { // want Switched:`wrapper\(1:net/http if >=100\)`
	switch {
	case code < 100:
		return
	}
	w.WriteHeader(code)
}

// Tagged leaves on case 0 of a switch on code itself.
func Tagged(w http.ResponseWriter, code int) { // want Tagged:`wrapper\(1:net/http if !=0\)`
	switch code {
	case 0:
		return
	}
	w.WriteHeader(code)
}

// Chain leaves on every condition of an else-if chain.
func Chain(w http.ResponseWriter, code int) { // want Chain:`wrapper\(1:net/http if >=100 <=599\)`
	if code < 100 {
		return
	} else if code > 599 {
		return
	}
	w.WriteHeader(code)
}

// SwitchOther switches on another value: no guard on code.
func SwitchOther(w http.ResponseWriter, code int, kind string) { // want SwitchOther:`wrapper\(1:net/http\)`
	switch kind {
	case "":
		return
	}
	w.WriteHeader(code)
}
