package httpguard

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// serve starts a guarded server whose handler counts requests and echoes the body length.
func serve(t testing.TB, o Options) (string, *Guard, *atomic.Int64) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g := New(o)
	var n atomic.Int64
	srv := g.Server(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, "%s %s %d", r.Method, r.URL.Path, len(b))
	}))
	go srv.Serve(g.Listen(ln))
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), g, &n
}

// raw sends bytes and reads every answer until the server closes (or the bound passes).
func raw(t testing.TB, addr, req string, bound time.Duration) (string, time.Duration) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	c.SetDeadline(start.Add(bound))
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("the server did not close within %s: %v (read %q)", bound, err, b)
	}
	return string(b), time.Since(start)
}

func statuses(s string) []int {
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

func TestRefusesAmbiguousFraming(t *testing.T) {
	addr, _, n := serve(t, Options{})
	smuggled := "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
	for name, req := range map[string]string{
		"CL and TE":  "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
		"TE and CL":  "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 44\r\n\r\n0\r\n\r\n" + smuggled,
		"folded":     "GET /a HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n" + smuggled,
		"folded tab": "GET /a HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\tTransfer-Encoding: chunked\r\n\r\n" + smuggled,
		"two CL":     "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc" + smuggled,
		"TE gzip":    "POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled,
		"TE 1.0":     "POST /a HTTP/1.0\r\nHost: x\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
		"CL +5":      "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nabcde" + smuggled,
	} {
		before := n.Load()
		out, _ := raw(t, addr, req, 5*time.Second)
		if got := statuses(out); len(got) != 1 || got[0] != 400 || len(out) > 1024 {
			t.Errorf("%s: statuses %v, answer %q", name, got, out)
		}
		if n.Load() != before {
			t.Errorf("%s: the handler ran", name)
		}
	}
}

// Well-framed pipelined requests pass unchanged: a Content-Length body, a chunked body
// with an extension and a trailer, and a request without a body.
func TestPassesWellFramedPipeline(t *testing.T) {
	addr, _, n := serve(t, Options{})
	req := "POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" +
		"POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n4\r\ndefg\r\n0\r\nX-T: 1\r\n\r\n" +
		"GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
	out, _ := raw(t, addr, req, 5*time.Second)
	for _, want := range []string{"POST /cl 5", "POST /chunked 7", "GET /last 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in %q", want, out)
		}
	}
	if n.Load() != 3 {
		t.Errorf("%d requests served, want 3", n.Load())
	}
}

// A Content-Length beyond the limit is answered 413 at once, also with Expect:
// 100-continue (no 100 Continue first), and the connection closes.
func TestEarly413(t *testing.T) {
	addr, _, n := serve(t, Options{MaxBodyBytes: 1 << 20})
	for _, expect := range []string{"", "Expect: 100-continue\r\n"} {
		out, took := raw(t, addr, "POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n"+expect+"\r\n", 5*time.Second)
		if !strings.HasPrefix(out, "HTTP/1.1 413 ") || strings.Contains(out, "100 Continue") || len(out) > 1024 {
			t.Errorf("expect %q: %q", expect, out)
		}
		t.Logf("413 with %q in %s", expect, took)
	}
	if n.Load() != 0 {
		t.Errorf("the handler ran")
	}
}

// Connections that never finish a head or a body, or sit idle, are closed after the
// timeouts; at most MaxConns are open at once; memory stays within a budget.
func TestTimeoutsAndConnectionCap(t *testing.T) {
	const maxConns = 50
	addr, g, _ := serve(t, Options{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 600 * time.Millisecond,
		IdleTimeout: 300 * time.Millisecond, MaxConns: maxConns, MaxBodyBytes: 1 << 20})
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	partial := []string{
		"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ",                                  // head never finishes
		"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc",          // body never finishes
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",                                      // then idle
		"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n", // chunk never finishes
	}
	const conns = 4 * maxConns
	closed := make(chan time.Duration, conns)
	for i := 0; i < conns; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		go func(c net.Conn, req string) {
			start := time.Now()
			c.SetDeadline(start.Add(20 * time.Second)) // a failure bound only
			io.WriteString(c, req)
			io.Copy(io.Discard, c)
			closed <- time.Since(start)
		}(c, partial[i%len(partial)])
	}
	// While they are all open, the server holds at most maxConns.
	deadline := time.Now().Add(10 * time.Second)
	peak := 0
	var longest time.Duration
	for got := 0; got < conns; {
		if a := g.Active(); a > peak {
			peak = a
		}
		select {
		case d := <-closed:
			got++
			longest = max(longest, d)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d connections closed by the server within 10 s", got, conns)
		}
	}
	if peak > maxConns || peak == 0 {
		t.Errorf("peak of %d open connections, cap %d", peak, maxConns)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	const budget = 16 << 20
	grew := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if grew > budget {
		t.Errorf("heap grew by %d bytes for %d slow connections (budget %d)", grew, conns, budget)
	}
	t.Logf("%d slow connections, peak %d open, all closed, the last after %s; heap %+d bytes", conns, peak, longest, grew)
	for deadline := time.Now().Add(5 * time.Second); g.Active() != 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d connections still counted open", g.Active())
		}
	}
}

// FuzzFramer: the framer never panics and hands the server exactly the bytes it was
// given, or a prefix of them followed by one marker request.
func FuzzFramer(f *testing.F) {
	f.Add([]byte("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n"), uint8(7))
	f.Add([]byte("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), uint8(1))
	f.Add([]byte("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n"), uint8(3))
	f.Add([]byte("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"), uint8(0))
	f.Fuzz(func(t *testing.T, in []byte, step uint8) {
		var fr framer
		var out []byte
		chunk := int(step%16) + 1
		for off := 0; off < len(in) && !fr.eof && fr.refused == ""; {
			end := min(len(in), off+chunk)
			fr.in = append(fr.in, in[off:end]...)
			off = end
			for fr.refused == "" && !fr.eof && fr.process(1024) {
			}
			out = append(out, fr.out...)
			fr.out = nil
		}
		if !bytes.HasPrefix(in, out) {
			t.Fatalf("the framer changed the bytes: in %q out %q", in, out)
		}
		if fr.refused != "" && (len(fr.refused) < 4 || fr.refused[3] != ' ') {
			t.Fatalf("refusal %q", fr.refused)
		}
	})
}
