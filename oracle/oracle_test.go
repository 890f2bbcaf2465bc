package oracle

import (
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
