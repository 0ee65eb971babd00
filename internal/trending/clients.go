package trending

import (
	"hash/maphash"
	"net"
	"net/http"
	"time"
)

// Reads are counted per reader, not per request: one client counts once
// per story per hour, whatever it sends. A client is its address and user
// agent, hashed with a seed made at start and kept only in memory, so the
// keys name nobody, cannot be compared across restarts or nodes, and are
// never written anywhere. Every structure below has a fixed size, so the
// memory the counter holds is the same under a flood as on a quiet day; a
// full filter errs towards counting a little less, never more.

// Limits bound what one client or one address adds to the counts.
type Limits struct {
	// StoriesPerMinute is how many distinct stories a client may start
	// reading in a minute before it is taken for a crawler and stops
	// counting for the rest of the hour.
	StoriesPerMinute int
	// AddressStoriesPerMinute is the same for all the clients of one
	// address together: an address that changes its user agent on every
	// request is still one machine. It is high because readers behind a
	// carrier's shared address (CGNAT, common on Indonesian mobile
	// networks) are many people.
	AddressStoriesPerMinute int
	// AddressReadsPerStory is how many distinct clients of one address
	// count for one story in an hour.
	AddressReadsPerStory int
}

// DefaultLimits are generous for people and tight for one machine.
var DefaultLimits = Limits{StoriesPerMinute: 10, AddressStoriesPerMinute: 300, AddressReadsPerStory: 100}

// Sizes of the filters: 1 MiB of bits for the (client, story) pairs of
// an hour (about 2% counted as already seen at a million pairs), 8 KiB
// for the clients taken for crawlers, and two rows of 64k 16-bit cells
// for each per-minute or per-hour tally.
const (
	seenBits    = 1 << 23
	flaggedBits = 1 << 16
	tallyCells  = 1 << 16
)

// clients is the per-window state; the Counter's mutex guards it.
type clients struct {
	seed   maphash.Seed
	limits Limits

	hour, minute int64  // the windows the filters below are for
	seen         bitset // (client, story) pairs counted this hour
	flagged      bitset // clients and addresses taken for crawlers this hour
	perStory     tally  // counted reads per (address, story) this hour
	pace         tally  // new stories per client this minute
	addressPace  tally  // new stories per address this minute
}

func newClients(limits Limits) *clients {
	return &clients{seed: maphash.MakeSeed(), limits: limits, hour: -1, minute: -1,
		seen: make(bitset, seenBits/64), flagged: make(bitset, flaggedBits/64)}
}

// admit reports whether a read of story id by the client that sent r
// counts, and which limit, if any, took the client for a crawler just
// now (once per client or address per hour, so it can be logged).
func (c *clients) admit(r *http.Request, id int64, now time.Time) (counted bool, flagged string) {
	address := maphash.String(c.seed, host(r.RemoteAddr))
	client := mix(address ^ mix(maphash.String(c.seed, r.UserAgent())))
	story := mix(uint64(id))
	c.rotate(now)
	if c.flagged.has(client, flaggedBits) || c.flagged.has(^address, flaggedBits) {
		return false, ""
	}
	if !c.seen.add(mix(client^story), seenBits) {
		return false, "" // this client was counted for this story this hour
	}
	if c.pace.add(client) > c.limits.StoriesPerMinute {
		c.flagged.add(client, flaggedBits)
		return false, "client"
	}
	if c.addressPace.add(address) > c.limits.AddressStoriesPerMinute {
		c.flagged.add(^address, flaggedBits)
		return false, "address"
	}
	return c.perStory.add(mix(address^story^0x9e3779b97f4a7c15)) <= c.limits.AddressReadsPerStory, ""
}

// rotate empties the filters whose window has passed.
func (c *clients) rotate(now time.Time) {
	minute := now.Unix() / 60
	if minute == c.minute {
		return
	}
	c.minute = minute
	c.pace.reset()
	c.addressPace.reset()
	if hour := minute / 60; hour != c.hour {
		c.hour = hour
		clear(c.seen)
		clear(c.flagged)
		c.perStory.reset()
	}
}

// host is the peer address without its port. Like the login limits,
// Warta trusts no forwarding header: the peer is the client.
func host(addr string) string {
	if h, _, err := net.SplitHostPort(addr); err == nil {
		return h
	}
	return addr
}

// mix is a 64-bit finaliser (splitmix64): it spreads a key over all
// bits so that its slices index the filters independently.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// bitset is a Bloom filter with three probes.
type bitset []uint64

// add sets key's bits and reports whether any was unset: false means
// key (or, rarely, a mix of others) was there already.
func (b bitset) add(key uint64, bits uint64) bool {
	step := mix(key) | 1
	added := false
	for i := range uint64(3) {
		n := (key + i*step) & (bits - 1)
		w, m := n/64, uint64(1)<<(n%64)
		if b[w]&m == 0 {
			b[w] |= m
			added = true
		}
	}
	return added
}

func (b bitset) has(key uint64, bits uint64) bool {
	step := mix(key) | 1
	for i := range uint64(3) {
		n := (key + i*step) & (bits - 1)
		if b[n/64]&(uint64(1)<<(n%64)) == 0 {
			return false
		}
	}
	return true
}

// tally counts per key in two rows of cells (a count-min sketch): a key's
// count is the smaller of its two cells, which other keys can only raise,
// so a busy minute errs towards counting less.
type tally struct {
	rows [2][tallyCells]uint16
}

// add counts key once more and returns its count.
func (t *tally) add(key uint64) int {
	a, b := &t.rows[0][key%tallyCells], &t.rows[1][(key>>32)%tallyCells]
	if *a < 1<<16-1 {
		*a++
	}
	if *b < 1<<16-1 {
		*b++
	}
	return int(min(*a, *b))
}

func (t *tally) reset() { clear(t.rows[0][:]); clear(t.rows[1][:]) }
