// Package anviltest gives tests a real anvil, a client for it and, if asked, DOTS deployed
// on it; everything stops when the test ends.
package anviltest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/deploy"
)

// Start starts anvil with o and dials it. Both are closed when the test ends.
func Start(t testing.TB, ctx context.Context, o anvil.Options) (*anvil.Instance, *ethclient.Client) {
	t.Helper()
	node, err := anvil.Start(ctx, o)
	if err != nil {
		t.Fatalf("starting anvil: %v", err)
	}
	t.Cleanup(node.Stop)
	client, err := node.Dial(ctx)
	if err != nil {
		t.Fatalf("connecting to anvil: %v", err)
	}
	t.Cleanup(client.Close)
	return node, client
}

// Deployed starts anvil with o and deploys every DOTS contract with cfg from anvil's first
// account.
func Deployed(t testing.TB, ctx context.Context, o anvil.Options, cfg deploy.Config) (*anvil.Instance, *ethclient.Client, *deploy.Deployment) {
	t.Helper()
	node, client := Start(t, ctx, o)
	d, err := deploy.Deploy(ctx, client, node.Keys()[0], cfg)
	if err != nil {
		t.Fatalf("deploying DOTS: %v", err)
	}
	return node, client, d
}
