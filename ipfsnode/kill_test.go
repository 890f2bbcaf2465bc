package ipfsnode

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const childRepoEnv = "IPFSNODE_TEST_CHILD_REPO"

// TestChildNode is not a test of its own: TestKill9 runs the test binary with it to get a
// node in another process that it can SIGKILL.
func TestChildNode(t *testing.T) {
	dir := os.Getenv(childRepoEnv)
	if dir == "" {
		t.Skip("runs only as TestKill9's child process")
	}
	n, err := Open(context.Background(), Config{RepoDir: dir, APIAddr: "127.0.0.1:0",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(3)
	}
	fmt.Println("API", n.APIURL())
	select {} // until killed
}

func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 test skipped in -short mode")
	}
	dir := t.TempDir()
	for round := range 2 { // the second round writes to a repository recovered from a kill
		cmd := exec.Command(os.Args[0], "-test.run=^TestChildNode$", "-test.count=1")
		cmd.Env = append(os.Environ(), childRepoEnv+"="+dir)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(out).ReadString('\n')
		if err != nil || !strings.HasPrefix(line, "API ") {
			cmd.Process.Kill()
			t.Fatalf("child: %q %v", line, err)
		}
		api := strings.TrimSpace(strings.TrimPrefix(line, "API "))
		sh := newShellURL(api)

		// Four writers add files until the child dies; record every add that returned.
		var mu sync.Mutex
		done := map[string][]byte{}
		var wg sync.WaitGroup
		stop := make(chan struct{})
		for w := range 4 {
			wg.Go(func() {
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					data := randBytes(uint64(round*1_000_000+w*10_000+i), 1000+(i*97_531)%700_000)
					c, err := sh.Add(bytes.NewReader(data))
					if err != nil {
						return // the child died mid-request
					}
					mu.Lock()
					done[c] = data
					mu.Unlock()
				}
			})
		}
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			k := len(done)
			mu.Unlock()
			if k >= 40 || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		close(stop)
		wg.Wait()
		cmd.Wait()
		if len(done) < 10 {
			t.Fatalf("round %d: only %d adds finished before the kill", round, len(done))
		}

		n := startNode(t, dir, func(c *Config) { c.GatewayAddr = "" })
		sh2 := newShell(n)
		pins := pinTypes(t, sh2)
		for c, data := range done {
			if got := catAll(t, sh2, c); !bytes.Equal(got, data) {
				t.Errorf("round %d: %s differs after kill -9", round, c)
			}
			if pins[c] != "recursive" {
				t.Errorf("round %d: %s lost its pin after kill -9", round, c)
			}
		}
		t.Logf("round %d: %d files intact after kill -9", round, len(done))
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
