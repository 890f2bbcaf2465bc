package ipfsnode

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"runtime"
	"strings"

	"github.com/ipfs/boxo/ipld/merkledag"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	cid "github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// handlerFunc answers one RPC command. Returning an error before anything is written
// answers with kubo's error JSON; after the body started, the error goes to the
// X-Stream-Error trailer, as kubo does.
type handlerFunc func(w http.ResponseWriter, r *http.Request, p params) error

type command struct {
	run     handlerFunc
	maxBody int64 // 0: the body is not read
}

const smallBody = 4 << 20 // block/put and dag/put bodies

func (n *Node) commands() map[string]command {
	return map[string]command{
		"version":    {run: n.cmdVersion},
		"id":         {run: n.cmdID},
		"add":        {run: n.cmdAdd, maxBody: n.cfg.MaxAddSize},
		"cat":        {run: n.cmdCat},
		"block/get":  {run: n.cmdBlockGet},
		"block/stat": {run: n.cmdBlockStat},
		"block/put":  {run: n.cmdBlockPut, maxBody: smallBody},
		"dag/put":    {run: n.cmdDagPut, maxBody: smallBody},
		"pin/add":    {run: n.cmdPinAdd},
		"pin/rm":     {run: n.cmdPinRm},
		"pin/ls":     {run: n.cmdPinLs},
		"repo/gc":    {run: n.cmdRepoGC},
	}
}

func (n *Node) apiHandler() http.Handler {
	cmds := n.commands()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				n.log.Error("ipfs api: panic", "path", r.URL.Path, "panic", v)
				writeError(w, serverError("internal error"))
			}
		}()
		name, ok := strings.CutPrefix(r.URL.Path, "/api/v0/")
		c, known := cmds[name]
		if !ok || !known {
			writeError(w, &apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: "command not found"})
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, &apiError{Status: http.StatusMethodNotAllowed, Code: codeClient,
				Message: fmt.Sprintf("method %s not allowed: the RPC API accepts POST only", r.Method)})
			return
		}
		if e := n.checkOrigin(r); e != nil {
			writeError(w, e)
			return
		}
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			writeError(w, clientError("malformed query string: %s", err))
			return
		}
		if c.maxBody > 0 {
			if r.ContentLength > c.maxBody {
				writeError(w, toAPIError(&http.MaxBytesError{Limit: c.maxBody}))
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, c.maxBody)
		} else {
			r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		}
		sw := &streamWriter{ResponseWriter: w}
		sw.Header().Set("Trailer", "X-Stream-Error")
		sw.Header().Set("Vary", "Origin")
		if err := c.run(sw, r, params{q: q}); err != nil {
			if sw.wrote {
				sw.Header().Set("X-Stream-Error", err.Error())
				n.log.Warn("ipfs api: stream error", "cmd", name, "err", err)
				return
			}
			ae := toAPIError(err)
			if ae.Status >= 500 {
				n.log.Warn("ipfs api: request failed", "cmd", name, "status", ae.Status, "err", ae.Message)
			}
			writeError(w, ae)
		}
	})
}

// checkOrigin refuses cross-site requests (a web page posting to the local API) and, on a
// loopback-only node, Host names that are not loopback (DNS rebinding), as kubo does.
func (n *Node) checkOrigin(r *http.Request) *apiError {
	forbidden := &apiError{Status: http.StatusForbidden, Code: codeClient, Message: "403 - Forbidden"}
	if !n.cfg.AllowRemote {
		host := r.Host
		if h, _, err := splitHostPortLoose(host); err == nil {
			host = h
		}
		if !isLoopbackHost(host) {
			return forbidden
		}
	}
	for _, hdr := range []string{"Origin", "Referer"} {
		v := r.Header.Get(hdr)
		if v == "" {
			continue
		}
		u, err := url.Parse(v)
		if err != nil || u.Host != r.Host {
			return forbidden
		}
	}
	return nil
}

