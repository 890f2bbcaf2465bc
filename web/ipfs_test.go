package web_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/dotsnet/dots/ipfsnode"
)

// TestIPFSInNode runs web/src/ipfs.js (the page's trustless IPFS client) in Node against
// DOTS's real IPFS gateway, for files of several blocks in both CID versions, and against
// a gateway that flips a byte of every block it serves (test/ipfs.mjs).
func TestIPFSInNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	type file struct {
		CID    string `json:"cid"`
		SHA256 string `json:"sha256"`
		Size   int    `json:"size"`
	}
	var files []file
	for _, o := range []struct {
		size int
		opts ipfsnode.AddOptions
	}{
		{700_000, ipfsnode.DefaultAddOptions()}, // CIDv0, dag-pb leaves
		{700_000, ipfsnode.AddOptions{CidVersion: 1, RawLeaves: true, Pin: true, Chunker: "size-262144"}},
		{1000, ipfsnode.AddOptions{CidVersion: 1, RawLeaves: true, Pin: true, Chunker: "size-262144"}}, // one raw block
		{1000, ipfsnode.DefaultAddOptions()},
	} {
		b := make([]byte, o.size)
		rand.Read(b)
		c, err := node.Add(ctx, bytes.NewReader(b), o.opts)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		files = append(files, file{CID: c.String(), SHA256: hex.EncodeToString(sum[:]), Size: o.size})
	}
	// A gateway that alters what it relays.
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		res, err := http.Get(node.GatewayURL() + r.URL.RequestURI())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if len(b) > 0 {
			b[len(b)/2] ^= 1
		}
		w.Write(b)
	}))
	defer bad.Close()
	fj, _ := json.Marshal(files)
	cmd := exec.CommandContext(ctx, "node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "test/ipfs.mjs")
	cmd.Env = append(os.Environ(), "GATEWAY="+node.GatewayURL(), "BAD_GATEWAY="+bad.URL, "FILES="+string(fj))
	out, err := cmd.CombinedOutput()
	t.Logf("node test/ipfs.mjs:\n%s", out)
	if err != nil {
		t.Fatalf("node test/ipfs.mjs: %v", err)
	}
}
