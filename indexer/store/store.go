// Package store holds the indexer's SQLite database: one writer connection for the
// follower, a separate read-only pool for the API, the chain identity, the cursor, the
// indexed blocks and raw logs, and whatever per-event tables the decoder adds.
//
// Every table that holds chain data has a block_number column; a reorg deletes the rows
// above the common ancestor from all of them in one transaction.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"

	"database/sql/driver"

	"github.com/jmoiron/sqlx"
	"github.com/mattn/go-sqlite3"
)

// coreSchema is the part of the database the follower needs, whatever the events.
var coreSchema = []string{
	`CREATE TABLE IF NOT EXISTS meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS blocks (
		block_number INTEGER PRIMARY KEY,
		hash         TEXT NOT NULL,
		parent_hash  TEXT NOT NULL,
		time         INTEGER NOT NULL
	)`,
	// Raw logs, compact: tx_hash (32 bytes), address (20 bytes) and topics (32 bytes each,
	// concatenated) as BLOBs.
	`CREATE TABLE IF NOT EXISTS logs (
		block_number INTEGER NOT NULL,
		log_index    INTEGER NOT NULL,
		tx_hash      BLOB NOT NULL,
		tx_index     INTEGER NOT NULL,
		address      BLOB NOT NULL,
		topics       BLOB NOT NULL,
		data         BLOB NOT NULL,
		PRIMARY KEY (block_number, log_index)
	) WITHOUT ROWID`,
}

// Meta keys.
const (
	MetaChainID   = "chain_id"
	MetaGenesis   = "genesis_hash"
	MetaNextBlock = "next_block" // first block not yet indexed
	MetaPrevHash  = "prev_hash"  // hash of block next_block-1 (empty when next_block is 0)
)

// DB is an open index. W is the single writer connection; R is a read-only pool.
type DB struct {
	W    *sqlx.DB
	R    *sqlx.DB
	path string
	// chainTables are the tables with a block_number column (rolled back on a reorg).
	chainTables []string
	// allTables are every table (wiped for a fresh index).
	allTables []string
}

// Open opens (creating when needed) the database at path and applies the core schema and
// the extra DDL statements (CREATE TABLE/INDEX IF NOT EXISTS ...) of the decoder.
func Open(ctx context.Context, path string, extraDDL []string) (*DB, error) {
	if path == "" {
		return nil, errors.New("opening index: empty database path")
	}
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", "immediate")
	q.Set("_cache_size", "-65536")
	w := openPool("file:" + path + "?" + q.Encode())
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	db := &DB{W: w, path: path}
	// Checkpoint every 8192 pages (32 MiB of WAL) rather than every 1000: backfill commits
	// rewrite the same index pages, and fewer checkpoints write them fewer times.
	if _, err := w.ExecContext(ctx, `PRAGMA wal_autocheckpoint=8192`); err != nil {
		w.Close()
		return nil, fmt.Errorf("configuring %s: %w", path, err)
	}
	for _, stmt := range append(append([]string{}, coreSchema...), extraDDL...) {
		if _, err := w.ExecContext(ctx, stmt); err != nil {
			w.Close()
			return nil, fmt.Errorf("creating schema of %s: %w", path, err)
		}
	}
	if err := db.loadTables(ctx); err != nil {
		w.Close()
		return nil, err
	}
	rq := url.Values{}
	rq.Set("mode", "ro")
	rq.Set("_busy_timeout", "10000")
	rq.Set("_query_only", "1")
	rq.Set("_cache_size", "-16384")
	r := openPool("file:" + path + "?" + rq.Encode())
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("opening read pool of %s: %w", path, err)
	}
	db.R = r
	return db, nil
}

// connector opens SQLite connections with temp_store=MEMORY: the temporary tables that
// queries build (IN lists, sorts) stay in memory instead of going to temp files, which
// made a quote for a 7-digit destination about 7 times slower.
type connector struct {
	drv *sqlite3.SQLiteDriver
	dsn string
}

func (c connector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c connector) Driver() driver.Driver                        { return c.drv }

func openPool(dsn string) *sqlx.DB {
	drv := &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA temp_store=MEMORY", nil)
		return err
	}}
	return sqlx.NewDb(sql.OpenDB(connector{drv: drv, dsn: dsn}), "sqlite3")
}

