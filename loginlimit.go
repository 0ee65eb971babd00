package warta

// MaxLoginFailures bounds what LoginFailures returns: more than any
// sign-in policy counts (auth.IPFailures is 20), so a caller never reads
// an unbounded list.
const MaxLoginFailures = 100
