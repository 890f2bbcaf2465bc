package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/logscan"
)

// HistoryReader is what OwnerHistory reads the chain with (ethclient.Client).
type HistoryReader interface {
	logscan.Filterer
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ownerEvent is one change of a number's registration, at its block's time.
type ownerEvent struct {
	block, index uint
	time         uint64
	kind         byte // 'c' claimed, 'r' renewed, 't' transferred, 'x' cleared (released, expired)
	owner        common.Address
	expires      uint64
}

// numberHistory is what is known of one number: the stable events (blocks before next, at
// least reorgDepth deep when read), kept across refreshes, and the recent ones up to block
// upTo (whose time is upToTime), read again at each refresh.
type numberHistory struct {
	stable   []ownerEvent
	next     uint64
	recent   []ownerEvent
	upTo     uint64
	upToTime uint64
	grace    uint64
	readAt   time.Time // when the history was read
}

// OwnerHistory answers who owned a number at a given time from NumberRegistry's events:
// NumberClaimed (owner, expires), NumberRenewed (expires), NumberTransferred (to),
// NumberReleased and NumberExpired (no owner), each at its block's timestamp. A claimed
// number stops being owned at expires + gracePeriod even when no event says so (a lapse
// emits NumberExpired only when someone reclaims it); gracePeriod is the registry's
// current value. A number's history is cached (an LRU of numbers); a question about a
// time the cached history already covers costs no chain call, a later one reads only the
// blocks since. Concurrent refreshes of one number share one read.
type OwnerHistory struct {
	r          HistoryReader
	reg        *numberregistry.NumberRegistry
	regA       common.Address
	start      uint64
	reorgDepth uint64
	cache      *lru.Cache[string, *numberHistory]
	times      *lru.Cache[uint64, uint64]
	sf         singleflight.Group
	// MinRefresh is the least time between two reads of one number's new events (default 1 s).
	MinRefresh time.Duration
}

// NewOwnerHistory reads NumberRegistry at registry from block start, caching up to
// numbers histories.
func NewOwnerHistory(r HistoryReader, registry common.Address, start uint64, numbers int) *OwnerHistory {
	if numbers <= 0 {
		numbers = 4096
	}
	c, _ := lru.New[string, *numberHistory](numbers)
	t, _ := lru.New[uint64, uint64](4096)
	return &OwnerHistory{r: r, reg: numberregistry.NewNumberRegistry(), regA: registry, start: start, reorgDepth: 12, cache: c, times: t,
		MinRefresh: time.Second}
}

// OwnerHistory is the chain's number-ownership history (see OwnerHistory).
func (c *Chain) OwnerHistory(start uint64) *OwnerHistory {
	return NewOwnerHistory(c.ec, c.regA, start, 0)
}

// OwnerAt is the owner of number e164 at unix time at (zero when nobody owned it then).
func (h *OwnerHistory) OwnerAt(ctx context.Context, e164 string, at uint64) (common.Address, error) {
	hist, ok := h.cache.Get(e164)
	// A time the history covers is answered from it; a later one (a call newer than the
	// last read) reads again, at most once per MinRefresh per number.
	if !ok || (at >= hist.upToTime && time.Since(hist.readAt) >= h.MinRefresh) {
		v, err, _ := h.sf.Do(e164, func() (any, error) { return h.refresh(ctx, e164) })
		if err != nil {
			return common.Address{}, err
		}
		hist = v.(*numberHistory)
	}
	return hist.ownerAt(at), nil
}

func (nh *numberHistory) ownerAt(at uint64) common.Address {
	var owner common.Address
	var expires uint64
	for _, evs := range [][]ownerEvent{nh.stable, nh.recent} {
		for _, e := range evs {
			if e.time > at {
				break
			}
			switch e.kind {
			case 'c':
				owner, expires = e.owner, e.expires
			case 'r':
				expires = e.expires
			case 't':
				owner = e.owner
			case 'x':
				owner, expires = common.Address{}, 0
			}
		}
	}
	if owner != (common.Address{}) && at >= expires+nh.grace {
		return common.Address{}
	}
	return owner
}

// refresh reads the number's events since its cached stable part up to the head.
func (h *OwnerHistory) refresh(ctx context.Context, e164 string) (*numberHistory, error) {
	old, _ := h.cache.Get(e164)
	hd, err := h.r.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the head for the history of a number: %w", err)
	}
	head := hd.Number.Uint64()
	out, err := h.r.CallContract(ctx, ethereum.CallMsg{To: &h.regA, Data: h.reg.PackGracePeriod()}, hd.Number)
	var grace uint64
	if err == nil {
		grace, err = h.reg.UnpackGracePeriod(out)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the registry's grace period: %w", err)
	}
	nh := &numberHistory{next: h.start, upTo: head, upToTime: hd.Time, grace: grace, readAt: time.Now()}
	if old != nil {
		nh.next, nh.stable = old.next, old.stable
	}
	cut := uint64(0) // blocks up to cut are deep enough to keep
	if head > h.reorgDepth {
		cut = head - h.reorgDepth
	}
	abi := h.reg.GetABI()
	q := ethereum.FilterQuery{Addresses: []common.Address{h.regA}, Topics: [][]common.Hash{{
		abi.Events["NumberClaimed"].ID, abi.Events["NumberRenewed"].ID, abi.Events["NumberTransferred"].ID,
		abi.Events["NumberReleased"].ID, abi.Events["NumberExpired"].ID,
	}, {crypto.Keccak256Hash([]byte(e164))}}}
	var fresh []ownerEvent
	if nh.next <= head {
		err = logscan.Forward(ctx, h.r, q, nh.next, head, logscan.Options{}, func(logs []types.Log) error {
			for i := range logs {
				e, ok, err := h.decode(ctx, &logs[i], cut)
				if err != nil {
					return err
				}
				if ok {
					fresh = append(fresh, e)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading the ownership events of a number: %w", err)
		}
	}
	sort.Slice(fresh, func(i, j int) bool {
		if fresh[i].block != fresh[j].block {
			return fresh[i].block < fresh[j].block
		}
		return fresh[i].index < fresh[j].index
	})
	nh.stable = slices.Clip(nh.stable) // appends below never write into the cached copy
	for _, e := range fresh {
		if uint64(e.block) <= cut {
			nh.stable = append(nh.stable, e)
		} else {
			nh.recent = append(nh.recent, e)
		}
	}
	nh.next = max(nh.next, cut+1)
	h.cache.Add(e164, nh)
	return nh, nil
}

func (h *OwnerHistory) decode(ctx context.Context, l *types.Log, cut uint64) (ownerEvent, bool, error) {
	if l.Removed || len(l.Topics) == 0 {
		return ownerEvent{}, false, nil
	}
	e := ownerEvent{block: uint(l.BlockNumber), index: l.Index}
	abi := h.reg.GetABI()
	switch l.Topics[0] {
	case abi.Events["NumberClaimed"].ID:
		ev, err := h.reg.UnpackNumberClaimedEvent(l)
		if err != nil {
			return e, false, fmt.Errorf("decoding NumberClaimed: %w", err)
		}
		e.kind, e.owner, e.expires = 'c', ev.Owner, ev.Expires
	case abi.Events["NumberRenewed"].ID:
		ev, err := h.reg.UnpackNumberRenewedEvent(l)
		if err != nil {
			return e, false, fmt.Errorf("decoding NumberRenewed: %w", err)
		}
		e.kind, e.expires = 'r', ev.Expires
	case abi.Events["NumberTransferred"].ID:
		ev, err := h.reg.UnpackNumberTransferredEvent(l)
		if err != nil {
			return e, false, fmt.Errorf("decoding NumberTransferred: %w", err)
		}
		e.kind, e.owner = 't', ev.To
	case abi.Events["NumberReleased"].ID, abi.Events["NumberExpired"].ID:
		e.kind = 'x'
	default:
		return e, false, nil
	}
	t, err := h.blockTime(ctx, l.BlockNumber, l.BlockNumber <= cut)
	if err != nil {
		return e, false, err
	}
	e.time = t
	return e, true, nil
}

// blockTime is a block's timestamp (cached when keep: the block is deep enough).
func (h *OwnerHistory) blockTime(ctx context.Context, n uint64, keep bool) (uint64, error) {
	if t, ok := h.times.Get(n); ok {
		return t, nil
	}
	hd, err := h.r.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("reading block %d's time: %w", n, err)
	}
	if keep {
		h.times.Add(n, hd.Time)
	}
	return hd.Time, nil
}
