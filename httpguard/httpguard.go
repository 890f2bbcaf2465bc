// Package httpguard hardens DOTS's HTTP/1.1 servers (oracle, indexer, IPFS API and
// gateway): read, write and idle timeouts; a cap on concurrent connections; an answer of
// 413 at once to a Content-Length beyond the body limit (before any 100 Continue); and
// refusal, with 400, of the request heads a proxy in front may frame differently than Go
// does: both Content-Length and Transfer-Encoding, obsolete folded header lines, several
// or malformed Content-Length values, a Transfer-Encoding other than chunked, and
// Transfer-Encoding on HTTP/1.0.
//
// Go's net/http accepts some of these (it lets chunked win over Content-Length and joins
// folded lines), and by the time a handler runs the evidence is gone. So Listen wraps each
// connection with a reader that follows HTTP/1.1 framing (heads, Content-Length bodies,
// chunked bodies and trailers), checks every request head before the server sees it, and
// replaces a refused head with a short marker request that Handler answers with 400 and
// Connection: close; nothing after it on the connection is read.
package httpguard

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options configure a guarded server. Zero values take the defaults.
type Options struct {
	ReadHeaderTimeout time.Duration // default 10 s
	// ReadTimeout bounds reading a whole request, body included (default 60 s).
	ReadTimeout time.Duration
	// WriteTimeout bounds a request from the end of its head to the end of its answer
	// (default 120 s; handlers that wait on IPFS need the room).
	WriteTimeout time.Duration
	IdleTimeout  time.Duration // keep-alive wait for the next request (default 30 s)
	// MaxConns caps concurrent connections: beyond it, new ones wait in the kernel's accept
	// queue (default 512).
	MaxConns int
	// MaxBodyBytes: a request declaring a larger Content-Length gets 413 at once (0: no check).
	MaxBodyBytes int64
	// MaxHeaderBytes bounds a request head (default 64 KiB); a larger one gets 431.
	MaxHeaderBytes int
	// Error writes the guard's refusals (400, 413, 431) in the server's own error format
	// (default: JSON {"error": msg}). The guard has set Connection: close.
	Error  func(w http.ResponseWriter, code int, msg string)
	Logger *slog.Logger
}

// JSONError writes {"error": msg} with code.
func JSONError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (o *Options) defaults() {
	if o.ReadHeaderTimeout <= 0 {
		o.ReadHeaderTimeout = 10 * time.Second
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 60 * time.Second
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = 120 * time.Second
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 30 * time.Second
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 512
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = 64 << 10
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Error == nil {
		o.Error = JSONError
	}
}

// Guard is one guarded server: its listener and its handler share a secret marker.
type Guard struct {
	o      Options
	marker string
	active atomic.Int64
}

// New prepares a guard.
func New(o Options) *Guard {
	o.defaults()
	var b [16]byte
	rand.Read(b[:])
	return &Guard{o: o, marker: hex.EncodeToString(b[:])}
}

// Server is an http.Server for h with the guard's timeouts and handler; serve it on
// g.Listen(ln).
func (g *Guard) Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           g.Handler(h),
		ReadHeaderTimeout: g.o.ReadHeaderTimeout,
		ReadTimeout:       g.o.ReadTimeout,
		WriteTimeout:      g.o.WriteTimeout,
		IdleTimeout:       g.o.IdleTimeout,
		MaxHeaderBytes:    g.o.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(g.o.Logger.Handler(), slog.LevelDebug),
	}
}

// Serve serves h on ln, guarded, until ctx ends (then shuts down, waiting up to 5 s).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, o Options) error {
	g := New(o)
	srv := g.Server(h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(g.Listen(ln)) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			srv.Close()
		}
		return nil
	}
}

// Active is the number of open connections.
func (g *Guard) Active() int { return int(g.active.Load()) }

const refusedHeader = "X-Httpguard-Refused"

