package kamailio_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// fixtureDir is where the recorded Kamailio output goes (oracle/ingest's table tests read it).
const fixtureDir = "../../oracle/ingest/testdata/kamailio"

// TestRecordFixtures records what the real Kamailio posts, under each accounting variant,
// for an answered, a busy, a cancelled and an unanswered call: every body as received (one
// a line, in arrival order) in <variant>.ndjson, and the calls made in <variant>.calls.json.
// It runs only with DOTS_RECORD_KAMAILIO=1 (the fixtures are committed; re-record them
// when kamailio.cfg changes):
//
//	DOTS_RECORD_KAMAILIO=1 go test ./integrations/kamailio -run TestRecordFixtures -v
func TestRecordFixtures(t *testing.T) {
	if os.Getenv("DOTS_RECORD_KAMAILIO") != "1" {
		t.Skip("records fixtures only with DOTS_RECORD_KAMAILIO=1")
	}
	needTools(t)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			var mu sync.Mutex
			var bodies [][]byte
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				mu.Lock()
				bodies = append(bodies, b)
				mu.Unlock()
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"accepted":1,"duplicates":0,"skipped":0,"seqs":[1]}`+"\n")
			})}
			go srv.Serve(l)
			defer srv.Close()
			kam := kamailio(t, ctx, fmt.Sprintf("http://kamailio1:secret@%s/v1/cdrs/kamailio", l.Addr()), v)
			uas := callees(t, ctx)
			var calls []placed
			for i, kind := range []string{"answered", "busy", "cancelled", "noanswer"} {
				calls = append(calls, call(t, ctx, kam, uas[kind], kind, "1001", fmt.Sprintf("415555010%d", i+1)))
			}
			// Each call leaves two or three records; wait until the queue is quiet.
			deadline := time.Now().Add(20 * time.Second)
			last, lastChange := -1, time.Now()
			for time.Now().Before(deadline) {
				mu.Lock()
				n := len(bodies)
				mu.Unlock()
				if n != last {
					last, lastChange = n, time.Now()
				} else if n >= 6 && time.Since(lastChange) > 2500*time.Millisecond {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(bodies) < 6 {
				t.Fatalf("only %d records from Kamailio", len(bodies))
			}
			if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
				t.Fatal(err)
			}
			var out []byte
			for _, b := range bodies {
				out = append(out, b...)
				out = append(out, '\n')
			}
			if err := os.WriteFile(filepath.Join(fixtureDir, v.name+".ndjson"), out, 0o644); err != nil {
				t.Fatal(err)
			}
			type rec struct {
				Kind, Caller, Callee, SourceID string
			}
			var rs []rec
			for _, c := range calls {
				rs = append(rs, rec{c.kind, c.caller, c.callee, c.sourceID})
			}
			js, _ := json.MarshalIndent(rs, "", "  ")
			if err := os.WriteFile(filepath.Join(fixtureDir, v.name+".calls.json"), append(js, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%d records", len(bodies))
		})
	}
}
