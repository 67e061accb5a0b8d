package figures

// shapeFilter tells quickly that a word is in none of a set of words, from
// its first and last bytes and its length. A word it lets through still
// needs the set's own lookup; most words of a sentence are stopped here,
// for less than a map lookup costs.
type shapeFilter [256]uint32

func (f *shapeFilter) add(w string) {
	if w != "" {
		f[shapeIndex(w)] |= lengthBit(len(w))
	}
}

// mayHold is false only when w is not in the set.
func (f *shapeFilter) mayHold(w string) bool {
	return w != "" && f[shapeIndex(w)]&lengthBit(len(w)) != 0
}

// mayHoldBytes is mayHold for a word in a byte slice.
func (f *shapeFilter) mayHoldBytes(w []byte) bool {
	return len(w) > 0 && f[shapeIndex(w)]&lengthBit(len(w)) != 0
}

func shapeIndex[T string | []byte](w T) byte { return w[0]*31 + w[len(w)-1] }

// lengthBit is the bit of a length; lengths from 31 up share one.
func lengthBit(n int) uint32 { return 1 << min(n, 31) }
