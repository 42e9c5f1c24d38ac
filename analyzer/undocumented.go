package analyzer

import (
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/docs"
	"github.com/statuslint/statuslint/passes/sends"
)

// CategoryUndocumented is the category of a code that a handler can send
// and its documentation does not list.
const CategoryUndocumented = "undocumented"

// checkUndocumented reports, for each documented handler, each code it can
// send, through its callees too, that its documentation does not list.
func (c *checker) checkUndocumented(dr *docs.Result, sr *sends.Result) {
	for _, d := range dr.Docs {
		for _, s := range sr.Of(d.Handler) {
			code := int(s.Code)
			if d.Documents(code) {
				continue
			}
			diag := analysis.Diagnostic{
				Pos:            d.Pos,
				End:            d.End,
				Category:       CategoryUndocumented,
				Message:        fmt.Sprintf("%s sends status code %d, which %s", c.handlerName(d.Handler), code, d.Source.Undocumented()),
				SuggestedFixes: c.failureFix(d, code),
			}
			if s.Expr != nil {
				diag.Related = []analysis.RelatedInformation{{Pos: s.Expr.Pos(), End: s.Expr.End(), Message: fmt.Sprintf("%d is sent here", code)}}
			} else {
				via := funcs.Name(s.Via, c.pass.Pkg)
				diag.Related = []analysis.RelatedInformation{{Pos: s.Via.Pos(), Message: fmt.Sprintf("%s sends %d at %s", via, code, s.Where)}}
			}
			c.report(diag, s.Code)
		}
	}
}

// handlerName names a documented handler in messages.
func (c *checker) handlerName(f funcs.Func) string {
	if f.Obj != nil {
		return funcs.Name(f.Obj, c.pass.Pkg)
	}
	return "the handler registered here"
}

// failureFix adds a swag "@Failure CODE {type} T "description"" line
// after the handler's last @Failure line, when its @Failure lines show one
// response type to copy. The description is the standard text, or the
// registered description of a custom code. Other sources, success codes
// and codes without a description get no fix.
func (c *checker) failureFix(d *docs.Doc, code int) []analysis.SuggestedFix {
	if d.Source != docs.Swag || code < 400 || len(d.Failures) == 0 {
		return nil
	}
	typ := d.Failures[0].Type
	if typ == "" || slices.ContainsFunc(d.Failures, func(l docs.Line) bool { return l.Type != typ }) {
		return nil // no type shown, or several: the choice is the team's
	}
	desc := status.Text(code)
	if reg, ok := c.lookup(code); ok {
		desc = reg.Description
	}
	if desc == "" {
		return nil
	}
	last := d.Failures[len(d.Failures)-1]
	line := fmt.Sprintf("%s%s %d %s %s", last.Prefix, last.Attribute, code, typ, strconv.Quote(desc))
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Document %d with %s %d", code, last.Attribute, code),
		TextEdits: []analysis.TextEdit{{Pos: last.Comment.End(), End: last.Comment.End(), NewText: []byte("\n" + line)}},
	}}
}
