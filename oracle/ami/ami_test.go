package ami

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/textproto"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/store"
)

// fakeAMI is an AMI server speaking Asterisk's documented format (the banner, the Login
// action's Response, events as "Key: Value" lines ending in an empty line). Each session
// sends the events the test gives it, then waits (or hangs up when drop is set).
type fakeAMI struct {
	t        *testing.T
	l        net.Listener
	secret   string
	sessions chan []string // events for the next session
	drop     bool          // hang up after a session's events
	mu       sync.Mutex
	logins   []string
}

func newFakeAMI(t *testing.T, secret string) *fakeAMI {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeAMI{t: t, l: l, secret: secret, sessions: make(chan []string, 10)}
	t.Cleanup(func() { l.Close() })
	go f.serve()
	return f
}

func (f *fakeAMI) serve() {
	for {
		c, err := f.l.Accept()
		if err != nil {
			return
		}
		go f.session(c)
	}
}

func (f *fakeAMI) session(c net.Conn) {
	defer c.Close()
	io.WriteString(c, "Asterisk Call Manager/7.0.3\r\n")
	r := textproto.NewReader(bufio.NewReader(c))
	h, err := r.ReadMIMEHeader()
	if err != nil {
		return
	}
	f.mu.Lock()
	f.logins = append(f.logins, h.Get("Username")+"/"+h.Get("Events"))
	f.mu.Unlock()
	id := h.Get("Actionid")
	if h.Get("Action") != "Login" || h.Get("Secret") != f.secret {
		fmt.Fprintf(c, "Response: Error\r\nActionID: %s\r\nMessage: Authentication failed\r\n\r\n", id)
		return
	}
	fmt.Fprintf(c, "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 12\r\nLastReload: 12\r\nStatus: Fully Booted\r\n\r\n")
	fmt.Fprintf(c, "Response: Success\r\nActionID: %s\r\nMessage: Authentication accepted\r\n\r\n", id)
	var events []string
	select {
	case events = <-f.sessions:
	case <-time.After(10 * time.Second):
	}
	for _, e := range events {
		io.WriteString(c, e)
	}
	if f.drop {
		return
	}
	io.Copy(io.Discard, c) // until the client hangs up
}

// cdrEvent is a cdr_manager Cdr event as Asterisk writes it.
func cdrEvent(uid, src, dst, start, answer, end, disp string, dur, bill int) string {
	return "Event: Cdr\r\nPrivilege: cdr,all\r\nAccountCode: \r\nSource: " + src + "\r\nDestination: " + dst +
		"\r\nDestinationContext: from-internal\r\nCallerID: \"Alice\" <" + src + ">\r\nChannel: PJSIP/" + src +
		"-00000001\r\nDestinationChannel: PJSIP/carrier-00000002\r\nLastApplication: Dial\r\nLastData: PJSIP/" + dst +
		"@carrier,30\r\nStartTime: " + start + "\r\nAnswerTime: " + answer + "\r\nEndTime: " + end +
		fmt.Sprintf("\r\nDuration: %d\r\nBillableSeconds: %d\r\n", dur, bill) + "Disposition: " + disp +
		"\r\nAMAFlags: DOCUMENTATION\r\nUniqueID: " + uid + "\r\nUserField: \r\n\r\n"
}

// flakyStore fails its first fails inserts, then stores in memory.
type flakyStore struct {
	mu    sync.Mutex
	fails int
	calls []ingest.Call
	seen  chan struct{}
}

func (s *flakyStore) Insert(_ context.Context, _ string, calls []ingest.Call) (store.Inserted, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fails > 0 {
		s.fails--
		return store.Inserted{}, errors.New("disk full")
	}
	s.calls = append(s.calls, calls...)
	s.seen <- struct{}{}
	return store.Inserted{Seqs: []uint64{uint64(len(s.calls))}, Duplicate: []bool{false}}, nil
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func usConfig(addr, secret string) Config {
	return Config{Name: "asterisk1", Addr: addr, Username: "dots", Secret: secret, Operator: common.HexToAddress("0x01"),
		OrigOperator: common.HexToAddress("0x01"), TermOperator: common.HexToAddress("0x02"),
		Options: ingest.Options{TimeZone: "America/New_York", Numbering: &ingest.NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true,
			Extensions: []ingest.ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}}}}
}