// Close closes both pools.
func (db *DB) Close() error {
	return errors.Join(db.R.Close(), db.W.Close())
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

func (db *DB) loadTables(ctx context.Context) error {
	var names []string
	if err := db.W.SelectContext(ctx, &names,
		`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`); err != nil {
		return fmt.Errorf("listing tables: %w", err)
	}
	db.allTables = names
	db.chainTables = nil
	for _, n := range names {
		var cols int
		if err := db.W.GetContext(ctx, &cols,
			`SELECT count(*) FROM pragma_table_info(?) WHERE name='block_number'`, n); err != nil {
			return fmt.Errorf("reading columns of %s: %w", n, err)
		}
		if cols > 0 {
			db.chainTables = append(db.chainTables, n)
		}
	}
	return nil
}

// Tables lists every table, sorted by name.
func (db *DB) Tables() []string { return append([]string(nil), db.allTables...) }

// Meta reads a meta value ("" when absent) through q (the writer, a transaction or the reader).
func Meta(ctx context.Context, q sqlx.QueryerContext, key string) (string, error) {
	var v string
	err := sqlx.GetContext(ctx, q, &v, `SELECT value FROM meta WHERE key=?`, key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading meta %s: %w", key, err)
	}
	return v, nil
}

// SetMeta writes a meta value.
func SetMeta(ctx context.Context, e sqlx.ExecerContext, key, value string) error {
	if _, err := e.ExecContext(ctx,
		`INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value`,
		key, value); err != nil {
		return fmt.Errorf("writing meta %s: %w", key, err)
	}
	return nil
}

// MetaUint reads a numeric meta value; ok is false when absent.
func MetaUint(ctx context.Context, q sqlx.QueryerContext, key string) (v uint64, ok bool, err error) {
	s, err := Meta(ctx, q, key)
	if err != nil || s == "" {
		return 0, false, err
	}
	v, err = strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, false, fmt.Errorf("meta %s=%q is not a number: %w", key, s, err)
	}
	return v, true, nil
}

// RollbackAbove deletes every chain row above block number ancestor, in tx.
func (db *DB) RollbackAbove(ctx context.Context, tx *sqlx.Tx, ancestor uint64) error {
	for _, t := range db.chainTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM "`+t+`" WHERE block_number > ?`, ancestor); err != nil {
			return fmt.Errorf("rolling back %s above block %d: %w", t, ancestor, err)
		}
	}
	return nil
}

// Wipe deletes every row of every table (meta included), in tx.
func (db *DB) Wipe(ctx context.Context, tx *sqlx.Tx) error {
	for _, t := range db.allTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM "`+t+`"`); err != nil {
			return fmt.Errorf("wiping %s: %w", t, err)
		}
	}
	return nil
}

// Dump returns every row of every table except meta, as text, ordered by all columns: two
// indexes of the same chain give equal dumps.
func (db *DB) Dump(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	for _, t := range db.allTables {
		if t == "meta" {
			continue
		}
		var cols []string
		if err := db.W.SelectContext(ctx, &cols, `SELECT name FROM pragma_table_info(?) ORDER BY cid`, t); err != nil {
			return nil, fmt.Errorf("reading columns of %s: %w", t, err)
		}
		order := ""
		for i := range cols {
			if i > 0 {
				order += ","
			}
			order += strconv.Itoa(i + 1)
		}
		rows, err := db.W.QueryxContext(ctx, `SELECT * FROM "`+t+`" ORDER BY `+order)
		if err != nil {
			return nil, fmt.Errorf("dumping %s: %w", t, err)
		}
		var lines []string
		for rows.Next() {
			vals, err := rows.SliceScan()
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("dumping %s: %w", t, err)
			}
			line := ""
			for i, v := range vals {
				if i > 0 {
					line += "|"
				}
				if b, ok := v.([]byte); ok {
					line += fmt.Sprintf("%x", b)
				} else {
					line += fmt.Sprint(v)
				}
			}
			lines = append(lines, line)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("dumping %s: %w", t, err)
		}
		out[t] = lines
	}
	return out, nil
}
