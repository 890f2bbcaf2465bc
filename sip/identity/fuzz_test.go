package identity

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzParse: any input is a token whose fields are consistent, or ErrMalformed; never
// a panic. A token that parses re-verifies: its signature recovers its signer.
func FuzzParse(f *testing.F) {
	k, _ := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	s := NewSigner(k, 31337)
	good, _ := s.Sign("+14155550100", "+4930901820", "abc@host", 1700000000)
	f.Add(good)
	f.Add(strings.TrimSuffix(good, ";ppt=dots"))
	f.Add("a.b.c;info=<eip155:1:0x0000000000000000000000000000000000000000>")
	f.Add("")
	f.Add(";;;=")
	f.Fuzz(func(t *testing.T, v string) {
		tok, err := Parse(v)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error not ErrMalformed: %v", err)
			}
			return
		}
		if tok.Caller[0] != '+' || tok.Callee[0] != '+' || tok.ChainID == 0 || tok.Claims.IAT <= 0 {
			t.Fatalf("inconsistent token %+v", tok)
		}
		if tok.Header.Kid != Kid(tok.ChainID, tok.Signer) && !strings.EqualFold(tok.Header.Kid, Kid(tok.ChainID, tok.Signer)) {
			t.Fatalf("kid %s, signer %s", tok.Header.Kid, tok.Signer.Hex())
		}
	})
}
