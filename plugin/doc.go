// Package plugin registers statuslint as a golangci-lint v2 module plugin.
//
// A custom golangci-lint binary that blank-imports this package (see
// tools/custom-gcl, or .custom-gcl.yml for golangci-lint custom) knows the
// linter "statuslint". Enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [statuslint]
//	  settings:
//	    custom:
//	      statuslint:
//	        type: module
//	        description: checks HTTP status codes in handlers
//	        settings:
//	          codes:
//	            - {code: 499, description: Client Closed Request, fallback: 400}
//	          internal-paths: [/internal/, /debug/]
//	          unrouted-public: false
//	          disable: []
//
// The settings are the fields of [analyzer.Config], under their JSON names;
// an unknown key or a bad value stops golangci-lint with a message that says
// which. Codes registered in the settings win over //statuslint:code
// directives; a directive that registers one of them otherwise is reported.
//
// A diagnostic's related positions are at the end of its message, not apart:
// golangci-lint would make an issue of each, which a //nolint:statuslint on
// the finding's line does not cover.
package plugin
