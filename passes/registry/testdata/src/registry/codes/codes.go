// want package:`registrations\(460 "Rate Limited", 499 "Client Closed Request" fallback=400, 520 "Unknown Error" fallback=502\)`

// Package codes registers the custom codes that the other registry test
// packages use.
package codes

// StatusClientClosedRequest is sent when the client went away first.
//
//statuslint:code "Client Closed Request" fallback=400
const StatusClientClosedRequest = 499

const (
	// StatusRateLimited is registered without a fallback.
	//statuslint:code 460 "Rate Limited"
	StatusRateLimited = 460

	// StatusUnregistered has no registration.
	StatusUnregistered = 477
)

//statuslint:code 520 "Unknown Error" fallback=502
