package server

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/store"
)

var operator = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

func newServer(t testing.TB, sync string) (*httptest.Server, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: sync})
	if err != nil {
		t.Fatal(err)
	}
	m := metrics.New(st.StateCounts)
	srv, err := New(Config{
		Sources:       testSources(),
		AuditorTokens: []string{"audit"},
		MaxBodyBytes:  64 << 10,
		ChainID:       31337,
	}, st, m, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	ms := httptest.NewServer(srv.MetricsHandler())
	metricsURL[ts.URL] = ms.URL
	t.Cleanup(func() { ts.Close(); ms.Close(); st.Close() })
	return ts, st
}

// testSources are the sources of the tests: the fixtures' numbers are E.164 with or
// without "+" or after "00"; the Kamailio recordings' are US ones.
func testSources() []Source {
	e164 := ingest.Options{Numbering: &ingest.NumberingPlan{InternationalPrefix: "00", E164WithoutPlus: true}}
	us := ingest.Options{Numbering: &ingest.NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true,
		Extensions: []ingest.ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}}}
	return []Source{
		{Name: "fs1", Password: "s3cret", Formats: []string{"freeswitch"}, Options: e164},
		{Name: "pbx", Token: "tok-pbx", Options: e164},
		{Name: "kam", Token: "tok-kam", Formats: []string{"kamailio"}, Options: us},
	}
}

// metricsURL maps a test API server to its metrics server.
var metricsURL = map[string]string{}

type resp struct {
	code int
	body []byte
}

