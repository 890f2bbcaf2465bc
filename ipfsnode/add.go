package ipfsnode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	pin "github.com/ipfs/boxo/pinning/pinner"
	blocks "github.com/ipfs/go-block-format"
	cid "github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multicodec"
	mh "github.com/multiformats/go-multihash"
)

// AddOptions are the import options of /api/v0/add, with kubo's defaults.
type AddOptions struct {
	CidVersion int    // 0 (default) or 1
	RawLeaves  bool   // leaves as raw blocks; cid-version=1 implies it unless raw-leaves is given
	Pin        bool   // pin the root recursively (default true)
	OnlyHash   bool   // compute the CID, store nothing
	Chunker    string // "size-262144" (default), "size-N", "rabin...", "buzhash"
}

// DefaultAddOptions are kubo's defaults.
func DefaultAddOptions() AddOptions {
	return AddOptions{Pin: true, Chunker: "size-262144"}
}

func parseAddOptions(p params) (AddOptions, bool, error) {
	o := DefaultAddOptions()
	v, err := p.integer("cid-version", 0)
	if err != nil {
		return o, false, err
	}
	if v != 0 && v != 1 {
		return o, false, clientError("unknown CID version: %d", v)
	}
	o.CidVersion = int(v)
	o.RawLeaves = v == 1
	if p.has("raw-leaves") {
		if o.RawLeaves, err = p.boolean("raw-leaves", false); err != nil {
			return o, false, err
		}
	}
	if o.Pin, err = p.boolean("pin", true); err != nil {
		return o, false, err
	}
	if o.OnlyHash, err = p.boolean("only-hash", false); err != nil {
		return o, false, err
	}
	o.Chunker = p.str("chunker", o.Chunker)
	if h := p.str("hash", "sha2-256"); h != "sha2-256" {
		return o, false, clientError("hash function %q is not supported by this node (only sha2-256)", h)
	}
	for _, opt := range []string{"wrap-with-directory", "trickle", "nocopy", "fscache", "inline", "preserve-mode", "preserve-mtime"} {
		on, err := p.boolean(opt, false)
		if err != nil {
			return o, false, err
		}
		if on {
			return o, false, clientError("option %q is not supported by this node", opt)
		}
	}
	progress, err := p.boolean("progress", false)
	if err != nil {
		return o, false, err
	}
	if _, err := chunker.FromString(strings.NewReader(""), o.Chunker); err != nil {
		return o, false, clientError("bad chunker %q: %s", o.Chunker, err)
	}
	return o, progress, nil
}

// Add imports one file's bytes as UnixFS and returns its root node. Exported for in-process
// users; the RPC add uses the same path.
func (n *Node) Add(ctx context.Context, r io.Reader, o AddOptions) (cid.Cid, error) {
	nd, err := n.add(ctx, r, o)
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

func (n *Node) add(ctx context.Context, r io.Reader, o AddOptions) (ipld.Node, error) {
	var dserv ipld.DAGService = discardDAG{}
	if !o.OnlyHash {
		unlock := n.repo.bstore.PinLock(ctx)
		defer unlock.Unlock(ctx)
		dserv = n.repo.dag
	}
	spl, err := chunker.FromString(r, o.Chunker)
	if err != nil {
		return nil, clientError("bad chunker %q: %s", o.Chunker, err)
	}
	var builder cid.Builder = merkledag.V0CidPrefix()
	if o.CidVersion == 1 {
		builder = merkledag.V1CidPrefix()
	}
	// Batches of at most 32 MiB: half of leveldb's write buffer, whatever the chunker.
	buf := ipld.NewBufferedDAG(ctx, dserv, ipld.MaxSizeBatchOption(32<<20), ipld.MaxNodesBatchOption(128))
	params := helpers.DagBuilderParams{
		Maxlinks:   helpers.DefaultLinksPerBlock,
		RawLeaves:  o.RawLeaves,
		CidBuilder: builder,
		Dagserv:    buf,
	}
	db, err := params.New(spl)
	if err != nil {
		return nil, fmt.Errorf("starting import: %w", err)
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return nil, fmt.Errorf("importing: %w", err)
	}
	if err := buf.Commit(); err != nil {
		return nil, fmt.Errorf("storing blocks: %w", err)
	}
	if o.Pin && !o.OnlyHash {
		if err := n.repo.pinner.PinWithMode(ctx, nd.Cid(), pin.Recursive, ""); err != nil {
			return nil, fmt.Errorf("pinning %s: %w", nd.Cid(), err)
		}
		if err := n.repo.pinner.Flush(ctx); err != nil {
			return nil, fmt.Errorf("saving pins: %w", err)
		}
	}
	if !o.OnlyHash {
		if err := n.repo.sync(); err != nil {
			return nil, err
		}
	}
	return nd, nil
}

// addEvent is one line of add's output (kubo's AddEvent).
type addEvent struct {
	Name  string
	Hash  string `json:",omitempty"`
	Bytes int64  `json:",omitempty"`
	Size  string `json:",omitempty"`
}

// filePart is one file of a multipart request body.
type filePart struct {
	name string
	r    io.Reader
}

// nextFile returns the next file part of a kubo-style multipart body, or io.EOF.
// Directories are refused: this node imports single files.
func nextFile(mr *multipart.Reader) (*filePart, error) {
	part, err := mr.NextPart()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, err
		}
		return nil, clientError("malformed multipart body: %s", err)
	}
	ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
	switch ct {
	case "application/x-directory", "multipart/mixed":
		return nil, clientError("directories are not supported by this node: add files one by one")
	case "application/symlink":
		return nil, clientError("symlinks are not supported by this node")
	}
	name := ""
	if _, dp, err := mime.ParseMediaType(part.Header.Get("Content-Disposition")); err == nil {
		name = dp["filename"]
		if un, err := url.QueryUnescape(name); err == nil {
			name = un
		}
	}
	return &filePart{name: name, r: part}, nil
}

