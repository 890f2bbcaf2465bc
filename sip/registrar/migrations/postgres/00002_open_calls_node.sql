-- Open calls belong to the node that handles them (several nodes may share one
-- PostgreSQL database; a restarted node closes only its own).
-- +goose Up
ALTER TABLE open_calls ADD COLUMN node TEXT NOT NULL DEFAULT '';
