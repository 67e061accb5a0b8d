package document

import "fmt"

// maxMDNesting bounds how deeply Markdown containers (block quotes, list
// items) may nest. goldmark's time grows faster than linearly with nesting
// depth (a 1 MB list nested 1,000 deep takes seconds), and no news text
// nests past a handful of levels.
const maxMDNesting = 100

// checkMDNesting refuses Markdown whose containers nest deeper than
// maxMDNesting: more than that many container markers opening one line
// ("> > - 1. ..."), or a list marker indented past 4 columns a level.
func checkMDNesting(src []byte, base int) error {
	for pos := base; pos < len(src); {
		lineEnd := indexFrom(src, pos, '\n')
		markers, col := 0, 0
		i := pos
	line:
		for i < lineEnd {
			switch c := src[i]; {
			case c == ' ':
				col++
				i++
			case c == '\t':
				col += 4 - col%4
				i++
			case c == '>':
				markers++
				col++
				i++
			case (c == '-' || c == '*' || c == '+') && i+1 < lineEnd && (src[i+1] == ' ' || src[i+1] == '\t'):
				markers++
				col += 2
				i += 2
			case c >= '0' && c <= '9':
				j := i
				for j < lineEnd && j-i < 9 && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if j+1 < lineEnd && (src[j] == '.' || src[j] == ')') && (src[j+1] == ' ' || src[j+1] == '\t') {
					markers++
					col += j - i + 2
					i = j + 2
					continue
				}
				break line
			default:
				break line
			}
		}
		if markers > 0 && (markers > maxMDNesting || col > 4*maxMDNesting) {
			return &Error{Offset: pos, Msg: fmt.Sprintf("Markdown nested deeper than %d block quotes or lists: not linted", maxMDNesting)}
		}
		pos = next(lineEnd, len(src))
	}
	return nil
}
