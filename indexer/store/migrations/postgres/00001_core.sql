-- +goose Up
-- The follower's tables, whatever the events: chain identity and cursor (meta), the indexed
-- blocks, and the raw logs (tx hash, address and topics as bytea, topics concatenated).
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blocks (
	block_number BIGINT PRIMARY KEY,
	hash         TEXT NOT NULL,
	parent_hash  TEXT NOT NULL,
	time         BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS logs (
	block_number BIGINT NOT NULL,
	log_index    BIGINT NOT NULL,
	tx_hash      BYTEA NOT NULL,
	tx_index     BIGINT NOT NULL,
	address      BYTEA NOT NULL,
	topics       BYTEA NOT NULL,
	data         BYTEA NOT NULL,
	PRIMARY KEY (block_number, log_index)
);

-- +goose Down
DROP TABLE logs;
DROP TABLE blocks;
DROP TABLE meta;
