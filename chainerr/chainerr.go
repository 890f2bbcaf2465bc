// Package chainerr turns the revert data of a DOTS contract call into the custom error's
// name and arguments ("UnknownBatch(batchId=14)"), over the ABIs of every generated
// binding, so no message the oracle or the CLI prints carries a bare selector and raw bytes.
package chainerr

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/randomness"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
)

var (
	once    sync.Once
	byID    map[[4]byte]abi.Error
	loadErr error
)

func load() {
	byID = map[[4]byte]abi.Error{}
	for _, md := range []interface{ ParseABI() (*abi.ABI, error) }{&cdranchor.CDRAnchorMetaData, &disputevoting.DisputeVotingMetaData,
		&numberregistry.NumberRegistryMetaData, &randomness.PrevrandaoRandomnessMetaData, &rateexchange.RateExchangeMetaData,
		&rewardtoken.RewardTokenMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			loadErr = err
			return
		}
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			byID[id] = e
		}
	}
}

// Decode formats revert data as "Name(arg=value, ...)": a custom error of any DOTS
// contract, Solidity's Error(string) and Panic(uint256). ok is false when the data is none
// of them.
func Decode(data []byte) (string, bool) {
	if len(data) < 4 {
		return "", false
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason, true
	}
	once.Do(load)
	if loadErr != nil {
		return "", false
	}
	var id [4]byte
	copy(id[:], data[:4])
	e, ok := byID[id]
	if !ok {
		return "", false
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return "", false
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		name := e.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		parts[i] = name + "=" + format(v)
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")", true
}

func format(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}

// anvilCustom is anvil's rendering of an undecoded custom error ("custom error
// 0x4392ee6a: 000…0e"); rawCustom is revert data printed whole as hex.
var (
	anvilCustom = regexp.MustCompile(`custom error 0x([0-9a-fA-F]{8}):?\s*(?:0x)?([0-9a-fA-F]*)`)
	rawCustom   = regexp.MustCompile(`0x[0-9a-fA-F]{8,}`)
)

// Describe is err's message with the revert data decoded: the data an RPC error carries
// (rpc.DataError) is decoded and appended, and any hex revert data inside the message is
// replaced by its decoded form. Nil for a nil err.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	msg := err.Error()
	if reason, ok := Reason(err); ok {
		if strings.Contains(msg, reason) {
			return msg
		}
		return strings.TrimSuffix(replaceHex(msg), ": ") + ": " + reason
	}
	return replaceHex(msg)
}

func replaceHex(msg string) string {
	msg = anvilCustom.ReplaceAllStringFunc(msg, func(m string) string {
		sub := anvilCustom.FindStringSubmatch(m)
		b, err := hexutil.Decode("0x" + sub[1] + sub[2])
		if err != nil {
			return m
		}
		if s, ok := Decode(b); ok {
			return s
		}
		return m
	})
	return rawCustom.ReplaceAllStringFunc(msg, func(h string) string {
		b, err := hexutil.Decode(h)
		if err != nil {
			return h
		}
		if s, ok := Decode(b); ok {
			return s
		}
		return h
	})
}

// Reason is the decoded revert of err when it carries revert data (an rpc.DataError, as
// eth_call and eth_estimateGas answer a revert).
func Reason(err error) (string, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", false
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, herr := hexutil.Decode(d)
		if herr != nil {
			return "", false
		}
		data = b
	case []byte:
		data = d
	default:
		return "", false
	}
	if s, ok := Decode(data); ok {
		return s, true
	}
	if len(data) >= 4 {
		return fmt.Sprintf("unknown error %x (data %x)", data[:4], data[4:]), true
	}
	return "", false
}
