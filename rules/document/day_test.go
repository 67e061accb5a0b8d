package document

import (
	"testing"
	"time"
)

func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2024-03-05", "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31",
		"2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "9999-12-31",
		"2024-3-05", "2024-03-5", " 2024-03-05", "2024-03-05 ", "2024/03/05", "+024-03-05",
		"2024-03-05T10:00:00Z", "２０２４-03-05", "", "1900-02-29", "2000-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := time.Parse("2006-01-02", s)
		got, ok := ParseDay(s)
		if ok != (err == nil) || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("ParseDay(%q) = %v, %v; time.Parse: %v, %v", s, got, ok, want, err)
		}
	})
}