// The oracle logs in, takes Cdr events (answered, busy, no answer), stores each with the
// source's numbering plan and time zone, and comes back after the connection drops and
// after a store failure, losing no event it read.
func TestAMISource(t *testing.T) {
	f := newFakeAMI(t, "s3cret")
	f.drop = true
	f.sessions <- []string{
		cdrEvent("1764600000.1", "1001", "4155550101", "2026-12-01 10:00:00", "2026-12-01 10:00:05", "2026-12-01 10:01:05", "ANSWERED", 65, 60),
		"Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/1001-00000003\r\n\r\n",
		cdrEvent("1764600100.2", "1002", "14155550102", "2026-12-01 10:01:40", "2026-12-01 10:01:40", "2026-12-01 10:01:43", "BUSY", 3, 0),
	}
	f.sessions <- []string{
		cdrEvent("1764600200.3", "1003", "4155550103", "2026-12-01 10:03:20", "", "2026-12-01 10:03:50", "NO ANSWER", 30, 0),
	}
	ins := &flakyStore{fails: 2, seen: make(chan struct{}, 10)}
	src, err := New(usConfig(f.l.Addr().String(), "s3cret"), ins, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { src.Run(ctx); close(done) }()
	for i := 0; i < 3; i++ {
		select {
		case <-ins.seen:
		case <-time.After(20 * time.Second):
			t.Fatalf("%d of 3 CDRs stored", i)
		}
	}
	cancel()
	<-done
	if src.Connects.Load() < 2 {
		t.Errorf("%d logins: the source did not reconnect", src.Connects.Load())
	}
	want := []struct {
		id, caller, callee string
		setup, answer, end uint64
		status             uint16
	}{
		// 10:00:00 in New York is 15:00:00 UTC.
		{"1764600000.1", "+14155551001", "+14155550101", 1796137200, 1796137205, 1796137265, 200},
		{"1764600100.2", "+14155551002", "+14155550102", 1796137300, 0, 1796137303, 486},
		{"1764600200.3", "+14155551003", "+14155550103", 1796137400, 0, 1796137430, 480},
	}
	if len(ins.calls) != 3 {
		t.Fatalf("%d calls stored", len(ins.calls))
	}
	for i, w := range want {
		c := ins.calls[i]
		if c.SourceID != w.id || c.Caller != w.caller || c.Callee != w.callee || c.SetupTime != w.setup ||
			c.AnswerTime != w.answer || c.EndTime != w.end || c.SIPStatus != w.status {
			t.Errorf("call %d: %+v, want %+v", i, c, w)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.logins) < 2 || f.logins[0] != "dots/cdr" {
		t.Errorf("logins %v", f.logins)
	}
}

// A refused login is retried (manager.conf may be fixed), and never stores anything.
func TestAMILoginRefused(t *testing.T) {
	f := newFakeAMI(t, "right")
	ins := &flakyStore{seen: make(chan struct{}, 1)}
	src, err := New(usConfig(f.l.Addr().String(), "wrong"), ins, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { src.Run(ctx); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) { // polled: the fake records logins, it has no event for them
		f.mu.Lock()
		n := len(f.logins)
		f.mu.Unlock()
		if n >= 2 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	<-done
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.logins) < 2 || src.Connects.Load() != 0 || len(ins.calls) != 0 {
		t.Fatalf("logins %v, connects %d, calls %d", f.logins, src.Connects.Load(), len(ins.calls))
	}
}

// Into the real store: an event refused by the numbering plan is counted, not stored, and
// does not stop the events after it.
func TestAMIIntoStore(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "oracle.db"), common.HexToAddress("0x01"), store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f := newFakeAMI(t, "s3cret")
	f.sessions <- []string{
		cdrEvent("1764600000.7", "anonymous", "4155550101", "2026-12-01 10:00:00", "", "2026-12-01 10:00:09", "NO ANSWER", 9, 0),
		cdrEvent("1764600000.8", "1001", "4155550101", "2026-12-01 10:00:00", "2026-12-01 10:00:05", "2026-12-01 10:01:05", "ANSWERED", 65, 60),
	}
	src, err := New(usConfig(f.l.Addr().String(), "s3cret"), st, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { src.Run(ctx); close(done) }()
	var got *store.Stored
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) { // polled: the store has no event for a CDR
		if got, err = st.BySource(ctx, "asterisk1", "1764600000.8"); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	<-done
	if got == nil || got.BillableSeconds != 60 || got.Caller != "+14155551001" {
		t.Fatalf("stored %+v", got)
	}
	if src.Refused.Load() != 1 {
		t.Fatalf("%d refused, want the anonymous caller's", src.Refused.Load())
	}
	if _, err := st.BySource(context.Background(), "asterisk1", "1764600000.7"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("refused event stored: %v", err)
	}
	if !strings.Contains(fmt.Sprint(Record(map[string]string{"Disposition": "BUSY", "AnswerTime": "x"})), "answer:") {
		t.Fatal("Record lost the answer field")
	}
}
