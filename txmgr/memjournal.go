package txmgr

import (
	"context"
	"sync"
)

// MemJournal keeps attempts in memory (tests, and tools that need no restart safety).
type MemJournal struct {
	mu sync.Mutex
	m  map[string][]Attempt
}

// SaveAttempt appends a.
func (j *MemJournal) SaveAttempt(_ context.Context, a Attempt) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.m == nil {
		j.m = map[string][]Attempt{}
	}
	j.m[a.Key] = append(j.m[a.Key], a)
	return nil
}

// Attempts returns the key's attempts, oldest first.
func (j *MemJournal) Attempts(_ context.Context, key string) ([]Attempt, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]Attempt(nil), j.m[key]...), nil
}

// ForgetAttempts drops the key's attempts.
func (j *MemJournal) ForgetAttempts(_ context.Context, key string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.m, key)
	return nil
}