// Handler answers refused heads (the marker requests) and early 413s, and passes the rest to h.
func (g *Guard) Handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if v := r.Header.Get(refusedHeader); v != "" {
			if m, rest, ok := strings.Cut(v, " "); ok && m == g.marker {
				codeText, reason, _ := strings.Cut(rest, " ")
				code, _ := strconv.Atoi(codeText)
				if code < 400 || code > 599 {
					code = http.StatusBadRequest
				}
				w.Header().Set("Connection", "close")
				g.o.Error(w, code, reason)
				return
			}
			g.o.Error(w, http.StatusBadRequest, "bad request")
			return
		}
		if g.o.MaxBodyBytes > 0 && r.ContentLength > g.o.MaxBodyBytes {
			// Before any read of the body, so an Expect: 100-continue client gets no 100.
			w.Header().Set("Connection", "close")
			g.o.Error(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body too large: %d bytes declared, the limit is %d bytes", r.ContentLength, g.o.MaxBodyBytes))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Listen wraps ln: at most MaxConns connections at once, each read through the framing guard.
func (g *Guard) Listen(ln net.Listener) net.Listener {
	return &listener{Listener: ln, g: g, sem: make(chan struct{}, g.o.MaxConns), done: make(chan struct{})}
}

type listener struct {
	net.Listener
	g         *Guard
	sem       chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

func (l *listener) Accept() (net.Conn, error) {
	select {
	case l.sem <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	l.g.active.Add(1)
	return &conn{Conn: c, g: l.g, release: func() { l.g.active.Add(-1); <-l.sem }}, nil
}

func (l *listener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// conn reads through a framer; Close gives its slot back.
type conn struct {
	net.Conn
	g         *Guard
	f         framer
	closeOnce sync.Once
	release   func()
	buf       [4096]byte
}

func (c *conn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(c.release)
	return err
}

func (c *conn) Read(p []byte) (int, error) {
	for len(c.f.out) == 0 {
		if c.f.eof {
			return 0, io.EOF
		}
		if c.f.refused != "" {
			c.f.out = []byte("GET /.httpguard HTTP/1.1\r\nHost: refused\r\nConnection: close\r\n" + refusedHeader + ": " + c.g.marker + " " + c.f.refused + "\r\n\r\n")
			c.f.eof = true
			c.g.o.Logger.Debug("refused a request head", "remote", c.RemoteAddr().String(), "reason", c.f.refused)
			break
		}
		if c.f.process(c.g.o.MaxHeaderBytes) {
			continue
		}
		n, err := c.Conn.Read(c.buf[:])
		c.f.in = append(c.f.in, c.buf[:n]...)
		if n == 0 && err != nil {
			if len(c.f.in) > 0 && c.f.state == stateHead {
				// A partial head at EOF: let the server see it (and fail).
				c.f.out, c.f.in = c.f.in, nil
				break
			}
			return 0, err
		}
	}
	n := copy(p, c.f.out)
	c.f.out = c.f.out[n:]
	if len(c.f.out) == 0 {
		c.f.out = nil
	}
	return n, nil
}

const (
	stateHead = iota
	stateBody
	stateChunkSize
	stateChunkData
	stateChunkCRLF
	stateTrailer
)

// framer follows HTTP/1.1 request framing over a connection's bytes: in holds what was
// read and not yet checked, out what was checked and may go to the server.
type framer struct {
	in, out []byte
	state   int
	remain  uint64 // body or chunk bytes left
	refused string // "code reason" once a head is refused
	eof     bool
}

// process moves what it can from in to out; false means it needs more input.
func (f *framer) process(maxHead int) bool {
	switch f.state {
	case stateHead:
		end := headEnd(f.in)
		if end < 0 {
			if len(f.in) > maxHead+4096 {
				f.refused = "431 request head too large"
				return true
			}
			return false
		}
		head := f.in[:end]
		if err := f.checkHead(head); err != "" {
			f.refused = err
			f.in = nil
			return true
		}
		f.out = append(f.out, head...)
		f.in = f.in[end:]
		return true
	case stateBody:
		if len(f.in) == 0 {
			return false
		}
		n := min(uint64(len(f.in)), f.remain)
		f.out = append(f.out, f.in[:n]...)
		f.in = f.in[n:]
		f.remain -= n
		if f.remain == 0 {
			f.state = stateHead
		}
		return true
	case stateChunkSize, stateTrailer:
		i := bytes.IndexByte(f.in, '\n')
		if i < 0 {
			if len(f.in) > 8192 {
				f.eof = true // the server's chunked reader fails on such a line too
				return true
			}
			return false
		}
		line := f.in[:i+1]
		if f.state == stateTrailer {
			if len(bytes.TrimRight(line, "\r\n")) == 0 {
				f.state = stateHead
			}
		} else {
			size, ok := chunkSize(line)
			if !ok {
				f.out = append(f.out, line...)
				f.in = f.in[i+1:]
				f.eof = true // the server refuses the body; nothing after it is read
				return true
			}
			if size == 0 {
				f.state = stateTrailer
			} else {
				f.state, f.remain = stateChunkData, size
			}
		}
		f.out = append(f.out, line...)
		f.in = f.in[i+1:]
		return true
	case stateChunkData:
		if len(f.in) == 0 {
			return false
		}
		n := min(uint64(len(f.in)), f.remain)
		f.out = append(f.out, f.in[:n]...)
		f.in = f.in[n:]
		f.remain -= n
		if f.remain == 0 {
			f.state, f.remain = stateChunkCRLF, 2
		}
		return true
	case stateChunkCRLF:
		if len(f.in) < 2 {
			return false
		}
		f.out = append(f.out, f.in[:2]...)
		if f.in[0] != '\r' || f.in[1] != '\n' {
			f.eof = true
		}
		f.in = f.in[2:]
		f.state = stateChunkSize
		return true
	}
	return false
}

// headEnd is the length of the request head at the start of b (through its empty line,
// lines ending in LF or CRLF as Go reads them), or -1 when b holds no whole head.
func headEnd(b []byte) int {
	off := 0
	for {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return -1
		}
		line := b[off : off+i]
		off += i + 1
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			return off // an empty first line is the server's to refuse
		}
	}
}

// checkHead checks one request head; it returns "code reason" when refused, else sets the
// body framing and returns "".
func (f *framer) checkHead(head []byte) string {
	lines := strings.Split(strings.TrimRight(string(head), "\r\n"), "\n")
	reqLine := strings.TrimSuffix(lines[0], "\r")
	http10 := strings.HasSuffix(reqLine, " HTTP/1.0")
	var cls, tes []string
	for _, l := range lines[1:] {
		l = strings.TrimSuffix(l, "\r")
		if l == "" {
			continue
		}
		if l[0] == ' ' || l[0] == '\t' {
			return "400 obsolete line folding in the request head"
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			continue // the server refuses it
		}
		switch strings.ToLower(name) {
		case "content-length":
			cls = append(cls, strings.TrimSpace(value))
		case "transfer-encoding":
			tes = append(tes, strings.TrimSpace(value))
		}
	}
	f.state, f.remain = stateHead, 0
	switch {
	case len(tes) > 0 && len(cls) > 0:
		return "400 both Content-Length and Transfer-Encoding"
	case len(tes) > 0:
		if http10 {
			return "400 Transfer-Encoding in an HTTP/1.0 request"
		}
		if len(tes) != 1 || !strings.EqualFold(tes[0], "chunked") {
			return "400 only Transfer-Encoding: chunked is accepted"
		}
		f.state = stateChunkSize
	case len(cls) > 1:
		return "400 more than one Content-Length"
	case len(cls) == 1:
		n, err := strconv.ParseUint(cls[0], 10, 63)
		if err != nil || cls[0] == "" || cls[0][0] == '+' {
			return "400 malformed Content-Length"
		}
		if n > 0 {
			f.state, f.remain = stateBody, n
		}
	}
	return ""
}

// chunkSize reads a chunk-size line as Go's chunked reader does (hex, optional extension).
func chunkSize(line []byte) (uint64, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	s = strings.TrimRight(s, " \t")
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " \t")
	if s == "" || len(s) > 16 {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}
