package cdrs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

const outboxSchema = `
CREATE TABLE IF NOT EXISTS outbox (
	source_id  TEXT PRIMARY KEY,
	body       BLOB    NOT NULL,
	created_at INTEGER NOT NULL
);
`

// Outbox is the Sink of a node run beside the oracle: each CDR is committed to the node's
// database first (Insert returns then), and a sender posts them to the oracle's ingest API
// (POST /v1/cdrs, DOTS JSON) as an authenticated source, deleting each only once the
// oracle has answered 2xx. The oracle ignores a CDR it already has (same source and id),
// so resending after a crash is safe. A CDR the oracle refuses (4xx) is logged and dropped.
type Outbox struct {
	db    *sqlx.DB
	url   string
	token string
	hc    *http.Client
	log   *slog.Logger
	kick  chan struct{}
	// Batch bounds the CDRs of one request (default 500).
	Batch int
	// Delivered is called with the number of CDRs the oracle acknowledged.
	Delivered func(n int)
}

// NewOutbox returns an outbox in db posting to the oracle at base (e.g. http://127.0.0.1:8645)
// with the source's Bearer token.
func NewOutbox(ctx context.Context, db *sqlx.DB, base, token string, log *slog.Logger) (*Outbox, error) {
	// On SQLite the table is created here when missing; on PostgreSQL the registrar's
	// migrations made it.
	if db.DriverName() == "sqlite3" {
		if _, err := db.ExecContext(ctx, outboxSchema); err != nil {
			return nil, fmt.Errorf("creating the outbox: %w", err)
		}
	}
	return &Outbox{db: db, url: strings.TrimRight(base, "/") + "/v1/cdrs", token: token,
		hc: &http.Client{Timeout: 30 * time.Second}, log: log, kick: make(chan struct{}, 1), Batch: 500}, nil
}

// dotsJSON is one CDR in the oracle's DOTS JSON format.
type dotsJSON struct {
	ID           string `json:"id"`
	CallID       string `json:"callId"`
	Caller       string `json:"caller"`
	Callee       string `json:"callee"`
	SetupTime    uint64 `json:"setupTime"`
	AnswerTime   uint64 `json:"answerTime"`
	EndTime      uint64 `json:"endTime"`
	SIPStatus    uint16 `json:"sipStatus"`
	Q850Cause    uint8  `json:"q850Cause"`
	OrigOperator string `json:"origOperator"`
	TermOperator string `json:"termOperator"`
	Side         string `json:"side,omitempty"` // "originating" or "terminating"; absent: the oracle derives it
}

// Insert implements Sink: the CDRs are on disk when it returns.
func (o *Outbox) Insert(ctx context.Context, cdrs []CDR) error {
	tx, err := o.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("queueing CDRs: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().Unix()
	for _, c := range cdrs {
		side := ""
		if c.Side.Valid() {
			side = c.Side.String()
		}
		b, _ := json.Marshal(dotsJSON{Side: side, ID: c.SourceID, CallID: c.SIPCallID, Caller: c.Caller, Callee: c.Callee,
			SetupTime: c.SetupTime, AnswerTime: c.AnswerTime, EndTime: c.EndTime, SIPStatus: c.SIPStatus,
			Q850Cause: c.Q850Cause, OrigOperator: c.OrigOperator.Hex(), TermOperator: c.TermOperator.Hex()})
		if _, err := tx.ExecContext(ctx, o.db.Rebind(`INSERT INTO outbox (source_id, body, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
			c.SourceID, b, now); err != nil {
			return fmt.Errorf("queueing CDR %s: %w", c.SourceID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("queueing CDRs: %w", err)
	}
	select {
	case o.kick <- struct{}{}:
	default:
	}
	return nil
}

// Pending counts the CDRs not yet acknowledged.
func (o *Outbox) Pending(ctx context.Context) (int, error) {
	var n int
	err := o.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM outbox`)
	return n, err
}

// Run sends queued CDRs until ctx ends, backing off (up to 30 s) while the oracle is down.
func (o *Outbox) Run(ctx context.Context) {
	wait := time.Duration(0)
	for {
		if wait > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
		}
		n, err := o.sendOnce(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			o.log.Warn("posting CDRs to the oracle", "err", err)
			wait = min(max(2*wait, 250*time.Millisecond), 30*time.Second)
			continue
		case n > 0:
			wait = 0
			continue
		}
		wait = 0
		select {
		case <-ctx.Done():
			return
		case <-o.kick:
		case <-time.After(time.Second):
		}
	}
}

type outRow struct {
	ID   string `db:"source_id"`
	Body []byte `db:"body"`
}

func (o *Outbox) sendOnce(ctx context.Context) (int, error) {
	var rows []outRow
	if err := o.db.SelectContext(ctx, &rows, o.db.Rebind(`SELECT source_id, body FROM outbox ORDER BY created_at, source_id LIMIT ?`), o.Batch); err != nil {
		return 0, fmt.Errorf("reading the outbox: %w", err)
	}
	if len(rows) == 0 {
		return 0, nil
	}
	refused, err := o.post(ctx, rows)
	if err != nil {
		return 0, err
	}
	done := rows
	if refused && len(rows) > 1 {
		// One bad record refuses the whole body: send one by one, so only the bad ones go.
		done = nil
		for _, r := range rows {
			if _, err := o.post(ctx, []outRow{r}); err != nil {
				break
			}
			done = append(done, r)
		}
	}
	if err := o.remove(ctx, done); err != nil {
		return 0, err
	}
	if o.Delivered != nil {
		o.Delivered(len(done))
	}
	return len(done), nil
}

// post sends rows; refused is true when the oracle refused them as malformed (4xx), err
// is set when it should be retried later.
func (o *Outbox) post(ctx context.Context, rows []outRow) (refused bool, err error) {
	var body bytes.Buffer
	body.WriteByte('[')
	for i, r := range rows {
		if i > 0 {
			body.WriteByte(',')
		}
		body.Write(r.Body)
	}
	body.WriteByte(']')
	req, err := http.NewRequestWithContext(ctx, "POST", o.url, &body)
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+o.token)
	res, err := o.hc.Do(req)
	if err != nil {
		return false, err
	}
	msg, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
	res.Body.Close()
	switch {
	case res.StatusCode >= 200 && res.StatusCode < 300:
		return false, nil
	case res.StatusCode >= 400 && res.StatusCode < 500 && res.StatusCode != 401 && res.StatusCode != 403 && res.StatusCode != 429:
		if len(rows) == 1 {
			o.log.Error("the oracle refused a CDR; dropping it", "id", rows[0].ID, "status", res.Status, "answer", strings.TrimSpace(string(msg)))
		}
		return true, nil
	default:
		return false, fmt.Errorf("oracle answered %s: %s", res.Status, strings.TrimSpace(string(msg)))
	}
}

func (o *Outbox) remove(ctx context.Context, rows []outRow) error {
	tx, err := o.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, o.db.Rebind(`DELETE FROM outbox WHERE source_id = ?`), r.ID); err != nil {
			return err
		}
	}
	return tx.Commit()
}
