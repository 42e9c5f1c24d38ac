// Package codes registers the service's custom status codes; the other
// packages see the registrations only through statuslint's facts.
package codes

//statuslint:code 499 "Client Closed Request" fallback=400
//statuslint:code 463 "Too Many Forwarded IPs"

// StatusLoadBalancerClosed is sent when the load balancer closed the
// connection first.
//
//statuslint:code "Load Balancer Closed Connection" fallback=400
const StatusLoadBalancerClosed = 460
