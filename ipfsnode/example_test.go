package ipfsnode_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	ipfsapi "github.com/ipfs/go-ipfs-api"

	"github.com/dotsnet/dots/ipfsnode"
)

// Start a node in-process (":0" picks free ports) and use it with go-ipfs-api, exactly as
// the oracle uses kubo.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "ipfsnode-example")
	defer os.RemoveAll(dir)
	n, err := ipfsnode.Open(context.Background(), ipfsnode.Config{
		RepoDir:     dir,
		APIAddr:     "127.0.0.1:0",
		GatewayAddr: "127.0.0.1:0",
		Logger:      slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer n.Close()

	sh := ipfsapi.NewShellWithClient(n.APIURL(), ipfsnode.NewHTTPClient())
	c, err := sh.Add(strings.NewReader("hello\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c1, _ := sh.Add(strings.NewReader("hello\n"), ipfsapi.CidVersion(1))
	fmt.Println(c)
	fmt.Println(c1)
	// Output:
	// QmZULkCELmmk5XNfCgTnCyFgAVxBRBXyDHGGMVoLFLiXEN
	// bafkreicysg23kiwv34eg2d7qweipxwosdo2py4ldv42nbauguluen5v6am
}
