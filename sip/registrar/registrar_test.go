package registrar

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/icholy/digest"

	"github.com/dotsnet/dots/sip/credential"
	"github.com/dotsnet/dots/sip/numbers"
)

type fakeRegistry map[string]numbers.Info

func (f fakeRegistry) Number(_ context.Context, n string) (numbers.Info, error) { return f[n], nil }

func TestProvisionAndDigest(t *testing.T) {
	ctx := context.Background()
	db, err := OpenDB(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	owner, _ := crypto.GenerateKey()
	op := common.Address{0xa}
	reg := fakeRegistry{"+14155550100": {E164: "+14155550100", Live: true, Owner: crypto.PubkeyToAddress(owner.PublicKey), Epoch: 3, Operator: op}}
	dom := credential.Domain{ChainID: big.NewInt(1), NumberRegistry: common.Address{1}}
	r, err := New(db, reg, op, "dots", dom)
	if err != nil {
		t.Fatal(err)
	}
	exp := uint64(time.Now().Add(time.Hour).Unix())
	s, _ := dom.Sign(credential.New("+14155550100", op, "dots", "pw", big.NewInt(5), exp), owner)
	if _, err := r.Provision(ctx, &s); err != nil {
		t.Fatal(err)
	}
	// Replaying the same nonce is refused; a stranger's signature is refused.
	var rj *Rejection
	if _, err := r.Provision(ctx, &s); !errors.As(err, &rj) || rj.Status != 409 {
		t.Fatalf("replay: %v", err)
	}
	other, _ := crypto.GenerateKey()
	s2, _ := dom.Sign(credential.New("+14155550100", op, "dots", "pw2", big.NewInt(9), exp), other)
	if _, err := r.Provision(ctx, &s2); !errors.As(err, &rj) || rj.Status != 403 {
		t.Fatalf("stranger: %v", err)
	}
	answer := func(alg, password, nonce string) string {
		chal := &digest.Challenge{Realm: "dots", Nonce: nonce, Algorithm: alg, QOP: []string{"auth"}}
		c, err := digest.Digest(chal, digest.Options{Method: "REGISTER", URI: "sip:dots", Username: "+14155550100", Password: password})
		if err != nil {
			t.Fatal(err)
		}
		return c.String()
	}
	for _, alg := range []string{"MD5", "SHA-256"} {
		res, err := r.Authenticate(ctx, []string{answer(alg, "pw", r.Nonce())}, "REGISTER")
		if err != nil || !res.OK || res.Number != "+14155550100" {
			t.Fatalf("%s: %+v %v", alg, res, err)
		}
		// A wrong password gets a fresh challenge (as phones expect), twice; the third wrong
		// answer in the chain gets 403. The right one within the chain is accepted.
		nonce := r.Nonce()
		for attempt := 1; attempt <= 3; attempt++ {
			res, _ = r.Authenticate(ctx, []string{answer(alg, "nope", nonce)}, "REGISTER")
			if res.OK || res.Challenge() != (attempt < 3) || !strings.HasPrefix(res.Reason, "wrong password") {
				t.Fatalf("%s wrong password, attempt %d: %+v", alg, attempt, res)
			}
			chal, err := digest.ParseChallenge(r.Rechallenge(res)[0])
			if err != nil {
				t.Fatal(err)
			}
			nonce = chal.Nonce
			if attempt == 2 {
				if ok, _ := r.Authenticate(ctx, []string{answer(alg, "pw", nonce)}, "REGISTER"); !ok.OK {
					t.Fatalf("%s right password after two wrong ones: %+v", alg, ok)
				}
			}
		}
		if res, _ := r.Authenticate(ctx, []string{answer(alg, "pw", r.Nonce())}, "REGISTER"); !res.OK {
			t.Fatalf("%s a new chain: %+v", alg, res)
		}
	}
	// The same answer twice (same nonce and count) is a replay: challenged again.
	n := r.Nonce()
	ans := answer("MD5", "pw", n)
	if res, _ := r.Authenticate(ctx, []string{ans}, "REGISTER"); !res.OK {
		t.Fatalf("first use: %+v", res)
	}
	if res, _ := r.Authenticate(ctx, []string{ans}, "REGISTER"); res.OK || !res.Stale {
		t.Fatalf("replay: %+v", res)
	}
	// A nonce from the past is stale; a forged one is refused.
	old := r.Nonce()
	r.now = func() time.Time { return time.Now().Add(10 * time.Minute) }
	if res, _ := r.Authenticate(ctx, []string{answer("MD5", "pw", old)}, "REGISTER"); !res.Stale {
		t.Fatalf("old nonce: %+v", res)
	}
	r.now = time.Now
	if res, _ := r.Authenticate(ctx, []string{answer("MD5", "pw", "00112233")}, "REGISTER"); res.OK || res.Stale {
		t.Fatalf("forged nonce: %+v", res)
	}
	// A new records epoch (release and re-claim) voids the credential at once.
	info := reg["+14155550100"]
	info.Epoch++
	reg["+14155550100"] = info
	if res, _ := r.Authenticate(ctx, []string{answer("MD5", "pw", r.Nonce())}, "REGISTER"); res.OK {
		t.Fatal("credential valid after an epoch change")
	}
}
