package chainerr

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dotsnet/dots/bindings/cdranchor"
)

type dataErr struct {
	msg  string
	data any
}

func (e dataErr) Error() string  { return e.msg }
func (e dataErr) ErrorData() any { return e.data }

func unknownBatch(t *testing.T, id int64) []byte {
	t.Helper()
	a := cdranchor.NewCDRAnchor().GetABI()
	data, err := a.Errors["UnknownBatch"].Inputs.Pack(big.NewInt(id))
	if err != nil {
		t.Fatal(err)
	}
	sel := a.Errors["UnknownBatch"].ID
	return append(sel[:4:4], data...)
}

func TestDecodeCustomError(t *testing.T) {
	data := unknownBatch(t, 14)
	if s, ok := Decode(data); !ok || s != "UnknownBatch(batchId=14)" {
		t.Fatalf("Decode = %q, %v", s, ok)
	}
	if _, ok := Decode(data[:3]); ok {
		t.Fatal("3 bytes decoded")
	}
	if _, ok := Decode([]byte{1, 2, 3, 4}); ok {
		t.Fatal("unknown selector decoded")
	}
	if s, ok := Decode(append([]byte{0x08, 0xc3, 0x79, 0xa0}, mustPack(t)...)); !ok || s != "no way" {
		t.Fatalf("Error(string) = %q, %v", s, ok)
	}
}

func mustPack(t *testing.T) []byte {
	// abi.encode("no way")
	b, err := hexutil.Decode("0x" + strings.Repeat("0", 62) + "20" + strings.Repeat("0", 63) + "6" + "6e6f20776179" + strings.Repeat("0", 52))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDescribe(t *testing.T) {
	data := unknownBatch(t, 14)
	rpcErr := fmt.Errorf("reading batch 14: %w", dataErr{msg: "execution reverted", data: hexutil.Encode(data)})
	if got := Describe(rpcErr); got != "reading batch 14: execution reverted: UnknownBatch(batchId=14)" {
		t.Fatalf("Describe(data error) = %q", got)
	}
	anvil := errors.New("execution reverted: custom error 0x" + hexutil.Encode(data)[2:10] + ": " + hexutil.Encode(data)[10:])
	if got := Describe(anvil); got != "execution reverted: UnknownBatch(batchId=14)" {
		t.Fatalf("Describe(anvil text) = %q", got)
	}
	if got := Describe(errors.New("plain")); got != "plain" {
		t.Fatalf("Describe(plain) = %q", got)
	}
	if Describe(nil) != "" {
		t.Fatal("Describe(nil) not empty")
	}
}

func FuzzDescribe(f *testing.F) {
	f.Add("custom error 0x4392ee6a: 000000000000000000000000000000000000000000000000000000000000000e")
	f.Add("0x4392ee6a")
	f.Fuzz(func(t *testing.T, s string) {
		Describe(errors.New(s))
	})
}
