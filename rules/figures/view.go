package figures

import (
	"math"

	"github.com/attrlint/attrlint/rules/document"
)

// View is how `attrlint inspect` shows a figure: open bounds and unknown
// dates are null.
type View struct {
	Offset   int      `json:"offset"`
	Length   int      `json:"length"`
	Text     string   `json:"text"`
	Low      *float64 `json:"low"`
	High     *float64 `json:"high"`
	Unit     string   `json:"unit"`
	Kind     string   `json:"kind"`
	Approx   string   `json:"approx,omitempty"`
	Date     string   `json:"date,omitempty"`
	Noun     string   `json:"noun,omitempty"`
	Head     string   `json:"head,omitempty"`
	Mods     []string `json:"modifiers,omitempty"`
	Change   string   `json:"change,omitempty"`
	Event    string   `json:"event,omitempty"`
	Role     string   `json:"role,omitempty"`
	Place    string   `json:"place,omitempty"`
	Entities []string `json:"entities,omitempty"`
	Time     string   `json:"time,omitempty"` // the time anchor: a date or a year
}

// Views turns an analysis result into inspect's list.
func Views(d *document.Document, r any) any {
	figs := r.(*Result).Figures
	out := make([]View, len(figs))
	for i := range figs {
		f := &figs[i]
		off, n := d.Span(f.Block, f.Start, f.End)
		v := View{Offset: off, Length: n, Text: f.Text, Unit: f.Unit, Kind: f.Kind, Approx: f.Approx, Date: f.Date,
			Noun: f.Noun, Head: f.Head, Mods: f.Mods, Change: f.Change, Event: f.Event, Role: f.Role, Place: f.Place, Entities: f.Entities}
		v.Low, v.High = finite(f.Low), finite(f.High)
		switch {
		case f.Anchor > 0:
			v.Time = dateString(f.Anchor)
		case f.Anchor < 0:
			v.Time = itoa(int(-f.Anchor))
		}
		out[i] = v
	}
	return out
}

func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}
