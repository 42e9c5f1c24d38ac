// Package status holds the HTTP status-code tables statuslint relies on:
// the standard codes (the IANA registry as net/http knows it) and the
// descriptions of well-known unofficial codes.
//
// The tables live here, not in a call to http.StatusText, so that results do
// not depend on the Go toolchain that runs the linter.
package status

// Min and Max bound the codes that HTTP defines (RFC 9110 §15: three digits,
// first digit 1 to 5).
const (
	Min = 100
	Max = 599
)

// standard maps each code that net/http's StatusText knows to its reason
// phrase. 306 (unused) is absent, as it is from net/http.
var standard = map[int]string{
	100: "Continue",
	101: "Switching Protocols",
	102: "Processing",
	103: "Early Hints",

	200: "OK",
	201: "Created",
	202: "Accepted",
	203: "Non-Authoritative Information",
	204: "No Content",
	205: "Reset Content",
	206: "Partial Content",
	207: "Multi-Status",
	208: "Already Reported",
	226: "IM Used",

	300: "Multiple Choices",
	301: "Moved Permanently",
	302: "Found",
	303: "See Other",
	304: "Not Modified",
	305: "Use Proxy",
	307: "Temporary Redirect",
	308: "Permanent Redirect",

	400: "Bad Request",
	401: "Unauthorized",
	402: "Payment Required",
	403: "Forbidden",
	404: "Not Found",
	405: "Method Not Allowed",
	406: "Not Acceptable",
	407: "Proxy Authentication Required",
	408: "Request Timeout",
	409: "Conflict",
	410: "Gone",
	411: "Length Required",
	412: "Precondition Failed",
	413: "Request Entity Too Large",
	414: "Request URI Too Long",
	415: "Unsupported Media Type",
	416: "Requested Range Not Satisfiable",
	417: "Expectation Failed",
	418: "I'm a teapot",
	421: "Misdirected Request",
	422: "Unprocessable Entity",
	423: "Locked",
	424: "Failed Dependency",
	425: "Too Early",
	426: "Upgrade Required",
	428: "Precondition Required",
	429: "Too Many Requests",
	431: "Request Header Fields Too Large",
	451: "Unavailable For Legal Reasons",

	500: "Internal Server Error",
	501: "Not Implemented",
	502: "Bad Gateway",
	503: "Service Unavailable",
	504: "Gateway Timeout",
	505: "HTTP Version Not Supported",
	506: "Variant Also Negotiates",
	507: "Insufficient Storage",
	508: "Loop Detected",
	510: "Not Extended",
	511: "Network Authentication Required",
}

// unofficial maps well-known non-standard codes to the description their
// originators use; fixes offer it when they register such a code.
var unofficial = map[int]string{
	218: "This Is Fine",                    // Apache
	419: "Page Expired",                    // Laravel
	420: "Enhance Your Calm",               // Twitter
	430: "Request Header Fields Too Large", // Shopify
	440: "Login Time-out",                  // IIS
	444: "No Response",                     // nginx
	449: "Retry With",                      // IIS
	450: "Blocked by Windows Parental Controls",
	460: "Client Closed Connection Before Load Balancer Idle Timeout", // AWS ELB
	463: "Too Many Forwarded IP Addresses",                            // AWS ELB
	494: "Request Header Too Large",                                   // nginx
	495: "SSL Certificate Error",                                      // nginx
	496: "SSL Certificate Required",                                   // nginx
	497: "HTTP Request Sent to HTTPS Port",                            // nginx
	498: "Invalid Token",                                              // Esri
	499: "Client Closed Request",                                      // nginx
	509: "Bandwidth Limit Exceeded",                                   // Apache, cPanel
	520: "Web Server Returned an Unknown Error",                       // Cloudflare
	521: "Web Server Is Down",                                         // Cloudflare
	522: "Connection Timed Out",                                       // Cloudflare
	523: "Origin Is Unreachable",                                      // Cloudflare
	524: "A Timeout Occurred",                                         // Cloudflare
	525: "SSL Handshake Failed",                                       // Cloudflare
	526: "Invalid SSL Certificate",                                    // Cloudflare
	527: "Railgun Error",                                              // Cloudflare
	529: "Site is overloaded",                                         // Qualys
	530: "Site is frozen",                                             // Pantheon
	561: "Unauthorized",                                               // AWS ELB
	598: "Network read timeout error",                                 // some proxies
	599: "Network Connect Timeout Error",                              // some proxies
}

// Text returns the reason phrase of a standard code, or "" if code is not
// standard.
func Text(code int) string { return standard[code] }

// IsStandard reports whether code is in the IANA registry as net/http knows it.
func IsStandard(code int) bool { return standard[code] != "" }

// InRange reports whether code is a valid HTTP status code (100–599).
func InRange(code int) bool { return Min <= code && code <= Max }

// IsCustom reports whether code is in range but not standard.
func IsCustom(code int) bool { return InRange(code) && !IsStandard(code) }

// Unofficial returns the usual description of a well-known unofficial code,
// or "" if none is known.
func Unofficial(code int) string { return unofficial[code] }

// ClassDefault returns the x00 code of code's class (RFC 9110 §15: what a
// client that does not know code treats it as).
func ClassDefault(code int) int { return code / 100 * 100 }
