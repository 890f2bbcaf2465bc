// Package confjson holds JSON types shared by the components' configuration files; it
// imports only the standard library.
package confjson

import (
	"encoding/json"
	"fmt"
	"time"
)

// Duration is a time.Duration written as "30s" in JSON.
type Duration struct{ time.Duration }

// UnmarshalJSON reads "30s" or a number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		d.Duration = v
		return nil
	}
	var secs float64
	if err := json.Unmarshal(b, &secs); err != nil {
		return fmt.Errorf("duration: want \"30s\" or seconds")
	}
	if secs < 0 || secs > 1e9 {
		return fmt.Errorf("duration: %v seconds is out of range", secs)
	}
	d.Duration = time.Duration(secs * float64(time.Second))
	return nil
}

// MarshalJSON writes the duration as "30s".
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
