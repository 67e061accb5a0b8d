// Package linter is attrlint's native front end: flags and config, file
// walking, decoding, the reference corpus on disk, and output formats.
package linter

import "io"

// Main runs the CLI and returns its exit code. (Skeleton.)
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "attrlint: not implemented yet\n")
	return 2
}
