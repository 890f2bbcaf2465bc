// Package anvil starts and stops a real anvil devnet node (Foundry's, installed from npm)
// for tests and for `dots devnet`.
package anvil

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultKeys are the private keys anvil derives from its default mnemonic
// ("test test ... junk"), each funded with 10,000 ETH on a fresh node. They are public:
// use them only on a devnet.
var defaultKeys = [...]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// Options configure a node. The zero value starts an automining node on a free loopback port.
type Options struct {
	// Port to listen on (127.0.0.1); 0 picks a free one.
	Port int
	// BlockTime, when set, mines a block every interval instead of one per transaction.
	BlockTime time.Duration
	// ChainID; 0 keeps anvil's default 31337.
	ChainID uint64
	// StateFile, when set, loads state from and dumps state to this file (anvil --state).
	StateFile string
	// Binary is the anvil executable; empty finds node_modules/.bin/anvil above the
	// working directory, then $DOTS_ANVIL, then anvil on PATH.
	Binary string
	// Log receives anvil's output (its transactions, blocks and errors); nil runs it --silent.
	Log io.Writer
	// ExtraArgs are passed to anvil as they are.
	ExtraArgs []string
}

// Instance is a running anvil.
type Instance struct {
	cmd  *exec.Cmd
	url  string
	port int
	done chan struct{}
	err  error

	stopOnce sync.Once
}

// Start runs anvil and waits until its RPC answers.
func Start(ctx context.Context, opts Options) (*Instance, error) {
	bin, err := findBinary(opts.Binary)
	if err != nil {
		return nil, err
	}
	port := opts.Port
	if port == 0 {
		if port, err = freePort(); err != nil {
			return nil, fmt.Errorf("picking a port for anvil: %w", err)
		}
	}
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port)}
	if opts.Log == nil {
		args = append(args, "--silent") // nothing reads its output
	}
	if opts.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(opts.BlockTime.Seconds(), 'f', -1, 64))
	}
	if opts.ChainID != 0 {
		args = append(args, "--chain-id", strconv.FormatUint(opts.ChainID, 10))
	}
	if opts.StateFile != "" {
		args = append(args, "--state", opts.StateFile)
	}
	args = append(args, opts.ExtraArgs...)

	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	out := opts.Log
	if out == nil {
		out = io.Discard
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	inst := &Instance{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port), port: port, done: make(chan struct{})}
	go func() {
		inst.err = cmd.Wait()
		close(inst.done)
	}()
	if err := inst.waitReady(ctx, 30*time.Second); err != nil {
		inst.Stop()
		return nil, err
	}
	return inst, nil
}

func (i *Instance) waitReady(ctx context.Context, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	for {
		c, err := rpc.DialContext(ctx, i.url)
		if err == nil {
			var id string
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return nil
			}
		}
		select {
		case <-i.done:
			return fmt.Errorf("anvil exited before answering: %v", i.err)
		case <-ctx.Done():
			return fmt.Errorf("waiting for anvil at %s: %w", i.url, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// URL is the HTTP JSON-RPC endpoint.
func (i *Instance) URL() string { return i.url }

// WSURL is the websocket JSON-RPC endpoint (anvil serves both on one port).
func (i *Instance) WSURL() string { return fmt.Sprintf("ws://127.0.0.1:%d", i.port) }

// Port is the listening port.
func (i *Instance) Port() int { return i.port }

// Keys returns anvil's ten funded default accounts.
func (i *Instance) Keys() []*ecdsa.PrivateKey { return DefaultKeys() }

// Dial connects an ethclient to the node.
func (i *Instance) Dial(ctx context.Context) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, i.url)
	if err != nil {
		return nil, fmt.Errorf("dialing anvil at %s: %w", i.url, err)
	}
	return c, nil
}

// Stop ends the node (SIGTERM, which makes anvil dump --state, then SIGKILL after 10 s)
// and waits for it. It is safe to call more than once.
func (i *Instance) Stop() {
	i.stopOnce.Do(func() {
		_ = syscall.Kill(-i.cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-i.done:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-i.cmd.Process.Pid, syscall.SIGKILL)
			<-i.done
		}
	})
}

// Kill ends the node at once with SIGKILL (no state dump), for crash tests.
func (i *Instance) Kill() {
	i.stopOnce.Do(func() {
		_ = syscall.Kill(-i.cmd.Process.Pid, syscall.SIGKILL)
		<-i.done
	})
}

// Done is closed when the anvil process has exited.
func (i *Instance) Done() <-chan struct{} { return i.done }

// DefaultKeys returns anvil's ten funded default accounts' keys.
func DefaultKeys() []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, len(defaultKeys))
	for n, h := range defaultKeys {
		k, err := crypto.HexToECDSA(h)
		if err != nil {
			panic(fmt.Sprintf("anvil default key %d: %v", n, err)) // constant input: cannot happen
		}
		keys[n] = k
	}
	return keys
}

// Address is a key's account address.
func Address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// FindRepoFile walks up from the working directory to find rel (for example
// "node_modules/.bin/anvil") and returns its absolute path.
func FindRepoFile(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding %s: %w", rel, err)
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%s not found above the working directory (run 'make setup')", rel)
		}
		dir = parent
	}
}

func findBinary(explicit string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	if p, err := FindRepoFile("node_modules/.bin/anvil"); err == nil {
		return p, nil
	}
	if p := os.Getenv("DOTS_ANVIL"); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", errors.New("anvil not found: run 'make setup' (npm ci installs @foundry-rs/anvil)")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Mine mines n blocks at once (anvil_mine).
func Mine(ctx context.Context, c *rpc.Client, n uint64) error {
	if err := c.CallContext(ctx, nil, "anvil_mine", fmt.Sprintf("0x%x", n)); err != nil {
		return fmt.Errorf("anvil_mine %d: %w", n, err)
	}
	return nil
}

// IncreaseTime moves the node's clock forward (evm_increaseTime) and mines a block so the
// new time is visible to calls.
func IncreaseTime(ctx context.Context, c *rpc.Client, d time.Duration) error {
	if err := c.CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		return fmt.Errorf("evm_increaseTime: %w", err)
	}
	return Mine(ctx, c, 1)
}

// Reorg replaces the newest depth blocks with as many new empty blocks (anvil_reorg).
func Reorg(ctx context.Context, c *rpc.Client, depth uint64) error {
	if err := c.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		return fmt.Errorf("anvil_reorg %d: %w", depth, err)
	}
	return nil
}
