// Package store holds the indexer's database, SQLite (a file, the default) or PostgreSQL
// (postgres://...): one writer pool for the follower, a separate read pool for the API, the
// chain identity, the cursor, the indexed blocks and raw logs, and the per-event tables of
// the decoder. The schema is versioned (goose migrations embedded per dialect, run at Open
// on both engines, one history); the SQL of the follower and the API is written once with ?
// placeholders and rebound for the engine.
//
// Every table that holds chain data has a block_number column; a reorg deletes the rows
// above the common ancestor from all of them in one transaction.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	"github.com/jmoiron/sqlx"
	"github.com/mattn/go-sqlite3"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/dotsnet/dots/sqldb"
)

// migrations are the versioned schema of both engines (goose SQL files, one directory per
// dialect, the same version numbers in both): the core tables and the DOTS event tables.
//
//go:embed migrations
var migrations embed.FS

// MigrationsTable records which migrations a database has (goose's history).
const MigrationsTable = "indexer_schema_version"

// Meta keys.
const (
	MetaChainID   = "chain_id"
	MetaGenesis   = "genesis_hash"
	MetaNextBlock = "next_block" // first block not yet indexed
	MetaPrevHash  = "prev_hash"  // hash of block next_block-1 (empty when next_block is 0)
	MetaHead      = "head"       // the chain head the follower saw at its last commit
	MetaRebuild   = "rebuilding" // "1" while the follower rebuilds the index from scratch
)

// DB is an open index. W is the single writer connection; R is a read-only pool.
type DB struct {
	W      *sqlx.DB
	R      *sqlx.DB
	path   string
	url    string // PostgreSQL: the connection URL
	engine Engine
	// chainTables are the tables with a block_number column (rolled back on a reorg).
	chainTables []string
	// allTables are every table (wiped for a fresh index).
	allTables []string
}

// Engine is a database engine (package sqldb's, shared with the oracle and the SIP node).
type Engine = sqldb.Engine

// The engines.
const (
	SQLite   = sqldb.SQLite
	Postgres = sqldb.Postgres
)

// ParseDB reads a --db value with sqldb.Parse (the rules every DOTS store shares): the engine
// and the SQLite file or the PostgreSQL URL.
func ParseDB(s string) (Engine, string, error) {
	t, err := sqldb.Parse(s)
	if err != nil {
		return "", "", fmt.Errorf("opening index: %w", err)
	}
	if t.Engine == Postgres {
		return t.Engine, t.URL, nil
	}
	return t.Engine, t.Path, nil
}

// Open opens (creating when needed) the index db (see ParseDB), brings its schema up to the
// newest migration and applies the extra DDL statements (CREATE TABLE/INDEX IF NOT EXISTS
// ..., for tests' own tables).
func Open(ctx context.Context, db string, extraDDL []string) (*DB, error) {
	engine, path, err := ParseDB(db)
	if err != nil {
		return nil, err
	}
	var d *DB
	if engine == Postgres {
		d, err = openPostgres(ctx, path)
	} else {
		d, err = openSQLite(ctx, path)
	}
	if err != nil {
		return nil, err
	}
	if err := d.migrate(ctx, extraDDL); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// Engine is the database's engine.
func (db *DB) Engine() Engine { return db.engine }

func (db *DB) migrate(ctx context.Context, extraDDL []string) error {
	dialect, dir := goose.DialectSQLite3, "migrations/sqlite"
	var opts []goose.ProviderOption
	if db.engine == Postgres {
		dialect, dir = goose.DialectPostgres, "migrations/postgres"
		// Processes starting together on one database take turns (a session advisory lock).
		l, err := lock.NewPostgresSessionLocker(lock.WithLockID(migrationLockID), lock.WithLockTimeout(1, 600))
		if err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(l))
	}
	fsys, err := fs.Sub(migrations, dir)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	opts = append(opts, goose.WithTableName(MigrationsTable), goose.WithDisableGlobalRegistry(true))
	p, err := goose.NewProvider(dialect, db.W.DB, fsys, opts...)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrating the schema of %s: %w", db.path, err)
	}
	for _, stmt := range extraDDL {
		if _, err := db.W.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("creating schema of %s: %w", db.path, err)
		}
	}
	return db.loadTables(ctx)
}

// migrationLockID is the advisory lock of the indexer's migrations (the oracle's differ).
const migrationLockID = 0x646f7473_69647800 // "dotsidx\0"

func openPostgres(ctx context.Context, u string) (*DB, error) {
	w, err := sqlx.Open("pgx", u)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", redact(u), err)
	}
	// The follower is the one writer; a few connections serve its reads outside a commit.
	w.SetMaxOpenConns(2)
	// The read pool refuses writes, as SQLite's read-only pool does.
	ru, err := url.Parse(u)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("database URL: %w", err)
	}
	rq := ru.Query()
	rq.Set("default_transaction_read_only", "on")
	ru.RawQuery = rq.Encode()
	r, err := sqlx.Open("pgx", ru.String())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("opening %s: %w", redact(u), err)
	}
	r.SetMaxOpenConns(16)
	r.SetMaxIdleConns(16)
	db := &DB{W: w, R: r, path: redact(u), url: u, engine: Postgres}
	if err := w.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s: %w", db.path, err)
	}
	return db, nil
}

