package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	ipfsapi "github.com/ipfs/go-ipfs-api"

	"github.com/dotsnet/dots/ipfsnode"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestIPFSCommandRefusesRemoteWithoutFlag(t *testing.T) {
	_, msg, code := runDots(t, "", "ipfs", "--repo", t.TempDir(), "--api", "0.0.0.0:0", "--gateway", "")
	if code != 2 || !strings.Contains(msg, "loopback") {
		t.Errorf("exit %d, %q; want 2 and a loopback message", code, msg)
	}
	_, msg, code = runDots(t, "", "ipfs", "--api", "127.0.0.1:0")
	if code == 0 || !strings.Contains(msg, "repo") {
		t.Errorf("missing --repo: exit %d, %q", code, msg)
	}
}

func TestIPFSCommandServesUntilCancelled(t *testing.T) {
	app := newApp()
	var out syncBuffer
	app.Writer, app.ErrWriter = &out, &out
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	dir := t.TempDir()
	go func() {
		done <- app.RunContext(ctx, []string{"dots", "ipfs", "--repo", dir, "--api", "127.0.0.1:0", "--gateway", "127.0.0.1:0"})
	}()
	var api string
	for deadline := time.Now().Add(30 * time.Second); api == "" && time.Now().Before(deadline); {
		for _, line := range strings.Split(out.String(), "\n") {
			if u, ok := strings.CutPrefix(line, "API server listening on "); ok {
				api = u
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if api == "" {
		t.Fatalf("no API address printed: %q", out.String())
	}
	sh := ipfsapi.NewShellWithClient(api, ipfsnode.NewHTTPClient())
	c, err := sh.Add(strings.NewReader("hello\n"))
	if err != nil {
		t.Fatalf("add: %v", err)
	}
	if c != "QmZULkCELmmk5XNfCgTnCyFgAVxBRBXyDHGGMVoLFLiXEN" { // kubo's CID of "hello\n"
		t.Errorf("add gave %s", c)
	}
	rc, err := sh.Cat(c)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != "hello\n" {
		t.Errorf("cat = %q", b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("dots ipfs returned %v after cancel", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("dots ipfs did not stop after its context was cancelled")
	}
}
