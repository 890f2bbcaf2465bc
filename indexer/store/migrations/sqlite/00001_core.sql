-- +goose Up
-- The follower's tables, whatever the events: chain identity and cursor (meta), the indexed
-- blocks, and the raw logs (tx hash, address and topics as BLOBs, topics concatenated).
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (
	block_number INTEGER PRIMARY KEY,
	hash         TEXT NOT NULL,
	parent_hash  TEXT NOT NULL,
	time         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS logs (
	block_number INTEGER NOT NULL,
	log_index    INTEGER NOT NULL,
	tx_hash      BLOB NOT NULL,
	tx_index     INTEGER NOT NULL,
	address      BLOB NOT NULL,
	topics       BLOB NOT NULL,
	data         BLOB NOT NULL,
	PRIMARY KEY (block_number, log_index)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE logs;
DROP TABLE blocks;
DROP TABLE meta;
