package registrar

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/icholy/digest"

	"github.com/dotsnet/dots/sip/credential"
	"github.com/dotsnet/dots/sip/numbers"
)

// Registry is what the registrar reads of NumberRegistry.
type Registry interface {
	Number(ctx context.Context, e164 string) (numbers.Info, error)
}

// Registrar accepts credentials and authenticates phones.
type Registrar struct {
	db       *DB
	reg      Registry
	operator common.Address
	realm    string
	domain   credential.Domain
	secret   [32]byte
	now      func() time.Time
	// NonceTTL is how long a digest nonce is accepted (default 5 minutes).
	NonceTTL time.Duration
	// seenNC is the highest nonce count accepted per nonce: a replayed Authorization (same
	// nonce, a count not above the last) is challenged again instead of accepted.
	seenNC *lru.Cache[string, int]
	// MaxAttempts is how many wrong passwords one challenge chain takes (default 3): a wrong
	// answer gets a fresh challenge (401/407, as phones expect) whose nonce counts it, and
	// the MaxAttempts-th gets 403, so a chain is no password oracle.
	MaxAttempts int
	// Algorithms are the digest algorithms challenged with, in this order (default MD5,
	// SHA-256: many phones, sipp among them, answer only the first challenge, so MD5 comes
	// first unless the operator's phones all speak RFC 8760).
	Algorithms []string
}

// New returns a registrar for operator's realm.
func New(db *DB, reg Registry, operator common.Address, realm string, domain credential.Domain) (*Registrar, error) {
	seen, _ := lru.New[string, int](200_000)
	r := &Registrar{db: db, reg: reg, operator: operator, realm: realm, domain: domain, now: time.Now, NonceTTL: 5 * time.Minute,
		seenNC: seen}
	if _, err := rand.Read(r.secret[:]); err != nil {
		return nil, fmt.Errorf("drawing the nonce secret: %w", err)
	}
	return r, nil
}

// Realm is the digest realm.
func (r *Registrar) Realm() string { return r.realm }

// DB is the registrar's database.
func (r *Registrar) DB() *DB { return r.db }

// Rejection is why a credential, a phone or a REGISTER is refused; Status is the SIP or
// HTTP-like code to answer with (403 for the chain's no, 400 for a malformed request).
type Rejection struct {
	Status int
	Reason string
}

func (e *Rejection) Error() string { return e.Reason }

func reject(status int, format string, a ...any) error {
	return &Rejection{Status: status, Reason: fmt.Sprintf(format, a...)}
}

// Provision accepts a signed credential when NumberRegistry says its signer owns the
// number now and the number's route names this operator. It binds the credential to that
// owner and records epoch.
func (r *Registrar) Provision(ctx context.Context, s *credential.Signed) (*Stored, error) {
	signer, err := r.domain.Signer(s)
	if err != nil {
		return nil, reject(400, "%v", err)
	}
	c := &s.Credential
	if c.Operator != r.operator {
		return nil, reject(403, "credential names operator %s, this node serves %s", c.Operator.Hex(), r.operator.Hex())
	}
	if c.Realm != r.realm {
		return nil, reject(400, "credential realm %q, this node's realm is %q", c.Realm, r.realm)
	}
	if now := uint64(r.now().Unix()); c.Expiry <= now {
		return nil, reject(400, "credential expired at %d (now %d)", c.Expiry, now)
	}
	info, err := r.reg.Number(ctx, c.Number)
	if err != nil {
		return nil, err
	}
	if err := r.serves(info); err != nil {
		return nil, err
	}
	if info.Owner != signer {
		return nil, reject(403, "%s is owned by %s, the credential is signed by %s", c.Number, info.Owner.Hex(), signer.Hex())
	}
	prev, err := r.db.Credential(ctx, c.Number)
	if err != nil && !errors.Is(err, ErrNoCredential) {
		return nil, err
	}
	if prev != nil && prev.Owner == signer && prev.Epoch == info.Epoch && prev.Nonce.Cmp(c.Nonce.ToInt()) >= 0 {
		return nil, reject(409, "nonce %s is not above the stored credential's %s", c.Nonce.ToInt(), prev.Nonce)
	}
	st := &Stored{Number: c.Number, Owner: signer, Epoch: info.Epoch, Nonce: c.Nonce.ToInt(), Expiry: c.Expiry,
		Realm: c.Realm, HA1MD5: c.HA1MD5, HA1SHA256: c.HA1SHA256}
	if err := r.db.putCredential(ctx, st); err != nil {
		return nil, err
	}
	return st, nil
}

