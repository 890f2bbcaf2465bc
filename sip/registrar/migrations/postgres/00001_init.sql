-- The SIP node's schema, version 1 (the SQLite history's 00001 in PostgreSQL's types).
-- +goose Up
CREATE TABLE credentials (
	number     TEXT PRIMARY KEY,
	owner      BYTEA  NOT NULL,
	epoch      BIGINT NOT NULL,
	nonce      TEXT   NOT NULL,
	expiry     BIGINT NOT NULL,
	realm      TEXT   NOT NULL,
	ha1_md5    BYTEA  NOT NULL,
	ha1_sha256 BYTEA  NOT NULL,
	updated_at BIGINT NOT NULL
);
CREATE TABLE contacts (
	number     TEXT   NOT NULL,
	uri        TEXT   NOT NULL,
	expires_at BIGINT NOT NULL,
	call_id    TEXT   NOT NULL,
	cseq       BIGINT NOT NULL,
	transport  TEXT   NOT NULL,
	source     TEXT   NOT NULL,
	updated_ns BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (number, uri)
);
CREATE TABLE open_calls (
	source_id TEXT PRIMARY KEY,
	call_id   TEXT   NOT NULL,
	caller    TEXT   NOT NULL,
	callee    TEXT   NOT NULL,
	orig      BYTEA  NOT NULL,
	term      BYTEA  NOT NULL,
	setup     BIGINT NOT NULL,
	answer    BIGINT NOT NULL,
	last_seen BIGINT NOT NULL
);
CREATE TABLE outbox (
	source_id  TEXT PRIMARY KEY,
	body       BYTEA  NOT NULL,
	created_at BIGINT NOT NULL
);
