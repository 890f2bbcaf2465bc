// Package registrar holds the SIP node's registrations: the provisioned credentials (bound
// to the owner and records epoch NumberRegistry showed when they were accepted) and the
// phones' contacts, in SQLite, with digest authentication (RFC 2617 MD5, RFC 8760 SHA-256)
// over those credentials.
package registrar

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // SQLite driver

	"github.com/dotsnet/dots/sqldb"
)

// migrations are the node database's versioned schema, one directory per engine with
// the same version numbers (sqldb.Migrate applies them at OpenDB).
//
//go:embed migrations
var migrations embed.FS

const migrationTable = "sip_schema_version"

// DB is the node's database (registrations; the CDR tracker keeps its open calls in it
// too): a SQLite file, or a PostgreSQL database that several nodes of one operator share,
// so a phone registered on one is reachable through the others. On SQLite the contacts
// are also kept in memory (written through on every REGISTER), so routing an INVITE reads
// no SQLite; on PostgreSQL another node may have written them, so they are read from the
// database.
type DB struct {
	*sqlx.DB
	shared   bool // PostgreSQL: other nodes write too
	mu       sync.RWMutex
	contacts map[string][]Contact // by number, as last committed (SQLite)
}

// OpenDB opens (creating when new, and migrating to the newest schema) the node's
// database: a SQLite file (a path or sqlite://PATH) or postgres://... SQLite runs WAL
// with synchronous NORMAL: a commit survives the process crashing or being killed (what
// open calls and registrations must survive), not a power loss; the CDRs themselves go to
// the oracle's store, which fsyncs every commit.
func OpenDB(ctx context.Context, path string) (*DB, error) {
	t, err := sqldb.Parse(path)
	if err != nil {
		return nil, fmt.Errorf("opening the SIP node's database: %w", err)
	}
	var db *sqlx.DB
	if t.Engine == sqldb.Postgres {
		if db, err = sqlx.ConnectContext(ctx, "pgx", t.URL); err != nil {
			return nil, fmt.Errorf("opening %s: %w", t, err)
		}
		db.SetMaxOpenConns(8)
		err = sqldb.Migrate(ctx, db.DB, t.Engine, mustSub("migrations/postgres"), migrationTable, nil)
	} else {
		dsn := "file:" + url.PathEscape(t.Path) + "?_journal_mode=WAL&_busy_timeout=10000&_synchronous=NORMAL&_txlock=immediate"
		if db, err = sqlx.ConnectContext(ctx, "sqlite3", dsn); err != nil {
			return nil, fmt.Errorf("opening %s: %w", t, err)
		}
		// Migrate with a second connection free (goose holds one while it works), then
		// keep one writer.
		db.SetMaxOpenConns(2)
		err = sqldb.Migrate(ctx, db.DB, t.Engine, mustSub("migrations/sqlite"), migrationTable, nil)
		db.SetMaxOpenConns(1)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", t, err)
	}
	d := &DB{DB: db, shared: t.Engine == sqldb.Postgres, contacts: map[string][]Contact{}}
	if d.shared {
		return d, nil
	}
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

// Shared reports whether other nodes may write the database too (PostgreSQL).
func (db *DB) Shared() bool { return db.shared }

func mustSub(dir string) fs.FS {
	sub, err := fs.Sub(migrations, dir)
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
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
	err := db.GetContext(ctx, &r, db.Rebind(`SELECT number, owner, epoch, nonce, expiry, realm, ha1_md5, ha1_sha256, updated_at FROM credentials WHERE number = ?`), number)
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
	_, err := db.ExecContext(ctx, db.Rebind(`INSERT INTO credentials (number, owner, epoch, nonce, expiry, realm, ha1_md5, ha1_sha256, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (number) DO UPDATE SET owner = excluded.owner, epoch = excluded.epoch, nonce = excluded.nonce,
			expiry = excluded.expiry, realm = excluded.realm, ha1_md5 = excluded.ha1_md5, ha1_sha256 = excluded.ha1_sha256,
			updated_at = excluded.updated_at`),
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
func (db *DB) Contacts(ctx context.Context, number string, now time.Time) ([]Contact, error) {
	if db.shared {
		var cs []Contact
		if err := db.SelectContext(ctx, &cs, db.Rebind(`SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns
			FROM contacts WHERE number = ? AND expires_at > ? ORDER BY uri`), number, now.Unix()); err != nil {
			return nil, fmt.Errorf("reading the contacts of %s: %w", number, err)
		}
		return cs, nil
	}
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
func (db *DB) CountContacts(ctx context.Context, now time.Time) (int, error) {
	if db.shared {
		var n int
		if err := db.GetContext(ctx, &n, db.Rebind(`SELECT COUNT(*) FROM contacts WHERE expires_at > ?`), now.Unix()); err != nil {
			return 0, fmt.Errorf("counting contacts: %w", err)
		}
		return n, nil
	}
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
		if _, err := tx.ExecContext(ctx, db.Rebind(`DELETE FROM contacts WHERE number = ?`), number); err != nil {
			return nil, fmt.Errorf("removing the contacts of %s: %w", number, err)
		}
	}
	for _, b := range bs {
		var prev Contact
		err := tx.GetContext(ctx, &prev, db.Rebind(`SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns FROM contacts WHERE number = ? AND uri = ?`), number, b.URI)
		if err == nil && prev.CallID == callID && prev.CSeq >= cseq && prev.ExpiresAt > now.Unix() {
			return nil, ErrOutOfOrder
		}
		if b.Expires == 0 {
			if _, err := tx.ExecContext(ctx, db.Rebind(`DELETE FROM contacts WHERE number = ? AND uri = ?`), number, b.URI); err != nil {
				return nil, fmt.Errorf("removing a contact of %s: %w", number, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, db.Rebind(`INSERT INTO contacts (number, uri, expires_at, call_id, cseq, transport, source, updated_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (number, uri) DO UPDATE SET expires_at = excluded.expires_at, call_id = excluded.call_id, cseq = excluded.cseq,
				transport = excluded.transport, source = excluded.source, updated_ns = excluded.updated_ns`),
			number, b.URI, now.Unix()+int64(b.Expires), callID, cseq, transport, source, now.UnixNano()); err != nil {
			return nil, fmt.Errorf("storing a contact of %s: %w", number, err)
		}
	}
	if _, err := tx.ExecContext(ctx, db.Rebind(`DELETE FROM contacts WHERE expires_at <= ?`), now.Unix()); err != nil {
		return nil, fmt.Errorf("dropping expired contacts: %w", err)
	}
	var cs []Contact
	if err := tx.SelectContext(ctx, &cs, db.Rebind(`SELECT number, uri, expires_at, call_id, cseq, transport, source, updated_ns FROM contacts
		WHERE number = ? ORDER BY uri`), number); err != nil {
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
