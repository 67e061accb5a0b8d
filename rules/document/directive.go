package document

// DirectiveKind is what an inline attrlint comment asks for.
type DirectiveKind uint8

const (
	Disable DirectiveKind = iota + 1
	Enable
	DisableNextLine
)

// Directive is an inline comment such as <!-- attrlint-disable RULE -->.
// Rules empty means every rule. Offset and Length are the comment's source
// bytes; NextBlock is the index of the first block that starts after it.
type Directive struct {
	Kind      DirectiveKind
	Rules     []string
	Offset    int
	Length    int
	NextBlock int
}
