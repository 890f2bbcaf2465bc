package api

import (
	"github.com/dotsnet/dots/indexer/apitypes"

	"encoding/json"
	"errors"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
)

// isBad tells whether err is a 400 with a reason.
func isBad(err error) bool {
	var he *httpError
	return errors.As(err, &he) && he.code == http.StatusBadRequest && he.reason != ""
}

func FuzzParseE164(f *testing.F) {
	for _, s := range []string{"+4930123456", "+1", "+123456789012345", "+1234567890123456", "4930", "+0123", "+", "", "+49 30", "+４９", "+49\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseE164(s)
		if err != nil {
			if !isBad(err) {
				t.Fatalf("parseE164(%q): %v is not a 400", s, err)
			}
			return
		}
		if got != s || len(s) < 2 || len(s) > 16 || s[0] != '+' || s[1] == '0' {
			t.Fatalf("parseE164 accepted %q as %q", s, got)
		}
		for _, r := range s[1:] {
			if r < '0' || r > '9' {
				t.Fatalf("parseE164 accepted %q", s)
			}
		}
	})
}

func FuzzParseAddr(f *testing.F) {
	for _, s := range []string{"0x00000000000000000000000000000000000000a1", "0X00000000000000000000000000000000000000A1",
		"00000000000000000000000000000000000000a1", "0x12", "", "0x", "0xzz000000000000000000000000000000000000a1",
		"0x00000000000000000000000000000000000000a100"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseAddr("operator", s)
		if err != nil {
			if !isBad(err) || !strings.Contains(err.Error(), "operator") {
				t.Fatalf("parseAddr(%q): %v is not a 400 naming the parameter", s, err)
			}
			return
		}
		if len(got) != 42 || got != strings.ToLower(got) || common.HexToAddress(got) != common.HexToAddress(s) {
			t.Fatalf("parseAddr(%q) = %q", s, got)
		}
		if !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"), got[2:]) {
			t.Fatalf("parseAddr(%q) = %q: not the same digits", s, got)
		}
	})
}

func FuzzParseUint(f *testing.F) {
	for _, s := range []string{"0", "60", "007", "-1", "1.5", "", "9223372036854775807", "9223372036854775808", "1e3", "+5", " 5", "0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseUint("seconds", s, 0, false)
		if err != nil {
			if !isBad(err) {
				t.Fatalf("parseUint(%q): %v is not a 400", s, err)
			}
			return
		}
		if v > math.MaxInt64 {
			t.Fatalf("parseUint(%q) = %d does not fit SQLite's INTEGER", s, v)
		}
		if pv, perr := strconv.ParseUint(s, 10, 64); perr != nil || pv != v {
			t.Fatalf("parseUint(%q) = %d", s, v)
		}
	})
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"0", "1", "42", "-1", "1.0", "", "99999999999999999999", "0x10", " 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(string) (int64, error){parseBatchID, parseDisputeID} {
			v, err := parse(s)
			if err != nil {
				if !isBad(err) {
					t.Fatalf("id %q: %v is not a 400", s, err)
				}
				continue
			}
			if pv, perr := strconv.ParseInt(s, 10, 64); v < 0 || perr != nil || pv != v {
				t.Fatalf("id %q parsed as %d", s, v)
			}
		}
	})
}

