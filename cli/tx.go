package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/deploy"
)

// chainFlags are every chain command's: where the chain and the deployment are.
func chainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL", Value: "http://127.0.0.1:8545", EnvVars: []string{"DOTS_RPC"}},
		&cli.StringFlag{Name: "deployment", Usage: "deployment file (from dots deploy)", Value: "deployment.json", EnvVars: []string{"DOTS_DEPLOYMENT"}},
		&cli.Uint64Flag{Name: "from-block", Usage: "first block to read events from (default: the deployment's)"},
	}
}

// sendFlags are a sending command's: chain, account, --yes.
func sendFlags(extra ...cli.Flag) []cli.Flag {
	f := append(chainFlags(), accountFlags()...)
	f = append(f, &cli.BoolFlag{Name: "yes", Aliases: []string{"y"}, Usage: "send without asking for confirmation"})
	return append(f, extra...)
}

// chain is a connected chain with the deployment, and the account when sending.
type chain struct {
	c       *cli.Context
	client  *ethclient.Client
	dep     *deploy.Deployment
	chainID *big.Int
	from    signer // nil for read-only commands
	// quiet skips the summary and the confirmation (a long run confirmed once)
	quiet bool
}

// openChain connects to --rpc and loads --deployment; withSigner also opens the account.
func openChain(c *cli.Context, withSigner bool) (*chain, error) {
	d, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return nil, fmt.Errorf("%w (give --deployment FILE, written by dots deploy)", err)
	}
	client, err := ethclient.DialContext(c.Context, c.String("rpc"))
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", c.String("rpc"), err)
	}
	id, err := client.ChainID(c.Context)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("asking %s for its chain id: %w (is the node running?)", c.String("rpc"), err)
	}
	if id.Uint64() != d.ChainID {
		client.Close()
		return nil, fmt.Errorf("%s serves chain %d but %s is for chain %d", c.String("rpc"), id, c.String("deployment"), d.ChainID)
	}
	ch := &chain{c: c, client: client, dep: d, chainID: id}
	if withSigner {
		if ch.from, err = loadSigner(c); err != nil {
			client.Close()
			return nil, err
		}
	}
	return ch, nil
}

func (ch *chain) close() { ch.client.Close() }

func (ch *chain) fromBlock() uint64 {
	if b := ch.c.Uint64("from-block"); b != 0 {
		return b
	}
	return ch.dep.StartBlock
}

// view calls a contract's view function and decodes a revert into words.
func (ch *chain) view(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := ch.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, errors.New(chainerr.Describe(err))
	}
	return out, nil
}

// viewAs reads one value: pack, call, unpack.
func viewAs[T any](ctx context.Context, ch *chain, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := ch.view(ctx, to, data)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// txCall is one transaction to send.
type txCall struct {
	What     string // what it does, in words ("claim +14155550123")
	Contract string // the contract's name
	To       common.Address
	Data     []byte
}

// errReverted marks a transaction the contract refused (exit 1 is kept for failed checks;
// a refused transaction is a command that could not do its work: 2).
var errReverted = errors.New("reverted")

// send estimates, shows the summary, asks on a terminal unless --yes, signs, sends, waits
// for the receipt and decodes a revert.
func (ch *chain) send(ctx context.Context, tc txCall) (*types.Receipt, error) {
	from := ch.from.Address()
	w := ch.c.App.ErrWriter
	msg := ethereum.CallMsg{From: from, To: &tc.To, Data: tc.Data}
	gas, err := ch.client.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%s: %s refuses it: %s", tc.What, tc.Contract, chainerr.Describe(err))
	}
	gas += gas / 5
	head, err := ch.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the latest block: %w", tc.What, err)
	}
	tip, err := ch.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: asking for a gas tip: %w", tc.What, err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	estFee := new(big.Int).Mul(new(big.Int).Add(base, tip), new(big.Int).SetUint64(gas))
	maxFee := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(gas))
	if !ch.quiet {
		fmt.Fprintf(w, "%s\n  to      %s %s\n  from    %s\n  gas     %d (fee about %s ETH, at most %s ETH)\n",
			tc.What, tc.Contract, tc.To.Hex(), from.Hex(), gas, formatEth(estFee), formatEth(maxFee))
	}
	if !ch.quiet && !ch.c.Bool("yes") && term.IsTerminal(int(os.Stdin.Fd())) {
		fmt.Fprint(w, "send? [y/N] ")
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" {
			return nil, fmt.Errorf("%s: not sent (answered %q)", tc.What, strings.TrimSpace(line))
		}
	}
	nonce, err := ch.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the nonce of %s: %w", tc.What, from.Hex(), err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: ch.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &tc.To, Data: tc.Data})
	signed, err := ch.from.SignTx(tx, ch.chainID)
	if err != nil {
		return nil, fmt.Errorf("%s: signing: %w", tc.What, err)
	}
	if err := ch.client.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("%s: sending: %s", tc.What, chainerr.Describe(err))
	}
	if !ch.quiet {
		fmt.Fprintf(w, "  tx      %s\n", signed.Hash().Hex())
	}
	r, err := waitReceipt(ctx, ch.client, signed.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for %s: %w (it may still be mined; look it up later)", tc.What, signed.Hash().Hex(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		reason := "no reason given"
		prev := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
		if _, cerr := ch.client.CallContract(ctx, msg, prev); cerr != nil {
			reason = chainerr.Describe(cerr)
		}
		return r, fmt.Errorf("%s: %w in block %d: %s", tc.What, errReverted, r.BlockNumber, reason)
	}
	if !ch.quiet {
		fmt.Fprintf(w, "  mined   block %d, gas used %d\n", r.BlockNumber, r.GasUsed)
	}
	return r, nil
}

// waitReceipt polls for a receipt, 50 ms to 1 s apart.
func waitReceipt(ctx context.Context, client *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	d := 50 * time.Millisecond
	for {
		r, err := client.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(d):
		}
		if d < time.Second {
			d *= 2
		}
	}
}

func formatEth(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 8)
}

// fail turns an error of a chain command into its exit: 2, with what was being done.
func fail(what string, err error) error {
	return cli.Exit(what+": "+err.Error(), 2)
}
