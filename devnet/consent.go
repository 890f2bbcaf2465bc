package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/bindings/numberregistry"
)

// consentTTL is how long a route consent made by RouteCall stays valid (it is single-use:
// the registry's port nonce advances when it is used).
const consentTTL = time.Hour

// RouteConsent is an operator's consent to serve a number at sipURI: its EIP-712 Port
// signature over (node, operator, keccak256(sipURI), portNonce(node), deadline), which
// NumberRegistry.setRoute (and port) require for a route to a non-zero operator. The digest
// is read from the registry (portDigest), so it carries the number's current port nonce.
func RouteConsent(ctx context.Context, b bind.ContractBackend, registry common.Address, e164 string, operator *ecdsa.PrivateKey, sipURI string, deadline *big.Int) ([]byte, error) {
	reg := numberregistry.NewNumberRegistry()
	node := crypto.Keccak256Hash([]byte(e164))
	digest, err := bind.Call(reg.Instance(b, registry), &bind.CallOpts{Context: ctx},
		reg.PackPortDigest(node, crypto.PubkeyToAddress(operator.PublicKey), sipURI, deadline), reg.UnpackPortDigest)
	if err != nil {
		return nil, fmt.Errorf("reading the route digest of %s: %w", e164, err)
	}
	sig, err := crypto.Sign(digest[:], operator)
	if err != nil {
		return nil, fmt.Errorf("signing the route consent of %s: %w", e164, err)
	}
	sig[64] += 27 // Ethereum's v (the registry's ECDSA.recover wants 27/28)
	return sig, nil
}

// RouteCall is the calldata of NumberRegistry.setRoute(e164, operator, sipURI, ...) with the
// operator's consent, valid for an hour of chain time from the head block.
func RouteCall(ctx context.Context, b bind.ContractBackend, registry common.Address, e164 string, operator *ecdsa.PrivateKey, sipURI string) ([]byte, error) {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the chain's clock: %w", err)
	}
	deadline := new(big.Int).SetUint64(head.Time + uint64(consentTTL/time.Second))
	sig, err := RouteConsent(ctx, b, registry, e164, operator, sipURI, deadline)
	if err != nil {
		return nil, err
	}
	return numberregistry.NewNumberRegistry().PackSetRoute(e164, crypto.PubkeyToAddress(operator.PublicKey), sipURI, deadline, sig), nil
}
