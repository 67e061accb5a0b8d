package abi

import "fmt"

// Code names the kind of an error response.
type Code string

const (
	BadRequest Code = "bad_request"
	BadABI     Code = "bad_abi"
	BadInput   Code = "bad_input"
	BadCorpus  Code = "bad_corpus"
	TooLarge   Code = "too_large"
	Internal   Code = "internal"
)

// Error is an error response's error object; it is also a Go error.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// ErrorResponse is the whole JSON body of an error.
type ErrorResponse struct {
	ABI   int    `json:"abi"`
	Error *Error `json:"error"`
}

func errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Encode marshals an error response.
func (e *Error) Encode() []byte { return appendError(nil, e) }

// Fail returns the JSON error response for code and message: the reactor
// uses it for failures outside a Session (bad pointers, panics).
func Fail(code Code, msg string) []byte { return (&Error{Code: code, Message: msg}).Encode() }
