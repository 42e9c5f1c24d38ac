// Package server is a stub of github.com/cloudwego/hertz/pkg/app/server
// for statuslint's tests: only the API they use.
package server

import "github.com/cloudwego/hertz/pkg/route"

// Hertz is a server; it embeds the router.
type Hertz struct {
	*route.Engine
}

// Default returns a server.
func Default() *Hertz { return &Hertz{Engine: &route.Engine{}} }
