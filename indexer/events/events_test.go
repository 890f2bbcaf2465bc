package events

import (
	"fmt"
	"math/big"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestSchemaCoversEveryEvent(t *testing.T) {
	cs := DOTS(Addresses{common.Address{1}, common.Address{2}, common.Address{3}, common.Address{4}, common.Address{5}, common.Address{6}})
	d, err := New(cs)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		n += len(c.ABI.Events)
	}
	if len(d.Tables()) != n || n < 40 {
		t.Fatalf("%d tables for %d events", len(d.Tables()), n)
	}
	for _, want := range []string{"ev_cdranchor_batch_anchored", "ev_numberregistry_number_claimed", "ev_rateexchange_rate_published", "ev_disputevoting_jurors_drawn", "ev_rewardtoken_transfer"} {
		found := false
		for _, tb := range d.Tables() {
			found = found || tb == want
		}
		if !found {
			t.Errorf("no table %s", want)
		}
	}
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{"batchId": "batch_id", "BatchAnchored": "batch_anchored", "e164": "e164", "EIP712DomainChanged": "eip712_domain_changed", "cdrRoot": "cdr_root", "sipUri": "sip_uri"} {
		if got := Snake(in); got != want {
			t.Errorf("Snake(%q) = %q, want %q", in, got, want)
		}
	}
}

// randValue is a random value of an ABI type where that is easy, else its zero value.
func randValue(r *rand.Rand, t abi.Type) any {
	switch t.T {
	case abi.AddressTy:
		var a common.Address
		r.Read(a[:])
		return a
	case abi.FixedBytesTy:
		v := reflect.New(t.GetType()).Elem()
		for i := 0; i < v.Len(); i++ {
			v.Index(i).SetUint(uint64(r.Intn(256)))
		}
		return v.Interface()
	case abi.BoolTy:
		return r.Intn(2) == 1
	case abi.StringTy:
		return fmt.Sprintf("s%d", r.Int63())
	case abi.BytesTy:
		b := make([]byte, r.Intn(70))
		r.Read(b)
		return b
	case abi.UintTy, abi.IntTy:
		v := reflect.New(t.GetType()).Elem()
		switch v.Kind() {
		case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(r.Uint64() >> (64 - t.Size))
		case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(int64(r.Uint64()) >> (64 - t.Size))
		default:
			b := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(t.Size)))
			if t.T == abi.IntTy {
				b.Sub(b, new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1)))
			}
			return b
		}
		return v.Interface()
	case abi.TupleTy:
		v := reflect.New(t.GetType()).Elem()
		for i, et := range t.TupleElems {
			v.Field(i).Set(reflect.ValueOf(randValue(r, *et)))
		}
		return v.Interface()
	case abi.SliceTy:
		n := r.Intn(4)
		v := reflect.MakeSlice(t.GetType(), n, n)
		for i := range n {
			v.Index(i).Set(reflect.ValueOf(randValue(r, *t.Elem)))
		}
		return v.Interface()
	case abi.ArrayTy:
		v := reflect.New(t.GetType()).Elem()
		for i := 0; i < v.Len(); i++ {
			v.Index(i).Set(reflect.ValueOf(randValue(r, *t.Elem)))
		}
		return v.Interface()
	}
	return reflect.New(t.GetType()).Elem().Interface()
}

// TestDecodeMatchesABI checks the decoder's direct topic and data decoding against the ABI
// package's generic one (UnpackIntoMap and ParseTopicsIntoMap) for every DOTS event kind.
func TestDecodeMatchesABI(t *testing.T) {
	cs := DOTS(Addresses{common.Address{1}, common.Address{2}, common.Address{3}, common.Address{4}, common.Address{5}, common.Address{6}})
	d, err := New(cs)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(6))
	for _, c := range cs {
		for _, ev := range c.ABI.Events {
			for range 20 {
				var topics []common.Hash
				topics = append(topics, ev.ID)
				var data []any
				for _, in := range ev.Inputs {
					v := randValue(r, in.Type)
					if in.Indexed {
						ts, err := abi.MakeTopics([]any{v})
						if err != nil {
							t.Fatalf("%s.%s: topic of %s: %v", c.Pkg, ev.Name, in.Name, err)
						}
						topics = append(topics, ts[0][0])
					} else {
						data = append(data, v)
					}
				}
				packed, err := ev.Inputs.NonIndexed().Pack(data...)
				if err != nil {
					t.Fatalf("%s.%s: packing: %v", c.Pkg, ev.Name, err)
				}
				l := &types.Log{Address: c.Address, Topics: topics, Data: packed}
				table, _, got, ok, err := d.Decode(l)
				if err != nil || !ok || table != TableName(c.Pkg, ev.RawName) {
					t.Fatalf("%s.%s: decode: %v %v %s", c.Pkg, ev.Name, ok, err, table)
				}
				m := map[string]any{}
				if err := ev.Inputs.UnpackIntoMap(m, packed); err != nil {
					t.Fatal(err)
				}
				var idx abi.Arguments
				for _, in := range ev.Inputs {
					if in.Indexed {
						idx = append(idx, in)
					}
				}
				if err := abi.ParseTopicsIntoMap(m, idx, topics[1:]); err != nil {
					t.Fatal(err)
				}
				for i, in := range ev.Inputs {
					want := Column(m[in.Name])
					if a, ok := m[in.Name].(common.Address); ok {
						want = strings.ToLower(a.Hex())
					}
					if !reflect.DeepEqual(got[i], want) {
						t.Fatalf("%s.%s.%s: decoded %#v, the ABI package gives %#v", c.Pkg, ev.Name, in.Name, got[i], want)
					}
				}
			}
		}
	}
	// Logs with the wrong number of topics or short data are errors, not panics.
	for _, c := range cs {
		for _, ev := range c.ABI.Events {
			if _, _, _, _, err := d.Decode(&types.Log{Address: c.Address, Topics: []common.Hash{ev.ID}, Data: []byte{1}}); err == nil && len(ev.Inputs) > 0 {
				t.Errorf("%s.%s: a log without arguments decoded", c.Pkg, ev.Name)
			}
		}
	}
}
