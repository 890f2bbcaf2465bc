// Package simtest runs go-ethereum's simulated backend for unit tests: one funded key, and
// helpers to deploy a contract and mine a transaction.
package simtest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

// Chain is a simulated chain with one account holding 100 ether, closed at the test's end.
type Chain struct {
	Sim    *simulated.Backend
	Client simulated.Client
	Key    *ecdsa.PrivateKey
	From   common.Address
	Opts   *bind.TransactOpts // signs as From
}

// New starts a simulated chain.
func New(t testing.TB) *Chain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &Chain{Sim: sim, Client: client, Key: key, From: from, Opts: bind.NewKeyedTransactor(key, chainID)}
}

// Deploy deploys the contract with bytecode bin (hex) and the packed constructor input, mines
// it, and returns its address.
func (c *Chain) Deploy(t testing.TB, name, bin string, input []byte) common.Address {
	t.Helper()
	addr, tx, err := bind.DeployContract(c.Opts, common.FromHex(bin), c.Client, input)
	if err != nil {
		t.Fatalf("deploying %s: %v", name, err)
	}
	c.Mine(t, tx)
	return addr
}

// Mine commits a block and fails the test unless tx succeeded in it.
func (c *Chain) Mine(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	c.Sim.Commit()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s: receipt %+v, %v", tx.Hash(), rc, err)
	}
	return rc
}
