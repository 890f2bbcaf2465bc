-- The SIP node's schema as it stood before versioned migrations (IF NOT EXISTS: a
-- database created then takes this migration as a no-op): credentials and contacts
-- (registrar), open calls (sip/cdrs Tracker) and the CDR outbox (sip/cdrs Outbox).
-- +goose Up
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
CREATE TABLE IF NOT EXISTS open_calls (
	source_id TEXT PRIMARY KEY,
	call_id   TEXT    NOT NULL,
	caller    TEXT    NOT NULL,
	callee    TEXT    NOT NULL,
	orig      BLOB    NOT NULL,
	term      BLOB    NOT NULL,
	setup     INTEGER NOT NULL,
	answer    INTEGER NOT NULL,
	last_seen INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
	source_id  TEXT PRIMARY KEY,
	body       BLOB    NOT NULL,
	created_at INTEGER NOT NULL
);
