package huma

import (
	"errors"

	"github.com/danielgtaylor/huma/v2"
)

// errQuota is a huma.StatusError whose GetStatus returns a constant.
type errQuota struct{}

func (errQuota) Error() string { return "quota" }

func (errQuota) GetStatus() int { return 470 } // want `custom status code 470 returned by errQuota\.GetStatus and passed to huma.Context.SetStatus has no registered description`

// errLimit is a huma.StatusError whose GetStatus is a getter of a field.
type errLimit struct{ status int }

func (e *errLimit) Error() string { return "limit" }

func (e *errLimit) GetStatus() int { return e.status }

var errTooLarge = &errLimit{status: 471} // want `custom status code 471 stored in errLimit.status has no registered description`

// count has a GetStatus method that returns no status code: not an
// implementation that counts.
type count struct{}

func (count) Error() string  { return "count" }
func (count) GetStatus() int { return 3 }

// writeErr sends the status of a huma.StatusError: the implementations of
// this package are what it can send.
func writeErr(ctx huma.Context, err error) {
	var se huma.StatusError
	if errors.As(err, &se) {
		ctx.SetStatus(se.GetStatus())
	}
}
