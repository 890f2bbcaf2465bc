package ipfsnode

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	ipfsapi "github.com/ipfs/go-ipfs-api"
)

// startNode opens a node on ":0" ports over dir and closes it when the test ends.
func startNode(t testing.TB, dir string, mod func(*Config)) *Node {
	t.Helper()
	cfg := Config{
		RepoDir:     dir,
		APIAddr:     "127.0.0.1:0",
		GatewayAddr: "127.0.0.1:0",
		Logger:      slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	if mod != nil {
		mod(&cfg)
	}
	n, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

func newShell(n *Node) *ipfsapi.Shell {
	return ipfsapi.NewShellWithClient(n.APIURL(), NewHTTPClient())
}

// randBytes returns size pseudo-random bytes from seed.
func randBytes(seed uint64, size int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, size)
	for i := 0; i+8 <= len(b); i += 8 {
		v := r.Uint64()
		for j := 0; j < 8; j++ {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	for i := len(b) &^ 7; i < len(b); i++ {
		b[i] = byte(r.Uint32())
	}
	return b
}

func catAll(t testing.TB, sh *ipfsapi.Shell, c string) []byte {
	t.Helper()
	rc, err := sh.Cat(c)
	if err != nil {
		t.Fatalf("cat %s: %v", c, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("reading cat %s: %v", c, err)
	}
	return b
}

func mustAdd(t testing.TB, sh *ipfsapi.Shell, data []byte, opts ...ipfsapi.AddOpts) string {
	t.Helper()
	c, err := sh.Add(bytes.NewReader(data), opts...)
	if err != nil {
		t.Fatalf("add %d bytes: %v", len(data), err)
	}
	return c
}

func newShellURL(url string) *ipfsapi.Shell {
	return ipfsapi.NewShellWithClient(url, NewHTTPClient())
}

// unixfsLeafData returns the file bytes of a dag-pb UnixFS leaf block.
func unixfsLeafData(t testing.TB, raw []byte) []byte {
	t.Helper()
	pn, err := merkledag.DecodeProtobuf(raw)
	if err != nil {
		t.Fatalf("decoding leaf: %v", err)
	}
	fs, err := unixfs.FSNodeFromBytes(pn.Data())
	if err != nil {
		t.Fatalf("leaf is not UnixFS: %v", err)
	}
	return fs.Data()
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