// serves checks that the number is live and routed to this operator.
func (r *Registrar) serves(info numbers.Info) error {
	if !info.Live {
		return reject(403, "%s is not owned in NumberRegistry", info.E164)
	}
	if info.Operator != r.operator {
		return reject(403, "%s is routed to operator %s, not this one (%s)", info.E164, info.Operator.Hex(), r.operator.Hex())
	}
	return nil
}

// Valid returns number's credential if it still holds: the owner and records epoch it was
// accepted under are NumberRegistry's now, the route names this operator, and it has not
// expired. A transfer, a release, a lapse or a port voids it at once.
func (r *Registrar) Valid(ctx context.Context, number string) (*Stored, error) {
	st, err := r.db.Credential(ctx, number)
	if errors.Is(err, ErrNoCredential) {
		return nil, reject(403, "no SIP credential provisioned for %s", number)
	}
	if err != nil {
		return nil, err
	}
	if uint64(r.now().Unix()) >= st.Expiry {
		return nil, reject(403, "the SIP credential of %s expired", number)
	}
	info, err := r.reg.Number(ctx, number)
	if err != nil {
		return nil, err
	}
	if err := r.serves(info); err != nil {
		return nil, err
	}
	if info.Owner != st.Owner || info.Epoch != st.Epoch {
		return nil, reject(403, "%s changed hands since its SIP credential was provisioned", number)
	}
	return st, nil
}

// Nonce returns a fresh digest nonce: issue time and an HMAC over it, so the node keeps no
// state per challenge.
func (r *Registrar) Nonce() string { return r.nonce(0) }

// nonce is issue time, the wrong answers its challenge chain has had so far, and an HMAC
// over both.
func (r *Registrar) nonce(failures uint8) string {
	var b [9 + 16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(r.now().UnixNano()))
	b[8] = failures
	m := hmac.New(sha256.New, r.secret[:])
	m.Write(b[:9])
	copy(b[9:], m.Sum(nil))
	return hex.EncodeToString(b[:])
}

// nonceState is 0 for a good nonce, 1 for a stale one (ours but too old), 2 for a bad one;
// failures is the wrong answers counted in a nonce of ours.
func (r *Registrar) nonceState(n string) (state int, failures uint8) {
	b, err := hex.DecodeString(n)
	if err != nil || len(b) != 25 {
		return 2, 0
	}
	m := hmac.New(sha256.New, r.secret[:])
	m.Write(b[:9])
	if !hmac.Equal(m.Sum(nil)[:16], b[9:]) {
		return 2, 0
	}
	issued := time.Unix(0, int64(binary.BigEndian.Uint64(b[:8])))
	if age := r.now().Sub(issued); age < -time.Minute || age > r.NonceTTL {
		return 1, b[8]
	}
	return 0, b[8]
}

// Challenges are the WWW-Authenticate / Proxy-Authenticate values to send, one per
// algorithm in r.Algorithms' order. stale marks a retry with a new nonce after an old one.
func (r *Registrar) Challenges(stale bool) []string { return r.challenges(stale, 0) }

// Rechallenge is the challenge for a request refused with res: after a wrong password
// (res.Retry) its nonces count the wrong answers so far; otherwise as Challenges.
func (r *Registrar) Rechallenge(res AuthResult) []string {
	return r.challenges(res.Stale, res.failures)
}

func (r *Registrar) challenges(stale bool, failures uint8) []string {
	var out []string
	algs := r.Algorithms
	if len(algs) == 0 {
		algs = []string{"MD5", "SHA-256"}
	}
	for _, alg := range algs {
		s := fmt.Sprintf(`Digest realm="%s", nonce="%s", algorithm=%s, qop="auth"`, r.realm, r.nonce(failures), alg)
		if stale {
			s += ", stale=true"
		}
		out = append(out, s)
	}
	return out
}

