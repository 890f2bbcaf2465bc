package stealth

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

type nobleCase struct {
	Signature    string `json:"signature"`
	EphemeralKey string `json:"ephemeralKey"`
}

type nobleOut struct {
	Meta            string `json:"meta"`
	Stealth         string `json:"stealth"`
	EphemeralPubKey string `json:"ephemeralPubKey"`
	ViewTag         byte   `json:"viewTag"`
	StealthKey      string `json:"stealthKey"`
	Page            struct {
		Meta            string `json:"meta"`
		Stealth         string `json:"stealth"`
		EphemeralPubKey string `json:"ephemeralPubKey"`
		ViewTag         byte   `json:"viewTag"`
		StealthKey      string `json:"stealthKey"`
	} `json:"page"`
}

// TestMatchesNoble checks Go's derivation (go-ethereum's secp256k1) against an independent
// implementation on @noble/curves and against the page's module, run in node.
func TestMatchesNoble(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "testdata", "noble.mjs")
	type goCase struct {
		keys Keys
		ann  Announcement
		key  string
	}
	var cases []nobleCase
	var want []goCase
	for i := range 8 {
		wallet, _ := crypto.GenerateKey()
		keys, err := KeysFromWallet(wallet)
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := crypto.Sign(accountsTextHash(KeyMessage), wallet)
		sig[64] += 27
		eph, _ := crypto.GenerateKey()
		if i == 0 {
			// An ephemeral key with leading zero bytes (padding edge).
			eph, _ = EphemeralKey(append(make([]byte, 3), bytes.Repeat([]byte{0x5a}, 29)...))
		}
		ann, err := Generate(keys.Meta(), eph)
		if err != nil {
			t.Fatal(err)
		}
		sk, err := StealthKey(ann, keys.Viewing, keys.Spending)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, nobleCase{Signature: hexutil.Encode(sig), EphemeralKey: hexutil.Encode(crypto.FromECDSA(eph))})
		want = append(want, goCase{keys, ann, hexutil.Encode(crypto.FromECDSA(sk))})
	}
	in, _ := json.Marshal(cases)
	cmd := exec.Command(node, script)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var got []nobleOut
	if err := json.Unmarshal(outb, &got); err != nil {
		t.Fatalf("node output: %v: %s", err, outb)
	}
	for i, w := range want {
		g := got[i]
		stealthLower := strings.ToLower(w.ann.Stealth.Hex())
		eph := hexutil.Encode(w.ann.EphemeralPub)
		for who, o := range map[string][5]string{
			"noble": {g.Meta, g.Stealth, g.EphemeralPubKey, fmt.Sprint(g.ViewTag), g.StealthKey},
			"page":  {g.Page.Meta, g.Page.Stealth, g.Page.EphemeralPubKey, fmt.Sprint(g.Page.ViewTag), g.Page.StealthKey},
		} {
			if exp := [5]string{w.keys.Meta().String(), stealthLower, eph, fmt.Sprint(w.ann.ViewTag), w.key}; o != exp {
				t.Errorf("case %d: %s gives %v, Go %v", i, who, o, exp)
			}
		}
	}
}

func TestRoundTripAndWrongKeys(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	keys, err := KeysFromWallet(owner)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := KeysFromWallet(owner)
	if again.Meta().String() != keys.Meta().String() {
		t.Fatal("keys from the same wallet differ")
	}
	meta, err := ParseMetaAddressString(keys.Meta().String())
	if err != nil {
		t.Fatal(err)
	}
	other, _ := crypto.GenerateKey()
	wrong, _ := KeysFromWallet(other)

	const n = 2048
	tagPass, seen := 0, map[string]bool{}
	for range n {
		a, err := GenerateRandom(meta, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if seen[a.Stealth.Hex()] {
			t.Fatal("two payments to one stealth address")
		}
		seen[a.Stealth.Hex()] = true
		if a.Stealth == crypto.PubkeyToAddress(owner.PublicKey) {
			t.Fatal("stealth address is the wallet")
		}
		if !Check(a, keys.Viewing, &keys.Spending.PublicKey) {
			t.Fatal("owner does not find its own announcement")
		}
		k, err := StealthKey(a, keys.Viewing, keys.Spending)
		if err != nil || crypto.PubkeyToAddress(k.PublicKey) != a.Stealth {
			t.Fatalf("stealth key: %v", err)
		}
		if Check(a, wrong.Viewing, &wrong.Spending.PublicKey) || Check(a, wrong.Viewing, &keys.Spending.PublicKey) {
			t.Fatal("a wrong viewing key finds the announcement")
		}
		if _, err := StealthKey(a, keys.Viewing, wrong.Spending); err == nil {
			t.Fatal("a wrong spending key gives the stealth key")
		}
		if ViewTagMatches(a, wrong.Viewing) {
			tagPass++
		}
		// A tampered view tag stops the owner's check at the first step.
		b := a
		b.ViewTag ^= 1
		if ViewTagMatches(b, keys.Viewing) || Check(b, keys.Viewing, &keys.Spending.PublicKey) {
			t.Fatal("a wrong view tag passes")
		}
	}
	// About n/256 = 8 foreign announcements pass the one-byte tag; far more than 40 means the
	// tag filters nothing (P(X > 40) for Binomial(2048, 1/256) is below 1e-15).
	if tagPass > 40 {
		t.Fatalf("view tag let %d of %d foreign announcements through", tagPass, n)
	}
	t.Logf("view tag: %d of %d announcements for another key pass the tag (expected ~%d)", tagPass, n, n/256)
}

func TestParseMetaAddressErrors(t *testing.T) {
	for _, s := range []string{"", "st:eth:0x", "st:eth:0x" + strings.Repeat("00", 66), "0x02" + strings.Repeat("11", 65), "zz"} {
		if _, err := ParseMetaAddressString(s); err == nil {
			t.Errorf("%q parsed", s)
		}
	}
}

func FuzzParseMetaAddress(f *testing.F) {
	k, _ := crypto.GenerateKey()
	keys, _ := KeysFromWallet(k)
	f.Add(keys.Meta().String())
	f.Add("st:eth:0x02")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMetaAddressString(s)
		if err != nil {
			return
		}
		back, err := ParseMetaAddress(m.Bytes())
		if err != nil || back.String() != m.String() {
			t.Fatalf("round trip of %q: %v", s, err)
		}
	})
}
