package api

import (
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dotsnet/dots/indexer/follow"
)

// Errors do not grow with the input: a 100 KB bad value is echoed clipped.
func TestErrorsAreBounded(t *testing.T) {
	ix := newIndex(t)
	big := strings.Repeat("A", 100_000)
	for _, path := range []string{
		"/v1/rewards/" + owner().Hex() + "?doc=" + big,
		"/v1/rewards/" + big,
		"/v1/numbers/" + big,
		"/v1/batches?operator=" + big,
		"/v1/batches/" + big,
		"/v1/batches/1/proof?seq=" + big,
		"/v1/rates/" + opA.Hex() + "/quote?destination=" + big + "&seconds=1",
	} {
		rec := httptest.NewRecorder()
		ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code < 400 || rec.Code >= 500 || rec.Body.Len() > 2048 {
			t.Errorf("GET %.60s…: %d, %d bytes: %.200s", path, rec.Code, rec.Body.Len(), rec.Body.String())
		}
	}
}

// kuboCat serves /api/v0/cat as Kubo does, streaming size bytes of one document and
// counting the requests and the bytes sent.
type kuboCat struct {
	size        int64
	reqs, sent  atomic.Int64
	active, max atomic.Int64
	release     chan struct{}
}

func (k *kuboCat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	k.reqs.Add(1)
	if a := k.active.Add(1); a > k.max.Load() {
		k.max.Store(a)
	}
	defer k.active.Add(-1)
	if k.release != nil {
		<-k.release
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Set("X-Stream-Output", "1")
	buf := make([]byte, 32<<10)
	for i := range buf {
		buf[i] = ' '
	}
	for left := k.size; left > 0; {
		n, err := w.Write(buf[:min(int64(len(buf)), left)])
		k.sent.Add(int64(n))
		if err != nil {
			return
		}
		left -= int64(n)
	}
}

// A ?doc= CID that no anchored batch names is read only up to the size check; eight
// concurrent requests for a 200 MiB object cost one load, a bounded amount read and
// memory within the budget; the failure is cached, so asking again reads nothing.
func TestUnnamedDocumentIsBounded(t *testing.T) {
	k := &kuboCat{size: 200 << 20, release: make(chan struct{})}
	ts := httptest.NewServer(k)
	defer ts.Close()
	ix := newIndex(t)
	ix.srv = New(Config{DB: ix.db.R, Docs: NewIPFS(ts.URL, 30*time.Second), Status: func() follow.Status {
		return follow.Status{Head: ix.block, Indexed: ix.block, HasIndexed: true, FinalityDepth: 3, ChainID: 31337}
	}})
	const doc = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var wg sync.WaitGroup
	codes := make([]int, 8)
	sizes := make([]int, 8)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rec := httptest.NewRecorder()
			ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/rewards/"+owner().Hex()+"?doc="+doc, nil))
			codes[i], sizes[i] = rec.Code, rec.Body.Len()
		}(i)
	}
	for deadline := time.Now().Add(5 * time.Second); k.reqs.Load() == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no load started")
		}
	}
	time.Sleep(50 * time.Millisecond) // let the other requests join the load in flight
	close(k.release)
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	for i, c := range codes {
		if c != http.StatusBadGateway || sizes[i] > 2048 {
			t.Errorf("request %d: %d, %d bytes", i, c, sizes[i])
		}
	}
	if n := k.reqs.Load(); n != 1 {
		t.Errorf("%d loads of one document for 8 concurrent requests", n)
	}
	// What the client read is bounded by the size check (plus buffers in flight).
	if sent := k.sent.Load(); sent > unnamedDocBytes+8<<20 {
		t.Errorf("%d bytes sent for a document refused past %d", sent, unnamedDocBytes)
	}
	const budget = 32 << 20
	grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if grew > budget {
		t.Errorf("heap grew by %d bytes (budget %d)", grew, budget)
	}
	t.Logf("8 concurrent requests for a 200 MiB object: %d load, %d bytes read, heap +%d bytes", k.reqs.Load(), k.sent.Load(), grew)
	rec := httptest.NewRecorder()
	ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/rewards/"+owner().Hex()+"?doc="+doc, nil))
	if rec.Code != http.StatusBadGateway || k.reqs.Load() != 1 {
		t.Errorf("again: %d after %d loads (the failure is not cached)", rec.Code, k.reqs.Load())
	}
}

// Loads of different documents are limited to MaxDocLoads at once.
func TestDocumentLoadsAreLimited(t *testing.T) {
	k := &kuboCat{size: 10, release: make(chan struct{})}
	ts := httptest.NewServer(k)
	defer ts.Close()
	ix := newIndex(t)
	ix.srv = New(Config{DB: ix.db.R, Docs: NewIPFS(ts.URL, 30*time.Second), MaxDocLoads: 2, Status: func() follow.Status {
		return follow.Status{Head: ix.block, Indexed: ix.block, HasIndexed: true, FinalityDepth: 3, ChainID: 31337}
	}})
	cids := []string{
		"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
		"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
		"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
		"bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy",
	}
	var wg sync.WaitGroup
	for _, c := range cids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			ix.srv.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/rewards/"+owner().Hex()+"?doc="+c, nil))
			io.Copy(io.Discard, rec.Body)
		}()
	}
	for deadline := time.Now().Add(5 * time.Second); k.reqs.Load() < 2; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("loads did not start")
		}
	}
	time.Sleep(50 * time.Millisecond)
	if a := k.active.Load(); a != 2 {
		t.Errorf("%d loads at once, the limit is 2", a)
	}
	close(k.release)
	wg.Wait()
	if k.max.Load() > 2 || k.reqs.Load() != int64(len(cids)) {
		t.Errorf("at most %d loads at once (limit 2), %d loads", k.max.Load(), k.reqs.Load())
	}
}
