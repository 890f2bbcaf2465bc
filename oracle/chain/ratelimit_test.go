package chain

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A 429 is retried with the same body until the server answers; a bound stops it.
func TestRetry429(t *testing.T) {
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if n.Add(1) < 3 {
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write(b)
	}))
	defer ts.Close()
	c := &http.Client{Transport: retry429{next: http.DefaultTransport, maxTries: 5, maxWait: 10 * time.Millisecond}}
	resp, err := c.Post(ts.URL, "application/json", strings.NewReader(`{"id":1}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != `{"id":1}` || n.Load() != 3 {
		t.Fatalf("%d %q after %d tries", resp.StatusCode, b, n.Load())
	}
	n.Store(-100)
	c = &http.Client{Transport: retry429{next: http.DefaultTransport, maxTries: 2, maxWait: time.Millisecond}}
	resp, err = c.Post(ts.URL, "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || n.Load() != -98 {
		t.Fatalf("bound not kept: %d after %d tries", resp.StatusCode, n.Load()+100)
	}
}
