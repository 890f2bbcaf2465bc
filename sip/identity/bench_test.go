package identity

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// BenchmarkSign is the originating node's cost per call.
func BenchmarkSign(b *testing.B) {
	s := key(b)
	for i := 0; b.Loop(); i++ {
		if _, err := s.Sign("+14155550100", "+4930901820", "call-"+strconv.Itoa(i), 1700000000); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify is the terminating node's cost per call with the chain reads cached
// (parse, signature recovery, the call's checks).
func BenchmarkVerify(b *testing.B) {
	s := key(b)
	v := NewVerifier(chain, fakeOps{s.Address(): true}, fakeNums{"+14155550100": s.Address()}, time.Minute)
	now := time.Now()
	hdrs := make([][]string, 1024)
	for i := range hdrs {
		h, err := s.Sign("+14155550100", "+4930901820", "call-"+strconv.Itoa(i), now.Unix())
		if err != nil {
			b.Fatal(err)
		}
		hdrs[i] = []string{h}
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		r, err := v.Verify(ctx, hdrs[i%len(hdrs)], Call{Caller: "+14155550100", Callee: "+4930901820", CallID: "call-" + strconv.Itoa(i%len(hdrs))})
		if err != nil || r.Status != Verified {
			b.Fatal(r, err)
		}
	}
}
