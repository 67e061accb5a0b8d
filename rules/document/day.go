package document

import "time"

// ParseDay reads a "YYYY-MM-DD" date: it accepts exactly what
// time.Parse("2006-01-02", s) accepts and returns the same time (checked
// by FuzzParseDay). Every page with a date is read through it, and
// time.Parse is a large function that the WASM host (V8) compiles, and
// soon recompiles with its optimising compiler, during the first check
// after the module starts.
func ParseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // past the end of its month
		return time.Time{}, false
	}
	return t, true
}

// digits reads an unsigned decimal number written with ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
