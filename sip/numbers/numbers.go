// Package numbers is the SIP node's view of NumberRegistry: who owns a number, under which
// records epoch, which operator serves it at which SIP URI, and whom it blocks. Reads are
// cached; a follower reads the registry's logs and drops the cached state of every number
// an event names, so a transfer, a release, a port, a route change or a block takes effect
// within one poll interval without a registry call per INVITE.
package numbers

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/dotsnet/dots/bindings/numberregistry"
)

// Info is a number's state in NumberRegistry.
type Info struct {
	E164     string
	Owner    common.Address // zero unless Live
	Epoch    uint32         // records epoch (a release or lapse starts a new one)
	Expires  uint64
	Live     bool           // owned now (within its term or grace)
	Operator common.Address // serving operator of the route (zero: none or a bare SIP URI)
	SIPURI   string         // route's SIP URI
	Known    bool           // the registry has ever had a registrant for it (false: it exists nowhere, 604)
}

// Node is NumberRegistry's key of a number: keccak256(bytes(e164)).
func Node(e164 string) common.Hash { return crypto.Keccak256Hash([]byte(e164)) }

// CallerHash is how NumberRegistry stores a blocked caller: keccak256(bytes(callerE164)).
func CallerHash(e164 string) common.Hash { return crypto.Keccak256Hash([]byte(e164)) }

// Backend is what the reader needs of an Ethereum client.
type Backend interface {
	bind.ContractBackend
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
}

// Registry reads NumberRegistry through a cache.
type Registry struct {
	b       Backend
	addr    common.Address
	abi     *numberregistry.NumberRegistry
	c       *bind.BoundContract
	log     *slog.Logger
	mu      sync.Mutex
	gen     map[common.Hash]uint64 // per node, bumped by every event naming it
	infos   *lru.Cache[common.Hash, cached[Info]]
	blocked *lru.Cache[[2]common.Hash, cached[bool]]
	records *lru.Cache[common.Hash, cached[Records]]
	ttl     time.Duration
	// Invalidated is called with each node an event named (for tests and metrics).
	Invalidated func(node common.Hash)
}

type cached[T any] struct {
	v   T
	gen uint64
	at  time.Time
}

// New returns a Registry reading the contract at addr. ttl bounds how long an entry is
// trusted when the follower is not running (0: one minute).
func New(b Backend, addr common.Address, log *slog.Logger, ttl time.Duration) *Registry {
	if ttl <= 0 {
		ttl = time.Minute
	}
	abi := numberregistry.NewNumberRegistry()
	infos, _ := lru.New[common.Hash, cached[Info]](100_000)
	blocked, _ := lru.New[[2]common.Hash, cached[bool]](100_000)
	records, _ := lru.New[common.Hash, cached[Records]](100_000)
	return &Registry{b: b, addr: addr, abi: abi, c: abi.Instance(b, addr), log: log, gen: map[common.Hash]uint64{},
		infos: infos, blocked: blocked, records: records, ttl: ttl}
}

// Address is the registry contract's address.
func (r *Registry) Address() common.Address { return r.addr }

func (r *Registry) generation(node common.Hash) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.gen[node]
}

func fresh[T any](c cached[T], gen uint64, ttl time.Duration) bool {
	return c.gen == gen && time.Since(c.at) < ttl
}

