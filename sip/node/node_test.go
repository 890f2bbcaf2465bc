package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
)

// env is a chain with DOTS deployed and populated (devnet.Populate), operator A's oracle
// store and a SIP node for operator A writing into it.
type env struct {
	t      *testing.T
	ctx    context.Context
	an     *anvil.Instance
	client *ethclient.Client
	d      *deploy.Deployment
	w      *devnet.World
	opA    common.Address
	st     *store.Store
	dir    string
	cfg    node.Config
	ready  node.Ready
	stop   func()
	hc     *http.Client
	logBuf *bytes.Buffer
	sink   cdrs.Sink // where the node writes CDRs (default: the store; nil: its outbox)
	logs   *lockedWriter
}

func freePort(t *testing.T) int {
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}

func setup(t *testing.T) *env { return setupWith(t, nil) }

// setupWith is setup with a change to the node's configuration before it starts.
func setupWith(t *testing.T, change func(*env)) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	keys := anvil.DefaultKeys()
	an, client, d := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: devnet.Genesis(keys)})
	w, err := devnet.Populate(ctx, client, client.Client(), d, keys, devnet.Options{NumbersPerUser: 3})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, an: an, client: client, d: d, w: w, opA: anvil.Address(keys[devnet.KeyOperatorA]),
		dir: t.TempDir(), hc: &http.Client{Timeout: 10 * time.Second}}
	e.st, err = store.Open(ctx, filepath.Join(e.dir, "oracle.db"), e.opA, store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.st.Close() })
	e.cfg = node.Config{Operator: e.opA, RPC: an.URL(), NumberRegistry: d.NumberRegistry, DB: filepath.Join(e.dir, "sip.db"),
		UDP: "127.0.0.1:" + strconv.Itoa(freePort(t)), HTTP: "127.0.0.1:0", Realm: "dots.test",
		RingTimeout: node.Duration{Duration: 3 * time.Second}, MinExpires: 1, PollInterval: node.Duration{Duration: 200 * time.Millisecond},
		Key: keyHex(keys[devnet.KeyOperatorA]), CDRAnchor: d.CDRAnchor}
	e.sink = cdrs.StoreSink{Store: e.st}
	if change != nil {
		change(e)
	}
	e.start()
	return e
}

func (e *env) start() {
	e.t.Helper()
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	readyc := make(chan node.Ready, 1)
	e.logBuf = &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(&lockedWriter{w: e.logBuf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	go func() {
		done <- node.Run(ctx, e.cfg, e.sink, log, func(r node.Ready) { readyc <- r })
	}()
	select {
	case e.ready = <-readyc:
	case err := <-done:
		e.t.Fatalf("node stopped: %v", err)
	}
	e.stop = func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("node: %v", err)
		}
	}
	e.t.Cleanup(func() {
		if e.stop != nil {
			e.stop()
			e.stop = nil
		}
	})
}

// number returns the i-th devnet number served by operator op, with its owner.
func (e *env) number(op common.Address, i int) devnet.Number {
	for _, n := range e.w.Numbers {
		if n.Operator == op {
			if i == 0 {
				return n
			}
			i--
		}
	}
	e.t.Fatalf("no number %d for %s", i, op)
	return devnet.Number{}
}

func (e *env) provision(n devnet.Number, password string, nonce int64) error {
	_, err := node.Provision(e.ctx, e.hc, "http://"+e.ready.HTTP, n.Owner, n.E164, password, big.NewInt(nonce),
		uint64(time.Now().Add(24*time.Hour).Unix()))
	return err
}

// sipp runs a scenario against the node and returns its output.
func (e *env) sipp(name, xml string, args ...string) (string, error) {
	p, err := sipptest.Write(e.dir, name, xml)
	if err != nil {
		e.t.Fatal(err)
	}
	base := []string{e.ready.UDP, "-sf", p, "-i", "127.0.0.1", "-p", strconv.Itoa(freePort(e.t)), "-m", "1", "-timeout", "15s", "-timeout_error", "-nostdin"}
	if os.Getenv("DOTS_SIPP_TRACE") != "" {
		base = append(base, "-trace_msg", "-trace_err")
	}
	out, err := sipptest.Run(e.ctx, e.dir, append(base, args...)...)
	if err != nil {
		logs, _ := filepath.Glob(filepath.Join(e.dir, name+"_*.log"))
		for _, l := range logs {
			b, _ := os.ReadFile(l)
			err = fmt.Errorf("%w\n--- %s\n%s", err, filepath.Base(l), tailS(string(b)))
		}
	}
	return out, err
}

