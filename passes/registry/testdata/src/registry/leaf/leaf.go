// want package:`registrations\(460 "Rate Limited", 499 "Client Closed Request" fallback=400, 520 "Unknown Error" fallback=502\)`

// Package leaf imports codes only through middle; its fact holds what it
// sees, for the packages that import it.
package leaf

import "registry/middle"

var _ = middle.Closed
