package identity

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/dotsnet/dots/sip/numbers"
)

// Operators says whether an operator is bonded and not suspended (CDRAnchor).
type Operators interface {
	Active(ctx context.Context, operator common.Address) (bool, error)
}

// Numbers is what the verifier reads of NumberRegistry.
type Numbers interface {
	Number(ctx context.Context, e164 string) (numbers.Info, error)
}

// Policy is what a terminating node does with an unsigned or invalid call.
type Policy string

// Policies.
const (
	// Mark passes the call on, marked unverified (no CNAM, verstat=TN-Validation-Failed
	// or No-TN-Validation, no operator credited as its originator).
	Mark Policy = "mark"
	// Reject refuses it with 438 Invalid Identity Header, whether unsigned or the signature
	// or the chain does not vouch for the caller (the Warning header says which).
	Reject Policy = "reject"
)

// ParsePolicy reads a configured policy ("" is Mark).
func ParsePolicy(s string) (Policy, error) {
	switch Policy(s) {
	case "", Mark:
		return Mark, nil
	case Reject:
		return Reject, nil
	}
	return "", fmt.Errorf("identity policy %q: want %q or %q", s, Mark, Reject)
}

// Status is the outcome of verification.
type Status int

// Statuses.
const (
	Absent   Status = iota // no Identity header
	Invalid                // a header the signature, the call or the chain does not vouch for
	Verified               // attestation A: the signer's own subscriber
)

// String names a status as the node logs it.
func (s Status) String() string {
	switch s {
	case Absent:
		return "absent"
	case Invalid:
		return "invalid"
	}
	return "verified"
}

// Verstat is the 3GPP TS 24.229 verstat value a terminating node puts on the From and
// P-Asserted-Identity URIs towards its phones.
func (s Status) Verstat() string {
	switch s {
	case Absent:
		return "No-TN-Validation"
	case Invalid:
		return "TN-Validation-Failed"
	}
	return "TN-Validation-Passed"
}

// Result is what verification found.
type Result struct {
	Status Status
	Signer common.Address // set when Verified
	Reason string         // why not Verified
}

// Call is what the verifier checks a token against: the INVITE or MESSAGE it came with.
type Call struct {
	Caller string // E.164 the request claims (P-Asserted-Identity or From)
	Callee string // E.164 of the Request-URI
	CallID string // SIP Call-ID
}

// Verifier checks Identity headers against the call and the chain.
type Verifier struct {
	chainID uint64
	ops     Operators
	nums    Numbers
	window  time.Duration
	now     func() time.Time
	seen    *expirable.LRU[[64]byte, string] // signatures already used, by the Call-ID they came with
}

// NewVerifier returns a verifier for chain chainID; window is how far iat may be from
// now either way (0: 60 s, RFC 8224 12.1's freshness).
func NewVerifier(chainID uint64, ops Operators, nums Numbers, window time.Duration) *Verifier {
	if window <= 0 {
		window = 60 * time.Second
	}
	return &Verifier{chainID: chainID, ops: ops, nums: nums, window: window, now: time.Now,
		seen: expirable.NewLRU[[64]byte, string](100_000, nil, 2*window+time.Second)}
}

// SetClock replaces the verifier's clock (tests).
func (v *Verifier) SetClock(now func() time.Time) { v.now = now }

// Verify checks the Identity header values hdrs (nil: unsigned) of call. An error is a
// chain read that failed (the caller answers 500 or treats the call as unverified); a
// refused token is a Result with Status Invalid and its Reason.
func (v *Verifier) Verify(ctx context.Context, hdrs []string, call Call) (Result, error) {
	if len(hdrs) == 0 {
		return Result{Status: Absent, Reason: "no Identity header"}, nil
	}
	var last Result
	for _, h := range hdrs {
		r, err := v.verify1(ctx, h, call)
		if err != nil || r.Status == Verified {
			return r, err
		}
		last = r
	}
	return last, nil
}

func (v *Verifier) verify1(ctx context.Context, h string, call Call) (Result, error) {
	bad := func(format string, a ...any) (Result, error) {
		return Result{Status: Invalid, Reason: fmt.Sprintf(format, a...)}, nil
	}
	t, err := Parse(h)
	if err != nil {
		return bad("%v", err)
	}
	now := v.now()
	iat := time.Unix(t.Claims.IAT, 0)
	if d := now.Sub(iat); d > v.window || d < -v.window {
		return bad("iat %s is %s from now, beyond %s (stale or replayed)", iat.UTC().Format(time.RFC3339), d.Round(time.Second), v.window)
	}
	if t.ChainID != v.chainID {
		return bad("signed for chain %d, not %d", t.ChainID, v.chainID)
	}
	if t.CallID != CallIDHash(call.CallID) {
		return bad("signed for another Call-ID (replayed)")
	}
	if t.Caller != call.Caller {
		return bad("signed for caller %s, the request says %s", t.Caller, call.Caller)
	}
	if t.Callee != call.Callee {
		return bad("signed for callee %s, the request calls %s", t.Callee, call.Callee)
	}
	if prev, ok := v.seen.Get(t.Sig); ok && prev != call.CallID {
		return bad("signature already used (replayed)")
	}
	active, err := v.ops.Active(ctx, t.Signer)
	if err != nil {
		return Result{}, fmt.Errorf("reading operator %s from CDRAnchor: %w", t.Signer.Hex(), err)
	}
	if !active {
		return bad("signer %s is not a bonded, active operator", t.Signer.Hex())
	}
	n, err := v.nums.Number(ctx, t.Caller)
	if err != nil {
		return Result{}, err
	}
	if !n.Live || n.Operator != t.Signer {
		return bad("NumberRegistry does not route %s to the signer %s", t.Caller, t.Signer.Hex())
	}
	v.seen.Add(t.Sig, call.CallID)
	return Result{Status: Verified, Signer: t.Signer}, nil
}