func splitHostPortLoose(hostport string) (string, string, error) {
	if i := strings.LastIndexByte(hostport, ':'); i >= 0 && !strings.HasSuffix(hostport, "]") {
		h := hostport[:i]
		return strings.TrimSuffix(strings.TrimPrefix(h, "["), "]"), hostport[i+1:], nil
	}
	return strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]"), "", nil
}

// streamWriter records whether the response has started.
type streamWriter struct {
	http.ResponseWriter
	wrote bool
}

func (s *streamWriter) WriteHeader(code int) { s.wrote = true; s.ResponseWriter.WriteHeader(code) }
func (s *streamWriter) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}
func (s *streamWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		s.wrote = true
		f.Flush()
	}
}

func writeJSON(w http.ResponseWriter, v any) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(v)
}

// ---- version, id

func (n *Node) cmdVersion(w http.ResponseWriter, r *http.Request, p params) error {
	return writeJSON(w, map[string]string{
		"Version": Version,
		"Commit":  "dots",
		"Repo":    "dots-leveldb-1",
		"System":  runtime.GOARCH + "/" + runtime.GOOS,
		"Golang":  runtime.Version(),
	})
}

func (n *Node) cmdID(w http.ResponseWriter, r *http.Request, p params) error {
	args, err := p.args("peerid", false)
	if err != nil {
		return err
	}
	if len(args) > 1 {
		return clientError("expected at most 1 argument \"peerid\", got %d", len(args))
	}
	if len(args) == 1 && args[0] != n.repo.peerID.String() {
		return notFound("peer %s not found: this node is offline", clip(args[0]))
	}
	return writeJSON(w, map[string]any{
		"ID":              n.repo.peerID.String(),
		"PublicKey":       n.repo.pubKey,
		"Addresses":       []string{},
		"AgentVersion":    "dots-ipfs/" + Version,
		"ProtocolVersion": "ipfs/0.1.0",
		"Protocols":       []string{},
	})
}

// ---- path resolution

// parsePath reads "CID", "/ipfs/CID" or "/ipfs/CID/name/..." into a root CID and the
// link names below it.
func parsePath(s string) (cid.Cid, []string, error) {
	orig := s
	if strings.HasPrefix(s, "/") {
		ns, rest, _ := strings.Cut(strings.TrimPrefix(s, "/"), "/")
		if ns != "ipfs" {
			return cid.Undef, nil, clientError("invalid path %q: only /ipfs/ paths are supported by this node", orig)
		}
		s = rest
	}
	first, rest, _ := strings.Cut(s, "/")
	c, err := cid.Decode(first)
	if err != nil {
		return cid.Undef, nil, clientError("invalid path %q: invalid cid: %s", orig, err)
	}
	var segs []string
	for _, seg := range strings.Split(rest, "/") {
		if seg != "" {
			segs = append(segs, seg)
		}
	}
	return c, segs, nil
}

// resolve follows a path through dag-pb links to a node.
func (n *Node) resolve(ctx context.Context, s string) (ipld.Node, error) {
	c, segs, err := parsePath(s)
	if err != nil {
		return nil, err
	}
	nd, err := n.getNode(ctx, c)
	if err != nil {
		return nil, err
	}
	for _, seg := range segs {
		pn, ok := nd.(*merkledag.ProtoNode)
		if !ok {
			return nil, notFound("no link named %q under %s", clip(seg), nd.Cid())
		}
		l, err := pn.GetNodeLink(seg)
		if err != nil {
			return nil, notFound("no link named %q under %s", clip(seg), nd.Cid())
		}
		if nd, err = n.getNode(ctx, l.Cid); err != nil {
			return nil, err
		}
	}
	return nd, nil
}

func (n *Node) getNode(ctx context.Context, c cid.Cid) (ipld.Node, error) {
	nd, err := n.repo.dag.Get(ctx, c)
	if err != nil {
		return nil, notFoundOr(c, err)
	}
	return nd, nil
}

