package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Announcement is one stealth account's announcement.
type Announcement struct {
	Account   []byte `db:"account"`
	Ephemeral []byte `db:"ephemeral"`
	ViewTag   uint8  `db:"view_tag"`
	Epoch     uint64 `db:"epoch"`
}

// AccountAddress is the stealth account.
func (a *Announcement) AccountAddress() common.Address { return common.BytesToAddress(a.Account) }

// SaveAnnouncements records announcements; one already recorded for an account is kept
// (the oracle derives them deterministically, so a batch stored again gives the same).
func (s *Store) SaveAnnouncements(ctx context.Context, as []Announcement) error {
	if len(as) == 0 {
		return nil
	}
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("saving stealth announcements: %w", err)
	}
	defer tx.Rollback()
	for _, a := range as {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO stealth_announcements (account, ephemeral, view_tag, epoch) VALUES (?, ?, ?, ?)
			ON CONFLICT (account) DO NOTHING`), a.Account, a.Ephemeral, a.ViewTag, a.Epoch); err != nil {
			return fmt.Errorf("saving stealth announcements: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("saving stealth announcements: %w", err)
	}
	return nil
}

// Announcements returns every recorded announcement, by account.
func (s *Store) Announcements(ctx context.Context) ([]Announcement, error) {
	var as []Announcement
	if err := s.r.SelectContext(ctx, &as, `SELECT account, ephemeral, view_tag, epoch FROM stealth_announcements ORDER BY account`); err != nil {
		return nil, fmt.Errorf("reading stealth announcements: %w", err)
	}
	return as, nil
}
