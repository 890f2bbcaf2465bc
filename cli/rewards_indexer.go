package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer/apitypes"
)

func indexerFlag() cli.Flag {
	return &cli.StringFlag{Name: "indexer", Usage: "indexer URL the rewards are read from (dots indexer)", Value: "http://127.0.0.1:8546", EnvVars: []string{"DOTS_INDEXER"}}
}

// indexerRewards reads acct's rewards per operator from the indexer at base; only limits it
// to one operator. Lines the indexer could not compute carry its error.
func indexerRewards(ctx context.Context, base string, chainID uint64, acct common.Address, only *common.Address, warn io.Writer) ([]rewardLine, error) {
	u := strings.TrimRight(base, "/") + "/v1/rewards/" + url.PathEscape(acct.Hex())
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("--indexer %q is not a URL: %w", base, err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("asking the indexer at %s: %w (is dots indexer running? give --indexer URL, or --no-indexer to read IPFS directly)", base, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 32<<20))
	if err != nil {
		return nil, fmt.Errorf("reading the indexer's answer: %w", err)
	}
	if res.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(body, &e) != nil || e.Error == "" {
			e.Error = string(bytes.TrimSpace(body[:min(len(body), 300)]))
		}
		return nil, fmt.Errorf("the indexer at %s answered %s: %s", base, res.Status, e.Error)
	}
	var a apitypes.Answer[apitypes.Rewards]
	if err := json.Unmarshal(body, &a); err != nil {
		return nil, fmt.Errorf("the indexer at %s answered something else than rewards: %w (is --indexer a dots indexer?)", base, err)
	}
	if a.ChainID != chainID {
		return nil, fmt.Errorf("the indexer at %s follows chain %d, the deployment is on chain %d (check --indexer and --deployment)", base, a.ChainID, chainID)
	}
	if a.Rebuilding {
		fmt.Fprintf(warn, "warning: the indexer at %s is rebuilding its index; these amounts may be incomplete (--no-indexer reads IPFS directly)\n", base)
	}
	lines := []rewardLine{}
	for _, it := range a.Data.Claimable {
		if !common.IsHexAddress(it.Operator) {
			return nil, fmt.Errorf("the indexer's operator %q is not an address", it.Operator)
		}
		op := common.HexToAddress(it.Operator)
		if only != nil && op != *only {
			continue
		}
		proof := make([]common.Hash, len(it.Proof))
		for k, h := range it.Proof {
			b, err := hexutil.Decode(h)
			if err != nil || len(b) != common.HashLength {
				return nil, fmt.Errorf("the indexer's proof for operator %s holds %q, not a 32-byte hash", op.Hex(), h)
			}
			proof[k] = common.BytesToHash(b)
		}
		l := rewardLine{Operator: op, BatchID: strconv.FormatUint(it.BatchID, 10), Error: it.Error, proof: proof, batch: new(big.Int).SetUint64(it.BatchID)}
		if it.Error != "" {
			lines = append(lines, l)
			continue
		}
		cum, ok1 := new(big.Int).SetString(it.CumulativeAmount, 10)
		claimed, ok2 := new(big.Int).SetString(orZero(it.Claimed), 10)
		left, ok3 := new(big.Int).SetString(orZero(it.Claimable), 10)
		if !ok1 || !ok2 || !ok3 {
			return nil, fmt.Errorf("the indexer's amounts for operator %s are not decimal numbers (%q, %q, %q)", op.Hex(), it.CumulativeAmount, it.Claimed, it.Claimable)
		}
		if cum.Sign() == 0 && claimed.Sign() == 0 {
			continue // the account has nothing with this operator
		}
		l.Cumulative, l.Claimed, l.Claimable, l.ClaimWei, l.cumWei = formatDOTS(cum), formatDOTS(claimed), formatDOTS(left), left.String(), cum
		lines = append(lines, l)
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].Operator.Hex() < lines[j].Operator.Hex() })
	return lines, nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// indexerRewardLines reads the rewards of acct (--operator only) from --indexer.
func indexerRewardLines(c *cli.Context, acct common.Address) ([]rewardLine, error) {
	d, err := loadDeployment(c)
	if err != nil {
		return nil, err
	}
	var only *common.Address
	if c.String("operator") != "" {
		op, err := addrFlagValue(c, "operator")
		if err != nil {
			return nil, err
		}
		only = &op
	}
	return indexerRewards(c.Context, c.String("indexer"), d.ChainID, acct, only, c.App.ErrWriter)
}

// recheckClaimed replaces the indexer's claimed amounts with the chain's (the indexer may
// lag a claim just made), so a claim never asks for what was paid already.
func (ch *chain) recheckClaimed(ctx context.Context, acct common.Address, lines []rewardLine) error {
	for i := range lines {
		l := &lines[i]
		if l.Error != "" {
			continue
		}
		claimed, err := ch.claimedOf(ctx, l.Operator, acct)
		if err != nil {
			return fmt.Errorf("reading what %s claimed from operator %s: %w", acct.Hex(), l.Operator.Hex(), err)
		}
		left := new(big.Int).Sub(l.cumWei, claimed)
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		l.Claimed, l.Claimable, l.ClaimWei = formatDOTS(claimed), formatDOTS(left), left.String()
	}
	return nil
}

func loadDeployment(c *cli.Context) (*deploy.Deployment, error) {
	d, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return nil, fmt.Errorf("%w (give --deployment FILE, written by dots deploy)", err)
	}
	return d, nil
}