func post(t testing.TB, url, auth string, body []byte) resp {
	t.Helper()
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	if auth != "" {
		if u, p, ok := strings.Cut(auth, ":"); ok {
			req.SetBasicAuth(u, p)
		} else {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
	}
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return resp{r.StatusCode, b}
}

func fixture(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "ingest", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestIngest(t *testing.T) {
	ts, st := newServer(t, "NORMAL")
	cases := []struct {
		path, auth, file  string
		accepted, skipped int
	}{
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/a_leg.json", 1, 0},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/b_leg.json", 0, 1},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/busy.json", 1, 0},
		{"/v1/cdrs", "tok-pbx", "dots/array.json", 3, 0},
		{"/v1/cdrs/dots", "tok-pbx", "dots/stream.ndjson", 3, 0},
		{"/v1/cdrs/kamailio", "tok-kam", "kamailio/default.ndjson", 4, 0},
		{"/v1/cdrs/asterisk", "tok-pbx", "asterisk/cdr.json", 3, 0},
		{"/v1/cdrs/asterisk", "tok-pbx", "asterisk/cdr.form", 1, 0},
		{"/v1/cdrs/opensips", "tok-pbx", "opensips/e_acc_cdr.ndjson", 2, 1},
	}
	total := 0
	for _, c := range cases {
		r := post(t, ts.URL+c.path, c.auth, fixture(t, c.file))
		var out IngestResponse
		if r.code != 200 || json.Unmarshal(r.body, &out) != nil || out.Accepted != c.accepted || out.Skipped != c.skipped {
			t.Fatalf("%s: %d %s", c.file, r.code, r.body)
		}
		total += c.accepted
	}
	// The same a-leg, urlencoded and base64: duplicates of the raw one.
	for _, f := range []string{"freeswitch/a_leg.urlencoded", "freeswitch/a_leg.base64"} {
		r := post(t, ts.URL+"/v1/cdrs/freeswitch", "fs1:s3cret", fixture(t, f))
		var out IngestResponse
		json.Unmarshal(r.body, &out)
		if r.code != 200 || out.Accepted != 0 || out.Duplicates != 1 || out.Seqs[0] != 1 {
			t.Fatalf("%s: %d %s", f, r.code, r.body)
		}
	}
	c, _ := st.Counts(context.Background())
	if c.CDRs != uint64(total) || c.NextSeq != uint64(total+1) {
		t.Fatalf("counts %+v, want %d CDRs", c, total)
	}

	// Authentication and authorisation.
	for _, auth := range []string{"", "fs1:wrong", "nobody:s3cret", "tok-wrong", "pbx:tok-kam", "fs1:tok-pbx"} {
		if r := post(t, ts.URL+"/v1/cdrs", auth, fixture(t, "dots/one.json")); r.code != 401 {
			t.Errorf("auth %q: %d %s", auth, r.code, r.body)
		}
	}
	if r := post(t, ts.URL+"/v1/cdrs", "fs1:s3cret", fixture(t, "dots/one.json")); r.code != 403 {
		t.Errorf("format not allowed: %d", r.code)
	}
	if r := post(t, ts.URL+"/v1/cdrs/sms", "tok-pbx", nil); r.code != 404 {
		t.Errorf("unknown format: %d", r.code)
	}
	// Validation errors name record and field.
	bad := `[{"id":"v1","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"endTime":1700000010,"sipStatus":486},
	         {"id":"v2","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"endTime":1700000010,"sipStatus":999}]`
	r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", []byte(bad))
	var eb errorBody
	if r.code != 400 || json.Unmarshal(r.body, &eb) != nil || len(eb.Errors) != 1 || eb.Errors[0].Index != 1 || eb.Errors[0].Field != "sipStatus" {
		t.Fatalf("validation: %d %s", r.code, r.body)
	}
	if _, err := st.BySource(context.Background(), "pbx", "v1"); err != store.ErrNotFound {
		t.Fatal("a rejected request stored a record")
	}
	// Oversized.
	big := bytes.Repeat([]byte(" "), 65<<10)
	if r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", big); r.code != 413 {
		t.Fatalf("oversized: %d", r.code)
	}

	// Full CDR: auditor or the sending source; another source is refused.
	get := func(path, auth string) resp {
		req, _ := http.NewRequest("GET", ts.URL+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return resp{res.StatusCode, b}
	}
	if r := get("/v1/cdrs/1", ""); r.code != 401 {
		t.Fatalf("anonymous full CDR: %d", r.code)
	}
	// Another source's CDR and a CDR that does not exist get the same answer.
	other, missing := get("/v1/cdrs/1", "tok-pbx"), get("/v1/cdrs/999999", "tok-pbx")
	if other.code != 404 || missing.code != 404 || !bytes.Equal(other.body, missing.body) {
		t.Fatalf("other source read fs1's CDR: %d %s; a missing CDR: %d %s", other.code, other.body, missing.code, missing.body)
	}
	if r := get("/v1/sources/fs1/cdrs/x", "tok-pbx"); r.code != 404 || !bytes.Equal(r.body, missing.body) {
		t.Fatalf("other source's path: %d %s", r.code, r.body)
	}
	if a, b := get("/v1/cdrs/1", ""), get("/v1/cdrs/999999", ""); a.code != 401 || b.code != 401 || !bytes.Equal(a.body, b.body) {
		t.Fatalf("anonymous: existing %d %s, missing %d %s", a.code, a.body, b.code, b.body)
	}
	if _, err := st.Seal(context.Background(), 100, 0, time.Now()); err != nil {
		t.Fatal(err)
	}
	r = get("/v1/sources/pbx/cdrs/pbx1-000003", "audit")
	var full FullCDR
	if r.code != 200 || json.Unmarshal(r.body, &full) != nil || full.CDR.Callee != "+14155550124" || full.BatchID != 1 ||
		full.BatchState != store.StateSealed || full.Leaf != full.CDR.Leaf() || full.CDR.Salt == (common.Hash{}) {
		t.Fatalf("full CDR: %d %s", r.code, r.body)
	}
	// Health and metrics.
	if r := get("/healthz", ""); r.code != 200 || !bytes.Contains(r.body, []byte(`"status":"ok"`)) ||
		!bytes.Contains(r.body, []byte(`"pipeline":{"batch":1,"state":"sealed"`)) {
		t.Fatalf("healthz %d %s", r.code, r.body)
	}
	if r := get("/metrics", ""); r.code != 404 {
		t.Fatalf("the API serves /metrics: %d", r.code)
	}
	mres, err := http.Get(metricsURL[ts.URL] + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	mb, _ := io.ReadAll(mres.Body)
	mres.Body.Close()
	r = resp{mres.StatusCode, mb}
	for _, want := range []string{
		`dots_oracle_cdrs_ingested_total{format="kamailio",source="kam"} 4`,
		`dots_oracle_records_skipped_total{format="freeswitch"} 1`,
		`dots_oracle_requests_rejected_total{reason="auth"}`,
		`dots_oracle_requests_rejected_total{reason="size"} 1`,
		`dots_oracle_batches{state="sealed"} 1`,
	} {
		if !bytes.Contains(r.body, []byte(want)) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestProofVerifies(t *testing.T) {
	ts, st := newServer(t, "NORMAL")
	ctx := context.Background()
	post(t, ts.URL+"/v1/cdrs", "tok-pbx", fixture(t, "dots/array.json"))
	post(t, ts.URL+"/v1/cdrs", "tok-pbx", fixture(t, "dots/stream.ndjson"))
	b, err := st.Seal(ctx, 100, 0, time.Now())
	if err != nil || b == nil {
		t.Fatal(b, err)
	}
	doc, err := st.BatchDocument(ctx, 31337, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkStored(ctx, b.ID, doc.Root(), "bafy-test", common.Hash{1}, nil0(), "", nil, nil); err != nil {
		t.Fatal(err)
	}
	for seq := b.FirstSeq; seq <= b.LastSeq; seq++ {
		c, _ := st.BySeq(ctx, seq)
		full, err := Prove(ctx, st, 31337, c)
		if err != nil || full.Root == nil || *full.Root != doc.Root() || !cdr.VerifyProof(*full.Root, full.CDR.Leaf(), full.Proof) {
			t.Fatalf("seq %d: proof does not verify: %+v %v", seq, full, err)
		}
		tampered := full.CDR
		tampered.BillableSeconds++
		if cdr.VerifyProof(*full.Root, tampered.Leaf(), full.Proof) {
			t.Fatal("tampered CDR verifies")
		}
	}
}

func benchHTTP(b *testing.B, per, clients int) {
	ts, _ := newServer(b, "FULL")
	var n atomic.Int64
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	b.SetParallelism(max(1, clients/runtime.GOMAXPROCS(0)))
	cpu0 := cpuTime()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var buf bytes.Buffer
		for pb.Next() {
			base := n.Add(int64(per)) - int64(per)
			buf.Reset()
			for i := range per {
				fmt.Fprintf(&buf, `{"id":"b%d","callId":"c%d@h","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`+"\n", base+int64(i), base+int64(i))
			}
			req, _ := http.NewRequest("POST", ts.URL+"/v1/cdrs", bytes.NewReader(buf.Bytes()))
			req.Header.Set("Authorization", "Bearer tok-pbx")
			res, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 {
				b.Errorf("status %d", res.StatusCode)
				return
			}
		}
	})
	b.ReportMetric(float64(n.Load())/b.Elapsed().Seconds(), "cdrs/s")
	// CPU time (user + system, server and client together) per CDR: on a shared machine
	// this, not the rate, says what two idle cores would do (2 s / cpu-us-per-cdr).
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(n.Load()), "cpu-us/cdr")
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHTTPIngestOne: durable (synchronous=FULL) ingest over HTTP, one CDR per request,
// 512 concurrent clients (one group commit answers many of them).
func BenchmarkHTTPIngestOne(b *testing.B) { benchHTTP(b, 1, 512) }

// BenchmarkHTTPIngestBatch: 250 CDRs per request (NDJSON).
func BenchmarkHTTPIngestBatch(b *testing.B) { benchHTTP(b, 250, 64) }

func nil0() *big.Int { return new(big.Int) }

// FuzzAPI sends arbitrary requests (method, path with query, credentials, body) to the
// API: none may crash it or get a 5xx, and nothing is stored without a source's credentials.
func FuzzAPI(f *testing.F) {
	st, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "OFF"})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	srv, err := New(Config{Sources: testSources(),
		AuditorTokens: []string{"audit"}, MaxBodyBytes: 64 << 10, ChainID: 31337},
		st, metrics.New(st.StateCounts), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		f.Fatal(err)
	}
	h := srv.Handler()
	ctx := context.Background()
	seed := func(method uint8, path, auth, file string) {
		var body []byte
		if file != "" {
			body = fixture(f, file)
		}
		f.Add(method, path, auth, body)
	}
	seed(1, "/v1/cdrs", "Bearer tok-pbx", "dots/array.json")
	seed(1, "/v1/cdrs/freeswitch", "Basic "+base64("fs1:s3cret"), "freeswitch/a_leg.urlencoded")
	seed(1, "/v1/cdrs/kamailio", "Bearer tok-kam", "kamailio/default.ndjson")
	seed(0, "/v1/cdrs/1", "Bearer audit", "")
	seed(0, "/v1/sources/pbx/cdrs/pbx1-000002", "Bearer tok-pbx", "")
	seed(0, "/v1/batches?before=18446744073709551615", "", "")
	seed(0, "/v1/batches/1", "", "")
	seed(0, "/healthz", "", "")
	methods := []string{"GET", "POST", "PUT", "DELETE", "HEAD"}
	f.Fuzz(func(t *testing.T, method uint8, path, auth string, body []byte) {
		req, err := http.NewRequest(methods[int(method)%len(methods)], "http://oracle"+path, bytes.NewReader(body))
		if err != nil {
			return
		}
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		before, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%s %q: %d %s", req.Method, path, w.Code, w.Body.Bytes())
		}
		if srv.authenticate(req) == nil {
			after, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if after.CDRs != before.CDRs {
				t.Fatalf("%s %q stored CDRs without a source's credentials", req.Method, path)
			}
		}
	})
}

