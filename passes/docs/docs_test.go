package docs

import (
	"go/ast"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestCommentDoc checks what is read from doc comments of each source,
// and what is not documentation.
func TestCommentDoc(t *testing.T) {
	for _, tc := range []struct {
		name    string
		lines   []string
		source  Source
		codes   []int
		dflt    bool
		failTyp []string
	}{
		{"swag", []string{"// @Success 200 {object} T", `// @Failure 400,404 {object} E "bad"`, "//@failure 500", "// @Router /a [get]"}, Swag, []int{200, 400, 404, 500}, false, []string{"{object} E", ""}},
		{"swag default", []string{"// @Response default {object} E"}, Swag, nil, true, nil},
		{"swag no code", []string{"// @Success {object} T", "// @Summary x"}, "", nil, false, nil},
		{"go-swagger", []string{"// swagger:operation GET /a a getA", "//", "// ---", "// responses:", "//   200:", "//     description: Ok", "//     schema:", "//       $ref: x", `//   "401":`, "//     description: no", "// produces: [a]"}, GoSwagger, []int{200, 401}, false, nil},
		{"go-swagger default", []string{"// swagger:operation GET /a a getA", "// ---", "// responses:", "//   default:", "//     description: e"}, GoSwagger, nil, true, nil},
		{"go-swagger flow", []string{"// swagger:operation GET /a a getA", "// ---", "// responses: {200: {description: ok}}"}, "", nil, false, nil},
		{"go-swagger not a code", []string{"// swagger:operation GET /a a getA", "// ---", "// responses:", "//   ok:", "//     description: e"}, "", nil, false, nil},
		{"swagger:route", []string{"// swagger:route GET /pets pets listPets", "//", "//\tResponses:", "//\t  200: pets", "//\t  422: invalid"}, GoSwagger, []int{200, 422}, false, nil},
		{"no operation", []string{"// responses:", "//   200: ok"}, "", nil, false, nil},
	} {
		cg := &ast.CommentGroup{}
		for _, l := range tc.lines {
			cg.List = append(cg.List, &ast.Comment{Text: l})
		}
		d := commentDoc(cg)
		if tc.source == "" {
			if d != nil {
				t.Errorf("%s: read %+v, want nothing", tc.name, d)
			}
			continue
		}
		if d == nil {
			t.Errorf("%s: read nothing", tc.name)
			continue
		}
		slices.Sort(d.Codes)
		var types []string
		for _, f := range d.Failures {
			types = append(types, f.Type)
		}
		if tc.name == "swag" && d.Method != http.MethodGet || tc.name == "go-swagger" && d.Method != http.MethodGet {
			t.Errorf("%s: method %q, want GET", tc.name, d.Method)
		}
		if d.Source != tc.source || !slices.Equal(d.Codes, tc.codes) || d.Default != tc.dflt || !slices.Equal(types, tc.failTyp) {
			t.Errorf("%s: read %s %v default=%v failure types %q, want %s %v default=%v %q",
				tc.name, d.Source, d.Codes, d.Default, types, tc.source, tc.codes, tc.dflt, tc.failTyp)
		}
	}
}

// TestDocuments checks the rules: listed codes, default, and docs that
// list no 4xx/5xx response.
func TestDocuments(t *testing.T) {
	success := &Doc{Codes: []int{200}}
	errs := &Doc{Codes: []int{200, 404}}
	all := &Doc{Codes: []int{200}, Default: true}
	get := &Doc{Codes: []int{200, 400}, Method: "GET"}
	for _, tc := range []struct {
		d    *Doc
		code int
		want bool
	}{
		{success, 200, true}, {success, 201, false}, {success, 404, true}, {success, 500, true},
		{errs, 404, true}, {errs, 400, false}, {errs, 302, false},
		{all, 201, true}, {all, 499, true},
		// One method named: its route never receives another.
		{get, 405, true}, {get, 404, false}, {errs, 405, false},
	} {
		if got := tc.d.Documents(tc.code); got != tc.want {
			t.Errorf("%v default=%v documents %d: %v, want %v", tc.d.Codes, tc.d.Default, tc.code, got, tc.want)
		}
	}
	if !strings.Contains(Swag.Undocumented(), "@Failure/@Success") {
		t.Error(Swag.Undocumented())
	}
}
