package editorial

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"time"

	"warta"
)

// Claims give a piece of background work to one of the nodes that share a
// database: each node runs the same jobs, and the one that claims the
// work does it while the others skip it.

// nodeID names this process on the claims it takes.
var nodeID = func() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}()

// PurgeClaim is the claim the trash purge runs under.
const PurgeClaim = "job:purge_trash"

// claim takes the claim called name for holder, for at most d; it reports
// whether the work is holder's. The release func gives it back, also
// after ctx has ended.
func claim(ctx context.Context, store warta.Store, name, holder string, d time.Duration) (ok bool, release func(), err error) {
	err = store.Update(ctx, func(tx warta.Tx) error {
		var err error
		ok, err = tx.Claim(ctx, name, holder, tx.Now().Add(d))
		return err
	})
	if err != nil || !ok {
		return false, func() {}, err
	}
	return true, func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = store.Update(ctx, func(tx warta.Tx) error { return tx.ReleaseClaim(ctx, name, holder) })
	}, nil
}
