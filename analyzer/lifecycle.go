package analyzer

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/lifecycle"
	"github.com/statuslint/statuslint/passes/sites"
)

// The response-lifecycle categories.
const (
	CategorySuperfluous = "superfluous"
	CategoryRedirect    = "redirect"
	CategoryBodyless    = "bodyless"
	CategoryHeader      = "header"
)

// checkLifecycle reports the lifecycle findings and the redirect codes
// that redirect APIs refuse.
func (c *checker) checkLifecycle(sr *sites.Result, lr *lifecycle.Result) {
	for _, site := range sr.Sites {
		if _, call := site.Node.(*ast.CallExpr); !call || !knowledge.IsRedirect(site.Runtime) {
			// A call of a redirect API or of a wrapper of one; a value
			// stored in a field may be validated before it is used.
			continue
		}
		for _, code := range site.Codes {
			v := code.Value
			if !status.InRange(int(v)) || v != int64(int(v)) || knowledge.RedirectAccepts(site.Runtime, v) {
				continue // outside 100–599 it is a range diagnostic
			}
			c.report(analysis.Diagnostic{
				Pos:      code.Expr.Pos(),
				End:      code.Expr.End(),
				Category: CategoryRedirect,
				Message: fmt.Sprintf("status code %d%s %s is not a redirect code: %s",
					v, c.via(site, code), target(site), knowledge.RedirectRefusal(site.Runtime)),
			}, v)
		}
	}
	for _, f := range lr.Findings {
		d := analysis.Diagnostic{Pos: f.Call.Pos(), End: f.Call.End()}
		if f.Prior != nil {
			what := "response committed here"
			if f.Kind == lifecycle.Bodyless {
				what = fmt.Sprintf("status %d set here", f.PriorCode)
			}
			d.Related = []analysis.RelatedInformation{{Pos: f.Prior.Pos(), End: f.Prior.End(), Message: what + " by " + f.PriorName}}
		}
		switch f.Kind {
		case lifecycle.Superfluous:
			d.Category = CategorySuperfluous
			d.Message = superfluousMessage(f)
		case lifecycle.Bodyless:
			d.Category = CategoryBodyless
			d.Message = bodylessMessage(f)
		case lifecycle.LateHeader:
			d.Category = CategoryHeader
			d.Message = fmt.Sprintf("%s changes header %q after %s committed the response: the header was already sent and the change has no effect",
				f.Name, f.Key, f.PriorName)
		}
		c.report(d, f.Code)
	}
}

// superfluousMessage and bodylessMessage say what the runtime of the
// finding's writer does, in its own words (knowledge.Says).
func superfluousMessage(f lifecycle.Finding) string {
	sets := "sets a status"
	if f.Known {
		sets = fmt.Sprintf("sets status %d", f.Code)
	}
	return fmt.Sprintf("%s %s after %s %s", f.Name, sets, f.PriorName, knowledge.Say(knowledge.SaysOf(f.Model).Superfluous, f.PriorCode))
}

func bodylessMessage(f lifecycle.Finding) string {
	says := knowledge.SaysOf(f.Model)
	if f.Prior == nil {
		return fmt.Sprintf("%s with status %d %s", f.Name, f.Code, knowledge.Say(says.BodylessRender, f.Code))
	}
	return fmt.Sprintf("%s writes a body after %s set status %d: %s", f.Name, f.PriorName, f.Code, knowledge.Say(says.BodylessWrite, f.Code))
}
