package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"

	"github.com/dotsnet/dots/sip/credential"
)

// FetchInfo reads a node's GET /v1/info.
func FetchInfo(ctx context.Context, hc *http.Client, base string) (Info, error) {
	var info Info
	req, err := http.NewRequestWithContext(ctx, "GET", strings.TrimRight(base, "/")+"/v1/info", nil)
	if err != nil {
		return info, err
	}
	res, err := hc.Do(req)
	if err != nil {
		return info, fmt.Errorf("reading the SIP node's info: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
		return info, fmt.Errorf("reading the SIP node's info: %s: %s", res.Status, strings.TrimSpace(string(b)))
	}
	if err := json.NewDecoder(res.Body).Decode(&info); err != nil {
		return info, fmt.Errorf("reading the SIP node's info: %w", err)
	}
	return info, nil
}

// ProvisionError is a node's refusal of a credential.
type ProvisionError struct {
	Status int
	Reason string
}

func (e *ProvisionError) Error() string {
	return fmt.Sprintf("the SIP node refused the credential (%d): %s", e.Status, e.Reason)
}

// Provision signs a credential for number and password with the owner's key, under the
// node's realm, operator and chain (from /v1/info), and posts it to the node.
func Provision(ctx context.Context, hc *http.Client, base string, owner *ecdsa.PrivateKey, number, password string,
	nonce *big.Int, expiry uint64) (Provisioned, error) {
	info, err := FetchInfo(ctx, hc, base)
	if err != nil {
		return Provisioned{}, err
	}
	d := credential.Domain{ChainID: new(big.Int).SetUint64(info.ChainID), NumberRegistry: info.NumberRegistry}
	s, err := d.Sign(credential.New(number, info.Operator, info.Realm, password, nonce, expiry), owner)
	if err != nil {
		return Provisioned{}, err
	}
	return PostCredential(ctx, hc, base, &s)
}

// PostCredential posts a signed credential to a node.
func PostCredential(ctx context.Context, hc *http.Client, base string, s *credential.Signed) (Provisioned, error) {
	var p Provisioned
	body, err := json.Marshal(s)
	if err != nil {
		return p, err
	}
	req, err := http.NewRequestWithContext(ctx, "POST", strings.TrimRight(base, "/")+"/v1/credentials", bytes.NewReader(body))
	if err != nil {
		return p, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		return p, fmt.Errorf("posting the credential: %w", err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if res.StatusCode != 201 {
		var e Error
		if json.Unmarshal(b, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(b))
		}
		return p, &ProvisionError{Status: res.StatusCode, Reason: e.Error}
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("reading the node's answer: %w", err)
	}
	return p, nil
}
