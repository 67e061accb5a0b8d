package figures

import (
	"slices"
	"strings"
)

// maxEventGap is how far apart (days) two documents can be and still
// report the same event when neither sentence names a date.
const maxEventGap = 90

// comparable reports whether f can be compared with others at all: it
// needs a frame saying what it counts, and must be a level, not a change.
func comparable(f *Figure) bool {
	if f.Kind == "date" || f.Kind == "vague" || f.Head == "" || f.Head == "people" {
		return false
	}
	if f.Change == "change" || f.Change == "increment" {
		return false
	}
	if strings.HasPrefix(f.Unit, "count") && f.High < 10 {
		return false // "two Americans", "three people": usually different groups
	}
	if f.Unit == "days" && (f.Event == "" || f.Role == "") {
		return false // a bare duration: we cannot tell what lasts
	}
	return f.Low == f.Low && f.High == f.High // not NaN
}

// sameFrame reports whether two figures are about the same thing. dayA and
// dayB are their documents' dates (0 unknown).
func sameFrame(a, b *Figure, dayA, dayB int32) bool {
	if a.Unit != b.Unit || a.Head != b.Head || a.Change != b.Change || a.Role != b.Role {
		return false
	}
	if !slices.Equal(a.Mods, b.Mods) {
		return false
	}
	if a.Event != b.Event && (a.Event != "" && b.Event != "" || a.Unit == "days") {
		return false
	}
	if a.Place != "" && b.Place != "" && a.Place != b.Place {
		return false
	}
	return sameTime(a.Anchor, b.Anchor, dayA, dayB)
}

func sameTime(a, b, dayA, dayB int32) bool {
	switch {
	case a > 0 && b > 0:
		return a-b <= 1 && b-a <= 1
	case a != 0 && b != 0:
		return yearOf(a) == yearOf(b)
	case a != 0 || b != 0:
		// One sentence names a time, the other does not: compare that time
		// with the other document's date.
		anchor, day := a, dayB
		if anchor == 0 {
			anchor, day = b, dayA
		}
		if day == 0 {
			return true
		}
		if anchor < 0 {
			return yearOf(anchor) == yearOf(day)
		}
		return anchor-day <= maxEventGap && day-anchor <= maxEventGap
	}
	if dayA != 0 && dayB != 0 {
		return dayA-dayB <= maxEventGap && dayB-dayA <= maxEventGap
	}
	return true
}

func yearOf(a int32) int32 {
	if a < 0 {
		return -a
	}
	// days since 1970 to a year, close enough for comparing years.
	return int32(1970 + (int64(a)*400)/146097)
}
