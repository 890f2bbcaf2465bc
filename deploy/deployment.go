// Package deploy deploys DOTS's contracts with their wiring and roles to any RPC, and reads
// and writes the deployment file (chain id, addresses, start block) the other programs use.
package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment says where DOTS lives on a chain.
type Deployment struct {
	ChainID        uint64         `json:"chainId"`
	StartBlock     uint64         `json:"startBlock"` // block of the first deployment transaction
	Deployer       common.Address `json:"deployer"`
	RewardToken    common.Address `json:"rewardToken"`
	NumberRegistry common.Address `json:"numberRegistry"`
	CDRAnchor      common.Address `json:"cdrAnchor"`
	RateExchange   common.Address `json:"rateExchange"`
	Randomness     common.Address `json:"randomness"`
	DisputeVoting  common.Address `json:"disputeVoting"`
	// StealthRegistry (ERC-6538-style meta-addresses) and StealthSweeper (gasless sweeps out
	// of stealth reward addresses); zero in a deployment made before them.
	StealthRegistry common.Address `json:"stealthRegistry,omitempty"`
	StealthSweeper  common.Address `json:"stealthSweeper,omitempty"`
	// Timelock is the DotsTimelock holding every admin role; zero when the deployer kept them
	// (a devnet).
	Timelock common.Address `json:"timelock,omitempty"`
}

// Addresses lists every contract address, for log filters.
func (d *Deployment) Addresses() []common.Address {
	return []common.Address{d.RewardToken, d.NumberRegistry, d.CDRAnchor, d.RateExchange, d.Randomness, d.DisputeVoting}
}

// Validate checks that every address is set.
func (d *Deployment) Validate() error {
	names := []string{"rewardToken", "numberRegistry", "cdrAnchor", "rateExchange", "randomness", "disputeVoting"}
	for n, a := range d.Addresses() {
		if a == (common.Address{}) {
			return fmt.Errorf("deployment: %s address is missing", names[n])
		}
	}
	if d.ChainID == 0 {
		return errors.New("deployment: chainId is missing")
	}
	return nil
}

// Save writes the deployment as indented JSON (atomically: temp file, then rename).
func (d *Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding deployment: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing deployment %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("writing deployment %s: %w", path, err)
	}
	return nil
}

// Load reads and validates a deployment file.
func Load(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("parsing deployment %s: %w", path, err)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}
