package document

import "fmt"

// Error is a decoding error at a byte offset of the source.
type Error struct {
	Offset int // byte offset in the source, -1 when the whole input is at fault
	Msg    string
}

func (e *Error) Error() string {
	if e.Offset < 0 {
		return e.Msg
	}
	return fmt.Sprintf("byte %d: %s", e.Offset, e.Msg)
}
