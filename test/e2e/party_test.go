package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/oracle/server"
)

// A party of a call is the owner of the number at the call's time: the owner makes a call,
// releases the number, a stranger claims it and asks for the old call's full CDR (401);
// the old owner still reads it; the new owner reads the call made after the claim, and
// the old owner does not.
func TestPartyIsOwnerAtCallTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const num = "+14155550177"
	n := startOracleNet(t, ctx, num)
	reg := numberregistry.NewNumberRegistry()
	regI := reg.Instance(n.ec, n.d.NumberRegistry)
	// A one-second release cooldown, so the stranger can claim at once.
	oSend(t, ctx, n, n.admin, "set parameters", n.d.NumberRegistry, reg.PackSetParameters(60, 86400, 365*86400, 30*86400, 1, oTokens(0)))
	// No premium on the released number either (the stranger holds no DOTS for it).
	oSend(t, ctx, n, n.admin, "turn premiums off", n.d.NumberRegistry, reg.PackSetPremium(big.NewInt(0), 0, 0, anvil.Address(n.admin)))
	base, stop := runOracle(t, ctx, n.oracleConfig(t.TempDir()))
	defer stop()
	rc := n.ec.Client()
	chainNow := func() uint64 {
		h, err := n.ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time
	}
	call := func(id string, setup uint64) uint64 {
		t.Helper()
		rec := fmt.Sprintf(`{"id":%q,"callId":"%s@e2e","caller":%q,"callee":"+4930901820","setupTime":%d,"answerTime":%d,"endTime":%d,"billableSeconds":60,"sipStatus":200,"q850Cause":16}`,
			id, id, num, setup, setup+2, setup+62)
		code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", []byte(rec))
		var out server.IngestResponse
		if code != 200 || json.Unmarshal(b, &out) != nil || len(out.Seqs) != 1 {
			t.Fatalf("ingest %s: %d %s", id, code, b)
		}
		return out.Seqs[0]
	}
	read := func(key *ecdsa.PrivateKey, seq uint64) (int, []byte) {
		now := time.Now().Unix()
		sig, err := crypto.Sign(accounts.TextHash([]byte(server.PartyMessage(seq, now))), key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		return oDo(t, "GET", fmt.Sprintf("%s/v1/cdrs/%d", base, seq), "", nil, server.PartyAuth(now, sig))
	}

	// The owner's call, a few seconds after the claim.
	old := call("before-release", chainNow()+1)
	if err := anvil.IncreaseTime(ctx, rc, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	oSend(t, ctx, n, n.user, "release", n.d.NumberRegistry, reg.PackRelease(num))
	// The stranger claims the number after the cooldown.
	stranger := anvil.DefaultKeys()[3]
	strangerAddr := anvil.Address(stranger)
	secret := [32]byte{9}
	c, err := bind.Call(regI, nil, reg.PackMakeCommitment(num, strangerAddr, secret), reg.UnpackMakeCommitment)
	if err != nil {
		t.Fatal(err)
	}
	oSend(t, ctx, n, stranger, "commit", n.d.NumberRegistry, reg.PackCommit(c))
	if err := anvil.IncreaseTime(ctx, rc, 61*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, rc, 1); err != nil {
		t.Fatal(err)
	}
	oSend(t, ctx, n, stranger, "claim", n.d.NumberRegistry, reg.PackClaim(num, secret))
	if o, err := bind.Call(regI, nil, reg.PackOwnerOf(num), reg.UnpackOwnerOf); err != nil || o != strangerAddr {
		t.Fatalf("owner after the claim: %v %v", o, err)
	}
	newer := call("after-claim", chainNow()+1)

	if code, b := read(stranger, old); code != 401 {
		t.Errorf("the new owner read a call made before the claim: %d %s", code, b)
	}
	var full server.FullCDR
	if code, b := read(n.user, old); code != 200 || json.Unmarshal(b, &full) != nil || full.CDR.Caller != num {
		t.Errorf("the owner at the call's time: %d %s", code, b)
	}
	if code, b := read(stranger, newer); code != 200 || json.Unmarshal(b, &full) != nil || full.SourceID != "after-claim" {
		t.Errorf("the new owner, a call after the claim: %d %s", code, b)
	}
	if code, b := read(n.user, newer); code != 401 {
		t.Errorf("the old owner read a call made after the release: %d %s", code, b)
	}
}
