-- Version 2: the announcements of the stealth accounts the oracle paid (issue 18): every
-- rewards document lists those of its stealth leaves, and leaves are cumulative.
-- +goose Up
CREATE TABLE IF NOT EXISTS stealth_announcements (
	account   BLOB PRIMARY KEY,
	ephemeral BLOB    NOT NULL,
	view_tag  INTEGER NOT NULL,
	epoch     INTEGER NOT NULL
);

-- +goose Down
DROP TABLE stealth_announcements;
