package ipfsnode

import (
	"bytes"
	"errors"
	"io"
	"net/http"

	blocks "github.com/ipfs/go-block-format"
	cid "github.com/ipfs/go-cid"
	_ "github.com/ipld/go-ipld-prime/codec/dagcbor" // registers dag-cbor
	_ "github.com/ipld/go-ipld-prime/codec/dagjson" // registers dag-json
	_ "github.com/ipld/go-ipld-prime/codec/json"    // registers json
	_ "github.com/ipld/go-ipld-prime/codec/raw"     // registers raw
	ipldmc "github.com/ipld/go-ipld-prime/multicodec"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/multiformats/go-multicodec"
	mh "github.com/multiformats/go-multihash"
)

type dagPutOutput struct {
	Cid map[string]string
}

// cmdDagPut stores IPLD data: each file is decoded with input-codec (dag-json by default)
// and stored encoded with store-codec (dag-cbor by default).
func (n *Node) cmdDagPut(w http.ResponseWriter, r *http.Request, p params) error {
	inName := p.str("input-codec", "dag-json")
	storeName := p.str("store-codec", "dag-cbor")
	var inCodec, storeCodec multicodec.Code
	if err := inCodec.Set(inName); err != nil {
		return clientError("unknown input codec %q", inName)
	}
	if err := storeCodec.Set(storeName); err != nil {
		return clientError("unknown store codec %q", storeName)
	}
	dec, err := ipldmc.LookupDecoder(uint64(inCodec))
	if err != nil {
		return clientError("input codec %q is not supported by this node", inName)
	}
	enc, err := ipldmc.LookupEncoder(uint64(storeCodec))
	if err != nil {
		return clientError("store codec %q is not supported by this node", storeName)
	}
	hashName := p.str("hash", "sha2-256")
	hashCode, ok := mh.Names[hashName]
	if !ok {
		return clientError("unrecognized multihash function: %s", hashName)
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
		return clientError("file argument 'object data' is required")
	}
	ctx := r.Context()
	var outs []dagPutOutput
	for {
		f, err := nextFile(mr)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		nb := basicnode.Prototype.Any.NewBuilder()
		if err := dec(nb, io.LimitReader(f.r, smallBody)); err != nil {
			var ae *apiError
			if errors.As(err, &ae) {
				return err
			}
			return clientError("decoding %s: %s", inName, err)
		}
		var buf bytes.Buffer
		if err := enc(nb.Build(), &buf); err != nil {
			return clientError("encoding %s: %s", storeName, err)
		}
		if buf.Len() > softBlockLimit && !allowBig {
			return clientError("produced block is over 1MiB: big blocks can't be exchanged with other peers. consider using UnixFS for automatic chunking of bigger files, or pass --allow-big-block to override")
		}
		c, err := cid.Prefix{Version: 1, Codec: uint64(storeCodec), MhType: hashCode, MhLength: -1}.Sum(buf.Bytes())
		if err != nil {
			return clientError("hashing: %s", err)
		}
		if _, err := blocks.NewBlockWithCid(buf.Bytes(), c); err != nil {
			return serverError("making block: %s", err)
		}
		if err := n.putBlock(ctx, c, buf.Bytes(), pinIt); err != nil {
			return err
		}
		outs = append(outs, dagPutOutput{Cid: map[string]string{"/": c.String()}})
	}
	if len(outs) == 0 {
		return clientError("file argument 'object data' is required")
	}
	for _, o := range outs {
		if err := writeJSON(w, o); err != nil {
			return err
		}
	}
	return nil
}
