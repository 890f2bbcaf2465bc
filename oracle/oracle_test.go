package oracle

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"
)

func TestExampleConfigLoads(t *testing.T) {
	c, err := LoadConfig("example-config.json")
	if err != nil {
		t.Fatal(err)
	}
	if c.BatchAge.Duration != 30*time.Second || len(c.Sources) != 3 || c.Sources[0].Formats[0] != "freeswitch" {
		t.Fatalf("%+v", c)
	}
	// Contract addresses are placeholders: Check must say what is missing.
	if err := c.Check(); err == nil {
		t.Fatal("zero contract addresses accepted")
	}
}

func TestParseConfigRefuses(t *testing.T) {
	for _, in := range []string{``, `[]`, `{"db":"x"} {}`, `{"dbb":"x"}`, `{"batchAge":"-1s"}`, `{"batchAge":-5}`,
		`{"batchAge":"soon"}`, `{"maxBodyBytes":-1}`, `{"sources":[{"name":"a","bogus":1}]}`, `{"cdrAnchor":"0x12"}`} {
		if c, err := ParseConfig([]byte(in)); err == nil {
			t.Errorf("%q accepted: %+v", in, c)
		}
	}
	c, err := ParseConfig([]byte(`{"batchAge":2.5,"interval":"250ms"}`))
	if err != nil || c.BatchAge.Duration != 2500*time.Millisecond || c.Interval.Duration != 250*time.Millisecond {
		t.Fatalf("%+v %v", c, err)
	}
}

// FuzzParseConfig: any input is a configuration or an error, never a panic; what parses
// re-encodes and parses to the same thing.
func FuzzParseConfig(f *testing.F) {
	ex, err := os.ReadFile("example-config.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{string(ex), `{}`, `{"batchAge":30}`, `{"sources":[{"name":"a","token":"t","formats":["dots"]}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data)
		if err != nil {
			return
		}
		if c.BatchAge.Duration < 0 || c.Interval.Duration < 0 || c.BumpAfter.Duration < 0 || c.MaxBodyBytes < 0 {
			t.Fatalf("negative setting accepted: %+v", c)
		}
		_ = c.Check()
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		c2, err := ParseConfig(b)
		if err != nil {
			t.Fatalf("re-encoded configuration refused: %v\n%s", err, b)
		}
		if b2, _ := json.Marshal(c2); !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed the configuration:\n%s\n%s", b, b2)
		}
	})
}
