// Package codes registers a code for the package fixes, which imports it.
package codes

//statuslint:code 465 "Shared"
