-- Version 2 (the SQLite history's 00002 in PostgreSQL's types): the announcements of the
-- stealth accounts the oracle paid (issue 18).
-- +goose Up
CREATE TABLE stealth_announcements (
	account   BYTEA    PRIMARY KEY,
	ephemeral BYTEA    NOT NULL,
	view_tag  SMALLINT NOT NULL,
	epoch     BIGINT   NOT NULL
);

-- +goose Down
DROP TABLE stealth_announcements;
