package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/store"
)

// A re-post under the same source id with other content is refused with 409 naming both
// versions; the stored CDR is unchanged. The same content again is a duplicate.
func TestRepostWithOtherContentIsAConflict(t *testing.T) {
	ts, st := newServer(t, "NORMAL")
	rec := `{"id":"c-1","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`
	if r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", []byte(rec)); r.code != 200 {
		t.Fatalf("%d %s", r.code, r.body)
	}
	if r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", []byte(rec)); r.code != 200 || !bytes.Contains(r.body, []byte(`"duplicates":1`)) {
		t.Fatalf("same content again: %d %s", r.code, r.body)
	}
	changed := strings.Replace(rec, `"endTime":1700000150`, `"endTime":1700000999`, 1)
	r := post(t, ts.URL+"/v1/cdrs", "tok-pbx", []byte(changed))
	var out conflictBody
	if r.code != 409 || json.Unmarshal(r.body, &out) != nil || len(out.Conflicts) != 1 {
		t.Fatalf("changed re-post: %d %s", r.code, r.body)
	}
	c := out.Conflicts[0]
	if c.SourceID != "c-1" || !bytes.Contains(c.Stored, []byte(`"endTime":1700000150`)) || !bytes.Contains(c.Posted, []byte(`"endTime":1700000999`)) {
		t.Fatalf("conflict does not name both versions: %s", r.body)
	}
	got, err := st.BySource(context.Background(), "pbx", "c-1")
	if err != nil || got.EndTime != 1700000150 {
		t.Fatalf("stored CDR changed: %+v %v", got, err)
	}
}

// Kamailio's records of a call arrive one a request, in any order; the call is stored
// once, when the records that decide it are in, and a token-only source may send its token
// as the Basic password (what http_connect sends from the URL).
func TestKamailioAcrossRequests(t *testing.T) {
	ts, st := newServer(t, "NORMAL")
	recs := bytes.Split(bytes.TrimSpace(fixture(t, "kamailio/default.ndjson")), []byte("\n"))
	held, accepted, dups := 0, 0, 0
	for i := len(recs) - 1; i >= 0; i-- { // backwards: every CDR before its INVITE's reply
		r := post(t, ts.URL+"/v1/cdrs/kamailio", "kam:tok-kam", recs[i])
		var out IngestResponse
		if r.code != 200 || json.Unmarshal(r.body, &out) != nil {
			t.Fatalf("record %d: %d %s", i, r.code, r.body)
		}
		held += out.Held
		accepted += out.Accepted
		dups += out.Duplicates
	}
	// Backwards, the answered call's dialog CDR and BYE wait for its INVITE's 200; each
	// failed INVITE decides its call at once and the dialog CDR echo after it is the same call.
	if accepted != 4 || held != 2 || dups != 3 {
		t.Fatalf("%d accepted, %d held, %d duplicates; want 4, 2, 3", accepted, held, dups)
	}
	var calls []struct{ Kind, SourceID string }
	json.Unmarshal(fixture(t, "kamailio/default.calls.json"), &calls)
	for _, c := range calls {
		got, err := st.BySource(context.Background(), "kam", c.SourceID)
		if err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
		want := map[string]uint16{"answered": 200, "busy": 486, "cancelled": 487, "noanswer": 408}[c.Kind]
		if got.SIPStatus != want {
			t.Errorf("%s: status %d", c.Kind, got.SIPStatus)
		}
	}
}

// Issue 19: 16 MiB of empty records gets a bounded answer (the first 100 errors and a
// count), and the oracle's memory stays within a budget while it works on it.
func TestHugeBadBodyHasABoundedAnswer(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Config{Sources: testSources(), MaxBodyBytes: 16 << 20}, st, metrics.New(st.StateCounts),
		slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	for _, tc := range []struct{ path, auth, rec string }{
		{"/v1/cdrs", "tok-pbx", "{}"},
		{"/v1/cdrs/asterisk", "tok-pbx", "{}"},
		{"/v1/cdrs/kamailio", "tok-kam", "{}"},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "{}"},
		{"/v1/cdrs/asterisk", "tok-pbx", "a=&"},
	} {
		n := (16<<20 - 2) / (len(tc.rec) + 1)
		body := make([]byte, 0, 16<<20)
		form := tc.rec == "a=&"
		if !form {
			body = append(body, '[')
		}
		for i := 0; i < n; i++ {
			if i > 0 && !form {
				body = append(body, ',')
			}
			body = append(body, tc.rec...)
		}
		if !form {
			body = append(body, ']')
		}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		stop := make(chan uint64)
		go func() { // the peak heap while the request runs
			var peak uint64
			var m runtime.MemStats
			for {
				select {
				case <-stop:
					stop <- peak
					return
				default:
				}
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
				runtime.Gosched()
			}
		}()
		r := post(t, ts.URL+tc.path, tc.auth, body)
		stop <- 0
		peak := <-stop
		var out errorBody
		if r.code != 400 || json.Unmarshal(r.body, &out) != nil {
			t.Fatalf("%s: %d %.300s", tc.path, r.code, r.body)
		}
		if len(r.body) > 64<<10 {
			t.Errorf("%s: a %d-byte answer to %d empty records", tc.path, len(r.body), n)
		}
		if tc.rec == "a=&" {
			if len(out.Errors) != 1 || !strings.Contains(out.Error, "one record") {
				t.Errorf("form: %.300s", r.body)
			}
		} else if len(out.Errors) != ingest.MaxListedErrors+1 || !strings.Contains(out.Errors[len(out.Errors)-1].Message, "more errors not listed") {
			t.Errorf("%s: %d errors listed, last %+v", tc.path, len(out.Errors), out.Errors[len(out.Errors)-1])
		}
		// The body itself is 16 MiB (and the client's copy another 16): 64 MiB over the
		// start is the budget for everything the oracle does with it.
		const budget = 64 << 20
		if grown := int64(peak) - int64(before.HeapAlloc); grown > budget {
			t.Errorf("%s: heap grew by %d MiB (budget %d MiB)", tc.path, grown>>20, budget>>20)
		}
		t.Logf("%s: %d records, answer %d bytes, heap peak +%d MiB", tc.path, n, len(r.body), (int64(peak)-int64(before.HeapAlloc))>>20)
	}
}
