// Package credential is the SIP credential a number's owner provisions for an ordinary SIP
// phone: an EIP-712 message naming the number, the operator that serves it, the digest
// realm, the digest HA1 of the password in MD5 (RFC 2617) and SHA-256 (RFC 8760) form, a
// nonce and an expiry, signed by the wallet that owns the number. The phone never sees the
// wallet; the node never sees the password.
//
// The typed data, as a wallet (eth_signTypedData_v4) signs it:
//
//	domain:  {name: "DOTS SIP", version: "1", chainId, verifyingContract: NumberRegistry}
//	SIPCredential(string number,address operator,string realm,bytes16 ha1Md5,bytes32 ha1Sha256,uint256 nonce,uint64 expiry)
package credential

import (
	"crypto/ecdsa"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
)

// TypeString is the EIP-712 type of a credential.
const TypeString = "SIPCredential(string number,address operator,string realm,bytes16 ha1Md5,bytes32 ha1Sha256,uint256 nonce,uint64 expiry)"

var (
	typeHash   = crypto.Keccak256Hash([]byte(TypeString))
	domainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nameHash   = crypto.Keccak256Hash([]byte("DOTS SIP"))
	verHash    = crypto.Keccak256Hash([]byte("1"))
)

// Credential is the signed message.
type Credential struct {
	Number    string         `json:"number"`   // E.164, the digest user name
	Operator  common.Address `json:"operator"` // the operator whose node accepts it
	Realm     string         `json:"realm"`    // the node's digest realm
	HA1MD5    hexutil.Bytes  `json:"ha1Md5"`   // MD5(number:realm:password), 16 bytes
	HA1SHA256 hexutil.Bytes  `json:"ha1Sha256"`
	Nonce     *hexutil.Big   `json:"nonce"`  // a newer credential for the same owner needs a larger nonce
	Expiry    uint64         `json:"expiry"` // unix seconds
}

// Signed is a credential with its owner's signature, the body of a provisioning request.
type Signed struct {
	Credential
	Signature hexutil.Bytes `json:"signature"` // 65 bytes, v 27/28 or 0/1
}

// Domain is the EIP-712 domain a credential is signed under.
type Domain struct {
	ChainID        *big.Int
	NumberRegistry common.Address
}

// HA1 computes the digest HA1 of user:realm:password in MD5 and SHA-256.
func HA1(user, realm, password string) (md5sum, sha []byte) {
	m := md5.Sum([]byte(user + ":" + realm + ":" + password))
	s := sha256.Sum256([]byte(user + ":" + realm + ":" + password))
	return m[:], s[:]
}

// New builds a credential for password.
func New(number string, operator common.Address, realm, password string, nonce *big.Int, expiry uint64) Credential {
	m, s := HA1(number, realm, password)
	return Credential{Number: number, Operator: operator, Realm: realm, HA1MD5: m, HA1SHA256: s,
		Nonce: (*hexutil.Big)(nonce), Expiry: expiry}
}

// Check reports the first malformed field.
func (c *Credential) Check() error {
	switch {
	case cdr.ValidE164(c.Number) != nil:
		return fmt.Errorf("number %q is not E.164", c.Number)
	case c.Operator == (common.Address{}):
		return errors.New("operator missing")
	case c.Realm == "" || len(c.Realm) > 128 || strings.ContainsAny(c.Realm, "\"\\\r\n"):
		return errors.New("realm missing, too long or with quotes")
	case len(c.HA1MD5) != 16:
		return fmt.Errorf("ha1Md5 is %d bytes, want 16", len(c.HA1MD5))
	case len(c.HA1SHA256) != 32:
		return fmt.Errorf("ha1Sha256 is %d bytes, want 32", len(c.HA1SHA256))
	case c.Nonce == nil || c.Nonce.ToInt().Sign() < 0 || c.Nonce.ToInt().BitLen() > 256:
		return errors.New("nonce missing or out of range")
	case c.Expiry == 0:
		return errors.New("expiry missing")
	}
	return nil
}

func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

// Digest is the EIP-712 digest a wallet signs.
func (d Domain) Digest(c *Credential) common.Hash {
	dom := crypto.Keccak256(domainType[:], nameHash[:], verHash[:], word(d.ChainID.Bytes()), word(d.NumberRegistry[:]))
	var md5w, shaw [32]byte
	copy(md5w[:], c.HA1MD5) // bytes16 is left-aligned in its word
	copy(shaw[:], c.HA1SHA256)
	nonce := new(big.Int)
	if c.Nonce != nil {
		nonce = c.Nonce.ToInt()
	}
	st := crypto.Keccak256(typeHash[:], crypto.Keccak256([]byte(c.Number)), word(c.Operator[:]),
		crypto.Keccak256([]byte(c.Realm)), md5w[:], shaw[:], word(nonce.Bytes()),
		word(new(big.Int).SetUint64(c.Expiry).Bytes()))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, dom, st)
}

// Sign signs c with key.
func (d Domain) Sign(c Credential, key *ecdsa.PrivateKey) (Signed, error) {
	h := d.Digest(&c)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return Signed{}, fmt.Errorf("signing the SIP credential: %w", err)
	}
	sig[64] += 27
	return Signed{Credential: c, Signature: sig}, nil
}

// Signer recovers the address that signed s.
func (d Domain) Signer(s *Signed) (common.Address, error) {
	if err := s.Check(); err != nil {
		return common.Address{}, err
	}
	if len(s.Signature) != 65 {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want 65", len(s.Signature))
	}
	sig := append([]byte(nil), s.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 {
		return common.Address{}, errors.New("signature v is not 27 or 28")
	}
	h := d.Digest(&s.Credential)
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("recovering the signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// HexHA1 is the lowercase hex form digest computations use.
func HexHA1(b []byte) string { return hex.EncodeToString(b) }
