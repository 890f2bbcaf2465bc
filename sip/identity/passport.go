// Package identity is caller identity between DOTS operators without a certificate
// authority: STIR (RFC 8224 Identity header, RFC 8225 PASSporT) with the operator's
// Ethereum key instead of an X.509 certificate. The originating node signs each INVITE or
// MESSAGE it sends to another operator; the terminating node checks the signature, then
// the chain: the signer is a bonded, active operator in CDRAnchor and NumberRegistry
// routes the caller's number to it. docs/sip-identity.md is the wire form.
package identity

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
)

// Constants of the wire form.
const (
	Alg = "ES256K"   // RFC 8812: ECDSA over secp256k1 with SHA-256, signature R || S
	PPT = "dots"     // the PASSporT extension (RFC 8225 8.1 "ppt")
	Typ = "passport" // RFC 8225 4.1
	// MaxHeader bounds an Identity header value the parser reads.
	MaxHeader = 4096
)

// Header is the PASSporT's JOSE header. Fields are in lexicographic order, so
// encoding/json writes the deterministic form RFC 8225 9 asks for.
type Header struct {
	Alg string `json:"alg"`
	Kid string `json:"kid"` // CAIP-10 account of the signing operator: eip155:<chainId>:<address>
	PPT string `json:"ppt"`
	Typ string `json:"typ"`
}

// TN is a telephone number claim (RFC 8225 5.2.1): E.164 digits without "+".
type TN struct {
	TN string `json:"tn"`
}

// DestTN is the dest claim: a list of numbers.
type DestTN struct {
	TN []string `json:"tn"`
}

// Claims is the PASSporT payload, fields in lexicographic order.
type Claims struct {
	Attest string `json:"attest"` // RFC 8588: "A" (the signer's own authenticated subscriber)
	CID    string `json:"cid"`    // 0x keccak256 of the SIP Call-ID (the CDR's call id)
	Dest   DestTN `json:"dest"`
	IAT    int64  `json:"iat"` // seconds since the epoch
	Orig   TN     `json:"orig"`
}

// Token is a parsed Identity header.
type Token struct {
	Header  Header
	Claims  Claims
	ChainID uint64
	Signer  common.Address // the address kid names; Parse checks the signature recovers it
	Caller  string         // orig as E.164 ("+" and digits)
	Callee  string         // dest[0] as E.164
	CallID  common.Hash    // cid
	Sig     [64]byte       // R || S
}

// Kid is the CAIP-10 account name of operator on chain chainID.
func Kid(chainID uint64, operator common.Address) string {
	return "eip155:" + strconv.FormatUint(chainID, 10) + ":" + operator.Hex()
}

// CallIDHash is the cid claim of a SIP Call-ID: keccak256(bytes(callID)), as the CDR's
// call id (ingest.HashCallID).
func CallIDHash(callID string) common.Hash { return crypto.Keccak256Hash([]byte(callID)) }

var b64 = base64.RawURLEncoding

// Signer signs PASSporTs with an operator's key.
type Signer struct {
	key     *ecdsa.PrivateKey
	chainID uint64
	addr    common.Address
	kid     string
	prefix  string // base64url(header) + "."
}

// NewSigner returns a signer for the operator of key on chain chainID.
func NewSigner(key *ecdsa.PrivateKey, chainID uint64) *Signer {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	h := Header{Alg: Alg, Kid: Kid(chainID, addr), PPT: PPT, Typ: Typ}
	hj, _ := json.Marshal(h) // a struct of strings: cannot fail
	return &Signer{key: key, chainID: chainID, addr: addr, kid: h.Kid, prefix: b64.EncodeToString(hj) + "."}
}

// Address is the signing operator.
func (s *Signer) Address() common.Address { return s.addr }

// Sign returns the Identity header value for a call from caller to callee (E.164) with
// SIP Call-ID callID, issued at iat (Unix seconds).
func (s *Signer) Sign(caller, callee, callID string, iat int64) (string, error) {
	if cdr.ValidE164(caller) != nil || cdr.ValidE164(callee) != nil {
		return "", fmt.Errorf("signing the identity of %q -> %q: not E.164 numbers", caller, callee)
	}
	c := Claims{Attest: "A", CID: CallIDHash(callID).Hex(), Dest: DestTN{TN: []string{callee[1:]}}, IAT: iat,
		Orig: TN{TN: caller[1:]}}
	cj, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("encoding the PASSporT claims: %w", err)
	}
	input := s.prefix + b64.EncodeToString(cj)
	digest := sha256.Sum256([]byte(input))
	sig, err := crypto.Sign(digest[:], s.key)
	if err != nil {
		return "", fmt.Errorf("signing the PASSporT: %w", err)
	}
	return input + "." + b64.EncodeToString(sig[:64]) + ";info=<" + s.kid + ">;alg=" + Alg + ";ppt=" + PPT, nil
}

// ErrMalformed wraps every reason Parse refuses a header.
var ErrMalformed = errors.New("malformed Identity header")

func malformed(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, a...))
}

