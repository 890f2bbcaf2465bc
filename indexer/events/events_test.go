package events

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSchemaCoversEveryEvent(t *testing.T) {
	cs := DOTS(Addresses{common.Address{1}, common.Address{2}, common.Address{3}, common.Address{4}, common.Address{5}, common.Address{6}})
	d, err := New(cs)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		n += len(c.ABI.Events)
	}
	if len(d.Tables()) != n || n < 40 {
		t.Fatalf("%d tables for %d events", len(d.Tables()), n)
	}
	for _, want := range []string{"ev_cdranchor_batch_anchored", "ev_numberregistry_number_claimed", "ev_rateexchange_rate_published", "ev_disputevoting_jurors_drawn", "ev_rewardtoken_transfer"} {
		found := false
		for _, tb := range d.Tables() {
			found = found || tb == want
		}
		if !found {
			t.Errorf("no table %s", want)
		}
	}
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{"batchId": "batch_id", "BatchAnchored": "batch_anchored", "e164": "e164", "EIP712DomainChanged": "eip712_domain_changed", "cdrRoot": "cdr_root", "sipUri": "sip_uri"} {
		if got := Snake(in); got != want {
			t.Errorf("Snake(%q) = %q, want %q", in, got, want)
		}
	}
}
