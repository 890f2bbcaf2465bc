// Package ipfs puts the oracle's documents on IPFS and reads them back, through
// go-ipfs-api against a Kubo RPC endpoint (kubo in production, DOTS's ipfsnode on a devnet).
package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	files "github.com/ipfs/boxo/files"
	shell "github.com/ipfs/go-ipfs-api"
)

// Client talks to one IPFS RPC API.
type Client struct {
	sh *shell.Shell
}

// New returns a client for the RPC API at url (e.g. http://127.0.0.1:5001), with keep-alives.
func New(url string) *Client {
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8, IdleConnTimeout: 90 * time.Second}}
	return &Client{sh: shell.NewShellWithClient(url, hc)}
}

// Add stores data as a file (CIDv1, raw leaves, pinned) and returns its CID.
func (c *Client) Add(ctx context.Context, data []byte) (string, error) {
	dir := files.NewSliceDirectory([]files.DirEntry{files.FileEntry("", files.NewBytesFile(data))})
	body := files.NewMultiFileReader(dir, true, false)
	var out struct{ Hash string }
	err := c.sh.Request("add").Option("pin", true).Option("cid-version", 1).Option("raw-leaves", true).
		Body(body).Exec(ctx, &out)
	if err != nil {
		return "", fmt.Errorf("ipfs add: %w", err)
	}
	if out.Hash == "" {
		return "", fmt.Errorf("ipfs add: no CID in the answer")
	}
	return out.Hash, nil
}

// Pin pins a CID (idempotent).
func (c *Client) Pin(ctx context.Context, cid string) error {
	if err := c.sh.Request("pin/add", cid).Exec(ctx, nil); err != nil {
		return fmt.Errorf("ipfs pin %s: %w", cid, err)
	}
	return nil
}

// Cat reads a file, at most max bytes.
func (c *Client) Cat(ctx context.Context, cid string, max int64) ([]byte, error) {
	return c.CatTee(ctx, cid, max, nil)
}

// CatTee is Cat that also writes the bytes to w as they arrive (for example a progress bar;
// nil: nowhere).
func (c *Client) CatTee(ctx context.Context, cid string, max int64, w io.Writer) ([]byte, error) {
	res, err := c.sh.Request("cat", cid).Send(ctx)
	if err != nil {
		return nil, fmt.Errorf("ipfs cat %s: %w", cid, err)
	}
	defer res.Close()
	if res.Error != nil {
		return nil, fmt.Errorf("ipfs cat %s: %w", cid, res.Error)
	}
	var r io.Reader = io.LimitReader(res.Output, max+1)
	if w != nil {
		r = io.TeeReader(r, w)
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("ipfs cat %s: %w", cid, err)
	}
	if n > max {
		return nil, fmt.Errorf("ipfs cat %s: larger than %d bytes", cid, max)
	}
	return buf.Bytes(), nil
}
