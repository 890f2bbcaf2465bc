package identity

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/dotsnet/dots/bindings/cdranchor"
)

// Anchor reads operators' standing from CDRAnchor (isActiveOperator: registered, not
// suspended, bond at least the minimum) through an LRU whose entries live ttl: a
// suspension or an unbonding takes effect within ttl without a chain call per call.
type Anchor struct {
	abi   *cdranchor.CDRAnchor
	c     *bind.BoundContract
	cache *expirable.LRU[common.Address, bool]
}

// NewAnchor reads the CDRAnchor at addr through b; ttl 0 is 10 s.
func NewAnchor(b bind.ContractBackend, addr common.Address, ttl time.Duration) *Anchor {
	if ttl <= 0 {
		ttl = 10 * time.Second
	}
	abi := cdranchor.NewCDRAnchor()
	return &Anchor{abi: abi, c: abi.Instance(b, addr), cache: expirable.NewLRU[common.Address, bool](10_000, nil, ttl)}
}

// Active implements Operators.
func (a *Anchor) Active(ctx context.Context, op common.Address) (bool, error) {
	if v, ok := a.cache.Get(op); ok {
		return v, nil
	}
	v, err := bind.Call(a.c, &bind.CallOpts{Context: ctx}, a.abi.PackIsActiveOperator(op), a.abi.UnpackIsActiveOperator)
	if err != nil {
		return false, fmt.Errorf("reading isActiveOperator(%s): %w", op.Hex(), err)
	}
	a.cache.Add(op, v)
	return v, nil
}
