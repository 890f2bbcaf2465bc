// Package stealth implements ERC-5564 stealth addresses, scheme 1 (secp256k1 with view
// tags), and the key derivation DOTS wallets use (Umbra-style: the spending and viewing
// keys are hashes of the two halves of a wallet signature of a fixed message).
//
// Scheme 1, as ERC-5564 and its reference SDK define it:
//
//	meta-address = spendingPub (33 bytes, compressed) || viewingPub (33 bytes)
//	sender:    r random, R = r·G, S = r·viewingPub, s = keccak256(compressed S),
//	           viewTag = s[0], stealthPub = spendingPub + s·G, stealth = address(stealthPub)
//	recipient: S = viewingKey·R, same s and view tag, check the address;
//	           stealth private key = spendingKey + s (mod n)
//
// The viewing key alone finds a recipient's stealth addresses; the spending key is needed
// to move what they hold.
package stealth

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"
)

// SchemeID is ERC-5564's scheme 1: secp256k1 with view tags.
const SchemeID = 1

// MetaAddressLen is the length of a scheme-1 stealth meta-address (two compressed keys).
const MetaAddressLen = 66

// KeyMessage is the message a wallet signs (EIP-191 personal_sign) to derive its stealth
// keys. The page and the CLI sign exactly this; changing it changes every user's keys.
const KeyMessage = "DOTS stealth reward keys v1\n\nSign this message to derive the keys that find and claim your private rewards. Signing costs nothing and sends no transaction. Only sign it on a DOTS page or in the dots CLI."

var curve = secp256k1.S256()

// MetaAddress is a recipient's spending and viewing public keys.
type MetaAddress struct {
	Spending *ecdsa.PublicKey
	Viewing  *ecdsa.PublicKey
}

// Bytes is the 66-byte encoding (spending || viewing, compressed).
func (m MetaAddress) Bytes() []byte {
	return append(crypto.CompressPubkey(m.Spending), crypto.CompressPubkey(m.Viewing)...)
}

// String is the ERC-5564 text form, st:eth:0x<66 bytes hex>.
func (m MetaAddress) String() string { return "st:eth:" + hexutil.Encode(m.Bytes()) }

// ParseMetaAddress reads a meta-address from its 66 bytes.
func ParseMetaAddress(b []byte) (MetaAddress, error) {
	if len(b) != MetaAddressLen {
		return MetaAddress{}, fmt.Errorf("stealth meta-address: %d bytes, want %d", len(b), MetaAddressLen)
	}
	sp, err := crypto.DecompressPubkey(b[:33])
	if err != nil {
		return MetaAddress{}, fmt.Errorf("stealth meta-address: spending key: %w", err)
	}
	vw, err := crypto.DecompressPubkey(b[33:])
	if err != nil {
		return MetaAddress{}, fmt.Errorf("stealth meta-address: viewing key: %w", err)
	}
	return MetaAddress{Spending: sp, Viewing: vw}, nil
}

// ParseMetaAddressString reads "st:eth:0x..." or bare "0x..." (66 bytes).
func ParseMetaAddressString(s string) (MetaAddress, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "st:eth:")
	b, err := hexutil.Decode(s)
	if err != nil {
		return MetaAddress{}, fmt.Errorf("stealth meta-address %.80q: %w", s, err)
	}
	return ParseMetaAddress(b)
}

// Announcement is what a payer publishes for each stealth payment.
type Announcement struct {
	Stealth      common.Address
	EphemeralPub []byte // 33 bytes, compressed
	ViewTag      byte
}

// Generate derives the stealth address of meta for the ephemeral private key eph.
func Generate(meta MetaAddress, eph *ecdsa.PrivateKey) (Announcement, error) {
	if meta.Spending == nil || meta.Viewing == nil || eph == nil {
		return Announcement{}, errors.New("stealth: missing key")
	}
	s := sharedHash(meta.Viewing, scalar(eph))
	pub, err := stealthPub(meta.Spending, s)
	if err != nil {
		return Announcement{}, err
	}
	return Announcement{Stealth: crypto.PubkeyToAddress(*pub), EphemeralPub: crypto.CompressPubkey(&eph.PublicKey), ViewTag: s[0]}, nil
}

// GenerateRandom derives a stealth address with a fresh ephemeral key read from rand.
func GenerateRandom(meta MetaAddress, rand io.Reader) (Announcement, error) {
	eph, err := ecdsa.GenerateKey(crypto.S256(), rand)
	if err != nil {
		return Announcement{}, fmt.Errorf("stealth: ephemeral key: %w", err)
	}
	return Generate(meta, eph)
}

// EphemeralKey turns 32 bytes (e.g. an HMAC output) into an ephemeral private key.
func EphemeralKey(seed []byte) (*ecdsa.PrivateKey, error) {
	d := new(big.Int).SetBytes(seed)
	d.Mod(d, curve.N)
	if d.Sign() == 0 {
		return nil, errors.New("stealth: zero ephemeral key")
	}
	return crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
}

// Check reports whether the announcement is for the holder of viewing (with spending's
// public key): the view tag first (one byte, so ~255 of 256 foreign announcements stop
// there), then the address.
func Check(a Announcement, viewing *ecdsa.PrivateKey, spendingPub *ecdsa.PublicKey) bool {
	s, ok := checkHash(a, viewing)
	if !ok {
		return false
	}
	pub, err := stealthPub(spendingPub, s)
	return err == nil && crypto.PubkeyToAddress(*pub) == a.Stealth
}

