package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/dotsnet/dots/bindings/rateexchange"
)

// agreementTerms are the fields of RateExchange's EIP-712 `Agreement` struct.
type agreementTerms struct {
	Buyer          common.Address `json:"buyer"`
	Seller         common.Address `json:"seller"`
	NoticeSeconds  uint32         `json:"noticeSeconds"`
	MaxIncreaseBps uint16         `json:"maxIncreaseBps"`
	ValidUntil     uint64         `json:"validUntil"`
	BuyerNonce     string         `json:"buyerNonce"`  // decimal
	SellerNonce    string         `json:"sellerNonce"` // decimal
	Deadline       uint64         `json:"deadline"`    // the signatures' deadline
}

// agreementRequest is the file passed between buyer and seller: `rate agreement propose`
// writes it with the proposer's signature, `sign` adds the counterparty's, `submit` sends
// it. TypedData is the same request as eth_signTypedData_v4 takes, for a wallet to sign.
type agreementRequest struct {
	ChainID      uint64             `json:"chainId"`
	RateExchange common.Address     `json:"rateExchange"`
	Agreement    agreementTerms     `json:"agreement"`
	Digest       common.Hash        `json:"digest"`
	BuyerSig     hexutil.Bytes      `json:"buyerSig,omitempty"`
	SellerSig    hexutil.Bytes      `json:"sellerSig,omitempty"`
	TypedData    apitypes.TypedData `json:"typedData"`
	Note         string             `json:"note,omitempty"`
}

// rxDomainName and rxDomainVersion are RateExchange's EIP-712 domain (its constructor).
const (
	rxDomainName    = "DOTS RateExchange"
	rxDomainVersion = "1"
)

// agreementTypedData is the EIP-712 typed data of a.
func agreementTypedData(chainID uint64, rx common.Address, a agreementTerms) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Agreement": {
				{Name: "buyer", Type: "address"}, {Name: "seller", Type: "address"},
				{Name: "noticeSeconds", Type: "uint32"}, {Name: "maxIncreaseBps", Type: "uint16"},
				{Name: "validUntil", Type: "uint64"}, {Name: "buyerNonce", Type: "uint256"},
				{Name: "sellerNonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "Agreement",
		Domain: apitypes.TypedDataDomain{
			Name: rxDomainName, Version: rxDomainVersion,
			ChainId: math.NewHexOrDecimal256(int64(chainID)), VerifyingContract: rx.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"buyer": a.Buyer.Hex(), "seller": a.Seller.Hex(),
			"noticeSeconds": strconv.FormatUint(uint64(a.NoticeSeconds), 10), "maxIncreaseBps": strconv.FormatUint(uint64(a.MaxIncreaseBps), 10),
			"validUntil": strconv.FormatUint(a.ValidUntil, 10), "buyerNonce": a.BuyerNonce, "sellerNonce": a.SellerNonce,
			"deadline": strconv.FormatUint(a.Deadline, 10),
		},
	}
}

// agreementDigest is the EIP-712 digest both parties sign.
func agreementDigest(chainID uint64, rx common.Address, a agreementTerms) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(agreementTypedData(chainID, rx, a))
	if err != nil {
		return common.Hash{}, fmt.Errorf("hashing the agreement: %w", err)
	}
	return common.BytesToHash(h), nil
}

func (a agreementTerms) binding() (rateexchange.RateExchangeAgreement, error) {
	bn, ok1 := new(big.Int).SetString(a.BuyerNonce, 10)
	sn, ok2 := new(big.Int).SetString(a.SellerNonce, 10)
	if !ok1 || !ok2 {
		return rateexchange.RateExchangeAgreement{}, errors.New("its nonces are not decimal numbers")
	}
	return rateexchange.RateExchangeAgreement{Buyer: a.Buyer, Seller: a.Seller, NoticeSeconds: a.NoticeSeconds, MaxIncreaseBps: a.MaxIncreaseBps,
		ValidUntil: a.ValidUntil, BuyerNonce: bn, SellerNonce: sn, Deadline: new(big.Int).SetUint64(a.Deadline)}, nil
}

// describe is the agreement in words.
func (a agreementTerms) describe() string {
	return fmt.Sprintf("agreement of buyer %s with seller %s: increases with %s notice, at most %s per update, until %s",
		a.Buyer.Hex(), a.Seller.Hex(), formatSpan(uint64(a.NoticeSeconds)), formatBps(a.MaxIncreaseBps), formatTime(a.ValidUntil))
}

