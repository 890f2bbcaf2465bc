package identity

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/sip/numbers"
)

type fakeOps map[common.Address]bool

func (f fakeOps) Active(_ context.Context, a common.Address) (bool, error) { return f[a], nil }

type fakeNums map[string]common.Address

func (f fakeNums) Number(_ context.Context, e string) (numbers.Info, error) {
	op, ok := f[e]
	return numbers.Info{E164: e, Live: ok, Operator: op}, nil
}

const chain = 31337

func key(t testing.TB) *Signer {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return NewSigner(k, chain)
}

func TestSignParseRoundTrip(t *testing.T) {
	s := key(t)
	h, err := s.Sign("+14155550100", "+4930901820", "abc@host", 1700000000)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h, ";info=<eip155:31337:"+s.Address().Hex()+">;alg=ES256K;ppt=dots") {
		t.Errorf("header parameters: %s", h)
	}
	tok, err := Parse(h)
	if err != nil {
		t.Fatal(err)
	}
	if tok.Signer != s.Address() || tok.Caller != "+14155550100" || tok.Callee != "+4930901820" ||
		tok.CallID != CallIDHash("abc@host") || tok.Claims.IAT != 1700000000 || tok.ChainID != chain || tok.Claims.Attest != "A" {
		t.Errorf("token %+v", tok)
	}
	// The payload is the deterministic form: keys sorted, no whitespace, tn without "+".
	jws, _, _ := strings.Cut(h, ";")
	p, _ := b64.DecodeString(strings.Split(jws, ".")[1])
	want := `{"attest":"A","cid":"` + CallIDHash("abc@host").Hex() + `","dest":{"tn":["4930901820"]},"iat":1700000000,"orig":{"tn":"14155550100"}}`
	if string(p) != want {
		t.Errorf("claims %s\nwant   %s", p, want)
	}
}

// tamper re-encodes one part of a signed header.
func tamper(t *testing.T, h string, part int, edit func([]byte) []byte) string {
	jws, params, _ := strings.Cut(h, ";")
	ps := strings.Split(jws, ".")
	b, err := b64.DecodeString(ps[part])
	if err != nil {
		t.Fatal(err)
	}
	ps[part] = b64.EncodeToString(edit(b))
	return strings.Join(ps, ".") + ";" + params
}

