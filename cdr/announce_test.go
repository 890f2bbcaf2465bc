package cdr

import (
	"bytes"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestRewardsDocumentAnnouncements(t *testing.T) {
	stealth := common.Address{0x5e}
	doc := must(NewRewardsDocument(common.Address{1}, 1, 9, time.Unix(0, 0), map[common.Address]*big.Int{stealth: big.NewInt(7), {3}: big.NewInt(9)}))
	eph := append([]byte{2}, bytes.Repeat([]byte{0x11}, 32)...)
	doc.Epoch = 4
	doc.Announcements = []StealthAnnouncement{{Account: stealth, SchemeID: 1, EphemeralPubKey: eph, ViewTag: 0xab, Epoch: 4}}
	raw := must(doc.MarshalJSON())
	back, err := LoadRewardsDocument(raw)
	if err != nil {
		t.Fatal(err)
	}
	if back.Epoch != 4 || len(back.Announcements) != 1 || back.Announcements[0].ViewTag != 0xab ||
		!bytes.Equal(back.Announcements[0].EphemeralPubKey, eph) || back.Root() != doc.Root() {
		t.Fatalf("round trip: %+v", back.RewardsMeta)
	}
	for name, edit := range map[string]func(a *StealthAnnouncement){
		"no leaf":      func(a *StealthAnnouncement) { a.Account = common.Address{0x77} },
		"scheme 2":     func(a *StealthAnnouncement) { a.SchemeID = 2 },
		"short key":    func(a *StealthAnnouncement) { a.EphemeralPubKey = eph[:20] },
		"uncompressed": func(a *StealthAnnouncement) { a.EphemeralPubKey = append([]byte{4}, eph[1:]...) },
	} {
		bad := *doc
		a := doc.Announcements[0]
		edit(&a)
		bad.Announcements = []StealthAnnouncement{a}
		if _, err := LoadRewardsDocument(must(bad.MarshalJSON())); err == nil || !strings.Contains(err.Error(), "announcements[0]") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
