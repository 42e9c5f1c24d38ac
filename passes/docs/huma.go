package docs

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/source"
)

// humaPath is the import path of huma v2.
const humaPath = "github.com/danielgtaylor/huma/v2"

// HumaOperation is what huma reads, from an operation and from its
// handler's input and output types, to write the operation's OpenAPI
// responses.
type HumaOperation struct {
	Method        string
	DefaultStatus int      // 0 when the operation sets none
	Errors        []int    // Operation.Errors
	Responses     []string // the keys of Operation.Responses
	OutputBody    bool     // the output struct has a Body field
	InputParams   bool     // the input struct has parameters or a body
}

// HumaDocumented returns the codes that huma v2.37.2 documents for op, and
// whether it documents a default response, which documents every code.
// Read from huma.go: Register (708-740) appends 422 to a non-empty Errors
// when the input has parameters or a body, and 500; processOutputType
// (1504-1580) documents DefaultStatus, or 200 when the output has a Body
// or the method is HEAD, else 204; defineErrors (1624-1652) documents each
// code of Errors, and a default error response when Errors is empty and no
// response but the default status is documented. A Responses key that is
// neither a code nor "default" (an OpenAPI range such as "4XX") is read as
// documenting every code.
func HumaDocumented(op HumaOperation) (codes []int, dflt bool) {
	keys := map[string]bool{}
	for _, k := range op.Responses {
		keys[k] = true
	}
	status := op.DefaultStatus
	if status == 0 {
		status = 204
		if op.OutputBody || op.Method == http.MethodHead {
			status = 200
		}
	}
	keys[strconv.Itoa(status)] = true
	errs := slices.Clone(op.Errors)
	if len(errs) > 0 {
		if op.InputParams {
			errs = append(errs, 422)
		}
		errs = append(errs, 500)
	}
	for _, c := range errs {
		keys[strconv.Itoa(c)] = true
	}
	if len(op.Errors) == 0 && len(keys) <= 1 {
		dflt = true
	}
	for k := range keys {
		if c, err := strconv.Atoi(k); err == nil && len(k) == 3 {
			codes = append(codes, c)
		} else {
			dflt = true
		}
	}
	slices.Sort(codes)
	return codes, dflt
}

// humaDocs reads the operations that the package registers with huma:
// Register with an Operation literal, and the convenience functions
// Get/Post/Put/Patch/Delete/Head without operation handlers other than
// OperationTags. An operation whose responses are not constants is not
// read.
func humaDocs(pass *analysis.Pass, res *Result) {
	if !slices.ContainsFunc(pass.Pkg.Imports(), func(p *types.Package) bool { return p.Path() == humaPath }) {
		return
	}
	for _, f := range pass.Files {
		if source.InTest(pass.Fset, f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if d := humaDoc(pass, call); d != nil {
					res.add(d)
				}
			}
			return true
		})
	}
}

func humaDoc(pass *analysis.Pass, call *ast.CallExpr) *Doc {
	info := pass.TypesInfo
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != humaPath || len(call.Args) < 3 {
		return nil
	}
	var op HumaOperation
	switch name := fn.Name(); name {
	case "Register":
		if !readOperation(info, call.Args[1], &op) {
			return nil
		}
	case "Get", "Post", "Put", "Patch", "Delete", "Head":
		op.Method = strings.ToUpper(name)
		for _, h := range call.Args[3:] {
			// OperationTags changes no response; another handler may.
			c, ok := ast.Unparen(h).(*ast.CallExpr)
			if !ok {
				return nil
			}
			if tags, ok := typeutil.Callee(info, c).(*types.Func); !ok || tags.Pkg() == nil || tags.Pkg().Path() != humaPath || tags.Name() != "OperationTags" {
				return nil
			}
		}
	default:
		return nil
	}
	handler := ast.Unparen(call.Args[2])
	sig, ok := info.TypeOf(handler).(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return nil
	}
	op.InputParams = hasFields(sig.Params().At(1).Type())
	if obj, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, nil, "Body"); obj != nil {
		_, op.OutputBody = obj.(*types.Var)
	}
	d := &Doc{Source: Huma, Method: op.Method}
	d.Codes, d.Default = HumaDocumented(op)
	switch h := handler.(type) {
	case *ast.FuncLit:
		d.Handler = funcs.Func{Lit: h}
		d.Pos, d.End = call.Pos(), call.End()
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := h.(*ast.Ident)
		if sel, ok := h.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		hf, ok := info.Uses[id].(*types.Func)
		if !ok || hf.Pkg() != pass.Pkg {
			return nil
		}
		hf = hf.Origin()
		d.Handler = funcs.Func{Obj: hf}
		d.Pos, d.End = hf.Pos(), hf.Pos()+token.Pos(len(hf.Name()))
	default:
		return nil
	}
	return d
}

// readOperation reads the fields of an Operation literal that decide its
// responses; it reports false if one is not a constant.
func readOperation(info *types.Info, e ast.Expr, op *HumaOperation) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			return false
		}
		switch key.Name {
		case "Method":
			v := info.Types[kv.Value].Value
			if v == nil || v.Kind() != constant.String {
				return false
			}
			op.Method = strings.ToUpper(constant.StringVal(v))
		case "DefaultStatus":
			c, ok := source.IntConst(info, kv.Value)
			if !ok {
				return false
			}
			op.DefaultStatus = int(c)
		case "Errors":
			list, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return false
			}
			for _, x := range list.Elts {
				c, ok := source.IntConst(info, x)
				if !ok {
					return false
				}
				op.Errors = append(op.Errors, int(c))
			}
		case "Responses":
			m, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return false
			}
			for _, x := range m.Elts {
				kv, ok := x.(*ast.KeyValueExpr)
				if !ok {
					return false
				}
				v := info.Types[kv.Key].Value
				if v == nil || v.Kind() != constant.String {
					return false
				}
				op.Responses = append(op.Responses, constant.StringVal(v))
			}
		}
	}
	return true
}

// hasFields reports whether t, or what it points to, is a struct with
// fields. huma documents 422 when the input has parameters or a body; any
// field counts here, so that no 422 is taken for undocumented that huma
// documents.
func hasFields(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return ok && st.NumFields() > 0
}
