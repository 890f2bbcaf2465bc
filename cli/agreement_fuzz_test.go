package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// parseBps accepts only what formatBps prints back to the same value; nothing panics.
func FuzzParseBps(f *testing.F) {
	for _, s := range []string{"5%", "2.5%", "0", "655.35%", "655.36%", "1.234%", "-1%", ".5%", "5.%", "%", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := parseBps(s)
		if err != nil {
			return
		}
		if back, err := parseBps(formatBps(b)); err != nil || back != b {
			t.Fatalf("parseBps(%q) = %d, formatBps %q reads %d, %v", s, b, formatBps(b), back, err)
		}
	})
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"14d", "36h", "90", "1h30m", "-1h", "99999d", "d", "1e9", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := parseSpan(s); err == nil && d < 0 {
			t.Fatalf("parseSpan(%q) = %v, negative", s, d)
		}
	})
}

// An agreement request file is accepted only when its digest is its terms' and its
// signatures are its parties'; no file makes the reader panic.
func FuzzReadAgreementRequest(f *testing.F) {
	a := agreementTerms{Buyer: common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Seller: common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
		NoticeSeconds: 86400, MaxIncreaseBps: 500, ValidUntil: uint64(time.Now().Unix()) + 86400, BuyerNonce: "0", SellerNonce: "0", Deadline: 2_000_000_000}
	d, _ := agreementDigest(31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), a)
	good := `{"chainId":31337,"rateExchange":"0x5FbDB2315678afecb367f032d93F642f64180aa3","agreement":{"buyer":"` + a.Buyer.Hex() + `","seller":"` + a.Seller.Hex() +
		`","noticeSeconds":86400,"maxIncreaseBps":500,"validUntil":` + itoa(a.ValidUntil) + `,"buyerNonce":"0","sellerNonce":"0","deadline":2000000000},"digest":"` + d.Hex() + `"}`
	f.Add(good)
	f.Add(`{"agreement":{"buyerNonce":"x"}}`)
	f.Add(`{"buyerSig":"0x00"}`)
	f.Add(`[]`)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, s string) {
		p := filepath.Join(dir, "r.json")
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := readAgreementRequest(p)
		if err != nil {
			return
		}
		if d, err := agreementDigest(r.ChainID, r.RateExchange, r.Agreement); err != nil || d != r.Digest {
			t.Fatalf("accepted a request whose digest is not its terms': %v", err)
		}
	})
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
