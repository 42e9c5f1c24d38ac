// Package leaf imports codes only through middle; its fact holds what it
// sees, for the packages that import it.
package leaf

import "registry/middle"

var _ = middle.Closed
