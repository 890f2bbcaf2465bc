package rewards

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/stealth"
)

// Reward epochs and stealth recipients (issue 18).
//
// The oracle anchors batches as often as ever, but an operator's rewards root moves
// forward at most once per reward epoch (calendar periods of a fixed length, UTC): the
// first batch sealed in a new epoch closes the epoch of the batch before it (its own
// rewards go into that epoch too) and publishes one rewards document for all of the
// epoch's batches. The batches in between declare the growing cumulative total (so each
// anchor's growth stays within rate x its own billable seconds, CDRAnchor's cap) with the
// previous epoch's root and document.
//
// Within an epoch every owner who registered a stealth meta-address is paid at one fresh
// stealth address (ERC-5564 scheme 1) derived for that epoch; owners without one are paid
// at their own address, in public.

// PendingRoot is the rewards root the batches of an operator's first epoch declare until
// it closes: no leaf proves against it (nobody knows a preimage), so nothing is claimable
// before the first rewards document, and it is not zero (CDRAnchor refuses a zero root
// with a non-zero total).
var PendingRoot = crypto.Keccak256Hash([]byte("DOTS rewards: the operator's first reward epoch is still open"))

// EpochOf is the reward epoch of a Unix time (epoch length length; 0: every batch is its
// own epoch, which EpochOf reports as the time itself).
func EpochOf(unix int64, length time.Duration) uint64 {
	if unix < 0 {
		unix = 0
	}
	if length <= 0 {
		return uint64(unix)
	}
	return uint64(unix) / uint64(length/time.Second)
}

// EpochPlan is what a batch does to the rewards root.
type EpochPlan struct {
	Epoch uint64 // the reward epoch the batch's rewards belong to (stealth addresses are derived for it)
	Close bool   // the batch publishes a new rewards root (with its own rewards in it)
}

// PlanEpoch decides for a batch sealed at sealedAt whose predecessor (if any) was sealed
// at prevSealedAt: the first batch of a new epoch closes its predecessor's epoch; every
// batch closes when length is 0 (one root per batch, as before epochs). While no rewards
// document was published yet (published false), the batch publishes one, so the
// operator's first rewards are claimable without waiting for an epoch; its epoch stays
// open (the next batches of the epoch pay the same stealth addresses).
func PlanEpoch(sealedAt int64, hasPrev bool, prevSealedAt int64, published bool, length time.Duration) EpochPlan {
	if length <= 0 {
		return EpochPlan{Epoch: EpochOf(sealedAt, 0), Close: true}
	}
	e := EpochOf(sealedAt, length)
	if !hasPrev || !published {
		return EpochPlan{Epoch: e, Close: true}
	}
	pe := EpochOf(prevSealedAt, length)
	if e > pe {
		return EpochPlan{Epoch: pe, Close: true}
	}
	return EpochPlan{Epoch: e}
}

// MetaAddresses resolves an owner's registered stealth meta-address (nil: none).
type MetaAddresses func(ctx context.Context, owner common.Address) ([]byte, error)

// Announcement is a stealth payment's public part: the stealth account, the ephemeral
// public key and the view tag. Only the holder of the viewing key can tell whose it is.
type Announcement struct {
	Account      common.Address
	EphemeralPub []byte
	ViewTag      byte
	Epoch        uint64
}

// Recipients pays owners with a meta-address at their stealth address of one epoch.
// Ephemeral keys are HMAC-SHA256(seed, chain, operator, epoch, owner, meta-address), so a
// batch stored twice (after a crash) pays the same addresses; the seed is the operator's
// secret (derived from its key): whoever knows it can link the payments, as the operator,
// who sees the CDRs, can anyway.
type Recipients struct {
	Seed     []byte
	ChainID  uint64
	Operator common.Address
	Epoch    uint64
	Meta     MetaAddresses

	cache map[common.Address]common.Address
	// New lists the announcements of the stealth addresses this Recipients handed out.
	New []Announcement
}

// Recipient is where owner's share goes in this epoch.
func (r *Recipients) Recipient(ctx context.Context, owner common.Address) (common.Address, error) {
	if owner == (common.Address{}) || r == nil || r.Meta == nil {
		return owner, nil
	}
	if a, ok := r.cache[owner]; ok {
		return a, nil
	}
	meta, err := r.Meta(ctx, owner)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the stealth meta-address of %s: %w", owner, err)
	}
	out := owner
	if len(meta) > 0 {
		m, err := stealth.ParseMetaAddress(meta)
		if err != nil {
			// A registered meta-address that is not a pair of curve points cannot be paid
			// privately; the owner is paid in public, as without one.
			m = stealth.MetaAddress{}
		}
		if m.Spending != nil {
			eph, err := stealth.EphemeralKey(r.ephemeralSeed(owner, meta))
			if err != nil {
				return common.Address{}, err
			}
			a, err := stealth.Generate(m, eph)
			if err != nil {
				return common.Address{}, fmt.Errorf("deriving the stealth address of %s: %w", owner, err)
			}
			out = a.Stealth
			r.New = append(r.New, Announcement{Account: a.Stealth, EphemeralPub: a.EphemeralPub, ViewTag: a.ViewTag, Epoch: r.Epoch})
		}
	}
	if r.cache == nil {
		r.cache = map[common.Address]common.Address{}
	}
	r.cache[owner] = out
	return out, nil
}

func (r *Recipients) ephemeralSeed(owner common.Address, meta []byte) []byte {
	m := hmac.New(sha256.New, r.Seed)
	m.Write([]byte("dots stealth ephemeral v1"))
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], r.ChainID)
	binary.BigEndian.PutUint64(b[8:], r.Epoch)
	m.Write(b[:])
	m.Write(r.Operator[:])
	m.Write(owner[:])
	m.Write(meta)
	return m.Sum(nil)
}

// Owners wraps an owner resolver so that each number's owner is replaced by its recipient.
func (r *Recipients) Owners(inner Owners) Owners {
	return func(ctx context.Context, e164 string) (common.Address, error) {
		o, err := inner(ctx, e164)
		if err != nil {
			return o, err
		}
		return r.Recipient(ctx, o)
	}
}
