package devnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
)

// SIPEndpoint is one operator's SIP node in endpoints.json.
type SIPEndpoint struct {
	Operator common.Address `json:"operator"`
	UDP      string         `json:"udp"`
	HTTP     string         `json:"http"`
	Realm    string         `json:"realm"`
}

// Phone is a provisioned SIP credential in endpoints.json: point a softphone at its
// operator's node with the number as user name and this password.
type Phone struct {
	Number   string         `json:"number"`
	Operator common.Address `json:"operator"`
	Password string         `json:"password"`
}

// sipNet is the devnet's two SIP nodes, each inside its operator's oracle's process (CDRs
// straight into that oracle's store, anchored in that operator's batches).
type sipNet struct {
	dir      string
	w        *World
	cfgA     node.Config
	cfgB     node.Config
	readyA   chan node.Ready
	readyB   chan node.Ready
	epA, epB node.Ready
	log      *slog.Logger
	phones   []Phone
	hc       *http.Client
}

func newSIPNet(dir string, w *World, d *deploy.Deployment, rpcURL string, log *slog.Logger) (*sipNet, error) {
	ports := make([]int, 4)
	for i := range ports {
		p, err := freeUDPTCP()
		if err != nil {
			return nil, err
		}
		ports[i] = p
	}
	opA, opB := anvil.Address(w.Operators[0]), anvil.Address(w.Operators[1])
	udpA, udpB := "127.0.0.1:"+strconv.Itoa(ports[0]), "127.0.0.1:"+strconv.Itoa(ports[1])
	base := func(name string, op common.Address, udp string, httpPort int, peerOp common.Address, peerUDP string) node.Config {
		key := w.Operators[0]
		if op != opA {
			key = w.Operators[1]
		}
		// The operator key signs the callers' identity (Identity header); CDRAnchor and
		// NumberRegistry verify the peer's, and the callee's phone gets the caller's CNAM.
		return node.Config{Operator: op, RPC: rpcURL, NumberRegistry: d.NumberRegistry, UDP: udp,
			Key: hex.EncodeToString(crypto.FromECDSA(key)), CDRAnchor: d.CDRAnchor, IdentityPolicy: "reject",
			HTTP: "127.0.0.1:" + strconv.Itoa(httpPort), DB: filepath.Join(dir, "sip-"+name+".db"),
			Realm: "devnet.dots", Peers: map[string]string{peerOp.Hex(): "sip:" + peerUDP},
			RingTimeout: node.Duration{Duration: 20 * time.Second}}
	}
	s := &sipNet{dir: dir, w: w, log: log, readyA: make(chan node.Ready, 1), readyB: make(chan node.Ready, 1), hc: &http.Client{Timeout: 10 * time.Second},
		cfgA: base("a", opA, udpA, ports[2], opB, udpB), cfgB: base("b", opB, udpB, ports[3], opA, udpA)}
	return s, nil
}

