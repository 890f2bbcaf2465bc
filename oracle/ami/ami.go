// Package ami is the oracle's Asterisk source: Asterisk has no HTTP CDR push, so the oracle
// logs in to the Asterisk Manager Interface and takes the `Event: Cdr` messages cdr_manager
// sends (one per CDR), stores each as Asterisk's CDR fields say (oracle/ingest's Asterisk
// parser) and reconnects when the connection drops.
//
// AMI has no acknowledgement and no replay: an event Asterisk wrote is gone from Asterisk
// once the TCP connection is lost. So an event is read, then stored durably (retrying
// the store for as long as it takes) before the next is read: none that the oracle has
// taken off the connection is lost, and while the store is down the events wait in the
// socket. Events sent while the oracle is disconnected are lost to AMI; keep Asterisk's
// cdr_csv or cdr_custom for reconciliation (docs/operators.md).
package ami

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/textproto"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/store"
)

// Config is one Asterisk server the oracle logs in to.
type Config struct {
	// Name is the source's name: its CDRs are stored under it (source id: UniqueID).
	Name string `json:"name"`
	// Addr is AMI's host:port (Asterisk's manager.conf, port 5038 by default).
	Addr     string `json:"addr"`
	Username string `json:"username"`
	Secret   string `json:"secret"`
	// Operator is this oracle's operator (set by the oracle, not configured): the side of
	// each CDR follows from it and the two below (cdr.SideOf).
	Operator common.Address `json:"-"`
	// OrigOperator and TermOperator as for an HTTP source (default: this operator).
	OrigOperator common.Address `json:"origOperator,omitempty"`
	TermOperator common.Address `json:"termOperator,omitempty"`
	// Options: numbering plan, time zone (cdr_manager writes Asterisk's local time unless
	// cdr.conf has usegmtime=yes), age limits.
	ingest.Options
}

// Inserter stores calls durably (store.Store).
type Inserter interface {
	Insert(ctx context.Context, source string, calls []ingest.Call) (store.Inserted, error)
}

// Source is a running AMI client.
type Source struct {
	cfg Config
	ins Inserter
	log *slog.Logger
	// Stored, Refused and Connects count what happened (for tests and /metrics).
	Stored, Refused, Connects atomic.Int64
}

// New checks cfg and returns a Source that stores into ins.
func New(cfg Config, ins Inserter, log *slog.Logger) (*Source, error) {
	if cfg.Name == "" || cfg.Addr == "" || cfg.Username == "" {
		return nil, errors.New("AMI source: name, addr and username are required")
	}
	if err := cfg.Options.Check(); err != nil {
		return nil, fmt.Errorf("AMI source %q: %w", cfg.Name, err)
	}
	return &Source{cfg: cfg, ins: ins, log: log.With("source", cfg.Name, "ami", cfg.Addr)}, nil
}

// ErrLogin is a login Asterisk refused; Run keeps retrying (an operator may fix manager.conf).
var ErrLogin = errors.New("AMI login refused")