func multipartReader(r *http.Request) (*multipart.Reader, error) {
	ct, mp, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(ct, "multipart/") || mp["boundary"] == "" {
		return nil, clientError("file argument 'path' is required")
	}
	return multipart.NewReader(r.Body, mp["boundary"]), nil
}

func (n *Node) cmdAdd(w http.ResponseWriter, r *http.Request, p params) error {
	o, progress, err := parseAddOptions(p)
	if err != nil {
		return err
	}
	mr, err := multipartReader(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	var events []addEvent
	for {
		f, err := nextFile(mr)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		cr := &countingReader{r: f.r}
		nd, err := n.add(ctx, cr, o)
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return err
			}
			var ae *apiError
			if errors.As(err, &ae) {
				return ae
			}
			return serverError("%s", err)
		}
		name := f.name
		if name == "" {
			name = nd.Cid().String()
		}
		size, err := nd.Size()
		if err != nil {
			return fmt.Errorf("sizing %s: %w", nd.Cid(), err)
		}
		if progress {
			events = append(events, addEvent{Name: name, Bytes: cr.n})
		}
		events = append(events, addEvent{Name: name, Hash: nd.Cid().String(), Size: fmt.Sprint(size)})
	}
	if len(events) == 0 {
		return clientError("file argument 'path' is required")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Chunked-Output", "1")
	w.WriteHeader(http.StatusOK)
	for _, e := range events {
		if err := writeJSON(w, e); err != nil {
			return err
		}
	}
	return nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	k, err := c.r.Read(b)
	c.n += int64(k)
	return k, err
}

// discardDAG computes CIDs without storing anything (add --only-hash).
type discardDAG struct{}