func (ch *chain) rxNonce(ctx context.Context, who common.Address) (*big.Int, error) {
	return viewAs(ctx, ch, ch.rates(), rxABI.PackNonces(who), rxABI.UnpackNonces)
}

// checkDomain compares the contract's EIP-712 domain separator with the one dots computes,
// so a signature is never made over a digest the contract would not accept.
func (ch *chain) checkDomain(ctx context.Context) error {
	onChain, err := viewAs(ctx, ch, ch.rates(), rxABI.PackDomainSeparator(), rxABI.UnpackDomainSeparator)
	if err != nil {
		return fmt.Errorf("reading RateExchange's EIP-712 domain: %w", err)
	}
	td := agreementTypedData(ch.dep.ChainID, ch.rates(), agreementTerms{})
	mine, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		return err
	}
	if common.BytesToHash(mine) != common.Hash(onChain) {
		return fmt.Errorf("RateExchange %s signs under another EIP-712 domain than %q version %s; this dots is too old or too new for the deployment", ch.rates().Hex(), rxDomainName, rxDomainVersion)
	}
	return nil
}

func readAgreementRequest(path string) (*agreementRequest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the agreement request: %w", err)
	}
	var r agreementRequest
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s is not an agreement request (written by dots rate agreement propose): %w", path, err)
	}
	d, err := agreementDigest(r.ChainID, r.RateExchange, r.Agreement)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if d != r.Digest {
		return nil, fmt.Errorf("%s: its terms do not match its digest (the file was edited after it was proposed); propose again with dots rate agreement propose", path)
	}
	if _, err := r.Agreement.binding(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for who, sig := range map[common.Address]hexutil.Bytes{r.Agreement.Buyer: r.BuyerSig, r.Agreement.Seller: r.SellerSig} {
		if len(sig) == 0 {
			continue
		}
		if err := checkSig(r.Digest, sig, who); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return &r, nil
}

// checkSig checks that sig (r||s||v, v 27/28) over digest is who's.
func checkSig(digest common.Hash, sig []byte, who common.Address) error {
	if len(sig) != 65 {
		return fmt.Errorf("the signature of %s is %d bytes, not 65", who.Hex(), len(sig))
	}
	s := append([]byte{}, sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil || crypto.PubkeyToAddress(*pub) != who {
		return fmt.Errorf("the signature given for %s is not its signature of these terms", who.Hex())
	}
	return nil
}

func writeAgreementRequest(c *cli.Context, r *agreementRequest, path string) error {
	b, _ := json.MarshalIndent(r, "", "  ")
	if path == "" || path == "-" {
		_, err := fmt.Fprintln(c.App.Writer, string(b))
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// checkCurrent checks r against the chain: same chain and contract, nonces unused, not expired.
func (ch *chain) checkCurrent(ctx context.Context, r *agreementRequest) error {
	if r.ChainID != ch.dep.ChainID || r.RateExchange != ch.rates() {
		return fmt.Errorf("the request is for RateExchange %s on chain %d, not this deployment's %s on chain %d (check --deployment and --rpc)", r.RateExchange.Hex(), r.ChainID, ch.rates().Hex(), ch.dep.ChainID)
	}
	now := uint64(time.Now().Unix())
	if now > r.Agreement.Deadline {
		return fmt.Errorf("its signatures expired at %s; propose again with dots rate agreement propose", formatTime(r.Agreement.Deadline))
	}
	if now > r.Agreement.ValidUntil {
		return fmt.Errorf("the agreement ended at %s; propose one with a later --valid-until", formatTime(r.Agreement.ValidUntil))
	}
	for _, p := range []struct {
		who  common.Address
		want string
		role string
	}{{r.Agreement.Buyer, r.Agreement.BuyerNonce, "buyer"}, {r.Agreement.Seller, r.Agreement.SellerNonce, "seller"}} {
		n, err := ch.rxNonce(ctx, p.who)
		if err != nil {
			return fmt.Errorf("reading the %s's nonce: %w", p.role, err)
		}
		if n.String() != p.want {
			return fmt.Errorf("the request is stale: the %s %s has signed another agreement since (its nonce is %s, the request's %s); propose again with dots rate agreement propose", p.role, p.who.Hex(), n, p.want)
		}
	}
	return nil
}

// ---------------------------------------------------------------- parsing and printing

// parseSpan reads a duration: "14d", "36h", "90m", Go's forms ("1h30m") or plain seconds.
func parseSpan(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseUint(s, 10, 32); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	if d, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.ParseUint(d, 10, 16); err == nil {
			return time.Duration(n) * 24 * time.Hour, nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return d, nil
	}
	return 0, fmt.Errorf("%q is not a duration (e.g. 14d, 36h, 90m or seconds)", s)
}

// formatSpan prints seconds in days when whole, else as a Go duration.
func formatSpan(secs uint64) string {
	if secs != 0 && secs%86400 == 0 {
		return fmt.Sprintf("%dd", secs/86400)
	}
	return (time.Duration(secs) * time.Second).String()
}

// parseBps reads a percentage with at most two decimals ("5%", "2.5%", "0%") into basis points.
func parseBps(s string) (uint16, error) {
	v := strings.TrimSuffix(strings.TrimSpace(s), "%")
	whole, frac, _ := strings.Cut(v, ".")
	if whole == "" || len(frac) > 2 {
		return 0, fmt.Errorf("%q is not a percentage with at most two decimals (e.g. 5%% or 2.5%%)", s)
	}
	n, err := strconv.ParseUint(whole+frac+strings.Repeat("0", 2-len(frac)), 10, 16)
	if err != nil {
		return 0, fmt.Errorf("%q is not a percentage from 0%% to 655.35%% (e.g. 5%%)", s)
	}
	return uint16(n), nil
}

func formatBps(b uint16) string {
	s := fmt.Sprintf("%d.%02d", b/100, b%100)
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ".0") + "%"
}

// ---------------------------------------------------------------- commands

func rateAgreementCommand() *cli.Command {
	return &cli.Command{
		Name:  "agreement",
		Usage: "agree notice and increase caps between a buyer and a seller (EIP-712, both sign): propose, sign, submit, show",
		Subcommands: []*cli.Command{
			{
				Name:  "propose",
				Usage: "write an agreement request signed by the sending account (buyer or seller) for the other party to sign",
				Flags: sendFlags(
					&cli.StringFlag{Name: "buyer", Usage: "the buyer (default: the sending account)"},
					&cli.StringFlag{Name: "seller", Usage: "the seller (default: the sending account)"},
					&cli.StringFlag{Name: "notice", Usage: "notice the seller gives before an increase (e.g. 14d)", Required: true},
					&cli.StringFlag{Name: "max-increase", Usage: "largest increase per update, percent (e.g. 5%; 0% forbids increases)", Required: true},
					&cli.StringFlag{Name: "valid-until", Usage: "last day the agreement is in force (2027-12-31, RFC 3339 or unix seconds)", Required: true},
					&cli.StringFlag{Name: "sign-within", Usage: "how long the signatures stay usable", Value: "7d"},
					&cli.StringFlag{Name: "out", Usage: "request file to write (default: stdout)"},
				),
				Action: agreementPropose,
			},
			{
				Name: "sign", Usage: "sign an agreement request as its other party", ArgsUsage: "FILE",
				Flags:  sendFlags(&cli.StringFlag{Name: "out", Usage: "file to write (default: FILE itself)"}),
				Action: agreementSign,
			},
			{
				Name: "submit", Usage: "send an agreement request both parties signed (anyone may send it)", ArgsUsage: "FILE",
				Flags:  sendFlags(),
				Action: agreementSubmit,
			},
			{
				Name: "show", Usage: "show the agreement of --buyer with --seller, or every agreement of --seller",
				Flags: append(chainFlags(), jsonFlag(),
					&cli.StringFlag{Name: "seller", Usage: "the seller", Required: true},
					&cli.StringFlag{Name: "buyer", Usage: "only the agreement with this buyer"}),
				Action: agreementShow,
			},
		},
	}
}

func agreementPropose(c *cli.Context) error {
	const what = "proposing an agreement"
	notice, err := parseSpan(c.String("notice"))
	if err != nil {
		return cli.Exit(what+": --notice "+err.Error(), 2)
	}
	if notice > 365*24*time.Hour {
		return cli.Exit(what+": --notice is longer than RateExchange's limit of 365 days; give at most 365d", 2)
	}
	bps, err := parseBps(c.String("max-increase"))
	if err != nil {
		return cli.Exit(what+": --max-increase "+err.Error(), 2)
	}
	until, err := parseWhen(c.String("valid-until"))
	if err != nil {
		return cli.Exit(what+": --valid-until "+err.Error(), 2)
	}
	if until.Before(time.Now()) {
		return cli.Exit(fmt.Sprintf("%s: --valid-until %s is in the past; give a later date", what, until.Local().Format(time.RFC3339)), 2)
	}
	within, err := parseSpan(c.String("sign-within"))
	if err != nil {
		return cli.Exit(what+": --sign-within "+err.Error(), 2)
	}
	ch, err := openChain(c, true)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	me := ch.from.Address()
	buyer, seller := me, me
	for _, p := range []struct {
		flag string
		to   *common.Address
	}{{"buyer", &buyer}, {"seller", &seller}} {
		if c.String(p.flag) != "" {
			if *p.to, err = addrFlagValue(c, p.flag); err != nil {
				return cli.Exit(what+": "+err.Error(), 2)
			}
		}
	}
	if buyer == seller {
		return cli.Exit(fmt.Sprintf("%s: buyer and seller are both %s; give the other party with --seller (you buy) or --buyer (you sell)", what, buyer.Hex()), 2)
	}
	if me != buyer && me != seller {
		return cli.Exit(fmt.Sprintf("%s: the sending account %s is neither the buyer nor the seller; the proposer is one of them", what, me.Hex()), 2)
	}
	if err := ch.checkDomain(c.Context); err != nil {
		return fail(what, err)
	}
	bn, err := ch.rxNonce(c.Context, buyer)
	if err != nil {
		return fail(what+": reading the buyer's nonce", err)
	}
	sn, err := ch.rxNonce(c.Context, seller)
	if err != nil {
		return fail(what+": reading the seller's nonce", err)
	}
	a := agreementTerms{Buyer: buyer, Seller: seller, NoticeSeconds: uint32(notice / time.Second), MaxIncreaseBps: bps,
		ValidUntil: uint64(until.Unix()), BuyerNonce: bn.String(), SellerNonce: sn.String(), Deadline: uint64(time.Now().Add(within).Unix())}
	r := &agreementRequest{ChainID: ch.dep.ChainID, RateExchange: ch.rates(), Agreement: a, TypedData: agreementTypedData(ch.dep.ChainID, ch.rates(), a)}
	if r.Digest, err = agreementDigest(r.ChainID, r.RateExchange, a); err != nil {
		return fail(what, err)
	}
	sig, err := ch.from.SignHash(r.Digest[:])
	if err != nil {
		return fail("signing the agreement", err)
	}
	other, role := seller, "seller"
	if me == buyer {
		r.BuyerSig = sig
	} else {
		r.SellerSig, other, role = sig, buyer, "buyer"
	}
	r.Note = fmt.Sprintf("signed by %s; the %s %s signs it with dots rate agreement sign FILE, then anyone sends it with dots rate agreement submit FILE", me.Hex(), role, other.Hex())
	if err := writeAgreementRequest(c, r, c.String("out")); err != nil {
		return fail("writing the agreement request", err)
	}
	fmt.Fprintf(c.App.ErrWriter, "%s\nsigned by you (%s); the %s %s signs it with: dots rate agreement sign FILE\n", a.describe(), me.Hex(), role, other.Hex())
	return nil
}

func agreementSign(c *cli.Context) error {
	const what = "signing an agreement"
	if c.NArg() != 1 {
		return cli.Exit(what+": give the request file (from dots rate agreement propose)", 2)
	}
	r, err := readAgreementRequest(c.Args().First())
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	ch, err := openChain(c, true)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	me := ch.from.Address()
	var slot *hexutil.Bytes
	switch me {
	case r.Agreement.Buyer:
		slot = &r.BuyerSig
	case r.Agreement.Seller:
		slot = &r.SellerSig
	default:
		return cli.Exit(fmt.Sprintf("%s: the request is between buyer %s and seller %s; you are %s (give the party's --keystore/--account or --key)", what, r.Agreement.Buyer.Hex(), r.Agreement.Seller.Hex(), me.Hex()), 2)
	}
	if len(*slot) != 0 {
		return cli.Exit(fmt.Sprintf("%s: %s has signed this request already; send it with dots rate agreement submit %s", what, me.Hex(), c.Args().First()), 2)
	}
	if err := ch.checkDomain(c.Context); err != nil {
		return fail(what, err)
	}
	if err := ch.checkCurrent(c.Context, r); err != nil {
		return fail(what, err)
	}
	fmt.Fprintln(c.App.ErrWriter, r.Agreement.describe())
	if !c.Bool("yes") && term.IsTerminal(int(os.Stdin.Fd())) {
		fmt.Fprint(c.App.ErrWriter, "sign it? [y/N] ")
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" {
			return cli.Exit(fmt.Sprintf("%s: not signed (answered %q)", what, strings.TrimSpace(line)), 2)
		}
	}
	if *slot, err = ch.from.SignHash(r.Digest[:]); err != nil {
		return fail(what, err)
	}
	r.Note = "signed by both parties; anyone sends it with dots rate agreement submit FILE"
	out := c.String("out")
	if out == "" {
		out = c.Args().First()
	}
	if err := writeAgreementRequest(c, r, out); err != nil {
		return fail("writing the agreement request", err)
	}
	fmt.Fprintln(c.App.ErrWriter, "signed; send it with: dots rate agreement submit FILE")
	return nil
}

func agreementSubmit(c *cli.Context) error {
	const what = "submitting an agreement"
	if c.NArg() != 1 {
		return cli.Exit(what+": give the request file (from dots rate agreement propose, signed by both)", 2)
	}
	r, err := readAgreementRequest(c.Args().First())
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	if len(r.BuyerSig) == 0 || len(r.SellerSig) == 0 {
		missing, who := "buyer", r.Agreement.Buyer
		if len(r.SellerSig) == 0 {
			missing, who = "seller", r.Agreement.Seller
		}
		return cli.Exit(fmt.Sprintf("%s: the request lacks the %s's signature; %s signs it first with dots rate agreement sign %s", what, missing, who.Hex(), c.Args().First()), 2)
	}
	ch, err := openChain(c, true)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	if err := ch.checkCurrent(c.Context, r); err != nil {
		return fail(what, err)
	}
	a, _ := r.Agreement.binding()
	if _, err := ch.send(c.Context, txCall{What: r.Agreement.describe(), Contract: "RateExchange", To: ch.rates(),
		Data: rxABI.PackSetAgreement(a, r.BuyerSig, r.SellerSig)}); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return nil
}

// agreementView is one stored agreement.
type agreementView struct {
	Buyer          common.Address `json:"buyer"`
	Seller         common.Address `json:"seller"`
	NoticeSeconds  uint32         `json:"noticeSeconds"`
	MaxIncreaseBps uint16         `json:"maxIncreaseBps"`
	ValidUntil     uint64         `json:"validUntil"`
	InForce        bool           `json:"inForce"`
}

func agreementShow(c *cli.Context) error {
	const what = "showing agreements"
	seller, err := addrFlagValue(c, "seller")
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	var list []agreementView
	if c.String("buyer") != "" {
		buyer, err := addrFlagValue(c, "buyer")
		if err != nil {
			return cli.Exit(what+": "+err.Error(), 2)
		}
		o, err := viewAs(c.Context, ch, ch.rates(), rxABI.PackAgreementOf(buyer, seller), rxABI.UnpackAgreementOf)
		if err != nil {
			return fail(what, err)
		}
		if !o.Exists {
			return cli.Exit(fmt.Sprintf("%s: buyer %s has no agreement with seller %s (make one with dots rate agreement propose)", what, buyer.Hex(), seller.Hex()), 1)
		}
		list = append(list, agreementView{Buyer: buyer, Seller: seller, NoticeSeconds: o.Terms.NoticeSeconds, MaxIncreaseBps: o.Terms.MaxIncreaseBps,
			ValidUntil: o.Terms.ValidUntil.Uint64(), InForce: o.InForce})
	} else {
		all, err := viewAs(c.Context, ch, ch.rates(), rxABI.PackAgreementsOf(seller), rxABI.UnpackAgreementsOf)
		if err != nil {
			return fail(what, err)
		}
		now := uint64(time.Now().Unix())
		for _, t := range all {
			list = append(list, agreementView{Buyer: t.Buyer, Seller: seller, NoticeSeconds: t.NoticeSeconds, MaxIncreaseBps: t.MaxIncreaseBps,
				ValidUntil: t.ValidUntil.Uint64(), InForce: now <= t.ValidUntil.Uint64()})
		}
	}
	if list == nil {
		list = []agreementView{}
	}
	return printOut(c, list, func() {
		if len(list) == 0 {
			fmt.Fprintf(c.App.Writer, "seller %s has no agreements\n", seller.Hex())
			return
		}
		t := newTable(c.App.Writer, "BUYER", "NOTICE", "MAX INCREASE", "VALID UNTIL", "IN FORCE")
		for _, v := range list {
			t.row(v.Buyer.Hex(), formatSpan(uint64(v.NoticeSeconds)), formatBps(v.MaxIncreaseBps), formatTime(v.ValidUntil), strconv.FormatBool(v.InForce))
		}
		t.flush()
	})
}