// callee starts a sipp callee on a free port and returns its address and a wait function.
func (e *env) callee(name string, c sipptest.Callee) (string, func() error) {
	return e.uas(name, c.XML())
}

// uas starts the sipp server-side scenario xml on a free port.
func (e *env) uas(name, xml string) (string, func() error) {
	p, err := sipptest.Write(e.dir, name, xml)
	if err != nil {
		e.t.Fatal(err)
	}
	port := freePort(e.t)
	var out bytes.Buffer
	args := []string{"-sf", p, "-i", "127.0.0.1", "-p", strconv.Itoa(port), "-m", "1", "-timeout", "15s", "-timeout_error", "-nostdin"}
	if os.Getenv("DOTS_SIPP_TRACE") != "" {
		args = append(args, "-trace_msg", "-trace_err")
		e.t.Cleanup(func() {
			if e.t.Failed() {
				logs, _ := filepath.Glob(filepath.Join(e.dir, name+"_*.log"))
				for _, l := range logs {
					b, _ := os.ReadFile(l)
					e.t.Logf("--- %s\n%s", filepath.Base(l), tailS(string(b)))
				}
			}
		})
	}
	cmd, err := sipptest.Start(e.ctx, e.dir, &out, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	return "127.0.0.1:" + strconv.Itoa(port), func() error {
		if err := cmd.Wait(); err != nil {
			return fmt.Errorf("callee %s: %v: %s", name, err, tailS(out.String()))
		}
		return nil
	}
}

func tailS(s string) string {
	if len(s) > 4000 {
		return s[len(s)-4000:]
	}
	return s
}

func (e *env) register(t *testing.T, n devnet.Number, password, contact string, expires int) {
	t.Helper()
	e.registerExpect(t, sipptest.Register{User: n.E164, Contact: contact, Expires: expires}, password)
}

func (e *env) registerExpect(t *testing.T, r sipptest.Register, password string) {
	t.Helper()
	if out, err := e.sipp("reg", r.XML(), "-au", r.User, "-ap", password); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// send sends a transaction from key to the NumberRegistry.
func (e *env) send(key *ecdsa.PrivateKey, what string, data []byte) {
	e.t.Helper()
	s, err := deploy.NewSender(e.ctx, e.client, key, new(big.Int).SetUint64(e.d.ChainID), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := s.Send(e.ctx, what, e.d.NumberRegistry, data); err != nil {
		e.t.Fatal(err)
	}
}

// call runs a caller scenario and returns the CDR it left.
func (e *env) call(t *testing.T, name string, c sipptest.Caller, args ...string) *store.Stored {
	t.Helper()
	c.CallID, c.FromTag = name+"-call", "t-"+name
	if out, err := e.sipp(name+"-uac", c.XML(), append(c.Args(), args...)...); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return e.cdr(c.CallID+"-1", c.FromTag)
}

// cdr waits for the CDR of the call (Call-ID and From tag) in the store.
func (e *env) cdr(callID, tag string) *store.Stored {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s, err := e.st.BySource(e.ctx, cdrs.Source, callID+";"+tag)
		if err == nil {
			return s
		}
		if !errors.Is(err, store.ErrNotFound) {
			e.t.Fatal(err)
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("no CDR for %s;%s", callID, tag)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if os.Getenv("DOTS_SIP_TEST_LOG") != "" {
		os.Stderr.Write(p)
	}
	return l.w.Write(p)
}

func keyHex(k *ecdsa.PrivateKey) string { return hex.EncodeToString(crypto.FromECDSA(k)) }

func cdrsCallID(id string) common.Hash { return ingest.HashCallID(id) }
