package ipfsnode

import (
	"context"
	"io"
	"testing"

	"github.com/ipfs/boxo/datastore/dshelp"
	cid "github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	ipfsapi "github.com/ipfs/go-ipfs-api"
)

// TestCorruptBlockNotServed overwrites a stored block with other bytes: the node must
// refuse to serve it (API and gateway) instead of returning data that does not match
// its CID.
func TestCorruptBlockNotServed(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(31, 600000)
	root := mustAdd(t, sh, data)
	leaf := randBytes(32, 1000)
	leafCid := mustAdd(t, sh, leaf, ipfsapi.CidVersion(1)) // a raw block
	for _, s := range []string{root, leafCid} {
		c, _ := cid.Decode(s)
		key := ds.NewKey("/blocks").Child(dshelp.MultihashToDsKey(c.Hash()))
		if _, err := n.repo.dstore.Get(context.Background(), key); err != nil {
			t.Fatalf("block %s not at %s: %v", s, key, err)
		}
		if err := n.repo.dstore.Put(context.Background(), key, []byte("torn write")); err != nil {
			t.Fatal(err)
		}
		if rc, err := sh.Cat(s); err == nil {
			b, rerr := io.ReadAll(rc)
			rc.Close()
			if rerr == nil {
				t.Errorf("cat of corrupted %s returned %d bytes without an error", s, len(b))
			}
		}
		if b, err := sh.BlockGet(s); err == nil {
			t.Errorf("block/get of corrupted %s returned %q", s, b)
		}
		if status, _, body := gatewayGet(t, n.GatewayURL()+"/ipfs/"+s+"?format=raw", ""); status == 200 {
			t.Errorf("gateway served corrupted %s: %q", s, body)
		}
	}
}
