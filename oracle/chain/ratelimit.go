package chain

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// retry429 is an http.RoundTripper that waits out rate limits: a 429 answer is retried
// with exponential backoff and jitter (or after the Retry-After it names), up to a bound,
// so a hosted RPC's rate limit slows the oracle down instead of failing its steps.
type retry429 struct {
	next     http.RoundTripper
	maxTries int
	maxWait  time.Duration
}

func (rt retry429) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		body = b
	}
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval, bo.MaxInterval, bo.RandomizationFactor = 50*time.Millisecond, rt.maxWait, 0.5
	for try := 1; ; try++ {
		r := req.Clone(req.Context())
		if body != nil {
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		resp, err := rt.next.RoundTrip(r)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests || try >= rt.maxTries {
			return resp, err
		}
		wait := bo.NextBackOff()
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {
			wait = min(time.Duration(s)*time.Second, rt.maxWait)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		t := time.NewTimer(wait)
		select {
		case <-req.Context().Done():
			t.Stop()
			return nil, req.Context().Err()
		case <-t.C:
		}
	}
}

// RateLimitedClient is an HTTP client for JSON-RPC that waits out 429 answers.
func RateLimitedClient() *http.Client {
	return &http.Client{Transport: retry429{next: http.DefaultTransport, maxTries: 8, maxWait: 2 * time.Second}}
}