func FuzzParsePage(f *testing.F) {
	for _, c := range [][2]string{{"", ""}, {"1", ""}, {"1000", "5.3"}, {"0", ""}, {"1001", ""}, {"10", "5"}, {"10", "-1.2"},
		{"10", "5."}, {"10", ".5"}, {"x", "1.1"}, {"10", "9223372036854775807.9223372036854775807"}, {"10", "1.2.3"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, limit, after string) {
		q := url.Values{}
		if limit != "" {
			q.Set("limit", limit)
		}
		if after != "" {
			q.Set("after", after)
		}
		r := httptest.NewRequest("GET", "/v1/batches?"+q.Encode(), nil)
		p, err := parsePage(r)
		if err != nil {
			if !isBad(err) {
				t.Fatalf("page %q %q: %v is not a 400", limit, after, err)
			}
			return
		}
		if p.limit < 1 || p.limit > 1000 || p.afterBlock < -1 || p.afterLog < -1 || (p.afterBlock == -1) != (p.afterLog == -1) {
			t.Fatalf("page %q %q parsed as %+v", limit, after, p)
		}
		if after != "" {
			b, l, _ := strings.Cut(after, ".")
			bn, err1 := strconv.ParseInt(b, 10, 64)
			ln, err2 := strconv.ParseInt(l, 10, 64)
			if err1 != nil || err2 != nil || bn != p.afterBlock || ln != p.afterLog {
				t.Fatalf("page after %q parsed as %d.%d", after, p.afterBlock, p.afterLog)
			}
		}
		// A cursor built from a page round-trips.
		last := apitypes.Position{BlockNumber: 7, LogIndex: uint64(p.limit - 1)}
		r2 := httptest.NewRequest("GET", "/v1/batches?after="+p.next(p.limit, last), nil)
		p2, err := parsePage(r2)
		if err != nil || p2.afterBlock != 7 || p2.afterLog != int64(p.limit-1) {
			t.Fatalf("cursor %q of a full page does not parse back: %+v %v", p.next(p.limit, last), p2, err)
		}
	})
}

func FuzzCidString(f *testing.F) {
	c, _ := cid.Decode("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	for _, s := range []string{hexutil.Encode(c.Bytes()), hexutil.Encode([]byte(c.String())), hexutil.Encode([]byte("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")), "0x", "", "0xzz", "0x01", "0x0170"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cidString(s)
		if got == "" {
			return
		}
		if _, err := cid.Decode(got); err != nil {
			t.Fatalf("cidString(%q) = %q, which is not a CID: %v", s, got, err)
		}
	})
}

// FuzzAPI sends any path and query to the server over a small index: every answer is JSON,
// and nothing is a 5xx other than 503 (no IPFS node configured).
func FuzzAPI(f *testing.F) {
	a := opA.Hex()
	for _, s := range []string{"/healthz", "/v1/numbers/%2B4930123", "/v1/numbers/%2B4930123/history?limit=2&after=1.0",
		"/v1/operators/" + a, "/v1/operators/" + a + "/batches?after=1.1", "/v1/operators/" + a + "/slashes",
		"/v1/batches?operator=" + a + "&limit=3", "/v1/batches/1", "/v1/batches/1/proof?seq=3", "/v1/rewards/" + a + "?doc=bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
		"/v1/rates/" + seller.Hex() + "?at=1500", "/v1/rates/" + seller.Hex() + "/quote?destination=4930&seconds=61",
		"/v1/disputes?limit=1", "/v1/disputes/1", "/v1/batches/%00", "/v1/numbers/%2B%2B", "//v1//batches", "/v1/batches/1/../2"} {
		f.Add(s)
	}
	ix := newIndex(f)
	ix.emit("cdranchor", "OperatorRegistered", map[string]any{"operator": opA, "payout": opA, "bond": big.NewInt(100), "metadata": "sip:a"})
	ix.batch(1, 0)
	f.Fuzz(func(t *testing.T, target string) {
		req, err := http.NewRequest("GET", "http://dots.test"+target, nil)
		if err != nil || !strings.HasPrefix(target, "/") {
			return
		}
		rec := httptest.NewRecorder()
		ix.srv.ServeHTTP(rec, req)
		if rec.Code == http.StatusMovedPermanently || rec.Code == http.StatusTemporaryRedirect {
			return // the mux cleaning the path
		}
		var m map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
			t.Fatalf("GET %s: %d %q is not JSON", target, rec.Code, rec.Body.String())
		}
		switch rec.Code {
		case 200:
			if m["data"] == nil && m["head"] == nil {
				t.Fatalf("GET %s: 200 without data: %v", target, m)
			}
		case 400, 404, 503:
			if s, _ := m["error"].(string); s == "" {
				t.Fatalf("GET %s: %d without a reason: %v", target, rec.Code, m)
			}
		default:
			t.Fatalf("GET %s: %d %v", target, rec.Code, m)
		}
	})
}
