-- The oracle's schema as it stood before versioned migrations (IF NOT EXISTS: a store
-- created then takes this migration as a no-op).
-- +goose Up
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cdrs (
	seq         INTEGER PRIMARY KEY,
	source      TEXT    NOT NULL,
	source_id   TEXT    NOT NULL,
	rec         BLOB    NOT NULL,
	billable    INTEGER NOT NULL,
	received_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS cdrs_source ON cdrs (source, source_id);
CREATE TABLE IF NOT EXISTS batches (
	id             INTEGER PRIMARY KEY,
	first_seq      INTEGER NOT NULL UNIQUE,
	last_seq       INTEGER NOT NULL UNIQUE,
	state          TEXT    NOT NULL,
	sealed_at      INTEGER NOT NULL,
	cdr_count      INTEGER NOT NULL DEFAULT 0,
	billable       INTEGER NOT NULL DEFAULT 0,
	root           BLOB,
	cid            TEXT    NOT NULL DEFAULT '',
	rewards_root   BLOB,
	rewards_total  TEXT    NOT NULL DEFAULT '0',
	rewards_cid    TEXT    NOT NULL DEFAULT '',
	tx_hash        BLOB,
	tx_nonce       INTEGER,
	tx_sent_at     INTEGER NOT NULL DEFAULT 0,
	chain_batch_id INTEGER,
	mined_block    INTEGER NOT NULL DEFAULT 0,
	mined_at       INTEGER NOT NULL DEFAULT 0,
	last_error     TEXT    NOT NULL DEFAULT '',
	updated_at     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS batches_state ON batches (state);
CREATE TABLE IF NOT EXISTS rewards (
	account    BLOB PRIMARY KEY,
	cumulative TEXT NOT NULL,
	batch_id   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS costs (
	seq    INTEGER PRIMARY KEY,
	cost   TEXT,
	prefix TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS rated_batches (
	batch_id INTEGER PRIMARY KEY,
	rated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tx_attempts (
	key     TEXT    NOT NULL,
	nonce   INTEGER NOT NULL,
	hash    BLOB    NOT NULL,
	tip_cap TEXT    NOT NULL,
	fee_cap TEXT    NOT NULL,
	sent_at INTEGER NOT NULL,
	raw     BLOB    NOT NULL,
	PRIMARY KEY (key, hash)
);
CREATE TABLE IF NOT EXISTS anchor_invalidations (
	batch_id       INTEGER NOT NULL,
	chain_batch_id INTEGER NOT NULL,
	first_seq      INTEGER NOT NULL,
	last_seq       INTEGER NOT NULL,
	root           BLOB,
	tx_hash        BLOB,
	mined_block    INTEGER NOT NULL,
	seen_at        INTEGER NOT NULL,
	PRIMARY KEY (batch_id, chain_batch_id)
);
CREATE TABLE IF NOT EXISTS number_days (
	number  TEXT    NOT NULL,
	day     INTEGER NOT NULL,
	seconds INTEGER NOT NULL,
	PRIMARY KEY (number, day)
);
CREATE TABLE IF NOT EXISTS held (
	source      TEXT    NOT NULL,
	call_key    TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	rec         BLOB    NOT NULL,
	received_at INTEGER NOT NULL,
	PRIMARY KEY (source, call_key, kind)
);