// AuthResult is the outcome of checking an Authorization / Proxy-Authorization header.
type AuthResult struct {
	Number string // authenticated E.164, when OK
	OK     bool
	Stale  bool   // the nonce is ours but too old: challenge again with stale=true
	Retry  bool   // a wrong password, attempts left: challenge again (Rechallenge)
	Reason string // why not, for the Warning header and logs

	failures uint8 // wrong answers in the chain so far, for Rechallenge
}

// Challenge reports whether res calls for a new challenge (401/407) rather than 403.
func (res AuthResult) Challenge() bool {
	return res.Reason == "no credentials" || res.Stale || res.Retry
}

// Authenticate checks header values (Authorization or Proxy-Authorization) of a request
// with method. It returns OK with the authenticated number, or why not.
func (r *Registrar) Authenticate(ctx context.Context, values []string, method string) (AuthResult, error) {
	var last AuthResult
	for _, v := range values {
		if !digest.IsDigest(v) {
			last = AuthResult{Reason: "not a Digest authorization"}
			continue
		}
		cred, err := digest.ParseCredentials(v)
		if err != nil {
			last = AuthResult{Reason: "malformed Digest authorization"}
			continue
		}
		if cred.Realm != r.realm {
			last = AuthResult{Reason: fmt.Sprintf("realm %q is not this node's", cred.Realm)}
			continue
		}
		return r.check(ctx, cred, method)
	}
	if last.Reason == "" {
		last.Reason = "no credentials"
	}
	return last, nil
}

func (r *Registrar) check(ctx context.Context, cred *digest.Credentials, method string) (AuthResult, error) {
	state, failures := r.nonceState(cred.Nonce)
	switch state {
	case 1:
		return AuthResult{Stale: true, Reason: "stale nonce", failures: failures}, nil
	case 2:
		return AuthResult{Reason: "nonce not issued by this node"}, nil
	}
	st, err := r.Valid(ctx, cred.Username)
	if err != nil {
		var rj *Rejection
		if errors.As(err, &rj) {
			return AuthResult{Reason: rj.Reason}, nil
		}
		return AuthResult{}, err
	}
	var ha1 []byte
	switch strings.ToUpper(cred.Algorithm) {
	case "", "MD5":
		ha1 = st.HA1MD5
	case "SHA-256":
		ha1 = st.HA1SHA256
	default:
		return AuthResult{Reason: fmt.Sprintf("algorithm %q not supported", cred.Algorithm)}, nil
	}
	chal := &digest.Challenge{Realm: r.realm, Nonce: cred.Nonce, Algorithm: cred.Algorithm}
	if cred.QOP != "" {
		if cred.QOP != "auth" {
			return AuthResult{Reason: fmt.Sprintf("qop %q not supported", cred.QOP)}, nil
		}
		chal.QOP = []string{"auth"}
	}
	want, err := digest.Digest(chal, digest.Options{Method: method, URI: cred.URI, Username: cred.Username,
		A1: hex.EncodeToString(ha1), Cnonce: cred.Cnonce, Count: cred.Nc})
	if err != nil {
		return AuthResult{Reason: err.Error()}, nil
	}
	if subtle.ConstantTimeCompare([]byte(strings.ToLower(cred.Response)), []byte(want.Response)) != 1 {
		max := r.MaxAttempts
		if max <= 0 {
			max = 3
		}
		if n := int(failures) + 1; n < max {
			return AuthResult{Retry: true, Reason: "wrong password", failures: uint8(n)}, nil
		}
		return AuthResult{Reason: fmt.Sprintf("wrong password (%d attempts)", max)}, nil
	}
	// A good answer with a nonce count already used is a replay: challenge afresh.
	if prev, ok := r.seenNC.Get(cred.Nonce); ok && cred.Nc <= prev {
		return AuthResult{Stale: true, Reason: "nonce count reused"}, nil
	}
	r.seenNC.Add(cred.Nonce, cred.Nc)
	return AuthResult{Number: st.Number, OK: true}, nil
}
