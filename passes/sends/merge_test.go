package sends

import (
	"go/token"
	"go/types"
	"slices"
	"testing"

	"github.com/statuslint/statuslint/internal/codepos"
)

// TestMergeKeepsSmallest checks that a code of another package is kept
// once, at its smallest position, whatever the order the paths bring it
// in: the result does not depend on map order.
func TestMergeKeepsSmallest(t *testing.T) {
	pkg := types.NewPackage("example.com/lib", "lib")
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	a := types.NewFunc(token.NoPos, pkg, "A", sig)
	b := types.NewFunc(token.NoPos, pkg, "B", sig)
	sent := []Sent{
		{Code: 460, Via: b, Where: codepos.Where{File: "example.com/lib/lib.go", Line: 12, Col: 3}},
		{Code: 460, Via: a, Where: codepos.Where{File: "example.com/lib/lib.go", Line: 9, Col: 20}},
		{Code: 460, Via: b, Where: codepos.Where{File: "example.com/lib/lib.go", Line: 9, Col: 20}},
		{Code: 470, Via: b, Where: codepos.Where{File: "example.com/lib/lib.go", Line: 10, Col: 1}},
		{Code: 460, Via: a, Where: codepos.Where{File: "example.com/lib/lib.go", Line: 10, Col: 1}},
	}
	var want []Sent
	for i := range 5 {
		order := slices.Clone(sent)
		for range i { // another order of the same codes
			order = append(order[1:], order[0])
		}
		var list []Sent
		for _, s := range order {
			list, _ = merge(list, s)
		}
		slices.SortFunc(list, func(a, b Sent) int { return compare(nil, a, b) })
		if want == nil {
			want = list
		} else if !slices.Equal(list, want) {
			t.Errorf("order %d: %v, want %v", i, list, want)
		}
	}
	if len(want) != 2 || want[0].Via != a || want[0].Where.Line != 9 || want[1].Code != 470 {
		t.Errorf("merged: %v", want)
	}
	// Line 9 comes before line 10 and 12, not after them as text would.
	if (codepos.Where{File: "f.go", Line: 9, Col: 1}).Compare(codepos.Where{File: "f.go", Line: 10, Col: 1}) >= 0 {
		t.Error("Where compares lines as text")
	}
}
