// Package codes registers the custom codes of the route tree packages.
package codes

// RateLimited is sent to clients over their quota.
//
//statuslint:code "Rate Limited"
const RateLimited = 460

// QuotaExceeded is sent when an account's quota is spent.
//
//statuslint:code "Quota Exceeded"
const QuotaExceeded = 470
