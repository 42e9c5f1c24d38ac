package sites

import (
	"go/token"
	"testing"
)

// TestGuardAlgebra checks the conjunction and the (weakening) disjunction
// of guards: a disjunction never excludes a value either side lets
// through.
func TestGuardAlgebra(t *testing.T) {
	ne0 := compare(token.NEQ, 0)
	gt0 := compare(token.GTR, 0)
	le599 := compare(token.LEQ, 599)
	eq5 := compare(token.EQL, 5)
	for _, tc := range []struct {
		name string
		g    guard
		want string
	}{
		{"!=0", ne0, " if !=0"},
		{">0", gt0, " if >=1"},
		{">0 && <=599", gt0.and(le599), " if >=1 <=599"},
		{"!=0 && >0", ne0.and(gt0), " if >=1"},
		{"!=0 || >0", ne0.or(gt0), " if !=0"},
		{"!=0 || ==0", ne0.or(compare(token.EQL, 0)), ""},
		{"==5 || >0", eq5.or(gt0), " if >=1"},
		{"==5", eq5, " if ==5"},
		{"none && !=0", noGuard.and(ne0), " if !=0"},
		{"none || !=0", noGuard.or(ne0), ""},
		{"<min", compare(token.LSS, -1<<63), ""},
	} {
		if got := tc.g.String(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	for _, v := range []int64{-1, 0, 1, 5, 599, 600} {
		for _, pair := range [][2]guard{{ne0, gt0}, {eq5, le599}, {gt0.and(le599), ne0}} {
			or := pair[0].or(pair[1])
			if (pair[0].allows(v) || pair[1].allows(v)) && !or.allows(v) {
				t.Errorf("%v or %v excludes %d", pair[0], pair[1], v)
			}
			and := pair[0].and(pair[1])
			if and.allows(v) != (pair[0].allows(v) && pair[1].allows(v)) {
				t.Errorf("%v and %v on %d", pair[0], pair[1], v)
			}
		}
	}
}