func (discardDAG) Get(_ context.Context, c cid.Cid) (ipld.Node, error) {
	return nil, ipld.ErrNotFound{Cid: c}
}
func (d discardDAG) GetMany(_ context.Context, cs []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption, len(cs))
	for _, c := range cs {
		ch <- &ipld.NodeOption{Err: ipld.ErrNotFound{Cid: c}}
	}
	close(ch)
	return ch
}
func (discardDAG) Add(context.Context, ipld.Node) error        { return nil }
func (discardDAG) AddMany(context.Context, []ipld.Node) error  { return nil }
func (discardDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (discardDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }

// newFileReader opens a UnixFS file (or raw block) for reading, with kubo's messages.
func newFileReader(ctx context.Context, nd ipld.Node, dag ipld.DAGService) (uio.DagReader, error) {
	dr, err := uio.NewDagReader(ctx, nd, dag)
	if errors.Is(err, uio.ErrIsDir) {
		return nil, clientError("this dag node is a directory")
	}
	if errors.Is(err, uio.ErrCantReadSymlinks) {
		return nil, clientError("cannot currently read symlinks")
	}
	if err != nil {
		return nil, clientError("cannot read %s as a file: %s", nd.Cid(), err)
	}
	return dr, nil
}

// ---- block/put

func (n *Node) cmdBlockPut(w http.ResponseWriter, r *http.Request, p params) error {
	prefix, err := blockPrefix(p)
	if err != nil {
		return err
	}
	pinIt, err := p.boolean("pin", false)
	if err != nil {
		return err
	}
	allowBig, err := p.boolean("allow-big-block", false)
	if err != nil {
		return err
	}
	mr, err := multipartReader(r)
	if err != nil {
		return clientError("file argument 'data' is required")
	}
	ctx := r.Context()
	type out struct {
		Key  string
		Size int
	}
	var outs []out
	for {
		f, err := nextFile(mr)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		data, err := io.ReadAll(io.LimitReader(f.r, softBlockLimit+1))
		if err != nil {
			return err
		}
		if len(data) > softBlockLimit && !allowBig {
			return clientError("produced block is over 1MiB: big blocks can't be exchanged with other peers. consider using UnixFS for automatic chunking of bigger files, or pass --allow-big-block to override")
		}
		c, err := prefix.Sum(data)
		if err != nil {
			return clientError("hashing block: %s", err)
		}
		if err := n.putBlock(ctx, c, data, pinIt); err != nil {
			return err
		}
		outs = append(outs, out{Key: c.String(), Size: len(data)})
	}
	if len(outs) == 0 {
		return clientError("file argument 'data' is required")
	}
	for _, o := range outs {
		if err := writeJSON(w, o); err != nil {
			return err
		}
	}
	return nil
}

const softBlockLimit = 1 << 20

func (n *Node) putBlock(ctx context.Context, c cid.Cid, data []byte, pinIt bool) error {
	unlock := n.repo.bstore.PinLock(ctx)
	defer unlock.Unlock(ctx)
	b, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return serverError("making block: %s", err)
	}
	if err := n.repo.bserv.AddBlock(ctx, b); err != nil {
		return serverError("storing block: %s", err)
	}
	if pinIt {
		if err := n.repo.pinner.PinWithMode(ctx, c, pin.Recursive, ""); err != nil {
			return serverError("pinning %s: %s", c, err)
		}
		if err := n.repo.pinner.Flush(ctx); err != nil {
			return serverError("saving pins: %s", err)
		}
	}
	return n.repo.sync()
}

// blockPrefix reads block/put's cid-codec, format (deprecated), mhtype and mhlen.
func blockPrefix(p params) (cid.Prefix, error) {
	mhtype := p.str("mhtype", "sha2-256")
	code, ok := mh.Names[mhtype]
	if !ok {
		return cid.Prefix{}, clientError("unrecognized multihash function: %s", mhtype)
	}
	mhlen, err := p.integer("mhlen", -1)
	if err != nil {
		return cid.Prefix{}, err
	}
	if mhlen < -1 || mhlen > 128 {
		return cid.Prefix{}, clientError("invalid mhlen %d", mhlen)
	}
	pref := cid.Prefix{Version: 1, Codec: cid.Raw, MhType: code, MhLength: int(mhlen)}
	format := p.str("format", "")
	codec := p.str("cid-codec", "")
	if format != "" && codec != "" {
		return cid.Prefix{}, clientError("unable to use \"format\" (deprecated) and a custom \"cid-codec\" at the same time")
	}
	name := codec
	if format != "" {
		switch format {
		case "v0":
			if code != mh.SHA2_256 || (mhlen != -1 && mhlen != 32) {
				return cid.Prefix{}, clientError("can only use sha2-256 with CIDv0")
			}
			return cid.Prefix{Version: 0, Codec: cid.DagProtobuf, MhType: mh.SHA2_256, MhLength: -1}, nil
		case "protobuf":
			name = "dag-pb"
		case "cbor":
			name = "dag-cbor"
		default:
			name = format
		}
	}
	if name != "" {
		var mc multicodec.Code
		if err := mc.Set(name); err != nil {
			return cid.Prefix{}, clientError("unrecognized codec: %s", name)
		}
		pref.Codec = uint64(mc)
	}
	return pref, nil
}