var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Parse reads an Identity header value and checks its form and its signature: the
// signature must recover the address kid names (low S, as Ethereum signs). It does not
// check freshness, the call or the chain: that is Verifier's job.
func Parse(v string) (*Token, error) {
	if len(v) > MaxHeader {
		return nil, malformed("longer than %d bytes", MaxHeader)
	}
	v = strings.TrimSpace(v)
	jws, params, _ := strings.Cut(v, ";")
	jws = strings.TrimSpace(jws)
	var info, alg, ppt string
	for p := range strings.SplitSeq(params, ";") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		k, val, _ := strings.Cut(p, "=")
		k, val = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(val)
		switch k {
		case "info":
			if len(val) < 2 || val[0] != '<' || val[len(val)-1] != '>' {
				return nil, malformed("info is not <URI>")
			}
			info = val[1 : len(val)-1]
		case "alg":
			alg = val
		case "ppt":
			ppt = strings.Trim(val, `"`)
		}
	}
	parts := strings.Split(jws, ".")
	if len(parts) != 3 {
		return nil, malformed("not a compact JWS (header.payload.signature)")
	}
	var raw [3][]byte
	for i, p := range parts {
		b, err := b64.DecodeString(p)
		if err != nil || len(b) == 0 {
			return nil, malformed("JWS part %d is not base64url", i+1)
		}
		raw[i] = b
	}
	t := &Token{}
	if err := strictJSON(raw[0], &t.Header); err != nil {
		return nil, malformed("PASSporT header: %v", err)
	}
	if err := strictJSON(raw[1], &t.Claims); err != nil {
		return nil, malformed("PASSporT claims: %v", err)
	}
	h := t.Header
	switch {
	case h.Alg != Alg:
		return nil, malformed("alg %q, want %s", h.Alg, Alg)
	case h.PPT != PPT:
		return nil, malformed("ppt %q, want %s", h.PPT, PPT)
	case h.Typ != Typ:
		return nil, malformed("typ %q, want %s", h.Typ, Typ)
	case alg != "" && alg != Alg:
		return nil, malformed("alg parameter %q, want %s", alg, Alg)
	case ppt != "" && ppt != PPT:
		return nil, malformed("ppt parameter %q, want %s", ppt, PPT)
	case info != "" && info != h.Kid:
		return nil, malformed("info <%s> is not the kid %s", info, h.Kid)
	}
	chain, addr, ok := parseKid(h.Kid)
	if !ok {
		return nil, malformed("kid %q is not eip155:<chainId>:<address>", h.Kid)
	}
	t.ChainID, t.Signer = chain, addr
	c := t.Claims
	if len(c.Dest.TN) != 1 {
		return nil, malformed("dest names %d numbers, want 1", len(c.Dest.TN))
	}
	t.Caller, t.Callee = "+"+c.Orig.TN, "+"+c.Dest.TN[0]
	if cdr.ValidE164(t.Caller) != nil || cdr.ValidE164(t.Callee) != nil {
		return nil, malformed("orig or dest is not an E.164 number")
	}
	if c.IAT <= 0 {
		return nil, malformed("no iat")
	}
	if len(c.CID) != 66 || !strings.HasPrefix(c.CID, "0x") {
		return nil, malformed("cid is not a 32-byte 0x hex hash")
	}
	cid, err := hexHash(c.CID)
	if err != nil {
		return nil, malformed("cid: %v", err)
	}
	t.CallID = cid
	if len(raw[2]) != 64 {
		return nil, malformed("signature is %d bytes, want 64 (R || S)", len(raw[2]))
	}
	copy(t.Sig[:], raw[2])
	r, s := new(big.Int).SetBytes(t.Sig[:32]), new(big.Int).SetBytes(t.Sig[32:])
	if r.Sign() == 0 || s.Sign() == 0 || s.Cmp(secp256k1halfN) > 0 || r.Cmp(crypto.S256().Params().N) >= 0 {
		return nil, malformed("signature values out of range (S must be low)")
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	var sig [65]byte
	copy(sig[:], t.Sig[:])
	for v := byte(0); v < 2; v++ {
		sig[64] = v
		pub, err := crypto.SigToPub(digest[:], sig[:])
		if err == nil && crypto.PubkeyToAddress(*pub) == addr {
			return t, nil
		}
	}
	return nil, malformed("the signature is not %s's", addr.Hex())
}

// strictJSON decodes one JSON object into v: no trailing data, no duplicate-by-case keys
// (encoding/json matches case-insensitively; a signed field must be read as written).
func strictJSON(b []byte, v any) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	seen := map[string]bool{}
	for k := range keys {
		l := strings.ToLower(k)
		if seen[l] {
			return fmt.Errorf("key %q twice", k)
		}
		seen[l] = true
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

func parseKid(kid string) (uint64, common.Address, bool) {
	ns, rest, ok := strings.Cut(kid, ":")
	if !ok || ns != "eip155" {
		return 0, common.Address{}, false
	}
	cs, a, ok := strings.Cut(rest, ":")
	if !ok {
		return 0, common.Address{}, false
	}
	chain, err := strconv.ParseUint(cs, 10, 64)
	if err != nil || chain == 0 || !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
		return 0, common.Address{}, false
	}
	return chain, common.HexToAddress(a), true
}

func hexHash(s string) (common.Hash, error) {
	var h common.Hash
	for i := 0; i < 32; i++ {
		b, err := strconv.ParseUint(s[2+2*i:4+2*i], 16, 8)
		if err != nil {
			return h, errors.New("not hex")
		}
		h[i] = byte(b)
	}
	return h, nil
}
