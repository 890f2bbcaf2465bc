package proxy

import (
	"context"
	"errors"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emiago/sipgo/sip"
	"github.com/emiago/sipgo/siptest"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/goleak"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/credential"
	"github.com/dotsnet/dots/sip/numbers"
	"github.com/dotsnet/dots/sip/registrar"
)

// fakeRegistry is NumberRegistry as a map (unit tests only; the node's tests use anvil).
type fakeRegistry struct {
	mu   sync.Mutex
	nums map[string]numbers.Info
}

func (f *fakeRegistry) Number(_ context.Context, e164 string) (numbers.Info, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	i, ok := f.nums[e164]
	if !ok {
		return numbers.Info{E164: e164}, nil
	}
	return i, nil
}

func (f *fakeRegistry) Blocked(context.Context, string, string) (bool, error) { return false, nil }
func (f *fakeRegistry) Records(context.Context, string) (numbers.Records, error) {
	return numbers.Records{CNAM: "Fuzz", Features: numbers.FeatureSMS}, nil
}

type memSink struct {
	mu    sync.Mutex
	calls []ingest.Call
}

func (m *memSink) Insert(_ context.Context, c []cdrs.CDR) error {
	m.mu.Lock()
	for _, x := range c {
		m.calls = append(m.calls, x.Call)
	}
	m.mu.Unlock()
	return nil
}

var testOperator = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")

func newTestProxy(t testing.TB) (*Proxy, *memSink) {
	t.Helper()
	db, err := registrar.OpenDB(context.Background(), filepath.Join(t.TempDir(), "sip.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	reg := &fakeRegistry{nums: map[string]numbers.Info{
		"+14155550100": {E164: "+14155550100", Live: true, Known: true, Owner: common.Address{7}, Operator: testOperator},
	}}
	rgr, err := registrar.New(db, reg, testOperator, "t", credential.Domain{ChainID: big.NewInt(1), NumberRegistry: common.Address{1}})
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	tr, err := cdrs.New(context.Background(), db.DB, sink, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The tracker persists calls from their INVITE: its writer runs for the test.
	rctx, stopTracker := context.WithCancel(context.Background())
	trDone := make(chan struct{})
	go func() { tr.Run(rctx); close(trDone) }()
	t.Cleanup(func() { stopTracker(); <-trDone })
	p, err := New(Config{Operator: testOperator, Host: "127.0.0.1", RingTimeout: time.Second}, reg, rgr, tr)
	if err != nil {
		t.Fatal(err)
	}
	return p, sink
}

// dispatch hands a request to the handler sipgo would call.
func (p *Proxy) dispatch(req *sip.Request, tx sip.ServerTransaction) {
	switch req.Method {
	case sip.REGISTER:
		p.onRegister(req, tx)
	case sip.INVITE:
		p.onInvite(req, tx)
	case sip.ACK:
		p.onAck(req, tx)
	case sip.CANCEL:
		p.onCancel(req, tx)
	default:
		p.onOther(req, tx)
	}
}

var seeds = []string{
	"OPTIONS sip:t SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\nFrom: <sip:a@t>;tag=1\r\nTo: <sip:t>\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n",
	"INVITE sip:+14155550100@t SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK2\r\nFrom: <sip:+14155550101@t>;tag=1\r\nTo: <sip:+14155550100@t>\r\nCall-ID: y\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n",
	"INVITE tel:+14155550100 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK3\r\nFrom: <tel:+1>;tag=1\r\nTo: <sip:x@t>;tag=9\r\nCall-ID: z\r\nCSeq: 1 INVITE\r\nRoute: <sip:127.0.0.1:5060;lr>\r\nMax-Forwards: 0\r\nContent-Length: 0\r\n\r\n",
	"REGISTER sip:t SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK4\r\nFrom: <sip:+14155550100@t>;tag=1\r\nTo: <sip:+14155550100@t>\r\nCall-ID: r\r\nCSeq: 1 REGISTER\r\nContact: *\r\nExpires: 0\r\nAuthorization: Digest username=\"+14155550100\", realm=\"t\", nonce=\"00\", uri=\"sip:t\", response=\"0\", qop=auth, nc=zz\r\nContent-Length: 0\r\n\r\n",
	"BYE sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK5\r\nFrom: <sip:a@t>;tag=1\r\nTo: <sip:b@t>;tag=2\r\nCall-ID: q\r\nCSeq: 2 BYE\r\nReason: Q.850;cause=999\r\nContent-Length: 0\r\n\r\n",
}

// FuzzRequest: whatever parses as a request, the routing decisions never panic and every
// answer is a SIP status.
func FuzzRequest(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	p, _ := newTestProxy(f)
	parser := sip.NewParser()
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := parser.ParseSIP(data)
		if err != nil {
			return
		}
		req, ok := msg.(*sip.Request)
		if !ok {
			return
		}
		req.SetSource("127.0.0.1:5070")
		req.SetDestination("127.0.0.1:5060")
		req.SetTransport("UDP")
		if _, err := sip.ServerTxKeyMake(req); err != nil {
			return
		}
		if req.Method == sip.INVITE && !hasToTagSafe(req) {
			// An initial INVITE routed to the one served number would ring for the ring
			// timeout: keep fuzzing fast by only checking the parts before routing.
			req.RemoveHeader("Proxy-Authorization")
		}
		tx := siptest.NewServerTxRecorder(req)
		p.dispatch(req, tx)
		for _, r := range tx.Result() {
			if r.StatusCode < 100 || r.StatusCode > 699 {
				t.Fatalf("status %d", r.StatusCode)
			}
		}
		tx.Terminate()
	})
}