func base64(s string) string {
	r, _ := http.NewRequest("GET", "http://x", nil)
	u, p, _ := strings.Cut(s, ":")
	r.SetBasicAuth(u, p)
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Basic ")
}

// The owner of a call's number reads its full CDR by signing PartyMessage (personal_sign);
// another wallet, a stale time or a signature for another CDR is refused.
func TestPartyReadsFullCDR(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "OFF"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	owners := map[string]common.Address{"+14155550124": crypto.PubkeyToAddress(owner.PublicKey)}
	srv, err := New(Config{Sources: []Source{{Name: "pbx", Token: "tok-pbx"}}, ChainID: 31337,
		OwnerAt: func(_ context.Context, n string, _ uint64) (common.Address, error) { return owners[n], nil }},
		st, metrics.New(st.StateCounts), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	post(t, ts.URL+"/v1/cdrs", "tok-pbx", fixture(t, "dots/array.json")) // seq 2 calls +14155550124
	sign := func(key *ecdsa.PrivateKey, seq uint64, at int64) string {
		sig, err := crypto.Sign(accounts.TextHash([]byte(PartyMessage(seq, at))), key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27 // as MetaMask returns it
		return PartyAuth(at, sig)
	}
	get := func(path, auth string) (int, []byte) {
		req, _ := http.NewRequest("GET", ts.URL+path, nil)
		req.Header.Set("Authorization", auth)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, b
	}
	now := time.Now().Unix()
	code, body := get("/v1/cdrs/2", sign(owner, 2, now))
	var full FullCDR
	if code != 200 || json.Unmarshal(body, &full) != nil || full.CDR.Callee != "+14155550124" || full.CDR.Salt == (common.Hash{}) {
		t.Fatalf("owner of the callee: %d %s", code, body)
	}
	for name, auth := range map[string]string{
		"another wallet":       sign(other, 2, now),
		"signed for seq 1":     sign(owner, 1, now),
		"stale":                sign(owner, 2, now-int64(PartySkew/time.Second)-5),
		"not the call's party": sign(owner, 1, now), // seq 1 is another call
		"garbage":              "DOTS-Party 1 0x00",
	} {
		path := "/v1/cdrs/2"
		if name == "not the call's party" {
			path = "/v1/cdrs/1"
		}
		if code, body := get(path, auth); code != 401 {
			t.Errorf("%s: %d %s", name, code, body)
		}
	}
	// Party signatures do not open the by-source path.
	if code, _ := get("/v1/sources/pbx/cdrs/pbx1-000003", sign(owner, 2, now)); code != 401 {
		t.Errorf("party signature on the source path: %d", code)
	}
}

// TestWriteIngestSameAsJSON: the hand-written ingest answer is byte for byte what
// encoding/json writes, with the same status and content type.
func TestWriteIngestSameAsJSON(t *testing.T) {
	for _, out := range []IngestResponse{
		{Seqs: []uint64{}},
		{},
		{Accepted: 1, Seqs: []uint64{1}},
		{Accepted: 2, Duplicates: 1, Skipped: 3, Seqs: []uint64{18446744073709551615, 0, 42}},
	} {
		want, got := httptest.NewRecorder(), httptest.NewRecorder()
		writeJSON(want, http.StatusOK, out)
		writeIngest(got, &out)
		if got.Code != want.Code || got.Body.String() != want.Body.String() || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") {
			t.Errorf("%+v: got %d %q %q, want %d %q %q", out, got.Code, got.Header().Get("Content-Type"), got.Body, want.Code, want.Header().Get("Content-Type"), want.Body)
		}
	}
}

// A source whose operators leave this operator on neither side of its calls is refused at
// start: none of its records could say which side wrote it.
func TestSourceOnNoSideRefused(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "OFF"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	other, third := common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	_, err = New(Config{Sources: []Source{{Name: "transit", Token: "t", OrigOperator: other, TermOperator: third}}, ChainID: 31337},
		st, metrics.New(st.StateCounts), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err == nil || !strings.Contains(err.Error(), "transit") {
		t.Fatalf("a source on no side of its calls accepted: %v", err)
	}
	if _, err := New(Config{Sources: []Source{{Name: "peer", Token: "t", OrigOperator: other}}, ChainID: 31337},
		st, metrics.New(st.StateCounts), slog.New(slog.NewTextHandler(io.Discard, nil)), nil); err != nil {
		t.Fatalf("a terminating source refused: %v", err)
	}
}
