package search

// gate turns most words away from a small set at the cost of one multiply
// and one bit test, before a map lookup that costs several times more and
// almost always misses: a one-hash Bloom filter of 4,096 bits over each
// word's first two letters, last letter and length. Words of one letter
// never pass, and are never added.
type gate [1 << gateLog / 64]uint64

const gateLog = 12

func (g *gate) add(w string) {
	if h, ok := gateHash(w); ok {
		g[h/64] |= 1 << (h % 64)
	}
}

// pass reports whether w may be in the set.
func (g *gate) pass(w string) bool {
	h, ok := gateHash(w)
	return ok && g[h/64]&(1<<(h%64)) != 0
}

func gateHash(w string) (uint32, bool) {
	n := len(w)
	if n < 2 {
		return 0, false
	}
	x := uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[n-1])<<8 | uint32(n)
	return x * 0x9E3779B1 >> (32 - gateLog), true
}
