// Package registrar holds the SIP node's registrations: the provisioned credentials (bound
// to the owner and records epoch NumberRegistry showed when they were accepted) and the
// phones' contacts, in SQLite, with digest authentication (RFC 2617 MD5, RFC 8760 SHA-256)
// over those credentials.
package registrar

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // SQLite driver
)

const schema = `
CREATE TABLE IF NOT EXISTS credentials (
	number     TEXT PRIMARY KEY,
	owner      BLOB    NOT NULL,
	epoch      INTEGER NOT NULL,
	nonce      TEXT    NOT NULL,
	expiry     INTEGER NOT NULL,
	realm      TEXT    NOT NULL,
	ha1_md5    BLOB    NOT NULL,
	ha1_sha256 BLOB    NOT NULL,
	updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS contacts (
	number     TEXT    NOT NULL,
	uri        TEXT    NOT NULL,
	expires_at INTEGER NOT NULL,
	call_id    TEXT    NOT NULL,
	cseq       INTEGER NOT NULL,
	transport  TEXT    NOT NULL,
	source     TEXT    NOT NULL,
	updated_ns INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (number, uri)
);
`

// DB is the node's SQLite database (registrations; the CDR tracker keeps its open calls
// in it too). Contacts are also kept in memory (written through on every REGISTER), so
// routing an INVITE reads no SQLite.
type DB struct {
	*sqlx.DB
	mu       sync.RWMutex
	contacts map[string][]Contact // by number, as last committed
}

// OpenDB opens (creating when new) the node's database. It runs WAL with synchronous
// NORMAL: a commit survives the process crashing or being killed (what open calls and
// registrations must survive), not a power loss; the CDRs themselves go to the oracle's
// store, which fsyncs every commit.
func OpenDB(ctx context.Context, path string) (*DB, error) {
	dsn := "file:" + url.PathEscape(path) + "?_journal_mode=WAL&_busy_timeout=10000&_synchronous=NORMAL&_txlock=immediate"
	db, err := sqlx.ConnectContext(ctx, "sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("creating schema in %s: %w", path, err)
	}
	d := &DB{DB: db, contacts: map[string][]Contact{}}
	var all []Contact
	if err := db.SelectContext(ctx, &all, `SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns FROM contacts ORDER BY number, uri`); err != nil {
		db.Close()
		return nil, fmt.Errorf("reading contacts: %w", err)
	}
	for _, c := range all {
		d.contacts[c.Number] = append(d.contacts[c.Number], c)
	}
	return d, nil
}

// Stored is a credential as accepted.
type Stored struct {
	Number    string         `db:"number"`
	Owner     common.Address `db:"-"`
	Epoch     uint32         `db:"epoch"`
	Nonce     *big.Int       `db:"-"`
	Expiry    uint64         `db:"expiry"`
	Realm     string         `db:"realm"`
	HA1MD5    []byte         `db:"ha1_md5"`
	HA1SHA256 []byte         `db:"ha1_sha256"`
}

type credRow struct {
	Stored
	OwnerB    []byte `db:"owner"`
	NonceS    string `db:"nonce"`
	UpdatedAt int64  `db:"updated_at"`
}

// ErrNoCredential is returned when no credential was provisioned for a number.
var ErrNoCredential = errors.New("no SIP credential provisioned")

// Credential returns the stored credential of number.
func (db *DB) Credential(ctx context.Context, number string) (*Stored, error) {
	var r credRow
	err := db.GetContext(ctx, &r, `SELECT number, owner, epoch, nonce, expiry, realm, ha1_md5, ha1_sha256, updated_at FROM credentials WHERE number = ?`, number)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoCredential
	}
	if err != nil {
		return nil, fmt.Errorf("reading the credential of %s: %w", number, err)
	}
	s := r.Stored
	s.Owner = common.BytesToAddress(r.OwnerB)
	s.Nonce, _ = new(big.Int).SetString(r.NonceS, 10)
	return &s, nil
}

func (db *DB) putCredential(ctx context.Context, s *Stored) error {
	_, err := db.ExecContext(ctx, `INSERT INTO credentials (number, owner, epoch, nonce, expiry, realm, ha1_md5, ha1_sha256, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (number) DO UPDATE SET owner = excluded.owner, epoch = excluded.epoch, nonce = excluded.nonce,
			expiry = excluded.expiry, realm = excluded.realm, ha1_md5 = excluded.ha1_md5, ha1_sha256 = excluded.ha1_sha256,
			updated_at = excluded.updated_at`,
		s.Number, s.Owner[:], s.Epoch, s.Nonce.String(), s.Expiry, s.Realm, s.HA1MD5, s.HA1SHA256, time.Now().Unix())
	if err != nil {
		return fmt.Errorf("storing the credential of %s: %w", s.Number, err)
	}
	return nil
}