// Run connects, logs in and stores CDR events until ctx ends, reconnecting with
// exponential backoff (0.5 s up to 60 s) whenever the connection fails.
func (s *Source) Run(ctx context.Context) {
	b := backoff.NewExponentialBackOff()
	for ctx.Err() == nil {
		err := s.session(ctx, b)
		if ctx.Err() != nil {
			return
		}
		wait := b.NextBackOff()
		s.log.Warn("AMI connection lost; reconnecting", "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// session is one connection: login, then events until it fails.
func (s *Source) session(ctx context.Context, b *backoff.ExponentialBackOff) error {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("connecting: %w", err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	r := textproto.NewReader(bufio.NewReader(conn))
	banner, err := r.ReadLine()
	if err != nil {
		return fmt.Errorf("reading the AMI banner: %w", err)
	}
	if !strings.HasPrefix(banner, "Asterisk Call Manager/") {
		return fmt.Errorf("not an AMI server: %q", banner)
	}
	if _, err := fmt.Fprintf(conn, "Action: Login\r\nActionID: dots-login\r\nUsername: %s\r\nSecret: %s\r\nEvents: cdr\r\n\r\n",
		oneLine(s.cfg.Username), oneLine(s.cfg.Secret)); err != nil {
		return fmt.Errorf("logging in: %w", err)
	}
	for {
		m, err := readMessage(r)
		if err != nil {
			return fmt.Errorf("reading the login answer: %w", err)
		}
		if m["ActionID"] != "dots-login" || m["Response"] == "" {
			continue // an event before the answer
		}
		if !strings.EqualFold(m["Response"], "Success") {
			return fmt.Errorf("%w: %s", ErrLogin, m["Message"])
		}
		break
	}
	s.Connects.Add(1)
	s.log.Info("logged in to AMI")
	b.Reset()
	for {
		m, err := readMessage(r)
		if err != nil {
			return fmt.Errorf("reading events: %w", err)
		}
		if !strings.EqualFold(m["Event"], "Cdr") {
			continue
		}
		if err := s.store(ctx, m); err != nil {
			return err
		}
	}
}

// oneLine keeps a configured value from adding AMI headers.
func oneLine(s string) string { return strings.NewReplacer("\r", "", "\n", "").Replace(s) }

// maxMessage bounds one AMI message (a Cdr event is well under 2 KB).
const maxMessage = 64 << 10

// readMessage reads one AMI message: "Key: Value" lines up to an empty line.
func readMessage(r *textproto.Reader) (map[string]string, error) {
	m := map[string]string{}
	n := 0
	for {
		line, err := r.ReadLine()
		if err != nil {
			if errors.Is(err, io.EOF) && len(m) > 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		n += len(line)
		if n > maxMessage {
			return nil, fmt.Errorf("an AMI message longer than %d bytes", maxMessage)
		}
		if line == "" {
			if len(m) == 0 {
				continue
			}
			return m, nil
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue // not a header line (AMI's command output): ignored
		}
		k = strings.TrimSpace(k)
		if _, dup := m[k]; !dup {
			m[k] = strings.TrimSpace(v)
		}
	}
}

// Record is the Asterisk CDR (oracle/ingest's Asterisk fields) of a Cdr event.
func Record(m map[string]string) map[string]string {
	answer := m["AnswerTime"]
	if !strings.EqualFold(m["Disposition"], "ANSWERED") {
		answer = "" // AnswerTime is the start time of an unanswered CDR
	}
	return map[string]string{
		"accountcode": m["AccountCode"], "src": m["Source"], "dst": m["Destination"], "dcontext": m["DestinationContext"],
		"clid": m["CallerID"], "channel": m["Channel"], "dstchannel": m["DestinationChannel"],
		"lastapp": m["LastApplication"], "lastdata": m["LastData"],
		"start": m["StartTime"], "answer": answer, "end": m["EndTime"],
		"duration": m["Duration"], "billsec": m["BillableSeconds"], "disposition": m["Disposition"],
		"amaflags": m["AMAFlags"], "uniqueid": m["UniqueID"], "userfield": m["UserField"],
	}
}

// store stores one Cdr event, retrying the store until it succeeds or ctx ends. An event
// the parser refuses is logged (without its numbers) and counted, and is not retried.
func (s *Source) store(ctx context.Context, m map[string]string) error {
	body, _ := json.Marshal(Record(m))
	res, err := ingest.ParseAsterisk(ctx, body, "application/json", ingest.Defaults{Operator: s.cfg.Operator,
		OrigOperator: s.cfg.OrigOperator, TermOperator: s.cfg.TermOperator, Source: s.cfg.Name, Options: &s.cfg.Options})
	if err != nil {
		s.Refused.Add(1)
		var errs ingest.Errors
		fields := []string{}
		if errors.As(err, &errs) {
			for _, e := range errs {
				fields = append(fields, e.Field)
			}
		}
		s.log.Warn("refused an AMI Cdr event", "uniqueid", m["UniqueID"], "fields", strings.Join(fields, ","))
		return nil
	}
	if len(res.Calls) == 0 {
		return nil
	}
	b := backoff.NewExponentialBackOff()
	for {
		_, err := s.ins.Insert(ctx, s.cfg.Name, res.Calls)
		if err == nil {
			s.Stored.Add(1)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait := b.NextBackOff()
		s.log.Error("storing an AMI CDR; retrying", "uniqueid", m["UniqueID"], "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
