// Package leaf imports codes only through middle.
package leaf

import "registry/middle"

var _ = middle.Closed
