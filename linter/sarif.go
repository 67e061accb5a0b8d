package linter

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/owenrumney/go-sarif/v2/sarif"
)

var sarifLevel = map[analysis.Severity]string{analysis.Error: "error", analysis.Warning: "warning", analysis.Info: "note"}

// writeSARIF writes SARIF 2.1.0 with UTF-16 columns and fingerprints that
// survive unrelated edits (rule + normalised text + occurrence index).
func writeSARIF(w io.Writer, rs []lintResult) error {
	rep, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI("attrlint", "https://github.com/attrlint/attrlint")
	run.Tool.Driver.WithVersion(Version)
	run.WithColumnKind("utf16CodeUnits")
	for _, r := range rules.All() {
		run.AddRule(r.ID).WithShortDescription(sarif.NewMultiformatMessageString(firstSentence(r.Doc))).
			WithFullDescription(sarif.NewMultiformatMessageString(r.Doc)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel[r.Severity]))
	}
	inv := run.AddInvocation(true)
	for _, r := range rs {
		if r.Err != "" {
			no := false
			inv.ExecutionSuccessful = &no
			msg := r.Path + ": " + r.Err
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(msg)).
					WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(
						sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(r.Path))))}))
			continue
		}
		for _, f := range r.Findings {
			region := sarif.NewRegion().WithStartLine(f.Line).WithStartColumn(f.Column16).
				WithEndLine(f.EndLine).WithEndColumn(f.EndColumn16).
				WithByteOffset(f.Offset).WithByteLength(f.Length).
				WithSnippet(sarif.NewArtifactContent().WithText(f.Text))
			res := run.CreateResultForRule(f.Rule).WithLevel(sarifLevel[f.Severity]).
				WithMessage(sarif.NewTextMessage(f.Message)).
				WithPartialFingerPrints(map[string]interface{}{"attrlintFingerprint/v1": f.Fingerprint})
			res.AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(r.Path))).WithRegion(region)))
		}
	}
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// sarifURI: relative paths stay relative (resolved against the checkout);
// absolute ones become file:// URIs.
func sarifURI(p string) string {
	if filepath.IsAbs(p) {
		u := url.URL{Scheme: "file", Path: filepath.ToSlash(p)}
		if !strings.HasPrefix(u.Path, "/") {
			u.Path = "/" + u.Path
		}
		return u.String()
	}
	return (&url.URL{Path: filepath.ToSlash(p)}).String()
}
