package cdr

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// StealthAnnouncement is an ERC-5564 announcement (scheme 1) of a rewards leaf paid to a
// stealth account: the account, the ephemeral public key (33 bytes, compressed) and the
// view tag (the first byte of the hashed shared secret, ERC-5564's metadata[0]). It is
// published in the rewards document that first holds the leaf, and in every later one.
type StealthAnnouncement struct {
	Account         common.Address `json:"account"`
	SchemeID        uint64         `json:"schemeId"`
	EphemeralPubKey hexutil.Bytes  `json:"ephemeralPubKey"`
	ViewTag         uint8          `json:"viewTag"`
	Epoch           uint64         `json:"epoch,omitempty"`
}

// Check verifies the scheme and the key's length and prefix (not that it is on the curve:
// a scanner that cannot use it just skips it).
func (a StealthAnnouncement) Check() error {
	if a.SchemeID != 1 {
		return fmt.Errorf("stealth announcement of %s: scheme %d, want 1", a.Account.Hex(), a.SchemeID)
	}
	if len(a.EphemeralPubKey) != 33 || (a.EphemeralPubKey[0] != 2 && a.EphemeralPubKey[0] != 3) {
		return fmt.Errorf("stealth announcement of %s: ephemeral key of %d bytes is not a compressed key", a.Account.Hex(), len(a.EphemeralPubKey))
	}
	return nil
}
