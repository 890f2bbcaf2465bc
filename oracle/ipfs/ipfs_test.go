package ipfs

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dotsnet/dots/ipfsnode"
)

// CID equals what an IPFS node's add gives (empty, one block, several chunks), and
// Add/Cat round-trip through the node.
func TestCIDEqualsNodeAdd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	c := New(n.APIURL())
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	for _, size := range []int{0, 1, 1000, 262144, 262145, 3*262144 + 17} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.IntN(256))
		}
		want, err := c.Add(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := CID(data)
		if err != nil || got != want {
			t.Fatalf("%d bytes: CID %s (%v), node says %s", size, got, err, want)
		}
		if seen[got] {
			t.Fatalf("%d bytes: CID %s seen for other bytes", size, got)
		}
		seen[got] = true
		back, err := c.Cat(ctx, want, int64(size)+1)
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("%d bytes: cat gave %d bytes (%v)", size, len(back), err)
		}
	}
}