// Contact is one registered contact of a number.
type Contact struct {
	Number    string `db:"number" json:"number"`
	URI       string `db:"uri" json:"uri"`
	ExpiresAt int64  `db:"expires_at" json:"expiresAt"` // unix seconds
	CallID    string `db:"call_id" json:"-"`
	CSeq      uint32 `db:"cseq" json:"-"`
	Transport string `db:"transport" json:"transport"`
	Source    string `db:"source" json:"source"` // where the REGISTER came from (host:port)
	UpdatedNS int64  `db:"updated_ns" json:"-"`  // when it was last registered (unix ns)
}

// Contacts returns number's unexpired contacts at now (from memory).
func (db *DB) Contacts(_ context.Context, number string, now time.Time) ([]Contact, error) {
	db.mu.RLock()
	defer db.mu.RUnlock()
	var cs []Contact
	for _, c := range db.contacts[number] {
		if c.ExpiresAt > now.Unix() {
			cs = append(cs, c)
		}
	}
	return cs, nil
}

// CountContacts counts unexpired contacts (for metrics).
func (db *DB) CountContacts(_ context.Context, now time.Time) (int, error) {
	db.mu.RLock()
	defer db.mu.RUnlock()
	n := 0
	for _, cs := range db.contacts {
		for _, c := range cs {
			if c.ExpiresAt > now.Unix() {
				n++
			}
		}
	}
	return n, nil
}

// Binding is one change a REGISTER asks for: a contact with its new lifetime (0 removes it).
type Binding struct {
	URI     string
	Expires uint32
}

// ErrOutOfOrder is returned for a REGISTER older than one already applied (same Call-ID,
// lower or equal CSeq; RFC 3261 10.3 step 7).
var ErrOutOfOrder = errors.New("REGISTER out of order")

// Update applies a REGISTER's bindings (removeAll: "Contact: *") in one transaction and
// returns the contacts that remain.
func (db *DB) Update(ctx context.Context, number string, bs []Binding, removeAll bool, callID string, cseq uint32,
	transport, source string, now time.Time) ([]Contact, error) {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("registering %s: %w", number, err)
	}
	defer tx.Rollback()
	if removeAll {
		if _, err := tx.ExecContext(ctx, `DELETE FROM contacts WHERE number = ?`, number); err != nil {
			return nil, fmt.Errorf("removing the contacts of %s: %w", number, err)
		}
	}
	for _, b := range bs {
		var prev Contact
		err := tx.GetContext(ctx, &prev, `SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns FROM contacts WHERE number = ? AND uri = ?`, number, b.URI)
		if err == nil && prev.CallID == callID && prev.CSeq >= cseq && prev.ExpiresAt > now.Unix() {
			return nil, ErrOutOfOrder
		}
		if b.Expires == 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM contacts WHERE number = ? AND uri = ?`, number, b.URI); err != nil {
				return nil, fmt.Errorf("removing a contact of %s: %w", number, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO contacts (number, uri, expires_at, call_id, cseq, transport, source, updated_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (number, uri) DO UPDATE SET expires_at = excluded.expires_at, call_id = excluded.call_id, cseq = excluded.cseq,
				transport = excluded.transport, source = excluded.source, updated_ns = excluded.updated_ns`,
			number, b.URI, now.Unix()+int64(b.Expires), callID, cseq, transport, source, now.UnixNano()); err != nil {
			return nil, fmt.Errorf("storing a contact of %s: %w", number, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM contacts WHERE expires_at <= ?`, now.Unix()); err != nil {
		return nil, fmt.Errorf("dropping expired contacts: %w", err)
	}
	var cs []Contact
	if err := tx.SelectContext(ctx, &cs, `SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns FROM contacts
		WHERE number = ? ORDER BY uri`, number); err != nil {
		return nil, fmt.Errorf("reading the contacts of %s: %w", number, err)
	}
	left := cs
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("registering %s: %w", number, err)
	}
	db.mu.Lock()
	if len(left) == 0 {
		delete(db.contacts, number)
	} else {
		db.contacts[number] = left
	}
	db.mu.Unlock()
	return cs, nil
}