// redact is a database URL without its password, for errors and logs.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "postgres://?"
	}
	return p.Redacted()
}

func openSQLite(ctx context.Context, path string) (*DB, error) {
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
	db := &DB{W: w, path: path, engine: SQLite}
	// Checkpoint every 8192 pages (32 MiB of WAL) rather than every 1000: backfill commits
	// rewrite the same index pages, and fewer checkpoints write them fewer times.
	if _, err := w.ExecContext(ctx, `PRAGMA wal_autocheckpoint=8192`); err != nil {
		w.Close()
		return nil, fmt.Errorf("configuring %s: %w", path, err)
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

// Path is the database file (PostgreSQL: the URL without its password).
func (db *DB) Path() string { return db.path }

func (db *DB) loadTables(ctx context.Context) error {
	var names []string
	q := `SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name`
	if db.engine == Postgres {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`
	}
	if err := db.W.SelectContext(ctx, &names, q, MigrationsTable); err != nil {
		return fmt.Errorf("listing tables: %w", err)
	}
	db.allTables = names
	db.chainTables = nil
	for _, n := range names {
		cols, err := db.columns(ctx, n)
		if err != nil {
			return err
		}
		if slices.Contains(cols, "block_number") {
			db.chainTables = append(db.chainTables, n)
		}
	}
	return nil
}

// columns lists the columns of table t in their order.
func (db *DB) columns(ctx context.Context, t string) ([]string, error) {
	var cols []string
	q := `SELECT name FROM pragma_table_info(?) ORDER BY cid`
	if db.engine == Postgres {
		q = `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`
	}
	if err := db.W.SelectContext(ctx, &cols, q, t); err != nil {
		return nil, fmt.Errorf("reading columns of %s: %w", t, err)
	}
	return cols, nil
}

// Columns lists the columns of table t in their order.
func (db *DB) Columns(ctx context.Context, t string) ([]string, error) { return db.columns(ctx, t) }

// Tables lists every table, sorted by name.
func (db *DB) Tables() []string { return append([]string(nil), db.allTables...) }

// Meta reads a meta value ("" when absent) through q (the writer, a transaction or the reader).
func Meta(ctx context.Context, q sqlx.QueryerContext, key string) (string, error) {
	var v string
	err := sqlx.GetContext(ctx, q, &v, Rebind(q, `SELECT value FROM meta WHERE key=?`), key)
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
		Rebind(e, `INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value`),
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

// CommitChannel is the PostgreSQL notification channel the follower notifies in each commit.
const CommitChannel = "dots_indexer_commit"

// NotifyCommit notifies CommitChannel when tx commits (PostgreSQL; nothing on SQLite).
func (db *DB) NotifyCommit(ctx context.Context, tx *sqlx.Tx, next uint64) error {
	if db.engine != Postgres {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, CommitChannel, strconv.FormatUint(next, 10)); err != nil {
		return fmt.Errorf("notifying the commit: %w", err)
	}
	return nil
}

// ListenCommits calls fn after each commit of the follower (LISTEN on CommitChannel) until
// ctx ends, reconnecting after a lost connection; on SQLite it returns at once (readers poll).
func (db *DB) ListenCommits(ctx context.Context, fn func(), log func(err error)) {
	if db.engine != Postgres {
		return
	}
	for ctx.Err() == nil {
		err := db.listen(ctx, fn)
		if ctx.Err() != nil {
			return
		}
		log(err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

func (db *DB) listen(ctx context.Context, fn func()) error {
	c, err := pgx.Connect(ctx, db.url)
	if err != nil {
		return fmt.Errorf("connecting to listen for commits: %w", err)
	}
	defer c.Close(context.WithoutCancel(ctx))
	if _, err := c.Exec(ctx, `LISTEN `+CommitChannel); err != nil {
		return fmt.Errorf("listening for commits: %w", err)
	}
	fn() // whatever was committed before the LISTEN
	for {
		if _, err := c.WaitForNotification(ctx); err != nil {
			return fmt.Errorf("waiting for commits: %w", err)
		}
		fn()
	}
}

// Rebind turns the ? placeholders of query into q's engine's (sqlx.DB and sqlx.Tx know it).
func Rebind(q any, query string) string {
	if r, ok := q.(interface{ Rebind(string) string }); ok {
		return r.Rebind(query)
	}
	return query
}

// RollbackAbove deletes every chain row above block number ancestor, in tx.
func (db *DB) RollbackAbove(ctx context.Context, tx *sqlx.Tx, ancestor uint64) error {
	for _, t := range db.chainTables {
		if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM "`+t+`" WHERE block_number > ?`), ancestor); err != nil {
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
		cols, err := db.columns(ctx, t)
		if err != nil {
			return nil, err
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
