package server

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/store"
)

func partySign(t testing.TB, key *ecdsa.PrivateKey, seq uint64, at int64) string {
	sig, err := crypto.Sign(accounts.TextHash([]byte(PartyMessage(seq, at))), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return PartyAuth(at, sig)
}

// partyServer serves the dots/array.json CDRs with owners from ownerAt, counting its calls.
func partyServer(t *testing.T, cfg Config) (*httptest.Server, *atomic.Int64) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "OFF"})
	if err != nil {
		t.Fatal(err)
	}
	calls := new(atomic.Int64)
	inner := cfg.OwnerAt
	cfg.OwnerAt = func(ctx context.Context, n string, at uint64) (common.Address, error) {
		calls.Add(1)
		return inner(ctx, n, at)
	}
	cfg.Sources, cfg.ChainID = []Source{{Name: "pbx", Token: "tok-pbx"}}, 31337
	srv, err := New(cfg, st, metrics.New(st.StateCounts), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { ts.Close(); st.Close() })
	post(t, ts.URL+"/v1/cdrs", "tok-pbx", fixture(t, "dots/array.json"))
	return ts, calls
}

func getAuth(t testing.TB, url, auth string) int {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", auth)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// The party is whoever owned the number at the call's setup time: the owner then reads the
// CDR, the owner now (a later claimant) does not.
func TestPartyIsOwnerAtSetupTime(t *testing.T) {
	then, now := mustKey(t), mustKey(t)
	var setup uint64
	ts, _ := partyServer(t, Config{OwnerAt: func(_ context.Context, n string, at uint64) (common.Address, error) {
		if n != "+14155550124" {
			return common.Address{}, nil
		}
		setup = at
		if at < 1700000500 {
			return crypto.PubkeyToAddress(then.PublicKey), nil
		}
		return crypto.PubkeyToAddress(now.PublicKey), nil
	}})
	at := time.Now().Unix()
	if code := getAuth(t, ts.URL+"/v1/cdrs/2", partySign(t, then, 2, at)); code != 200 || setup == 0 || setup >= 1700000500 {
		t.Fatalf("owner at the call's time: %d (asked about time %d)", code, setup)
	}
	if code := getAuth(t, ts.URL+"/v1/cdrs/2", partySign(t, now, 2, at)); code != 401 {
		t.Fatalf("a later owner: %d", code)
	}
}

// A flood of well-formed signatures from random keys costs no chain read beyond the
// budget: bad forms are refused before the owner lookup, and past the per-client budget
// the answer is 429 before anything else.
func TestPartyCheapChecksFirstAndRateLimit(t *testing.T) {
	owner := mustKey(t)
	ts, calls := partyServer(t, Config{ClientRate: 1, ClientBurst: 5, OwnerAt: func(_ context.Context, n string, _ uint64) (common.Address, error) {
		return crypto.PubkeyToAddress(owner.PublicKey), nil
	}})
	at := time.Now().Unix()
	good := partySign(t, owner, 2, at)
	f := strings.Fields(good)
	sig := hexutil.MustDecode(f[2])
	high := append([]byte(nil), sig...) // the malleable twin: s' = n - s
	s := new(big.Int).SetBytes(high[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(high[32:64])
	for name, auth := range map[string]string{
		"stale":  partySign(t, owner, 2, at-int64(PartySkew/time.Second)-10),
		"short":  "DOTS-Party " + f[1] + " 0x00",
		"high s": "DOTS-Party " + f[1] + " " + hexutil.Encode(high),
		"bad v":  "DOTS-Party " + f[1] + " " + f[2][:130] + "05",
		"long":   "DOTS-Party " + strings.Repeat("1", 300) + " " + f[2],
	} {
		if code := getAuth(t, ts.URL+"/v1/cdrs/2", auth); code != 401 {
			t.Errorf("%s: %d", name, code)
		}
	}
	if n := calls.Load(); n != 0 {
		t.Fatalf("malformed party requests cost %d owner lookups", n)
	}
	// The budget of 5 is spent; the next requests are 429 whatever they carry.
	for i := 0; i < 3; i++ {
		if code := getAuth(t, ts.URL+"/v1/cdrs/2", partySign(t, mustKey(t), 2, at)); code != 429 {
			t.Fatalf("request %d past the budget: %d", i, code)
		}
	}
	if code := getAuth(t, ts.URL+"/v1/cdrs/2", "Bearer nope"); code != 429 {
		t.Fatalf("failed login past the budget: %d", code)
	}
	if n := calls.Load(); n != 0 {
		t.Fatalf("requests past the budget cost %d owner lookups", n)
	}
	// Sources keep their access.
	if code := getAuth(t, ts.URL+"/v1/cdrs/2", "Bearer tok-pbx"); code != 200 {
		t.Fatalf("the source, with the budget spent: %d", code)
	}
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// FuzzParsePartyAuth: the party header parser never panics, accepts only the canonical
// form, and what it accepts recovers to some key without error.
func FuzzParsePartyAuth(f *testing.F) {
	now := time.Unix(1800000000, 0)
	k, _ := crypto.GenerateKey()
	sig, _ := crypto.Sign(accounts.TextHash([]byte(PartyMessage(2, now.Unix()))), k)
	f.Add(PartyAuth(now.Unix(), sig))
	f.Add("DOTS-Party 1800000000 0x00")
	f.Add("DOTS-Party  1800000000 " + hexutil.Encode(sig))
	f.Add("DOTS-Party +1800000000 " + hexutil.Encode(sig))
	f.Add("Bearer x")
	f.Fuzz(func(t *testing.T, h string) {
		ts, sig, err := ParsePartyAuth(h, now)
		if err != nil {
			return
		}
		if len(sig) != 65 || sig[64] > 1 || ts < now.Add(-PartySkew).Unix() || ts > now.Add(PartySkew).Unix() {
			t.Fatalf("accepted %q: ts %d sig %x", h, ts, sig)
		}
		if !strings.HasPrefix(h, partyScheme) || len(h) > maxPartyAuth {
			t.Fatalf("accepted %q", h)
		}
		partySigner(2, ts, sig) // may fail (no such point), must not panic
	})
}

// A rejected record's numbers do not reach the INFO log (the answer still names the field).
func TestRejectedNumbersStayOutOfInfoLogs(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "OFF"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var logs strings.Builder
	srv, err := New(Config{Sources: []Source{{Name: "pbx", Token: "tok-pbx"}}, ChainID: 31337}, st, metrics.New(st.StateCounts),
		slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo})), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	rec := `{"id":"x1","callId":"c1","caller":"04155550123","callee":"+4930901820","setupTime":1700000000,"answerTime":0,"endTime":1700000010,"billableSeconds":0,"sipStatus":486,"q850Cause":17}`
	r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", []byte(rec))
	if r.code != 400 || !strings.Contains(string(r.body), "caller") {
		t.Fatalf("%d %s", r.code, r.body)
	}
	if !strings.Contains(logs.String(), "rejected CDRs") || strings.Contains(logs.String(), "4155550123") || strings.Contains(logs.String(), "4930901820") {
		t.Fatalf("INFO log: %s", logs.String())
	}
}