func notFoundOr(c cid.Cid, err error) error {
	if ipld.IsNotFound(err) {
		return notFound("block was not found locally (offline): ipld: could not find %s", c)
	}
	return fmt.Errorf("reading %s: %w", c, err)
}

// ---- cat

func (n *Node) cmdCat(w http.ResponseWriter, r *http.Request, p params) error {
	paths, err := p.args("ipfs-path", true)
	if err != nil {
		return err
	}
	offset, err := p.integer("offset", 0)
	if err != nil {
		return err
	}
	if offset < 0 {
		return clientError("cannot specify negative offset")
	}
	length, err := p.integer("length", -1)
	if err != nil {
		return err
	}
	if p.has("length") && length < 0 {
		return clientError("cannot specify negative length")
	}
	ctx := r.Context()
	// Open every file first, so a bad path is an error answer, not a broken stream.
	var readers []uio.DagReader
	var sizes []int64
	var total int64
	defer func() {
		for _, rd := range readers {
			rd.Close()
		}
	}()
	for _, ps := range paths {
		nd, err := n.resolve(ctx, ps)
		if err != nil {
			return err
		}
		dr, err := newFileReader(ctx, nd, n.repo.dag)
		if err != nil {
			return err
		}
		readers = append(readers, dr)
		sizes = append(sizes, int64(dr.Size()))
		total += int64(dr.Size())
	}
	if offset > total {
		return clientError("offset was past the end of file (%d > %d)", offset, total)
	}
	remaining := total - offset
	if length >= 0 && length < remaining {
		remaining = length
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain")
	h.Set("X-Stream-Output", "1")
	h.Set("X-Content-Length", fmt.Sprint(remaining))
	w.WriteHeader(http.StatusOK)
	skip := offset
	for i, rd := range readers {
		if remaining <= 0 {
			break
		}
		if skip >= sizes[i] {
			skip -= sizes[i]
			continue
		}
		left := sizes[i] - skip
		if skip > 0 {
			if _, err := rd.Seek(skip, io.SeekStart); err != nil {
				return fmt.Errorf("seeking: %w", err)
			}
			skip = 0
		}
		var nw int64
		var err error
		if left <= remaining {
			nw, err = rd.WriteTo(w) // whole chunks, no copy through a buffer
		} else {
			nw, err = io.CopyBuffer(w, io.LimitReader(rd, remaining), make([]byte, 256<<10))
		}
		remaining -= nw
		if err != nil {
			return fmt.Errorf("reading %s: %w", paths[i], err)
		}
	}
	return nil
}

// ---- block

func (n *Node) cmdBlockGet(w http.ResponseWriter, r *http.Request, p params) error {
	a, err := p.arg("cid")
	if err != nil {
		return err
	}
	c, segs, err := parsePath(a)
	if err != nil {
		return err
	}
	if len(segs) > 0 {
		nd, err := n.resolve(r.Context(), a)
		if err != nil {
			return err
		}
		c = nd.Cid()
	}
	b, err := n.repo.bserv.GetBlock(r.Context(), c)
	if err != nil {
		return notFoundOr(c, err)
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Set("X-Stream-Output", "1")
	_, err = w.Write(b.RawData())
	return err
}

func (n *Node) cmdBlockStat(w http.ResponseWriter, r *http.Request, p params) error {
	a, err := p.arg("cid")
	if err != nil {
		return err
	}
	c, segs, err := parsePath(a)
	if err != nil {
		return err
	}
	if len(segs) > 0 {
		nd, err := n.resolve(r.Context(), a)
		if err != nil {
			return err
		}
		c = nd.Cid()
	}
	b, err := n.repo.bserv.GetBlock(r.Context(), c)
	if err != nil {
		return notFoundOr(c, err)
	}
	return writeJSON(w, map[string]any{"Key": c.String(), "Size": len(b.RawData())})
}