// Number returns e164's state.
func (r *Registry) Number(ctx context.Context, e164 string) (Info, error) {
	node := Node(e164)
	gen := r.generation(node)
	if c, ok := r.infos.Get(node); ok && fresh(c, gen, r.ttl) {
		return c.v, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	ni, err := bind.Call(r.c, opts, r.abi.PackNumberInfo(node), r.abi.UnpackNumberInfo)
	if err != nil {
		return Info{}, fmt.Errorf("reading %s from NumberRegistry: %w", e164, err)
	}
	// A number ever claimed has a registrant, a term or a bumped epoch (released, lapsed).
	info := Info{E164: e164, Epoch: ni.Epoch, Expires: ni.Expires, Live: ni.Live,
		Known: ni.Registrant != (common.Address{}) || ni.Expires != 0 || ni.Epoch != 0}
	if ni.Live {
		info.Owner = ni.Registrant
		rt, err := bind.Call(r.c, opts, r.abi.PackRouteOfNode(node), r.abi.UnpackRouteOfNode)
		if err != nil {
			return Info{}, fmt.Errorf("reading the route of %s: %w", e164, err)
		}
		info.Operator, info.SIPURI = rt.Operator, rt.SipUri
	}
	r.infos.Add(node, cached[Info]{v: info, gen: gen, at: time.Now()})
	return info, nil
}

// Feature flags of a number's records (NumberRegistry's FEATURE_*).
const (
	FeatureVoice uint8 = 1 << iota
	FeatureSMS
	FeatureMMS
	FeatureVideo
	FeatureFax
	FeatureRCS
)

// Records are a live number's caller-ID name and feature flags ("" and 0 otherwise).
type Records struct {
	CNAM     string
	Features uint8
}

// Records returns e164's CNAM and feature flags.
func (r *Registry) Records(ctx context.Context, e164 string) (Records, error) {
	node := Node(e164)
	gen := r.generation(node)
	if c, ok := r.records.Get(node); ok && fresh(c, gen, r.ttl) {
		return c.v, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	cnam, err := bind.Call(r.c, opts, r.abi.PackCnamOf(e164), r.abi.UnpackCnamOf)
	if err != nil {
		return Records{}, fmt.Errorf("reading the CNAM of %s: %w", e164, err)
	}
	f, err := bind.Call(r.c, opts, r.abi.PackFeaturesOf(e164), r.abi.UnpackFeaturesOf)
	if err != nil {
		return Records{}, fmt.Errorf("reading the features of %s: %w", e164, err)
	}
	rec := Records{CNAM: cnam, Features: f}
	r.records.Add(node, cached[Records]{v: rec, gen: gen, at: time.Now()})
	return rec, nil
}

// Blocked reports whether callee blocks caller.
func (r *Registry) Blocked(ctx context.Context, callee, caller string) (bool, error) {
	node := Node(callee)
	key := [2]common.Hash{node, CallerHash(caller)}
	gen := r.generation(node)
	if c, ok := r.blocked.Get(key); ok && fresh(c, gen, r.ttl) {
		return c.v, nil
	}
	b, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackIsBlockedNode(node, key[1]), r.abi.UnpackIsBlockedNode)
	if err != nil {
		return false, fmt.Errorf("reading whether %s blocks a caller: %w", callee, err)
	}
	r.blocked.Add(key, cached[bool]{v: b, gen: gen, at: time.Now()})
	return b, nil
}

// Invalidate drops what the cache holds about node.
func (r *Registry) Invalidate(node common.Hash) {
	r.mu.Lock()
	r.gen[node]++
	r.mu.Unlock()
	r.infos.Remove(node)
	r.records.Remove(node)
	if r.Invalidated != nil {
		r.Invalidated(node)
	}
}

// InvalidateAll drops the whole cache (after a gap in the follower's view).
func (r *Registry) InvalidateAll() {
	r.mu.Lock()
	for k := range r.gen {
		r.gen[k]++
	}
	r.mu.Unlock()
	r.infos.Purge()
	r.blocked.Purge()
	r.records.Purge()
}

// Follow reads the registry's logs from the current head on, every interval, and
// invalidates each number an event names (topic 1 of every per-number event is its node).
// It returns when ctx ends.
func (r *Registry) Follow(ctx context.Context, interval time.Duration) error {
	if interval <= 0 {
		interval = time.Second
	}
	next, err := r.b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain head: %w", err)
	}
	next++
	// Anything cached before the follower started may be stale.
	r.InvalidateAll()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		head, err := r.b.BlockNumber(ctx)
		if err != nil {
			r.log.Warn("number registry follower: reading head", "err", err)
			continue
		}
		if head < next {
			continue
		}
		logs, err := r.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(next),
			ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{r.addr}})
		if err != nil {
			// A range too large or a flaky RPC: forget everything rather than miss an event.
			r.log.Warn("number registry follower: reading logs", "from", next, "to", head, "err", err)
			r.InvalidateAll()
			next = head + 1
			continue
		}
		r.apply(logs)
		next = head + 1
	}
}

func (r *Registry) apply(logs []types.Log) {
	for _, l := range logs {
		if l.Removed || len(l.Topics) < 2 {
			continue
		}
		if l.Topics[0] == r.abi.GetABI().Events["ParametersSet"].ID {
			r.InvalidateAll()
			continue
		}
		r.Invalidate(l.Topics[1])
	}
}
