package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// fakeOracle serves GET /v1/batches as the oracle does: newest first, 100 a page, ?before=ID.
type fakeOracle struct {
	mu       sync.Mutex
	states   map[uint64]string
	requests int
}

func (f *fakeOracle) set(from, to uint64, state string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for id := from; id <= to; id++ {
		f.states[id] = state
	}
}

func (f *fakeOracle) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.URL.Path != "/v1/batches" {
		http.NotFound(w, r)
		return
	}
	f.requests++
	before := uint64(1 << 62)
	if s := r.URL.Query().Get("before"); s != "" {
		before, _ = strconv.ParseUint(s, 10, 63)
	}
	ids := make([]uint64, 0, len(f.states))
	for id := range f.states {
		if id < before {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	slices.Reverse(ids)
	page := []map[string]any{}
	for _, id := range ids[:min(100, len(ids))] {
		b := map[string]any{"id": id, "state": f.states[id], "firstSeq": id * 10, "lastSeq": id*10 + 9, "cdrCount": 10}
		if st := f.states[id]; st != "sealed" {
			b["cid"], b["rewardsCid"] = fmt.Sprintf("bafy%d", id), fmt.Sprintf("bafr%d", id)
		}
		if st := f.states[id]; st == "sent" || st == "mined" || st == "final" {
			b["txHash"] = fmt.Sprintf("0x%064x", id)
		}
		if st := f.states[id]; st == "mined" || st == "final" {
			b["minedBlock"], b["chainBatchId"] = 1000+id, id
		}
		page = append(page, b)
	}
	json.NewEncoder(w).Encode(page)
}

var stepRe = regexp.MustCompile(`^T batch (\d+) +(sealed|on IPFS|anchor sent|anchored in block|final|back to stored)`)

// Every batch of a backlog longer than a page prints every step of the pipeline once, in
// order, even the steps that came and went between two sweeps; the cursor then skips final
// batches; a batch moved back by a reorg is said to be.
func TestWatcherPrintsEveryTransitionOfEveryBatch(t *testing.T) {
	f := &fakeOracle{states: map[uint64]string{}}
	srv := httptest.NewServer(f)
	defer srv.Close()
	var mu sync.Mutex
	var lines []string
	w := &watcher{oracle: srv.URL, label: "T ", client: srv.Client(), log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		say: func(format string, a ...any) {
			mu.Lock()
			lines = append(lines, fmt.Sprintf(format, a...))
			mu.Unlock()
		}}
	ctx := context.Background()
	sweep := func() {
		t.Helper()
		if err := w.sweep(ctx); err != nil {
			t.Fatal(err)
		}
	}
	const n = 250 // two and a half pages
	f.set(1, n, "sealed")
	sweep()
	f.set(1, 120, "stored")
	f.set(121, n, "mined") // stored and sent came and went between sweeps
	sweep()
	f.set(1, 200, "final")
	sweep()
	f.set(n+1, n+1, "sealed")
	f.set(201, n, "final")
	sweep()

	steps := map[uint64][]string{}
	for _, l := range lines {
		m := stepRe.FindStringSubmatch(strings.Join(strings.Fields(l), " "))
		if m == nil {
			t.Fatalf("unexpected line %q", l)
		}
		id, _ := strconv.ParseUint(m[1], 10, 64)
		steps[id] = append(steps[id], m[2])
	}
	want := []string{"sealed", "on IPFS", "anchor sent", "anchored in block", "final"}
	for id := uint64(1); id <= n; id++ {
		if !slices.Equal(steps[id], want) {
			t.Fatalf("batch %d printed %v, want %v", id, steps[id], want)
		}
	}
	if w.low != n+1 {
		t.Fatalf("cursor at %d, want %d (every batch up to %d is final)", w.low, n+1, n)
	}
	// the cursor spares the final batches: one page from now on
	f.mu.Lock()
	f.requests = 0
	f.mu.Unlock()
	f.set(n+1, n+1, "mined")
	sweep()
	f.set(n+1, n+1, "stored") // a reorg dropped its anchor
	sweep()
	if f.requests != 2 {
		t.Errorf("%d requests for two sweeps past the final batches, want 2", f.requests)
	}
	if got, want := steps[n+1], []string{"sealed"}; !slices.Equal(got, want) {
		t.Fatalf("batch %d before the last sweeps: %v", n+1, got)
	}
	tail := lines[len(lines)-4:]
	for i, w := range []string{"on IPFS", "anchor sent", "anchored in block", "back to stored"} {
		if !strings.Contains(tail[i], w) {
			t.Errorf("batch %d step %d: %q, want %q", n+1, i, tail[i], w)
		}
	}
	// a final batch below the cursor that the oracle sends back (its anchor vanished) is
	// seen, and followed again to final
	f.set(n, n, "stored")
	sweep()
	if last := lines[len(lines)-1]; !strings.Contains(last, fmt.Sprintf("batch %d", n)) || !strings.Contains(last, "back to stored") || w.low != n {
		t.Fatalf("final batch %d moved back: last line %q, cursor %d", n, last, w.low)
	}
	f.set(n, n+1, "final")
	sweep()
	got := strings.Join(strings.Fields(strings.Join(lines[len(lines)-6:], "\n")), " ")
	for _, want := range []string{fmt.Sprintf("batch %d anchor sent", n), fmt.Sprintf("batch %d final", n), fmt.Sprintf("batch %d final", n+1)} {
		if !strings.Contains(got, want) {
			t.Errorf("after both went final, no %q in:\n%s", want, got)
		}
	}
	if w.low != n+2 {
		t.Errorf("cursor %d, want %d", w.low, n+2)
	}
}
