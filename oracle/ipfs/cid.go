package ipfs

import (
	"bytes"
	"context"
	"fmt"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	cid "github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
)

// CID computes, without any IPFS node, the CID Add gives data (UnixFS file, 256 KiB
// chunks, balanced layout, raw leaves, CIDv1, sha2-256: kubo's `add --cid-version 1`).
// An auditor compares it with the CID anchored on chain, so a document served by an IPFS
// node is checked byte for byte, not only by the node's word.
func CID(data []byte) (string, error) {
	spl := chunker.NewSizeSplitter(bytes.NewReader(data), chunker.DefaultBlockSize)
	params := helpers.DagBuilderParams{Maxlinks: helpers.DefaultLinksPerBlock, RawLeaves: true,
		CidBuilder: merkledag.V1CidPrefix(), Dagserv: discard{}}
	db, err := params.New(spl)
	if err != nil {
		return "", fmt.Errorf("computing CID: %w", err)
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return "", fmt.Errorf("computing CID: %w", err)
	}
	return nd.Cid().String(), nil
}

// discard is a DAG service that keeps nothing (CIDs only).
type discard struct{}

func (discard) Get(context.Context, cid.Cid) (ipld.Node, error) { return nil, ipld.ErrNotFound{} }
func (discard) GetMany(context.Context, []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption)
	close(ch)
	return ch
}
func (discard) Add(context.Context, ipld.Node) error        { return nil }
func (discard) AddMany(context.Context, []ipld.Node) error  { return nil }
func (discard) Remove(context.Context, cid.Cid) error       { return nil }
func (discard) RemoveMany(context.Context, []cid.Cid) error { return nil }
