package devnet

import (
	"context"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/reconcile"
)

// reconciler prints, every minute, the reconciliation of operators A and B's anchored CDRs
// of the calls between them since the devnet started (what `dots reconcile` reports).
type reconciler struct {
	ec    *ethclient.Client
	ipfs  string
	dep   *deploy.Deployment
	a, b  common.Address
	since time.Time
	every time.Duration
	say   func(format string, a ...any)
}

func (r *reconciler) run(ctx context.Context) {
	src := &reconcile.ChainSource{EC: r.ec, IPFS: ipfs.New(r.ipfs), Anchor: r.dep.CDRAnchor, StartBlock: r.dep.StartBlock}
	t := time.NewTicker(r.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rep, err := reconcile.Run(ctx, src, r.a, r.b, uint64(r.since.Unix()), uint64(time.Now().Unix())+1, reconcile.Options{Tolerance: 1})
		if err != nil {
			if ctx.Err() == nil {
				r.say("reconcile       failed: %v", err)
			}
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(reconcile.Summary(rep)), "\n") {
			r.say("reconcile       %s", strings.TrimSpace(line))
		}
	}
}
