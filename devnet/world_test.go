package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/deploy"
)

func TestPopulateBondsOperatorsClaimsNumbersAndPublishesRates(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	keys := anvil.DefaultKeys()
	// anviltest deploys from keys[0], the devnet's admin (KeyAdmin).
	_, client, d := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: Genesis(keys)})
	w, err := Populate(ctx, client, client.Client(), d, keys, Options{NumbersPerUser: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Numbers) != 8 {
		t.Fatalf("%d numbers claimed, want 8", len(w.Numbers))
	}
	call := &bind.CallOpts{Context: ctx}
	reg := numberregistry.NewNumberRegistry()
	regI := reg.Instance(client, d.NumberRegistry)
	for _, n := range w.Numbers {
		owner, err := bind.Call(regI, call, reg.PackOwnerOf(n.E164), reg.UnpackOwnerOf)
		if err != nil {
			t.Fatal(err)
		}
		if owner != anvil.Address(n.Owner) {
			t.Fatalf("%s owned by %s, want %s", n.E164, owner, anvil.Address(n.Owner))
		}
		route, err := bind.Call(regI, call, reg.PackRouteOf(n.E164), reg.UnpackRouteOf)
		if err != nil {
			t.Fatal(err)
		}
		if route.Operator != n.Operator {
			t.Fatalf("%s routed to %s, want %s", n.E164, route.Operator, n.Operator)
		}
		var secret [32]byte
		secret[0] = 7
		onChain, err := bind.Call(regI, call, reg.PackMakeCommitment(n.E164, n.Operator, secret), reg.UnpackMakeCommitment)
		if err != nil {
			t.Fatal(err)
		}
		if onChain != numberCommitment(n.E164, n.Operator, secret) {
			t.Fatal("off-chain commitment differs from makeCommitment")
		}
	}
	for _, u := range w.Unowned {
		owner, err := bind.Call(regI, call, reg.PackOwnerOf(u), reg.UnpackOwnerOf)
		if err != nil {
			t.Fatal(err)
		}
		if owner != (common.Address{}) {
			t.Fatalf("unowned number %s has owner %s", u, owner)
		}
	}
	anchor := cdranchor.NewCDRAnchor()
	for _, k := range w.Operators {
		active, err := bind.Call(anchor.Instance(client, d.CDRAnchor), call, anchor.PackIsActiveOperator(anvil.Address(k)), anchor.UnpackIsActiveOperator)
		if err != nil {
			t.Fatal(err)
		}
		if !active {
			t.Fatalf("operator %s is not active", anvil.Address(k))
		}
	}
	rates := rateexchange.NewRateExchange()
	q, err := bind.Call(rates.Instance(client, d.RateExchange), call,
		rates.PackQuote(anvil.Address(w.Operators[0]), "+442079460000", uint64(time.Now().Unix())+60, 61), rates.UnpackQuote)
	if err != nil {
		t.Fatal(err)
	}
	if q.Prefix != "4420" {
		t.Fatalf("quote chose prefix %q, want the longest match 4420", q.Prefix)
	}
	// 1/1 billing: 61 s at 6e15 per minute plus a 1e15 connect fee = 1e15 + 61*6e15/60 = 7.1e15.
	want := new(big.Int).Add(milli(1), new(big.Int).Div(new(big.Int).Mul(big.NewInt(61), milli(6)), big.NewInt(60)))
	if q.Cost.Cmp(want) != 0 {
		t.Fatalf("quote cost %s, want %s", q.Cost, want)
	}
	// 60/60 billing on prefix 1: 61 s bill as 120 s at 5e15 per minute = 1e16.
	q, err = bind.Call(rates.Instance(client, d.RateExchange), call,
		rates.PackQuote(anvil.Address(w.Operators[0]), "+14155550000", uint64(time.Now().Unix())+60, 61), rates.UnpackQuote)
	if err != nil {
		t.Fatal(err)
	}
	if q.Prefix != "1" || q.Cost.Cmp(milli(10)) != 0 {
		t.Fatalf("quote for +1: prefix %q cost %s, want prefix 1 cost %s", q.Prefix, q.Cost, milli(10))
	}
}