// freeUDPTCP picks a port free for UDP on 127.0.0.1.
func freeUDPTCP() (int, error) {
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("picking a port: %w", err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port, nil
}

// runA runs node A in the oracle's process (oracle.RunWith).
func (s *sipNet) runA(ctx context.Context, st *store.Store) error {
	return node.Run(ctx, s.cfgA, cdrs.StoreSink{Store: st}, s.log.With("component", "sip-a"), func(r node.Ready) { s.readyA <- r })
}

// runB runs node B in operator B's oracle's process, as A runs in A's.
func (s *sipNet) runB(ctx context.Context, st *store.Store) error {
	return node.Run(ctx, s.cfgB, cdrs.StoreSink{Store: st}, s.log.With("component", "sip-b"), func(r node.Ready) { s.readyB <- r })
}

// startOracleB runs operator B's oracle (its own key, database and API address, with SIP
// node B in its process) like A's: from acfg, A's oracle configuration. It returns the
// API's URL once it listens; errc receives the oracle's end.
func (s *sipNet) startOracleB(ctx context.Context, wg *sync.WaitGroup, acfg oracle.Config, listen string, errc chan<- error) (string, error) {
	cfg := acfg
	cfg.DB, cfg.Listen, cfg.MetricsListen, cfg.MetricsReady = filepath.Join(s.dir, "oracle-b.db"), listen, "", nil
	cfg.Key = hex.EncodeToString(crypto.FromECDSA(s.w.Operators[1]))
	// B's oracle stores only its SIP node's CDRs; the API needs a source all the same.
	cfg.Sources = []server.Source{{Name: "pbx-b", Token: "devnet-pbx-b", Formats: []string{"dots"}, Options: SourceOptions("dots")}}
	ready := make(chan string, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		errc <- oracle.RunWith(ctx, cfg, s.log.With("component", "oracle-b"), func(a string) { ready <- a }, s.runB)
	}()
	var url string
	select {
	case a := <-ready:
		url = "http://" + a
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(60 * time.Second):
		return "", fmt.Errorf("operator B's oracle did not start")
	}
	for _, r := range []struct {
		ch <-chan node.Ready
		ep *node.Ready
	}{{s.readyA, &s.epA}, {s.readyB, &s.epB}} {
		select {
		case *r.ep = <-r.ch:
		case <-time.After(30 * time.Second):
			return "", fmt.Errorf("a SIP node did not start")
		}
	}
	return url, nil
}

// provision signs and posts a credential for every devnet number with its owner's key.
func (s *sipNet) provision(ctx context.Context) error {
	for _, n := range s.w.Numbers {
		ep := s.epA
		if n.Operator == s.cfgB.Operator {
			ep = s.epB
		}
		pw := "devnet-" + n.E164[len(n.E164)-4:]
		if _, err := node.Provision(ctx, s.hc, "http://"+ep.HTTP, n.Owner, n.E164, pw, big.NewInt(time.Now().Unix()),
			uint64(time.Now().Add(365*24*time.Hour).Unix())); err != nil {
			return fmt.Errorf("provisioning %s: %w", n.E164, err)
		}
		s.phones = append(s.phones, Phone{Number: n.E164, Operator: n.Operator, Password: pw})
	}
	return nil
}

func (s *sipNet) endpoints() []SIPEndpoint {
	return []SIPEndpoint{{Operator: s.cfgA.Operator, UDP: s.epA.UDP, HTTP: s.epA.HTTP, Realm: s.cfgA.Realm},
		{Operator: s.cfgB.Operator, UDP: s.epB.UDP, HTTP: s.epB.HTTP, Realm: s.cfgB.Realm}}
}

// traffic registers one sipp phone for a number of A and one for a number of B and places
// real calls between them through both nodes, alternately A->B and B->A, until ctx ends.
func (s *sipNet) traffic(ctx context.Context, every time.Duration, say func(string, ...any)) {
	if _, err := exec.LookPath("sipp"); err != nil {
		say("sip             sipp is not installed (Debian sip-tester): no SIP calls")
		return
	}
	var pa, pb Phone
	for _, p := range s.phones {
		if p.Operator == s.cfgA.Operator && pa.Number == "" {
			pa = p
		}
		if p.Operator == s.cfgB.Operator && pb.Number == "" {
			pb = p
		}
	}
	dir := filepath.Join(s.dir, "sipp")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		say("sip             %v", err)
		return
	}
	type side struct {
		phone Phone
		node  string
		addr  string
	}
	sides := []*side{{phone: pa, node: s.epA.UDP}, {phone: pb, node: s.epB.UDP}}
	for i, sd := range sides {
		port, err := freeUDPTCP()
		if err != nil {
			return
		}
		sd.addr = "127.0.0.1:" + strconv.Itoa(port)
		xml, _ := sipptest.Write(dir, "phone"+strconv.Itoa(i), sipptest.Callee{Answer: 200, Ring: true, Hold: -1}.XML())
		var out bytes.Buffer
		cmd, err := sipptest.Start(ctx, dir, &out, "-sf", xml, "-i", "127.0.0.1", "-p", strconv.Itoa(port), "-nostdin")
		if err != nil {
			say("sip             %v", err)
			return
		}
		go cmd.Wait()
		reg, _ := sipptest.Write(dir, "register"+strconv.Itoa(i), sipptest.Register{User: sd.phone.Number, Contact: sd.addr, Expires: 3600}.XML())
		// The phone's own port is its callee's; the REGISTER leaves from any other.
		if _, err := sipptest.Run(ctx, dir, sd.node, "-sf", reg, "-i", "127.0.0.1", "-m", "1", "-timeout", "10s",
			"-timeout_error", "-nostdin", "-au", sd.phone.Number, "-ap", sd.phone.Password); err != nil {
			say("sip             registering %s failed: %v", sd.phone.Number, firstLine(err.Error()))
			return
		}
	}
	say("sip             phones %s (A, sipp at %s) and %s (B, sipp at %s) registered; a call every %s, alternately A->B and B->A",
		pa.Number, sides[0].addr, pb.Number, sides[1].addr, every)
	t := time.NewTicker(every)
	defer t.Stop()
	for n := 0; ; n++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		from, to := sides[n%2], sides[(n+1)%2]
		c := sipptest.Caller{From: from.phone.Number, To: to.phone.Number, Auth: true, Expect: 200, Hold: 2000, Ring: true,
			CallID: fmt.Sprintf("devnet-%d-%d", time.Now().Unix(), n), FromTag: "devnet"}
		xml, _ := sipptest.Write(dir, "call", c.XML())
		start := time.Now()
		_, err := sipptest.Run(ctx, dir, append([]string{from.node, "-sf", xml, "-i", "127.0.0.1", "-m", "1", "-timeout", "30s",
			"-timeout_error", "-nostdin", "-au", from.phone.Number, "-ap", from.phone.Password}, c.Args()...)...)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			say("sip call        %s -> %s failed: %v", from.phone.Number, to.phone.Number, firstLine(err.Error()))
			continue
		}
		say("sip call        %s -> %s through both nodes: identity signed and verified, answered, %s, hung up (a CDR in each operator's oracle, source sip, id %s-1;%s)",
			from.phone.Number, to.phone.Number, time.Since(start).Round(100*time.Millisecond), c.CallID, c.FromTag)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