func hasToTagSafe(req *sip.Request) bool {
	return req.To() != nil && hasToTag(req)
}

// RFC 4475's torture messages (sipgo keeps them as files) sent over UDP to a listening
// proxy: no panic, never a 2xx or 500 for an invalid message, a 400 for the request whose
// transaction cannot be identified (inv2543: no From tag), and the proxy still answers
// OPTIONS afterwards; no goroutine is left behind. (Most answers go to the messages' own
// Via hosts, which do not exist here, so only answers to this socket are checked.)
func TestTortureMessages(t *testing.T) {
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/emiago/sipgo").Output()
	if err != nil {
		t.Skipf("sipgo module not found: %v", err)
	}
	root := filepath.Join(strings.TrimSpace(string(dir)), "sip", "testdata", "torture")
	p, _ := newTestProxy(t)
	ln, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- p.ServeUDP(ln) }()
	c, err := net.Dial("udp", ln.LocalAddr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	read := func(d time.Duration) []string {
		var out []string
		buf := make([]byte, 65535)
		for {
			c.SetReadDeadline(time.Now().Add(d))
			n, err := c.Read(buf)
			if err != nil {
				return out
			}
			out = append(out, string(buf[:n]))
			d = 200 * time.Millisecond
		}
	}
	for _, kind := range []string{"valid", "invalid"} {
		files, _ := filepath.Glob(filepath.Join(root, kind, "*.dat"))
		if len(files) == 0 {
			t.Fatalf("no torture files under %s", root)
		}
		for _, f := range files {
			data, _ := os.ReadFile(f)
			if _, err := c.Write(data); err != nil {
				t.Fatal(err)
			}
			res := read(150 * time.Millisecond)
			if filepath.Base(f) == "inv2543.dat" && (len(res) == 0 || !strings.HasPrefix(res[0], "SIP/2.0 400")) {
				t.Errorf("inv2543.dat answered %v, want 400", firstLines(res))
			}
			for _, r := range res {
				if kind == "invalid" && strings.HasPrefix(r, "SIP/2.0 2") {
					t.Errorf("%s: %s answered %q", kind, filepath.Base(f), firstLine(r))
				}
				if strings.HasPrefix(r, "SIP/2.0 500") {
					t.Errorf("%s: %s answered %q", kind, filepath.Base(f), firstLine(r))
				}
			}
			t.Logf("%s/%s -> %v", kind, filepath.Base(f), firstLines(res))
		}
	}
	// Still alive.
	c.Write([]byte(strings.Replace(seeds[0], "127.0.0.1:5070", c.LocalAddr().String(), 1)))
	res := read(3 * time.Second)
	if len(res) == 0 || !strings.HasPrefix(res[0], "SIP/2.0 200") {
		t.Fatalf("OPTIONS after the torture got %v", firstLines(res))
	}
	p.Close()
	ln.Close()
	if err := <-served; err != nil && !errors.Is(err, net.ErrClosed) {
		t.Logf("serve: %v", err)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\r\n")
	return l
}

func firstLines(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = firstLine(s)
	}
	return out
}
