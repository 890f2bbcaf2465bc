package deploy_test

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/bindings/stealthsweeper"
	"github.com/dotsnet/dots/bindings/timelock"
	"github.com/dotsnet/dots/deploy"
)

func TestDeployWiresEveryContractOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, client := anviltest.Start(t, ctx, anvil.Options{})

	keys := node.Keys()
	holder := anvil.Address(keys[1])
	million := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	d, err := deploy.Deploy(ctx, client, keys[0], deploy.Config{Genesis: []deploy.Allocation{{Holder: holder, Amount: million}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 31337 {
		t.Fatalf("chain id %d", d.ChainID)
	}
	seen := map[common.Address]bool{}
	for _, a := range d.Addresses() {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 {
			t.Fatalf("no code at %s", a)
		}
		if seen[a] {
			t.Fatalf("address %s used twice", a)
		}
		seen[a] = true
	}
	// Private rewards: the registry has code and the sweeper sweeps RewardToken.
	if code, err := client.CodeAt(ctx, d.StealthRegistry, nil); err != nil || len(code) == 0 {
		t.Fatalf("no StealthRegistry at %s: %v", d.StealthRegistry, err)
	}
	sw := stealthsweeper.NewStealthSweeper()
	if tok, err := bind.Call(sw.Instance(client, d.StealthSweeper), nil, sw.PackToken(), sw.UnpackToken); err != nil || tok != d.RewardToken {
		t.Fatalf("StealthSweeper token %s, want %s: %v", tok, d.RewardToken, err)
	}

	call := &bind.CallOpts{Context: ctx}
	tokenC := rewardtoken.NewRewardToken()
	token := tokenC.Instance(client, d.RewardToken)
	bal, err := bind.Call(token, call, tokenC.PackBalanceOf(holder), tokenC.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(million) != 0 {
		t.Fatalf("genesis holder has %s, want %s", bal, million)
	}
	hasRole := func(inst *bind.BoundContract, pack func([32]byte, common.Address) []byte, unpack func([]byte) (bool, error), role [32]byte, who common.Address) bool {
		t.Helper()
		ok, err := bind.Call(inst, call, pack(role, who), unpack)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	minter, err := bind.Call(token, call, tokenC.PackMinter(), tokenC.UnpackMinter)
	if err != nil {
		t.Fatal(err)
	}
	if minter != d.CDRAnchor {
		t.Fatalf("the token's minter is %s, want CDRAnchor %s: only reward claims may mint", minter, d.CDRAnchor)
	}
	if d.Timelock != (common.Address{}) {
		t.Fatalf("a deployment without TimelockDelay has a timelock %s", d.Timelock)
	}
	anchorC := cdranchor.NewCDRAnchor()
	anchorI := anchorC.Instance(client, d.CDRAnchor)
	if !hasRole(anchorI, anchorC.PackHasRole, anchorC.UnpackHasRole, deploy.DisputeRole, d.DisputeVoting) {
		t.Fatal("DisputeVoting cannot invalidate batches")
	}
	regC := numberregistry.NewNumberRegistry()
	regI := regC.Instance(client, d.NumberRegistry)
	if !hasRole(regI, regC.PackHasRole, regC.UnpackHasRole, deploy.DisputeRole, d.DisputeVoting) {
		t.Fatal("DisputeVoting cannot release numbers")
	}
	owner, err := bind.Call(regI, call, regC.PackOwnerOf("+14155550100"), regC.UnpackOwnerOf)
	if err != nil {
		t.Fatal(err)
	}
	if owner != (common.Address{}) {
		t.Fatalf("an unclaimed number has owner %s", owner)
	}
	rateC := rateexchange.NewRateExchange()
	if _, err := bind.Call(rateC.Instance(client, d.RateExchange), call,
		rateC.PackQuote(holder, "+441234567", uint64(time.Now().Unix()), 60), rateC.UnpackQuote); err == nil {
		t.Fatal("a quote from a seller with no rates succeeded")
	}
	dvC := disputevoting.NewDisputeVoting()
	dvI := dvC.Instance(client, d.DisputeVoting)
	if !hasRole(dvI, dvC.PackHasRole, dvC.UnpackHasRole, [32]byte{}, anvil.Address(keys[0])) {
		t.Fatal("the deployer is not DisputeVoting's admin")
	}

	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := deploy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if *back != *d {
		t.Fatalf("deployment file round trip: %+v != %+v", back, d)
	}
}

// TestDeployHandsAdminToTimelock: with a TimelockDelay the deployer ends with no role at all
// and the timelock holds every admin and governor role, with the delay asked for.
func TestDeployHandsAdminToTimelock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, client := anviltest.Start(t, ctx, anvil.Options{})
	keys := node.Keys()
	deployer, proposer := anvil.Address(keys[0]), anvil.Address(keys[1])
	if _, err := deploy.Deploy(ctx, client, keys[0], deploy.Config{TimelockDelay: time.Hour}); err == nil {
		t.Fatal("a one-hour timelock was accepted")
	}
	d, err := deploy.Deploy(ctx, client, keys[0], deploy.Config{TimelockDelay: deploy.DefaultTimelockDelay, Admin: proposer})
	if err != nil {
		t.Fatal(err)
	}
	if d.Timelock == (common.Address{}) {
		t.Fatal("no timelock in the deployment")
	}
	call := &bind.CallOpts{Context: ctx}
	tl := timelock.NewDotsTimelock()
	tlI := tl.Instance(client, d.Timelock)
	delay, err := bind.Call(tlI, call, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil {
		t.Fatal(err)
	}
	if delay.Int64() != int64(deploy.DefaultTimelockDelay/time.Second) {
		t.Fatalf("timelock delay %s s", delay)
	}
	proposerRole, err := bind.Call(tlI, call, tl.PackPROPOSERROLE(), tl.UnpackPROPOSERROLE)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := bind.Call(tlI, call, tl.PackHasRole(proposerRole, proposer), tl.UnpackHasRole); err != nil || !ok {
		t.Fatalf("the admin cannot propose (%v)", err)
	}
	governor := crypto.Keccak256Hash([]byte("GOVERNOR_ROLE"))
	type ac interface {
		PackHasRole([32]byte, common.Address) []byte
		UnpackHasRole([]byte) (bool, error)
	}
	for _, c := range []struct {
		name string
		addr common.Address
		b    ac
	}{
		{"CDRAnchor", d.CDRAnchor, cdranchor.NewCDRAnchor()},
		{"NumberRegistry", d.NumberRegistry, numberregistry.NewNumberRegistry()},
		{"RateExchange", d.RateExchange, rateexchange.NewRateExchange()},
		{"DisputeVoting", d.DisputeVoting, disputevoting.NewDisputeVoting()},
	} {
		inst := bind.NewBoundContract(c.addr, abi.ABI{}, client, client, client)
		for _, r := range []common.Hash{deploy.AdminRole, governor} {
			for who, want := range map[common.Address]bool{deployer: false, proposer: false, d.Timelock: true} {
				got, err := bind.Call(inst, call, c.b.PackHasRole(r, who), c.b.UnpackHasRole)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("%s: hasRole(%s, %s) = %v, want %v", c.name, r, who, got, want)
				}
			}
		}
	}
}

func TestLoadRejectsIncompleteDeployment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	if err := os.WriteFile(path, []byte(`{"chainId":1,"rewardToken":"0x0000000000000000000000000000000000000001"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deploy.Load(path); err == nil {
		t.Fatal("a deployment without most addresses loaded")
	}
	if err := os.WriteFile(path, []byte(`{not json`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deploy.Load(path); err == nil {
		t.Fatal("malformed JSON loaded")
	}
}

// TestBindingsAreFresh regenerates the bindings from the contracts and fails when the
// committed bindings/ differ.
func TestBindingsAreFresh(t *testing.T) {
	script, err := anvil.FindRepoFile("scripts/gen-bindings.sh")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", script, "--check")
	cmd.Dir = filepath.Dir(filepath.Dir(script))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bindings are stale or could not be checked: %v\n%s", err, out)
	}
}
