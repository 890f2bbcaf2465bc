package credential

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The digest equals go-ethereum's EIP-712 implementation (what eth_signTypedData_v4 signs).
func TestDigestMatchesGethTypedData(t *testing.T) {
	d := Domain{ChainID: big.NewInt(31337), NumberRegistry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	c := New("+14155550100", common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), "dots", "s3cret", big.NewInt(7), 1900000000)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"SIPCredential": {{Name: "number", Type: "string"}, {Name: "operator", Type: "address"}, {Name: "realm", Type: "string"},
				{Name: "ha1Md5", Type: "bytes16"}, {Name: "ha1Sha256", Type: "bytes32"}, {Name: "nonce", Type: "uint256"}, {Name: "expiry", Type: "uint64"}},
		},
		PrimaryType: "SIPCredential",
		Domain: apitypes.TypedDataDomain{Name: "DOTS SIP", Version: "1", ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)),
			VerifyingContract: d.NumberRegistry.Hex()},
		Message: apitypes.TypedDataMessage{"number": c.Number, "operator": c.Operator.Hex(), "realm": c.Realm,
			"ha1Md5": hexutil.Encode(c.HA1MD5), "ha1Sha256": hexutil.Encode(c.HA1SHA256), "nonce": "7", "expiry": "1900000000"},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Digest(&c); got != common.BytesToHash(want) {
		t.Fatalf("digest %x, geth %x", got, want)
	}
}

func TestSignRecover(t *testing.T) {
	d := Domain{ChainID: big.NewInt(1), NumberRegistry: common.Address{9}}
	key, _ := crypto.GenerateKey()
	s, err := d.Sign(New("+442079460000", common.Address{1}, "r", "pw", big.NewInt(1), 10), key)
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.Signer(&s)
	if err != nil || a != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("signer %s, %v", a, err)
	}
	// Any change to the message changes the signer.
	s.Expiry++
	if a2, _ := d.Signer(&s); a2 == a {
		t.Fatal("changed message still recovers the owner")
	}
	s.Expiry--
	s.Number = "15551234"
	if _, err := d.Signer(&s); err == nil {
		t.Fatal("non-E.164 number accepted")
	}
	// Another chain's domain does not recover the owner.
	s.Number = "+442079460000"
	if a3, _ := (Domain{ChainID: big.NewInt(2), NumberRegistry: common.Address{9}}).Signer(&s); a3 == a {
		t.Fatal("signature valid on another chain")
	}
}
