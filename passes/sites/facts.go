package sites

import (
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/internal/knowledge"
)

// wrapperFact marks a function whose integer parameters flow into a
// status site, such as writeJSON(w, code, v): its callers' arguments there
// are sites too.
type wrapperFact struct{ Params []wrapperParam }

type wrapperParam struct {
	Index   int
	Runtime knowledge.Runtime
	Guard   guard // the values that get through to the site
}

func (*wrapperFact) AFact() {}

func (f *wrapperFact) String() string {
	params := make([]string, len(f.Params))
	for i, p := range f.Params {
		params[i] = fmt.Sprintf("%d:%s%s", p.Index, p.Runtime, p.Guard)
	}
	return "wrapper(" + strings.Join(params, ", ") + ")"
}

// fieldFact marks a struct field whose value a status site reads: the
// constants stored into it are sites too.
type fieldFact struct{ Runtime knowledge.Runtime }

func (*fieldFact) AFact() {}

func (f *fieldFact) String() string { return "statusField(" + string(f.Runtime) + ")" }

// hasFacts marks a package that exports wrapper or field facts, so that
// importers which use no HTTP API directly are still analyzed: their calls
// and stores may be sites. A mapper makes no sites by itself, and many
// functions return constants between 100 and 599 (sizes, limits), so
// mapper facts do not set it.
type hasFacts struct{}

func (*hasFacts) AFact() {}

func (*hasFacts) String() string { return "hasFacts" }

func fmtCodes(codes []int64) string {
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = fmt.Sprint(c)
	}
	return "(" + strings.Join(s, ", ") + ")"
}
