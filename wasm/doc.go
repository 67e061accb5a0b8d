// Package wasm holds the tests of the attrlint WASM module: wasm/reactor
// is the module (GOOS=wasip1), wasm/abi its JSON requests and responses,
// wasm/check the size and speed budget checker. The tests here build the
// module, run it under wazero and compare it with the native engine.
package wasm