// ViewTagMatches is the cheap first step of Check.
func ViewTagMatches(a Announcement, viewing *ecdsa.PrivateKey) bool {
	_, ok := checkHash(a, viewing)
	return ok
}

func checkHash(a Announcement, viewing *ecdsa.PrivateKey) ([]byte, bool) {
	if viewing == nil {
		return nil, false
	}
	R, err := crypto.DecompressPubkey(a.EphemeralPub)
	if err != nil {
		return nil, false
	}
	s := sharedHash(R, scalar(viewing))
	return s, s[0] == a.ViewTag
}

// StealthKey is the private key of an announcement's stealth address, or an error when
// the announcement is not for these keys.
func StealthKey(a Announcement, viewing, spending *ecdsa.PrivateKey) (*ecdsa.PrivateKey, error) {
	s, ok := checkHash(a, viewing)
	if !ok {
		return nil, errors.New("stealth: announcement is not for this viewing key")
	}
	d := new(big.Int).Add(scalar(spending), new(big.Int).SetBytes(s))
	d.Mod(d, curve.N)
	k, err := crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
	if err != nil {
		return nil, fmt.Errorf("stealth: key: %w", err)
	}
	if crypto.PubkeyToAddress(k.PublicKey) != a.Stealth {
		return nil, errors.New("stealth: announcement is not for this spending key")
	}
	return k, nil
}

// Keys are a recipient's spending and viewing private keys.
type Keys struct {
	Spending, Viewing *ecdsa.PrivateKey
}

// Meta is the keys' meta-address.
func (k Keys) Meta() MetaAddress {
	return MetaAddress{Spending: &k.Spending.PublicKey, Viewing: &k.Viewing.PublicKey}
}

// KeysFromSignature derives the keys from a 65-byte signature of KeyMessage (Umbra's
// construction): spending = keccak256(r), viewing = keccak256(s), each reduced mod n.
func KeysFromSignature(sig []byte) (Keys, error) {
	if len(sig) != 65 {
		return Keys{}, fmt.Errorf("stealth keys: signature of %d bytes, want 65", len(sig))
	}
	sp, err := EphemeralKey(crypto.Keccak256(sig[:32]))
	if err != nil {
		return Keys{}, err
	}
	vw, err := EphemeralKey(crypto.Keccak256(sig[32:64]))
	if err != nil {
		return Keys{}, err
	}
	return Keys{Spending: sp, Viewing: vw}, nil
}

// KeysFromWallet signs KeyMessage with an account key (EIP-191, as personal_sign does)
// and derives the keys. The signature is deterministic (RFC 6979), so the keys are too.
func KeysFromWallet(wallet *ecdsa.PrivateKey) (Keys, error) {
	sig, err := crypto.Sign(accountsTextHash(KeyMessage), wallet)
	if err != nil {
		return Keys{}, fmt.Errorf("signing the stealth key message: %w", err)
	}
	sig[64] += 27
	return KeysFromSignature(sig)
}

func accountsTextHash(msg string) []byte {
	return crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d%s", len(msg), msg)))
}

// sharedHash is keccak256 of the compressed ECDH point k·P.
func sharedHash(p *ecdsa.PublicKey, k *big.Int) []byte {
	px, py := coords(p)
	x, y := curve.ScalarMult(px, py, common.LeftPadBytes(k.Bytes(), 32))
	return crypto.Keccak256(compress(x, y))
}

// stealthPub is spending + s·G.
func stealthPub(spending *ecdsa.PublicKey, s []byte) (*ecdsa.PublicKey, error) {
	k := new(big.Int).SetBytes(s)
	k.Mod(k, curve.N)
	if k.Sign() == 0 {
		return nil, errors.New("stealth: zero shared secret")
	}
	gx, gy := curve.ScalarBaseMult(common.LeftPadBytes(k.Bytes(), 32))
	sx, sy := coords(spending)
	if gx.Cmp(sx) == 0 {
		return nil, errors.New("stealth: degenerate point")
	}
	x, y := curve.Add(sx, sy, gx, gy)
	return crypto.UnmarshalPubkey(uncompressed(x, y))
}

// The ecdsa key types' big.Int fields are deprecated (Go 1.26); the curve arithmetic of
// go-ethereum's secp256k1 takes big.Ints, so keys cross over through their byte encodings.

// scalar is k's private scalar.
func scalar(k *ecdsa.PrivateKey) *big.Int { return new(big.Int).SetBytes(crypto.FromECDSA(k)) }

// coords are p's affine coordinates.
func coords(p *ecdsa.PublicKey) (x, y *big.Int) {
	b := crypto.FromECDSAPub(p) // 0x04 || X || Y
	return new(big.Int).SetBytes(b[1:33]), new(big.Int).SetBytes(b[33:65])
}

// uncompressed is the SEC 1 encoding 0x04 || X || Y of the point (x, y).
func uncompressed(x, y *big.Int) []byte {
	b := make([]byte, 65)
	b[0] = 4
	x.FillBytes(b[1:33])
	y.FillBytes(b[33:65])
	return b
}

// compress is the 33-byte SEC 1 compressed encoding of the point (x, y).
func compress(x, y *big.Int) []byte {
	b := make([]byte, 33)
	b[0] = 2 + byte(y.Bit(0))
	x.FillBytes(b[1:33])
	return b
}