func TestParseRefuses(t *testing.T) {
	s, other := key(t), key(t)
	h, _ := s.Sign("+14155550100", "+4930901820", "abc@host", 1700000000)
	replace := func(old, new string) func([]byte) []byte {
		return func(b []byte) []byte { return []byte(strings.Replace(string(b), old, new, 1)) }
	}
	// High S: the same signature with S' = N - S (valid ECDSA, refused as malleated).
	highS := tamper(t, h, 2, func(b []byte) []byte {
		sv := new(big.Int).SetBytes(b[32:])
		sv.Sub(crypto.S256().Params().N, sv)
		out := append([]byte{}, b[:32]...)
		return append(out, common.LeftPadBytes(sv.Bytes(), 32)...)
	})
	cases := map[string]string{
		"empty":           "",
		"two parts":       "a.b;info=<x>",
		"not base64":      "a!.b.c",
		"other caller":    tamper(t, h, 1, replace("14155550100", "14155550199")),
		"other kid":       tamper(t, h, 0, replace(s.Address().Hex(), other.Address().Hex())),
		"alg none":        tamper(t, h, 0, replace("ES256K", "none")),
		"short signature": tamper(t, h, 2, func(b []byte) []byte { return b[:63] }),
		"high S":          highS,
		"info not kid":    strings.Replace(h, "info=<eip155:31337:"+s.Address().Hex()+">", "info=<eip155:31337:"+other.Address().Hex()+">", 1),
		"alg param":       strings.Replace(h, "alg=ES256K", "alg=ES256", 1),
		"too long":        h + ";x=" + strings.Repeat("a", MaxHeader),
		"duplicate by case": tamper(t, h, 1, func(b []byte) []byte {
			return append(b[:len(b)-1], []byte(`,"IAT":1}`)...)
		}),
	}
	for name, v := range cases {
		if _, err := Parse(v); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
	}
	// A signature by another key over the same input names that key, not kid's.
	jws, params, _ := strings.Cut(h, ";")
	ps := strings.Split(jws, ".")
	d := sha256.Sum256([]byte(ps[0] + "." + ps[1]))
	sig, _ := crypto.Sign(d[:], mustKey(t))
	forged := ps[0] + "." + ps[1] + "." + b64.EncodeToString(sig[:64]) + ";" + params
	if _, err := Parse(forged); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "signature is not") {
		t.Errorf("wrong key: %v", err)
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestVerify(t *testing.T) {
	a, b, stranger := key(t), key(t), key(t)
	ops := fakeOps{a.Address(): true, b.Address(): true}
	nums := fakeNums{"+14155550100": a.Address(), "+14155550101": b.Address()}
	now := time.Unix(1700000000, 0)
	v := NewVerifier(chain, ops, nums, time.Minute)
	v.SetClock(func() time.Time { return now })
	call := Call{Caller: "+14155550100", Callee: "+4930901820", CallID: "c1@a"}
	sign := func(s *Signer, caller, callee, cid string, iat time.Time) []string {
		h, err := s.Sign(caller, callee, cid, iat.Unix())
		if err != nil {
			t.Fatal(err)
		}
		return []string{h}
	}
	ctx := context.Background()
	check := func(name string, hdrs []string, c Call, want Status, reason string) {
		t.Helper()
		r, err := v.Verify(ctx, hdrs, c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r.Status != want || !strings.Contains(r.Reason, reason) {
			t.Errorf("%s: %v %q, want %v %q", name, r.Status, r.Reason, want, reason)
		}
	}
	check("unsigned", nil, call, Absent, "no Identity")
	good := sign(a, call.Caller, call.Callee, call.CallID, now.Add(-10*time.Second))
	check("good", good, call, Verified, "")
	check("same token, same call (the same INVITE again)", good, call, Verified, "")
	check("same token, other Call-ID", good, Call{call.Caller, call.Callee, "c2@a"}, Invalid, "another Call-ID")
	check("stale", sign(a, call.Caller, call.Callee, "c3@a", now.Add(-61*time.Second)), Call{call.Caller, call.Callee, "c3@a"}, Invalid, "stale")
	check("future", sign(a, call.Caller, call.Callee, "c3@a", now.Add(2*time.Minute)), Call{call.Caller, call.Callee, "c3@a"}, Invalid, "stale")
	check("other callee", sign(a, call.Caller, "+4930901821", "c4@a", now), Call{call.Caller, call.Callee, "c4@a"}, Invalid, "callee")
	check("From not the signed caller", sign(a, call.Caller, call.Callee, "c5@a", now), Call{"+14155550101", call.Callee, "c5@a"}, Invalid, "caller")
	check("number of another operator", sign(a, "+14155550101", call.Callee, "c6@a", now), Call{"+14155550101", call.Callee, "c6@a"}, Invalid, "does not route")
	check("not an operator", sign(stranger, call.Caller, call.Callee, "c7@a", now), Call{call.Caller, call.Callee, "c7@a"}, Invalid, "not a bonded")
	check("garbage", []string{"x"}, call, Invalid, "malformed")
	// One good header among several is enough.
	check("bad then good", append([]string{"x"}, sign(a, call.Caller, call.Callee, "c8@a", now)...), Call{call.Caller, call.Callee, "c8@a"}, Verified, "")
	// A port: the number now routed to b; a's signature no longer vouches for it, b's does.
	nums["+14155550100"] = b.Address()
	check("after the port, a", sign(a, call.Caller, call.Callee, "c9@a", now), Call{call.Caller, call.Callee, "c9@a"}, Invalid, "does not route")
	check("after the port, b", sign(b, call.Caller, call.Callee, "c9@b", now), Call{call.Caller, call.Callee, "c9@b"}, Verified, "")
	// Suspended.
	ops[b.Address()] = false
	check("suspended", sign(b, call.Caller, call.Callee, "c10@b", now), Call{call.Caller, call.Callee, "c10@b"}, Invalid, "not a bonded")
	// Other chain.
	other := NewSigner(a.key, 1)
	check("other chain", sign(other, call.Caller, call.Callee, "c11@a", now), Call{call.Caller, call.Callee, "c11@a"}, Invalid, "chain")
}

func TestPolicy(t *testing.T) {
	for in, want := range map[string]Policy{"": Mark, "mark": Mark, "reject": Reject} {
		if p, err := ParsePolicy(in); err != nil || p != want {
			t.Errorf("%q: %v %v", in, p, err)
		}
	}
	if _, err := ParsePolicy("drop"); err == nil {
		t.Error("policy drop accepted")
	}
}
