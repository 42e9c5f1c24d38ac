// Package docs defines an Analyzer that reads the responses that handlers
// document.
//
// # Analyzer docs
//
// docs: read the status codes that handlers document
//
// Three sources of documentation are read from the source of the package:
//
//   - swaggo/swag comments on a function declaration: @Success, @Failure
//     and @Response lines, whose first field is a code, a comma list of
//     codes, or default;
//   - go-swagger comments on a function declaration: a swagger:operation
//     line followed by a YAML block (after ---) whose responses: keys are
//     codes or default, or a swagger:route comment with a Responses: block;
//   - huma operations: huma.Register(api, huma.Operation{…}, handler) and
//     huma.Get/Post/Put/Patch/Delete/Head(api, path, handler), with what
//     huma itself adds to the operation's responses (see HumaDocumented).
//
// A handler documented twice keeps the first documentation found. Test
// files are not read. The analyzer reports nothing itself.
package docs
