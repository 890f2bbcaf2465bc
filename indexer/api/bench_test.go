package api

import (
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkEndpoints answers each kind of question in process over an index with a number,
// an operator with 300 batches and a 50-entry rate deck (the data of the e2e wrk
// benchmark), to show which answers cost what.
func BenchmarkEndpoints(b *testing.B) {
	ix := newIndex(b)
	node := crypto.Keccak256Hash([]byte("+4930123"))
	owner := common.HexToAddress("0x00000000000000000000000000000000000000c3")
	ix.emit("numberregistry", "NumberClaimed", map[string]any{"node": node, "e164": "+4930123", "owner": owner, "expires": uint64(5000), "deposit": big.NewInt(7)})
	ix.emit("numberregistry", "CnamSet", map[string]any{"node": node, "e164": "+4930123", "cnam": "ALICE"})
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	for id := int64(1); id <= 300; id++ {
		ix.batch(id, 0)
	}
	for i := range 50 {
		p := big.NewInt(int64(4900 + i)).String()
		ix.emit("rateexchange", "RatePublished", map[string]any{"seller": opA, "prefixKey": crypto.Keccak256Hash([]byte(p)),
			"prefix": p, "ratePerMinute": big.NewInt(100), "connectFee": big.NewInt(1), "initialIncrement": uint32(60),
			"subsequentIncrement": uint32(6), "effectiveTime": uint64(0), "index": big.NewInt(int64(i))})
	}
	a := opA.Hex()
	for _, c := range []struct{ name, path string }{
		{"number", "/v1/numbers/%2B4930123"},
		{"history", "/v1/numbers/%2B4930123/history"},
		{"operator", "/v1/operators/" + a},
		{"batches100", "/v1/batches?limit=100"},
		{"batch", "/v1/batches/150"},
		{"rates", "/v1/rates/" + a},
		{"quote", "/v1/rates/" + a + "/quote?destination=4930555&seconds=61"},
		{"disputes", "/v1/disputes"},
		{"healthz", "/healthz"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d %s", c.path, rec.Code, rec.Body.String())
				}
			}
		})
	}
}
