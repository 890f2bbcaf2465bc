package e2e

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dotsnet/dots/httpguard"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/ipfsnode"
)

// attackRaw writes req on a fresh connection and reads until the server closes it, failing
// when that takes longer than bound (a failure bound, not a speed target).
func attackRaw(t *testing.T, addr, req string, bound time.Duration) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(bound))
	io.WriteString(c, req)
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("%s did not close the connection within %s: %v (read %q)", addr, bound, err, b)
	}
	return string(b)
}

func attackStatuses(s string) []int {
	var out []int
	r := bufio.NewReader(strings.NewReader(s))
	for {
		res, err := http.ReadResponse(r, nil)
		if err != nil {
			return out
		}
		io.Copy(io.Discard, res.Body)
		out = append(out, res.StatusCode)
	}
}

// The four servers (oracle, indexer, IPFS API, gateway; and the oracle's metrics listener)
// under the attacks of issue 19, over raw TCP: a request with both Content-Length and
// Transfer-Encoding smuggling a second one, folded header lines, a 4 GiB Content-Length
// with and without Expect: 100-continue, heads and bodies that never finish, idle
// keep-alive connections. Each answer is bounded: one 400 (the smuggled request never
// runs), 413 before any 100 Continue, and the connection closed within the timeouts.
func TestServersUnderAttack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	short := httpguard.Options{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: time.Second,
		IdleTimeout: 300 * time.Millisecond, MaxConns: 64}

	ipfs, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", HTTP: short})
	if err != nil {
		t.Fatal(err)
	}
	defer ipfs.Close()
	cfg := n.oracleConfig(t.TempDir())
	cfg.IPFS, cfg.HTTP, cfg.MaxBodyBytes = ipfs.APIURL(), short, 1<<20
	base, stop := runOracle(t, ctx, cfg)
	defer stop()
	metricsBase := oMetricsURL(t, base)
	ix, err := indexer.Open(ctx, indexer.Options{RPC: n.an.URL(), Deployment: n.d, DB: filepath.Join(t.TempDir(), "ix.db"), IPFS: ipfs.APIURL(), HTTP: short})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	iln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ictx, istop := context.WithCancel(ctx)
	idone := make(chan struct{})
	go func() { ix.Serve(ictx, iln); close(idone) }()
	defer func() { istop(); <-idone }()

	hostOf := func(u string) string { p, _ := url.Parse(u); return p.Host }
	servers := map[string]struct{ addr, path string }{
		"oracle":         {hostOf(base), "/v1/cdrs"},
		"oracle metrics": {hostOf(metricsBase), "/metrics"},
		"indexer":        {iln.Addr().String(), "/v1/batches"},
		"ipfs api":       {hostOf(ipfs.APIURL()), "/api/v0/add"},
		"gateway":        {hostOf(ipfs.GatewayURL()), "/ipfs/bafkqaaa"},
	}
	// The metrics listener is loopback only, and the API does not serve metrics.
	if h, _, _ := net.SplitHostPort(servers["oracle metrics"].addr); !net.ParseIP(h).IsLoopback() {
		t.Errorf("metrics listen on %s", h)
	}
	if code, _ := oDo(t, "GET", base+"/metrics", "", nil); code != 404 {
		t.Errorf("the oracle API serves /metrics: %d", code)
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	const bound = 5 * time.Second
	for name, s := range servers {
		host := "Host: " + s.addr + "\r\n"
		smuggled := "GET /v1/cdrs/1 HTTP/1.1\r\n" + host + "\r\n"
		for attack, req := range map[string]string{
			"CL+TE":  "POST " + s.path + " HTTP/1.1\r\n" + host + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
			"folded": "GET " + s.path + " HTTP/1.1\r\n" + host + "X-A: 1\r\n Transfer-Encoding: chunked\r\n\r\n" + smuggled,
		} {
			out := attackRaw(t, s.addr, req, bound)
			if got := attackStatuses(out); len(got) != 1 || got[0] != 400 || len(out) > 2048 {
				t.Errorf("%s, %s: statuses %v (%d bytes) %q", name, attack, got, len(out), out)
			}
		}
		for _, expect := range []string{"", "Expect: 100-continue\r\n"} {
			out := attackRaw(t, s.addr, "POST "+s.path+" HTTP/1.1\r\n"+host+"Content-Length: 4294967296\r\n"+expect+"\r\n", bound)
			if !strings.HasPrefix(out, "HTTP/1.1 413 ") || strings.Contains(out, " 100 Continue") || len(out) > 2048 {
				t.Errorf("%s, 4 GiB body %q: %q", name, expect, out)
			}
		}
		for attack, req := range map[string]string{
			"unfinished head": "GET " + s.path + " HTTP/1.1\r\n" + host + "X-Slow: ",
			"unfinished body": "POST " + s.path + " HTTP/1.1\r\n" + host + "Content-Length: 1000\r\n\r\nabc",
			"idle":            "GET /nothing-here HTTP/1.1\r\n" + host + "\r\n",
		} {
			start := time.Now()
			attackRaw(t, s.addr, req, bound)
			t.Logf("%s, %s: closed after %s", name, attack, time.Since(start).Round(time.Millisecond))
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 64<<20 {
		t.Errorf("heap grew by %d bytes under the attacks (budget 64 MiB)", grew)
	}
}
