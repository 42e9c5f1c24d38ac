// Package middle imports codes and declares nothing: registrations reach
// the packages that import middle all the same.
package middle

import "registry/codes"

// Closed re-exports the code.
const Closed = codes.StatusClientClosedRequest
