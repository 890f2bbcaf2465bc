// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rateexchange

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RateExchangeAgreement is an auto generated low-level Go binding around an user-defined struct.
type RateExchangeAgreement struct {
	Buyer          common.Address
	Seller         common.Address
	NoticeSeconds  uint32
	MaxIncreaseBps uint16
	ValidUntil     uint64
	BuyerNonce     *big.Int
	SellerNonce    *big.Int
	Deadline       *big.Int
}

// RateExchangeAgreementEnd is an auto generated low-level Go binding around an user-defined struct.
type RateExchangeAgreementEnd struct {
	Buyer       common.Address
	Seller      common.Address
	BuyerNonce  *big.Int
	SellerNonce *big.Int
	Deadline    *big.Int
}

// RateExchangeAgreementTerms is an auto generated low-level Go binding around an user-defined struct.
type RateExchangeAgreementTerms struct {
	Buyer          common.Address
	NoticeSeconds  uint32
	MaxIncreaseBps uint16
	ValidUntil     *big.Int
}

// RateExchangeRateEntry is an auto generated low-level Go binding around an user-defined struct.
type RateExchangeRateEntry struct {
	RatePerMinute       *big.Int
	ConnectFee          *big.Int
	InitialIncrement    uint32
	SubsequentIncrement uint32
	EffectiveTime       uint64
}

// RateExchangeRateInput is an auto generated low-level Go binding around an user-defined struct.
type RateExchangeRateInput struct {
	Prefix              string
	RatePerMinute       *big.Int
	ConnectFee          *big.Int
	InitialIncrement    uint32
	SubsequentIncrement uint32
	EffectiveTime       uint64
}

// RateExchangeMetaData contains all meta data concerning the RateExchange contract.
var RateExchangeMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"AGREEMENT_END_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"AGREEMENT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_AGREEMENTS_PER_SELLER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_AMOUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INCREMENT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_NOTICE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"agreementOf\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.AgreementTerms\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"inForce\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"agreementsOf\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"list\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.AgreementTerms[]\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clearExpiredAgreement\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"costOf\",\"inputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"durationSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"cost\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"decreaseNotice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endAgreement\",\"inputs\":[{\"name\":\"e\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.AgreementEnd\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"buyerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"sellerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"entryAt\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"history\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"entries\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.RateEntry[]\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"historyLength\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"increaseNotice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"prefixKey\",\"inputs\":[{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"publish\",\"inputs\":[{\"name\":\"entries\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.RateInput[]\",\"components\":[{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quote\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"destination\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"durationSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"cost\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sellerTerms\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"noticeForIncrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"noticeForDecrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAgreement\",\"inputs\":[{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.Agreement\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"buyerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"sellerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setNoticeDefaults\",\"inputs\":[{\"name\":\"increaseNotice_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"decreaseNotice_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AgreementEnded\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumRateExchange.EndReason\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AgreementSet\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NoticeDefaultsSet\",\"inputs\":[{\"name\":\"increaseNotice\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"decreaseNotice\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RatePublished\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"prefixKey\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"prefix\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AgreementExpired\",\"inputs\":[{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AgreementStillInForce\",\"inputs\":[{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AmountTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BeforeLastEntry\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastEffectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EffectiveTimeTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"HistoryFull\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"IncreaseTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidIncrement\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidParties\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidPrefix\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NoAgreement\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NoRate\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"destination\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAParty\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoticeTooLong\",\"inputs\":[{\"name\":\"notice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoticeTooShort\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"earliest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyAgreements\",\"inputs\":[]}]",
	ID:  "RateExchange",
	Bin: "0x6101606040526004805463ffffffff191662093a80179055348015610022575f5ffd5b50604051613e7a380380613e7a83398101604081905261004191610261565b60405180604001604052806011815260200170444f5453205261746545786368616e676560781b815250604051806040016040528060018152602001603160f81b8152506100948261017260201b60201c565b610120526100a181610172565b61014052815160208084019190912060e052815190820120610100524660a05261012d60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101405f826101b8565b5061016b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55826101b8565b50506102e9565b5f5f829050601f815111156101a5578260405163305a27a960e01b815260040161019c919061028e565b60405180910390fd5b80516101b0826102c3565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610258575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102103390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161025b565b505f5b92915050565b5f60208284031215610271575f5ffd5b81516001600160a01b0381168114610287575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102e3575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051613b4061033a5f395f6123c001525f61239501525f61279201525f61276a01525f6126c501525f6126ef01525f6127190152613b405ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c806384b0196e11610114578063a2e34278116100a9578063d3b8ca9b11610079578063d3b8ca9b146104db578063d40dc87014610502578063d547741f14610510578063e8e2725214610523578063f698da2514610544575f5ffd5b8063a2e3427814610462578063bcafec4f1461046d578063c557167514610494578063ccc57490146104b4575f5ffd5b8063991e623a116100e4578063991e623a1461040957806399e3b2f314610419578063a20730f21461043b578063a217fddf1461045b575f5ffd5b806384b0196e146103b55780638948dfd8146103d057806389a8d87d146103e357806391d14854146103f6575f5ffd5b806326949984116101955780634091a53e116101655780634091a53e1461033c57806344ded6db146103455780634a244da6146103725780637b7dc096146103855780637ecebe001461038d575f5ffd5b806326949984146102f75780632f2ff15d1461030357806336568abe146103165780634087dd3c14610329575f5ffd5b80631f1c343d116101d05780631f1c343d1461028d57806321fc30ca146102af578063248a9ca3146102c257806324f4115f146102e4575f5ffd5b806301ffc9a7146102015780630a9a4934146102295780630cec8bd91461023e578063167bf7171461026c575b5f5ffd5b61021461020f3660046130ef565b61054c565b60405190151581526020015b60405180910390f35b61023c610237366004613138565b610582565b005b61025161024c366004613169565b6106aa565b60408051938452602084019290925290820152606001610220565b61027f61027a3660046131c6565b6106d1565b604051908152602001610220565b6102a061029b366004613138565b610722565b60405161022093929190613251565b61023c6102bd366004613277565b61081e565b61027f6102d03660046132fc565b5f9081526020819052604090206001015490565b61023c6102f2366004613313565b610a32565b61027f64ffffffffff81565b61023c610311366004613382565b610bba565b61023c610324366004613382565b610bde565b61027f6103373660046133f6565b610c16565b61027f61ffff81565b60045461035d90640100000000900463ffffffff1681565b60405163ffffffff9091168152602001610220565b61023c6103803660046134a4565b610d12565b61027f604081565b61027f61039b366004613169565b6001600160a01b03165f9081526003602052604090205490565b6103bd6113ad565b604051610220979695949392919061353e565b61027f6103de3660046135d4565b6113ef565b61023c6103f1366004613612565b611404565b610214610404366004613382565b6114fe565b60045461035d9063ffffffff1681565b61042c61042736600461363a565b611526565b60405161022093929190613701565b61044e6104493660046131c6565b61161b565b6040516102209190613730565b61027f5f81565b61027f6301e1338081565b61027f7fbd2694263d57bd9b8b802af7983b7f44729ca73cbc6cc79f7ce02b67db2612b881565b6104a76104a2366004613169565b61177a565b604051610220919061377d565b61027f7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61027f7fc3057118756117aa0f3ef1346d6e48d05701ffc0dedf009926bb4590a34f9f8281565b61027f6001600160501b0381565b61023c61051e366004613382565b61182c565b6105366105313660046137bf565b611850565b60405161022092919061381f565b61027f6118e1565b5f6001600160e01b03198216637965db0b60e01b148061057c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b336001600160a01b038316148015906105a45750336001600160a01b03821614155b156105c25760405163c749b68960e01b815260040160405180910390fd5b6001600160a01b038082165f908152600860209081526040808320938616835292905290812054908190036106225760405163fa17548b60e01b81526001600160a01b038085166004830152831660248201526044015b60405180910390fd5b6001600160a01b0382165f90815260076020526040812061064460018461384e565b8154811061065457610654613861565b5f91825260209091200154600160d01b900464ffffffffff16905042811061069857604051630db0df5960e21b815264ffffffffff82166004820152602401610619565b6106a4838560016118ef565b50505050565b5f5f5f5f6106b785611b28565b805160208201516040909201519097919650945092505050565b5f5f6106dd8484611c6d565b50506001600160a01b039095165f9081526005602090815260408083209783529681528682208280529052949094205462ffffff600160e81b90910416949350505050565b604080516080810182525f8082526020808301829052828401829052606083018290526001600160a01b038581168352600882528483209087168352905291822054829080820361077957505f9250829050610817565b6001600160a01b0385165f90815260076020526040902061079b60018361384e565b815481106107ab576107ab613861565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff1660608201819052600195509093504211159150505b9250925092565b84608001354211156108495760405163cd21db4f60e01b815260808601356004820152602401610619565b60085f61085c6040880160208901613169565b6001600160a01b031681526020808201929092526040015f9081209161088490880188613169565b6001600160a01b03166001600160a01b031681526020019081526020015f20545f036108f3576108b76020860186613169565b6108c76040870160208801613169565b60405163fa17548b60e01b81526001600160a01b03928316600482015291166024820152604401610619565b5f6109987fc3057118756117aa0f3ef1346d6e48d05701ffc0dedf009926bb4590a34f9f826109256020890189613169565b61093560408a0160208b01613169565b6040805160208101949094526001600160a01b03928316848201529116606083810191909152908901356080838101919091529089013560a083015288013560c082015260e0015b60405160208183030381529060405280519060200120611ca1565b90506109b26109aa6020880188613169565b828787611ccd565b6109cd6109c56040880160208901613169565b828585611ccd565b6109e76109dd6020880188613169565b8760400135611d01565b610a046109fa6040880160208901613169565b8760600135611d01565b610a2a610a176040880160208901613169565b610a246020890189613169565b5f6118ef565b505050505050565b805f819003610a545760405163c2e5347d60e01b815260040160405180910390fd5b5f610a5e33611b28565b335f908152600660205260408120549192508190846001600160401b03811115610a8a57610a8a6133a3565b604051908082528060200260200182016040528015610ab3578160200160208202803683370190505b5090505f5f5b86811015610b41575f5f5f610af38c8c86818110610ad957610ad9613861565b9050602002810190610aeb9190613875565b858b8a611d53565b9250925092508015610b33576001821b9690961795828686610b1481613893565b975081518110610b2657610b26613861565b6020026020010181815250505b505050806001019050610ab9565b505f5b81811015610b9657335f9081526005602052604081208451610b8e9290869085908110610b7357610b73613861565b602002602001015181526020019081526020015f205f6121c7565b600101610b44565b50838314610bb057335f9081526006602052604090208390555b5050505050505050565b5f82815260208190526040902060010154610bd4816121ce565b6106a483836121db565b6001600160a01b0381163314610c075760405163334bd91960e11b815260040160405180910390fd5b610c11828261226a565b505050565b5f8163ffffffff165f03610c2b57505f61057c565b6040830151606084015163ffffffff9182169116811580610c4a575080155b15610c6a5760405163d1f1357f60e01b81525f6004820152602401610619565b8163ffffffff8516811015610cc3578180600181610c8e8763ffffffff8b1661384e565b610c9891906138ab565b610ca2919061384e565b610cac91906138be565b610cb691906138dd565b610cc090846138ab565b90505b8551603c90610cdb906001600160601b0316836138dd565b610ce690603b6138ab565b610cf091906138be565b86602001516001600160601b0316610d0891906138ab565b9695505050505050565b5f610d206020870187613169565b6001600160a01b03161480610d4c57505f610d416040870160208801613169565b6001600160a01b0316145b80610d835750610d626040860160208701613169565b6001600160a01b0316610d786020870187613169565b6001600160a01b0316145b15610da157604051635b72807f60e11b815260040160405180910390fd5b8460e00135421115610dcc5760405163cd21db4f60e01b815260e08601356004820152602401610619565b42610ddd60a08701608088016138f4565b6001600160401b03161080610e0e575064ffffffffff610e0360a08701608088016138f4565b6001600160401b0316115b15610e4857610e2360a08601608087016138f4565b60405163fc0ebfd560e01b81526001600160401b039091166004820152602401610619565b6301e13380610e5d606087016040880161390d565b63ffffffff161115610e9b57610e79606086016040870161390d565b6040516318418c3360e31b815263ffffffff9091166004820152602401610619565b5f610f867fbd2694263d57bd9b8b802af7983b7f44729ca73cbc6cc79f7ce02b67db2612b8610ecd6020890189613169565b610edd60408a0160208b01613169565b610eed60608b0160408c0161390d565b610efd60808c0160608d01613926565b610f0d60a08d0160808e016138f4565b6040805160208101979097526001600160a01b039586169087015293909216606085015263ffffffff16608084015261ffff1660a0838101919091526001600160401b0390911660c0838101919091529089013560e083810191909152908901356101008301528801356101208201526101400161097d565b9050610f986109aa6020880188613169565b610fab6109c56040880160208901613169565b610fc5610fbb6020880188613169565b8760a00135611d01565b610fe2610fd86040880160208901613169565b8760c00135611d01565b610ffa610ff56040880160208901613169565b6122d3565b60408051608081019091525f908061101560208a018a613169565b6001600160a01b0316815260200161103360608a0160408b0161390d565b63ffffffff16815260200161104e60808a0160608b01613926565b61ffff16815260200161106760a08a0160808b016138f4565b64ffffffffff16905290505f60088161108660408b0160208c01613169565b6001600160a01b031681526020808201929092526040015f908120916110ae908b018b613169565b6001600160a01b0316815260208101919091526040015f2054905080156111a5578160075f6110e360408c0160208d01613169565b6001600160a01b0316815260208101919091526040015f2061110660018461384e565b8154811061111657611116613861565b5f91825260209182902083519101805492840151604085015160609095015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909616600160c01b029590951666ffffffffffffff60c01b1963ffffffff909216600160a01b026001600160c01b03199095166001600160a01b03909416939093179390931792909216179190911790556112df565b5f6007816111b960408c0160208d01613169565b6001600160a01b03168152602081019190915260409081015f208054909250106111f6576040516310dfd8b360e21b815260040160405180910390fd5b80546001810182555f8281526020808220865193018054828801516040808a015160608b015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909216600160c01b029190911666ffffffffffffff60c01b1963ffffffff909416600160a01b026001600160c01b03199095166001600160a01b03909916989098179390931791909116959095171790558354926008929161129c918e01908e01613169565b6001600160a01b031681526020808201929092526040015f908120916112c4908d018d613169565b6001600160a01b0316815260208101919091526040015f2055505b6112ef6040890160208a01613169565b6001600160a01b031661130560208a018a613169565b6001600160a01b03167f5e0505a7e6b8acad3516a1edf5019b3695f50c88fcdd639fceee77c5d2cd88bc61133f60608c0160408d0161390d565b61134f60808d0160608e01613926565b61135f60a08e0160808f016138f4565b6040805163ffffffff909416845261ffff90921660208401526001600160401b03169082015260a0808d0135606083015260c08d013560808301520160405180910390a35050505050505050565b5f6060805f5f5f60606113be61238e565b6113c66123b9565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6113fa8383611c6d565b5090949350505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561142e816121ce565b6301e133808363ffffffff161115611461576040516318418c3360e31b815263ffffffff84166004820152602401610619565b6301e133808263ffffffff161115611494576040516318418c3360e31b815263ffffffff83166004820152602401610619565b6004805463ffffffff85811667ffffffffffffffff199092168217640100000000918616918202179092556040805191825260208201929092527f23f954d8e0b84d5aa60a39fb7d397aa50005fa52802dfa37017492a6dec0e674910160405180910390a1505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61152e61308e565b60605f8686801580159061156a575081815f81811061154f5761154f613861565b9050013560f81c60f81b6001600160f81b031916602b60f81b145b156115815761157c8160018185613947565b915091505b5f61158e8b84848b6123e4565b90965090505f8190036115bc578a8a8a8a60405163436fc42d60e01b81526004016106199493929190613996565b6115c8815f8486613947565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525092975061160b9250889150899050610c16565b9350505050955095509592505050565b60605f6116288484611c6d565b50506001600160a01b0386165f9081526005602090815260408083208484528252808320838052918290529091205491925090600160e81b900462ffffff16806001600160401b0381111561167f5761167f6133a3565b6040519080825280602002602001820160405280156116b857816020015b6116a561308e565b81526020019060019003908161169d5790505b5093505f5b8181101561176f575f8181526020848152604091829020825160c08101845290546001600160501b038082168352600160501b8204169282019290925261ffff600160a01b8304811693820193909352600160b01b8204909216606083015264ffffffffff600160c01b820416608083015262ffffff600160e81b9091041660a082015261174a90612465565b85828151811061175c5761175c613861565b60209081029190910101526001016116bd565b505050509392505050565b6001600160a01b0381165f908152600760209081526040808320805482518185028101850190935280835260609492939192909184015b82821015611821575f84815260209081902060408051608081018252918501546001600160a01b0381168352600160a01b810463ffffffff1683850152600160c01b810461ffff1691830191909152600160d01b900464ffffffffff1660608201528252600190920191016117b1565b505050509050919050565b5f82815260208190526040902060010154611846816121ce565b6106a4838361226a565b61185861308e565b5f5f6118648686611c6d565b505090505f6118716130bb565b6001600160a01b0389165f908152600560209081526040808320868452909152902061189d90876124f6565b95509092509050816118ca578888888860405163436fc42d60e01b81526004016106199493929190613996565b6118d381612465565b945050505094509492505050565b5f6118ea6126b9565b905090565b6001600160a01b038084165f908152600760209081526040808320600883528184209487168452939091528120546119299060019061384e565b82549091505f9061193c9060019061384e565b9050808214611a8d575f83828154811061195857611958613861565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff166060820152845490915081908590859081106119cd576119cd613861565b5f91825260209182902083519101805492840151604085015160609095015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909616600160c01b029590951666ffffffffffffff60c01b1963ffffffff909216600160a01b026001600160c01b03199095166001600160a01b0390941693909317939093179290921617919091179055611a628360016138ab565b6001600160a01b038089165f9081526008602090815260408083209551909316825293909352909120555b82805480611a9d57611a9d6139d4565b5f828152602080822083015f1990810180546001600160f81b03191690559092019092556001600160a01b03888116808452600883526040808520928a16808652929093528284209390935590517f9bfc7089b9bf002acc58635a5e9198666f732bd18b077f38d2c787a68cfe3a9e90611b189088906139fc565b60405180910390a3505050505050565b611b4960405180606001604052805f81526020015f81526020015f81525090565b60045463ffffffff8082168352640100000000909104166020808301919091525f196040808401919091526001600160a01b0384165f90815260079092528120805490915b81811015611c65575f838281548110611ba957611ba9613861565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff1660608201819052909150421115611c175750611c5d565b8451602082015163ffffffff161115611c3857602081015163ffffffff1685525b8460400151816040015161ffff161015611c5b5760408082015161ffff16908601525b505b600101611b8e565b505050919050565b5f5f5f611c7a85856127e2565b919450925090508061081757604051639384a63560e01b81525f6004820152602401610619565b5f61057c611cad6126b9565b8360405161190160f01b8152600281019290925260228201526042902090565b611cd9848484846128b5565b6106a457604051633615713d60e21b81526001600160a01b0385166004820152602401610619565b6001600160a01b0382165f908152600360205260409020805460018101909155818114610c11576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610619565b5f8080611d69611d638880613a22565b8861292b565b90935091506001600160501b03611d866040890160208a01613a64565b6001600160601b03161180611db957506001600160501b03611dae6060890160408a01613a64565b6001600160601b0316115b15611dda576040516304041d9560e11b815260048101879052602401610619565b611dea608088016060890161390d565b63ffffffff161580611e0f5750611e0760a088016080890161390d565b63ffffffff16155b80611e30575061ffff611e286080890160608a0161390d565b63ffffffff16115b80611e51575061ffff611e4960a0890160808a0161390d565b63ffffffff16115b15611e725760405163d1f1357f60e01b815260048101879052602401610619565b64ffffffffff611e8860c0890160a08a016138f4565b6001600160401b03161115611eb357604051634974469b60e01b815260048101879052602401610619565b335f9081526005602090815260408083208684528252808320838052918290528220549091600160e81b90910462ffffff169080611ef68b8b86868b8b8e612969565b91509150611f078b82848c8e612abb565b50505f6040518060c001604052808b6020016020810190611f289190613a64565b6001600160501b03168152602001611f4660608d0160408e01613a64565b6001600160501b03168152602001611f6460808d0160608e0161390d565b61ffff168152602001611f7d60a08d0160808e0161390d565b61ffff168152602001611f9660c08d0160a08e016138f4565b64ffffffffff1681526020015f62ffffff168152509050815f0361209057600160a082018181525f808052602086815260409182902085518154928701519387015160608801516080890151965162ffffff16600160e81b026001600160e81b0364ffffffffff909816600160c01b02979097166001600160c01b0361ffff928316600160b01b0261ffff60b01b1993909416600160a01b029290921663ffffffff60a01b196001600160501b03988916600160501b026001600160a01b031990981698909516979097179590951792909216949094179390931792909216179190911790556120879084906121c7565b600193506121af565b62fffffe1982016120b757604051630deec8e960e11b8152600481018a9052602401610619565b5f82815260208481526040918290208351815492850151938501516060860151608087015160a08801516001600160501b039485166001600160a01b031990971696909617600160501b94909716939093029590951763ffffffff60a01b1916600160a01b61ffff9283160261ffff60b01b191617600160b01b9190951602939093176001600160c01b0316600160c01b64ffffffffff909416939093026001600160e81b031692909217600160e81b62ffffff909216919091021790556121808260016138ab565b5f808052602085905260409020805462ffffff92909216600160e81b026001600160e81b039092169190911790555b6121ba8a8784612d35565b5050509450945094915050565b80825d5050565b6121d88133612dd4565b50565b5f6121e683836114fe565b612263575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561221b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161057c565b505f61057c565b5f61227583836114fe565b15612263575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161057c565b6001600160a01b0381165f90815260076020526040902080545b8015610c11576122fc81613a7d565b90505f82828154811061231157612311613861565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff16606082018190529091504211156123885761238884825f015160016118ef565b506122ed565b60606118ea7f0000000000000000000000000000000000000000000000000000000000000000612e11565b60606118ea7f0000000000000000000000000000000000000000000000000000000000000000612e11565b6123ec61308e565b5f5f5f5f6123fa88886127e2565b919450925090508061241f5760405163ac6b05f560e01b815260040160405180910390fd5b506124286130bb565b6001600160a01b0389165f90815260056020908152604080832060069092529091205461245a9190859085908a612e4e565b955091506118d39050815b61246d61308e565b6040518060a00160405280835f01516001600160501b03166001600160601b0316815260200183602001516001600160501b03166001600160601b03168152602001836040015161ffff1663ffffffff168152602001836060015161ffff1663ffffffff168152602001836080015164ffffffffff166001600160401b03168152509050919050565b5f6124ff6130bb565b5f80805260208581526040808320815160c08101835290546001600160501b038082168352600160501b82041693820193909352600160a01b830461ffff90811692820192909252600160b01b83049091166060820152600160c01b820464ffffffffff166080820152600160e81b90910462ffffff1660a0820181905280158061259d5750856001600160401b0316826080015164ffffffffff16115b156125b057505f93508391506108179050565b5f815b60016125bf838361384e565b111561261d575f60026125d283856138ab565b6125dc91906138be565b5f81815260208c905260409020549091506001600160401b038a16600160c01b90910464ffffffffff161161261357809250612617565b8091505b506125b3565b81156126a4575f82815260208a8152604091829020825160c08101845290546001600160501b038082168352600160501b8204169282019290925261ffff600160a01b8304811693820193909352600160b01b8204909216606083015264ffffffffff600160c01b820416608083015262ffffff600160e81b9091041660a08201526126a6565b835b6001975095509093505050509250925092565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561271157507f000000000000000000000000000000000000000000000000000000000000000046145b1561273b57507f000000000000000000000000000000000000000000000000000000000000000090565b6118ea604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f81818115806127f25750600f82115b80612825575084845f81811061280a5761280a613861565b9050013560f81c60f81b6001600160f81b031916600360fc1b145b1561283457505f915081610817565b5f5b8281101561289d575f86868381811061285157612851613861565b909101356001600160f81b031916915050600360fc1b8110806128815750603960f81b6001600160f81b03198216115b1561289457505f93508391506108179050565b50600101612836565b506128a88486613a92565b9250600190509250925092565b5f846001600160a01b03163b5f03612914575f5f6128d4868686612eee565b5090925090505f8160038111156128ed576128ed6139e8565b14801561290b5750866001600160a01b0316826001600160a01b0316145b92505050612923565b61292085858585612f35565b90505b949350505050565b5f5f5f61293886866127e2565b919450925090508061296057604051639384a63560e01b815260048101859052602401610619565b50935093915050565b5f6129726130bb565b8515612a6557865f61298560018961384e565b815260208082019290925260409081015f20815160c0808201845291546001600160501b038082168352600160501b82041694820194909452600160a01b840461ffff90811693820193909352600160b01b84049092166060830152600160c01b830464ffffffffff1660808301819052600160e81b90930462ffffff1660a080840191909152919350612a1e91908c01908c016138f4565b6001600160401b03161015612a5c57608081015160405163653eceb760e11b8152600481018a905264ffffffffff9091166024820152604401610619565b60019150612aaf565b6001841115612aaf57335f908152600560205260409020612aa89086612a8c60018861384e565b600187178d60a0016020810190612aa391906138f4565b612e4e565b5090925090505b97509795505050505050565b5f838015612b66575084516001600160501b0316612adf6040880160208901613a64565b6001600160601b03161180612b18575060208501516001600160501b0316612b0d6060880160408901613a64565b6001600160601b0316115b80612b3f5750604085015161ffff16612b37608088016060890161390d565b63ffffffff16115b80612b665750606085015161ffff16612b5e60a088016080890161390d565b63ffffffff16115b90505f81612b78578360200151612b7b565b83515b612b8590426138ab565b905080612b9860c0890160a08a016138f4565b6001600160401b03161015612bd2576040516370feeb4160e01b8152600481018490526001600160401b0382166024820152604401610619565b818015612be457505f19846040015114155b15612d2c575f8460400151612710612bfc91906138ab565b8751909150612c159082906001600160501b03166138dd565b612c2560408a0160208b01613a64565b612c3a906001600160601b03166127106138dd565b1180612c8157508087602001516001600160501b0316612c5a91906138dd565b612c6a60608a0160408b01613a64565b612c7f906001600160601b03166127106138dd565b115b80612cbf575080876040015161ffff16612c9b91906138dd565b612cab60808a0160608b0161390d565b612cbd9063ffffffff166127106138dd565b115b80612cfd575080876060015161ffff16612cd991906138dd565b612ce960a08a0160808b0161390d565b612cfb9063ffffffff166127106138dd565b115b15610bb05783856040015160405163298accd960e01b8152600401610619929190918252602082015260400190565b50505050505050565b81337f4333f1c70e018c922b1c91a911508f67bd4c27473d33441827917dcdc0510d28612d628680613a22565b612d726040890160208a01613a64565b612d8260608a0160408b01613a64565b612d9260808b0160608c0161390d565b612da260a08c0160808d0161390d565b612db260c08d0160a08e016138f4565b8a604051612dc7989796959493929190613aaf565b60405180910390a3505050565b612dde82826114fe565b612e0d5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610619565b5050565b60605f612e1d83612f9f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f612e576130bb565b845b8015612edd576001811b851615612ecd575f8881612e788460086138dd565b5f19901c198a16815260208101919091526040015f2090506001861615801590612ea05750805c5b15612eab5750612ecd565b612eb581866124f6565b5090945092508315612ecb576001935050612ee3565b505b612ed681613a7d565b9050612e59565b505f9150815b955095509592505050565b5f80806041849003612f22578435602086013560408701355f1a612f1489828585612fc6565b955095509550505050612f2c565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f60ff8216601f81111561057c57604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612fff57505f91506003905082613084565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613050573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661307b57505f925060019150829050613084565b92505f91508190505b9450945094915050565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b5f602082840312156130ff575f5ffd5b81356001600160e01b031981168114613116575f5ffd5b9392505050565b80356001600160a01b0381168114613133575f5ffd5b919050565b5f5f60408385031215613149575f5ffd5b6131528361311d565b91506131606020840161311d565b90509250929050565b5f60208284031215613179575f5ffd5b6131168261311d565b5f5f83601f840112613192575f5ffd5b5081356001600160401b038111156131a8575f5ffd5b6020830191508360208285010111156131bf575f5ffd5b9250929050565b5f5f5f604084860312156131d8575f5ffd5b6131e18461311d565b925060208401356001600160401b038111156131fb575f5ffd5b61320786828701613182565b9497909650939450505050565b80516001600160a01b0316825260208082015163ffffffff169083015260408082015161ffff169083015260609081015164ffffffffff16910152565b831515815260c081016132676020830185613214565b82151560a0830152949350505050565b5f5f5f5f5f85870360e081121561328c575f5ffd5b60a0811215613299575f5ffd5b5085945060a08601356001600160401b038111156132b5575f5ffd5b6132c188828901613182565b90955093505060c08601356001600160401b038111156132df575f5ffd5b6132eb88828901613182565b969995985093965092949392505050565b5f6020828403121561330c575f5ffd5b5035919050565b5f5f60208385031215613324575f5ffd5b82356001600160401b03811115613339575f5ffd5b8301601f81018513613349575f5ffd5b80356001600160401b0381111561335e575f5ffd5b8560208260051b8401011115613372575f5ffd5b6020919091019590945092505050565b5f5f60408385031215613393575f5ffd5b823591506131606020840161311d565b634e487b7160e01b5f52604160045260245ffd5b80356001600160601b0381168114613133575f5ffd5b803563ffffffff81168114613133575f5ffd5b80356001600160401b0381168114613133575f5ffd5b5f5f82840360c0811215613408575f5ffd5b60a0811215613415575f5ffd5b5060405160a081018181106001600160401b038211171561344457634e487b7160e01b5f52604160045260245ffd5b604052613450846133b7565b815261345e602085016133b7565b602082015261346f604085016133cd565b6040820152613480606085016133cd565b6060820152613491608085016133e0565b6080820152915061316060a084016133cd565b5f5f5f5f5f8587036101408112156134ba575f5ffd5b6101008112156134c8575f5ffd5b508594506101008601356001600160401b038111156134e5575f5ffd5b6134f188828901613182565b9095509350506101208601356001600160401b038111156132df575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61355c60e0830189613510565b828103604084015261356e8189613510565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156135c35783518352602093840193909201916001016135a5565b50909b9a5050505050505050505050565b5f5f602083850312156135e5575f5ffd5b82356001600160401b038111156135fa575f5ffd5b61360685828601613182565b90969095509350505050565b5f5f60408385031215613623575f5ffd5b61362c836133cd565b9150613160602084016133cd565b5f5f5f5f5f6080868803121561364e575f5ffd5b6136578661311d565b945060208601356001600160401b03811115613671575f5ffd5b61367d88828901613182565b90955093506136909050604087016133e0565b915061369e606087016133cd565b90509295509295909350565b6001600160601b0381511682526001600160601b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301526001600160401b0360808201511660808301525050565b61370b81856136aa565b60e060a08201525f61372060e0830185613510565b90508260c0830152949350505050565b602080825282518282018190525f918401906040840190835b818110156137725761375c8385516136aa565b6020939093019260a09290920191600101613749565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613772576137a9838551613214565b6020939093019260809290920191600101613796565b5f5f5f5f606085870312156137d2575f5ffd5b6137db8561311d565b935060208501356001600160401b038111156137f5575f5ffd5b61380187828801613182565b90945092506138149050604086016133e0565b905092959194509250565b60c0810161382d82856136aa565b8260a08301529392505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561057c5761057c61383a565b634e487b7160e01b5f52603260045260245ffd5b5f823560be19833603018112613889575f5ffd5b9190910192915050565b5f600182016138a4576138a461383a565b5060010190565b8082018082111561057c5761057c61383a565b5f826138d857634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761057c5761057c61383a565b5f60208284031215613904575f5ffd5b613116826133e0565b5f6020828403121561391d575f5ffd5b613116826133cd565b5f60208284031215613936575f5ffd5b813561ffff81168114613116575f5ffd5b5f5f85851115613955575f5ffd5b83861115613961575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03851681526060602082018190525f906139ba908301858761396e565b90506001600160401b038316604083015295945050505050565b634e487b7160e01b5f52603160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b6020810160028310613a1c57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f8335601e19843603018112613a37575f5ffd5b8301803591506001600160401b03821115613a50575f5ffd5b6020019150368190038213156131bf575f5ffd5b5f60208284031215613a74575f5ffd5b613116826133b7565b5f81613a8b57613a8b61383a565b505f190190565b8035602083101561057c575f19602084900360031b1b1692915050565b60e081525f613ac260e083018a8c61396e565b6001600160601b03988916602084015296909716604082015263ffffffff94851660608201529290931660808301526001600160401b031660a082015260c00152939250505056fea2646970667358221220c2969daa9e9f09b9925022f2d393690c1461f0165b2ff4923e9db45c89b4268464736f6c634300081e0033",
}

// RateExchange is an auto generated Go binding around an Ethereum contract.
type RateExchange struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RateExchange) GetABI() abi.ABI {
	return c.abi
}

// NewRateExchange creates a new instance of RateExchange.
func NewRateExchange() *RateExchange {
	parsed, err := RateExchangeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RateExchange{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RateExchange) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (rateExchange *RateExchange) PackConstructor(admin common.Address) []byte {
	enc, err := rateExchange.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGREEMENTENDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b8ca9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREEMENT_END_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) PackAGREEMENTENDTYPEHASH() []byte {
	enc, err := rateExchange.abi.Pack("AGREEMENT_END_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEMENTENDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b8ca9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREEMENT_END_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) TryPackAGREEMENTENDTYPEHASH() ([]byte, error) {
	return rateExchange.abi.Pack("AGREEMENT_END_TYPEHASH")
}

// UnpackAGREEMENTENDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3b8ca9b.
//
// Solidity: function AGREEMENT_END_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) UnpackAGREEMENTENDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("AGREEMENT_END_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAGREEMENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcafec4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREEMENT_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) PackAGREEMENTTYPEHASH() []byte {
	enc, err := rateExchange.abi.Pack("AGREEMENT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEMENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcafec4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREEMENT_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) TryPackAGREEMENTTYPEHASH() ([]byte, error) {
	return rateExchange.abi.Pack("AGREEMENT_TYPEHASH")
}

// UnpackAGREEMENTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcafec4f.
//
// Solidity: function AGREEMENT_TYPEHASH() view returns(bytes32)
func (rateExchange *RateExchange) UnpackAGREEMENTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("AGREEMENT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) PackDEFAULTADMINROLE() []byte {
	enc, err := rateExchange.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return rateExchange.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) PackGOVERNORROLE() []byte {
	enc, err := rateExchange.abi.Pack("GOVERNOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) TryPackGOVERNORROLE() ([]byte, error) {
	return rateExchange.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (rateExchange *RateExchange) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXAGREEMENTSPERSELLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7dc096.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_AGREEMENTS_PER_SELLER() view returns(uint256)
func (rateExchange *RateExchange) PackMAXAGREEMENTSPERSELLER() []byte {
	enc, err := rateExchange.abi.Pack("MAX_AGREEMENTS_PER_SELLER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXAGREEMENTSPERSELLER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7dc096.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_AGREEMENTS_PER_SELLER() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXAGREEMENTSPERSELLER() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_AGREEMENTS_PER_SELLER")
}

// UnpackMAXAGREEMENTSPERSELLER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b7dc096.
//
// Solidity: function MAX_AGREEMENTS_PER_SELLER() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXAGREEMENTSPERSELLER(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_AGREEMENTS_PER_SELLER", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rateExchange *RateExchange) PackMAXAMOUNT() []byte {
	enc, err := rateExchange.abi.Pack("MAX_AMOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXAMOUNT() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_AMOUNT")
}

// UnpackMAXAMOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd40dc870.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXAMOUNT(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_AMOUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINCREMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4091a53e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INCREMENT() view returns(uint256)
func (rateExchange *RateExchange) PackMAXINCREMENT() []byte {
	enc, err := rateExchange.abi.Pack("MAX_INCREMENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINCREMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4091a53e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INCREMENT() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXINCREMENT() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_INCREMENT")
}

// UnpackMAXINCREMENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4091a53e.
//
// Solidity: function MAX_INCREMENT() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXINCREMENT(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_INCREMENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNOTICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e34278.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NOTICE() view returns(uint256)
func (rateExchange *RateExchange) PackMAXNOTICE() []byte {
	enc, err := rateExchange.abi.Pack("MAX_NOTICE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNOTICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e34278.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NOTICE() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXNOTICE() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_NOTICE")
}

// UnpackMAXNOTICE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2e34278.
//
// Solidity: function MAX_NOTICE() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXNOTICE(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_NOTICE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26949984.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIME() view returns(uint256)
func (rateExchange *RateExchange) PackMAXTIME() []byte {
	enc, err := rateExchange.abi.Pack("MAX_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26949984.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIME() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXTIME() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_TIME")
}

// UnpackMAXTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26949984.
//
// Solidity: function MAX_TIME() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXTIME(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_TIME", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAgreementOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f1c343d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agreementOf(address buyer, address seller) view returns(bool exists, (address,uint32,uint16,uint40) terms, bool inForce)
func (rateExchange *RateExchange) PackAgreementOf(buyer common.Address, seller common.Address) []byte {
	enc, err := rateExchange.abi.Pack("agreementOf", buyer, seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgreementOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f1c343d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agreementOf(address buyer, address seller) view returns(bool exists, (address,uint32,uint16,uint40) terms, bool inForce)
func (rateExchange *RateExchange) TryPackAgreementOf(buyer common.Address, seller common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("agreementOf", buyer, seller)
}

// AgreementOfOutput serves as a container for the return parameters of contract
// method AgreementOf.
type AgreementOfOutput struct {
	Exists  bool
	Terms   RateExchangeAgreementTerms
	InForce bool
}

// UnpackAgreementOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f1c343d.
//
// Solidity: function agreementOf(address buyer, address seller) view returns(bool exists, (address,uint32,uint16,uint40) terms, bool inForce)
func (rateExchange *RateExchange) UnpackAgreementOf(data []byte) (AgreementOfOutput, error) {
	out, err := rateExchange.abi.Unpack("agreementOf", data)
	outstruct := new(AgreementOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Terms = *abi.ConvertType(out[1], new(RateExchangeAgreementTerms)).(*RateExchangeAgreementTerms)
	outstruct.InForce = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackAgreementsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5571675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agreementsOf(address seller) view returns((address,uint32,uint16,uint40)[] list)
func (rateExchange *RateExchange) PackAgreementsOf(seller common.Address) []byte {
	enc, err := rateExchange.abi.Pack("agreementsOf", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgreementsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5571675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agreementsOf(address seller) view returns((address,uint32,uint16,uint40)[] list)
func (rateExchange *RateExchange) TryPackAgreementsOf(seller common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("agreementsOf", seller)
}

// UnpackAgreementsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5571675.
//
// Solidity: function agreementsOf(address seller) view returns((address,uint32,uint16,uint40)[] list)
func (rateExchange *RateExchange) UnpackAgreementsOf(data []byte) ([]RateExchangeAgreementTerms, error) {
	out, err := rateExchange.abi.Unpack("agreementsOf", data)
	if err != nil {
		return *new([]RateExchangeAgreementTerms), err
	}
	out0 := *abi.ConvertType(out[0], new([]RateExchangeAgreementTerms)).(*[]RateExchangeAgreementTerms)
	return out0, nil
}

// PackClearExpiredAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a9a4934.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clearExpiredAgreement(address buyer, address seller) returns()
func (rateExchange *RateExchange) PackClearExpiredAgreement(buyer common.Address, seller common.Address) []byte {
	enc, err := rateExchange.abi.Pack("clearExpiredAgreement", buyer, seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClearExpiredAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a9a4934.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clearExpiredAgreement(address buyer, address seller) returns()
func (rateExchange *RateExchange) TryPackClearExpiredAgreement(buyer common.Address, seller common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("clearExpiredAgreement", buyer, seller)
}

// PackCostOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4087dd3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function costOf((uint96,uint96,uint32,uint32,uint64) entry, uint32 durationSeconds) pure returns(uint256 cost)
func (rateExchange *RateExchange) PackCostOf(entry RateExchangeRateEntry, durationSeconds uint32) []byte {
	enc, err := rateExchange.abi.Pack("costOf", entry, durationSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCostOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4087dd3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function costOf((uint96,uint96,uint32,uint32,uint64) entry, uint32 durationSeconds) pure returns(uint256 cost)
func (rateExchange *RateExchange) TryPackCostOf(entry RateExchangeRateEntry, durationSeconds uint32) ([]byte, error) {
	return rateExchange.abi.Pack("costOf", entry, durationSeconds)
}

// UnpackCostOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4087dd3c.
//
// Solidity: function costOf((uint96,uint96,uint32,uint32,uint64) entry, uint32 durationSeconds) pure returns(uint256 cost)
func (rateExchange *RateExchange) UnpackCostOf(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("costOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecreaseNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ded6db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseNotice() view returns(uint32)
func (rateExchange *RateExchange) PackDecreaseNotice() []byte {
	enc, err := rateExchange.abi.Pack("decreaseNotice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ded6db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseNotice() view returns(uint32)
func (rateExchange *RateExchange) TryPackDecreaseNotice() ([]byte, error) {
	return rateExchange.abi.Pack("decreaseNotice")
}

// UnpackDecreaseNotice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44ded6db.
//
// Solidity: function decreaseNotice() view returns(uint32)
func (rateExchange *RateExchange) UnpackDecreaseNotice(data []byte) (uint32, error) {
	out, err := rateExchange.abi.Unpack("decreaseNotice", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rateExchange *RateExchange) PackDomainSeparator() []byte {
	enc, err := rateExchange.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rateExchange *RateExchange) TryPackDomainSeparator() ([]byte, error) {
	return rateExchange.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (rateExchange *RateExchange) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rateExchange *RateExchange) PackEip712Domain() []byte {
	enc, err := rateExchange.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rateExchange *RateExchange) TryPackEip712Domain() ([]byte, error) {
	return rateExchange.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rateExchange *RateExchange) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := rateExchange.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEndAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21fc30ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endAgreement((address,address,uint256,uint256,uint256) e, bytes buyerSig, bytes sellerSig) returns()
func (rateExchange *RateExchange) PackEndAgreement(e RateExchangeAgreementEnd, buyerSig []byte, sellerSig []byte) []byte {
	enc, err := rateExchange.abi.Pack("endAgreement", e, buyerSig, sellerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21fc30ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endAgreement((address,address,uint256,uint256,uint256) e, bytes buyerSig, bytes sellerSig) returns()
func (rateExchange *RateExchange) TryPackEndAgreement(e RateExchangeAgreementEnd, buyerSig []byte, sellerSig []byte) ([]byte, error) {
	return rateExchange.abi.Pack("endAgreement", e, buyerSig, sellerSig)
}

// PackEntryAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8e27252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entryAt(address seller, string prefix, uint64 time) view returns((uint96,uint96,uint32,uint32,uint64) entry, uint256 index)
func (rateExchange *RateExchange) PackEntryAt(seller common.Address, prefix string, time uint64) []byte {
	enc, err := rateExchange.abi.Pack("entryAt", seller, prefix, time)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntryAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8e27252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entryAt(address seller, string prefix, uint64 time) view returns((uint96,uint96,uint32,uint32,uint64) entry, uint256 index)
func (rateExchange *RateExchange) TryPackEntryAt(seller common.Address, prefix string, time uint64) ([]byte, error) {
	return rateExchange.abi.Pack("entryAt", seller, prefix, time)
}

// EntryAtOutput serves as a container for the return parameters of contract
// method EntryAt.
type EntryAtOutput struct {
	Entry RateExchangeRateEntry
	Index *big.Int
}

// UnpackEntryAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8e27252.
//
// Solidity: function entryAt(address seller, string prefix, uint64 time) view returns((uint96,uint96,uint32,uint32,uint64) entry, uint256 index)
func (rateExchange *RateExchange) UnpackEntryAt(data []byte) (EntryAtOutput, error) {
	out, err := rateExchange.abi.Unpack("entryAt", data)
	outstruct := new(EntryAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Entry = *abi.ConvertType(out[0], new(RateExchangeRateEntry)).(*RateExchangeRateEntry)
	outstruct.Index = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rateExchange *RateExchange) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := rateExchange.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rateExchange *RateExchange) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return rateExchange.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rateExchange *RateExchange) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rateExchange *RateExchange) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := rateExchange.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rateExchange *RateExchange) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rateExchange *RateExchange) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := rateExchange.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rateExchange *RateExchange) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rateExchange *RateExchange) UnpackHasRole(data []byte) (bool, error) {
	out, err := rateExchange.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa20730f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function history(address seller, string prefix) view returns((uint96,uint96,uint32,uint32,uint64)[] entries)
func (rateExchange *RateExchange) PackHistory(seller common.Address, prefix string) []byte {
	enc, err := rateExchange.abi.Pack("history", seller, prefix)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHistory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa20730f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function history(address seller, string prefix) view returns((uint96,uint96,uint32,uint32,uint64)[] entries)
func (rateExchange *RateExchange) TryPackHistory(seller common.Address, prefix string) ([]byte, error) {
	return rateExchange.abi.Pack("history", seller, prefix)
}

// UnpackHistory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa20730f2.
//
// Solidity: function history(address seller, string prefix) view returns((uint96,uint96,uint32,uint32,uint64)[] entries)
func (rateExchange *RateExchange) UnpackHistory(data []byte) ([]RateExchangeRateEntry, error) {
	out, err := rateExchange.abi.Unpack("history", data)
	if err != nil {
		return *new([]RateExchangeRateEntry), err
	}
	out0 := *abi.ConvertType(out[0], new([]RateExchangeRateEntry)).(*[]RateExchangeRateEntry)
	return out0, nil
}

// PackHistoryLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x167bf717.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function historyLength(address seller, string prefix) view returns(uint256 count)
func (rateExchange *RateExchange) PackHistoryLength(seller common.Address, prefix string) []byte {
	enc, err := rateExchange.abi.Pack("historyLength", seller, prefix)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHistoryLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x167bf717.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function historyLength(address seller, string prefix) view returns(uint256 count)
func (rateExchange *RateExchange) TryPackHistoryLength(seller common.Address, prefix string) ([]byte, error) {
	return rateExchange.abi.Pack("historyLength", seller, prefix)
}

// UnpackHistoryLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x167bf717.
//
// Solidity: function historyLength(address seller, string prefix) view returns(uint256 count)
func (rateExchange *RateExchange) UnpackHistoryLength(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("historyLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIncreaseNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x991e623a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseNotice() view returns(uint32)
func (rateExchange *RateExchange) PackIncreaseNotice() []byte {
	enc, err := rateExchange.abi.Pack("increaseNotice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseNotice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x991e623a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseNotice() view returns(uint32)
func (rateExchange *RateExchange) TryPackIncreaseNotice() ([]byte, error) {
	return rateExchange.abi.Pack("increaseNotice")
}

// UnpackIncreaseNotice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x991e623a.
//
// Solidity: function increaseNotice() view returns(uint32)
func (rateExchange *RateExchange) UnpackIncreaseNotice(data []byte) (uint32, error) {
	out, err := rateExchange.abi.Unpack("increaseNotice", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rateExchange *RateExchange) PackNonces(owner common.Address) []byte {
	enc, err := rateExchange.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rateExchange *RateExchange) TryPackNonces(owner common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rateExchange *RateExchange) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrefixKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8948dfd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prefixKey(string prefix) pure returns(bytes32 key)
func (rateExchange *RateExchange) PackPrefixKey(prefix string) []byte {
	enc, err := rateExchange.abi.Pack("prefixKey", prefix)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrefixKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8948dfd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prefixKey(string prefix) pure returns(bytes32 key)
func (rateExchange *RateExchange) TryPackPrefixKey(prefix string) ([]byte, error) {
	return rateExchange.abi.Pack("prefixKey", prefix)
}

// UnpackPrefixKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8948dfd8.
//
// Solidity: function prefixKey(string prefix) pure returns(bytes32 key)
func (rateExchange *RateExchange) UnpackPrefixKey(data []byte) ([32]byte, error) {
	out, err := rateExchange.abi.Unpack("prefixKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f4115f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,uint96,uint96,uint32,uint32,uint64)[] entries) returns()
func (rateExchange *RateExchange) PackPublish(entries []RateExchangeRateInput) []byte {
	enc, err := rateExchange.abi.Pack("publish", entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f4115f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,uint96,uint96,uint32,uint32,uint64)[] entries) returns()
func (rateExchange *RateExchange) TryPackPublish(entries []RateExchangeRateInput) ([]byte, error) {
	return rateExchange.abi.Pack("publish", entries)
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e3b2f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(address seller, string destination, uint64 time, uint32 durationSeconds) view returns((uint96,uint96,uint32,uint32,uint64) entry, string prefix, uint256 cost)
func (rateExchange *RateExchange) PackQuote(seller common.Address, destination string, time uint64, durationSeconds uint32) []byte {
	enc, err := rateExchange.abi.Pack("quote", seller, destination, time, durationSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e3b2f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(address seller, string destination, uint64 time, uint32 durationSeconds) view returns((uint96,uint96,uint32,uint32,uint64) entry, string prefix, uint256 cost)
func (rateExchange *RateExchange) TryPackQuote(seller common.Address, destination string, time uint64, durationSeconds uint32) ([]byte, error) {
	return rateExchange.abi.Pack("quote", seller, destination, time, durationSeconds)
}

// QuoteOutput serves as a container for the return parameters of contract
// method Quote.
type QuoteOutput struct {
	Entry  RateExchangeRateEntry
	Prefix string
	Cost   *big.Int
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99e3b2f3.
//
// Solidity: function quote(address seller, string destination, uint64 time, uint32 durationSeconds) view returns((uint96,uint96,uint32,uint32,uint64) entry, string prefix, uint256 cost)
func (rateExchange *RateExchange) UnpackQuote(data []byte) (QuoteOutput, error) {
	out, err := rateExchange.abi.Unpack("quote", data)
	outstruct := new(QuoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Entry = *abi.ConvertType(out[0], new(RateExchangeRateEntry)).(*RateExchangeRateEntry)
	outstruct.Prefix = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Cost = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rateExchange *RateExchange) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := rateExchange.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rateExchange *RateExchange) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rateExchange *RateExchange) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := rateExchange.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rateExchange *RateExchange) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("revokeRole", role, account)
}

// PackSellerTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cec8bd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerTerms(address seller) view returns(uint256 noticeForIncrease, uint256 noticeForDecrease, uint256 maxIncreaseBps)
func (rateExchange *RateExchange) PackSellerTerms(seller common.Address) []byte {
	enc, err := rateExchange.abi.Pack("sellerTerms", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cec8bd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerTerms(address seller) view returns(uint256 noticeForIncrease, uint256 noticeForDecrease, uint256 maxIncreaseBps)
func (rateExchange *RateExchange) TryPackSellerTerms(seller common.Address) ([]byte, error) {
	return rateExchange.abi.Pack("sellerTerms", seller)
}

// SellerTermsOutput serves as a container for the return parameters of contract
// method SellerTerms.
type SellerTermsOutput struct {
	NoticeForIncrease *big.Int
	NoticeForDecrease *big.Int
	MaxIncreaseBps    *big.Int
}

// UnpackSellerTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0cec8bd9.
//
// Solidity: function sellerTerms(address seller) view returns(uint256 noticeForIncrease, uint256 noticeForDecrease, uint256 maxIncreaseBps)
func (rateExchange *RateExchange) UnpackSellerTerms(data []byte) (SellerTermsOutput, error) {
	out, err := rateExchange.abi.Unpack("sellerTerms", data)
	outstruct := new(SellerTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NoticeForIncrease = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.NoticeForDecrease = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MaxIncreaseBps = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a244da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgreement((address,address,uint32,uint16,uint64,uint256,uint256,uint256) a, bytes buyerSig, bytes sellerSig) returns()
func (rateExchange *RateExchange) PackSetAgreement(a RateExchangeAgreement, buyerSig []byte, sellerSig []byte) []byte {
	enc, err := rateExchange.abi.Pack("setAgreement", a, buyerSig, sellerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgreement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a244da6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgreement((address,address,uint32,uint16,uint64,uint256,uint256,uint256) a, bytes buyerSig, bytes sellerSig) returns()
func (rateExchange *RateExchange) TryPackSetAgreement(a RateExchangeAgreement, buyerSig []byte, sellerSig []byte) ([]byte, error) {
	return rateExchange.abi.Pack("setAgreement", a, buyerSig, sellerSig)
}

// PackSetNoticeDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89a8d87d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNoticeDefaults(uint32 increaseNotice_, uint32 decreaseNotice_) returns()
func (rateExchange *RateExchange) PackSetNoticeDefaults(increaseNotice uint32, decreaseNotice uint32) []byte {
	enc, err := rateExchange.abi.Pack("setNoticeDefaults", increaseNotice, decreaseNotice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNoticeDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89a8d87d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNoticeDefaults(uint32 increaseNotice_, uint32 decreaseNotice_) returns()
func (rateExchange *RateExchange) TryPackSetNoticeDefaults(increaseNotice uint32, decreaseNotice uint32) ([]byte, error) {
	return rateExchange.abi.Pack("setNoticeDefaults", increaseNotice, decreaseNotice)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rateExchange *RateExchange) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := rateExchange.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rateExchange *RateExchange) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return rateExchange.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rateExchange *RateExchange) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := rateExchange.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// RateExchangeAgreementEnded represents a AgreementEnded event raised by the RateExchange contract.
type RateExchangeAgreementEnded struct {
	Buyer  common.Address
	Seller common.Address
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const RateExchangeAgreementEndedEventName = "AgreementEnded"

// ContractEventName returns the user-defined event name.
func (RateExchangeAgreementEnded) ContractEventName() string {
	return RateExchangeAgreementEndedEventName
}

// UnpackAgreementEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgreementEnded(address indexed buyer, address indexed seller, uint8 reason)
func (rateExchange *RateExchange) UnpackAgreementEndedEvent(log *types.Log) (*RateExchangeAgreementEnded, error) {
	event := "AgreementEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeAgreementEnded)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeAgreementSet represents a AgreementSet event raised by the RateExchange contract.
type RateExchangeAgreementSet struct {
	Buyer          common.Address
	Seller         common.Address
	NoticeSeconds  uint32
	MaxIncreaseBps uint16
	ValidUntil     uint64
	BuyerNonce     *big.Int
	SellerNonce    *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RateExchangeAgreementSetEventName = "AgreementSet"

// ContractEventName returns the user-defined event name.
func (RateExchangeAgreementSet) ContractEventName() string {
	return RateExchangeAgreementSetEventName
}

// UnpackAgreementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgreementSet(address indexed buyer, address indexed seller, uint32 noticeSeconds, uint16 maxIncreaseBps, uint64 validUntil, uint256 buyerNonce, uint256 sellerNonce)
func (rateExchange *RateExchange) UnpackAgreementSetEvent(log *types.Log) (*RateExchangeAgreementSet, error) {
	event := "AgreementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeAgreementSet)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeEIP712DomainChanged represents a EIP712DomainChanged event raised by the RateExchange contract.
type RateExchangeEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RateExchangeEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RateExchangeEIP712DomainChanged) ContractEventName() string {
	return RateExchangeEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (rateExchange *RateExchange) UnpackEIP712DomainChangedEvent(log *types.Log) (*RateExchangeEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeNoticeDefaultsSet represents a NoticeDefaultsSet event raised by the RateExchange contract.
type RateExchangeNoticeDefaultsSet struct {
	IncreaseNotice uint32
	DecreaseNotice uint32
	Raw            *types.Log // Blockchain specific contextual infos
}

const RateExchangeNoticeDefaultsSetEventName = "NoticeDefaultsSet"

// ContractEventName returns the user-defined event name.
func (RateExchangeNoticeDefaultsSet) ContractEventName() string {
	return RateExchangeNoticeDefaultsSetEventName
}

// UnpackNoticeDefaultsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoticeDefaultsSet(uint32 increaseNotice, uint32 decreaseNotice)
func (rateExchange *RateExchange) UnpackNoticeDefaultsSetEvent(log *types.Log) (*RateExchangeNoticeDefaultsSet, error) {
	event := "NoticeDefaultsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeNoticeDefaultsSet)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeRatePublished represents a RatePublished event raised by the RateExchange contract.
type RateExchangeRatePublished struct {
	Seller              common.Address
	PrefixKey           [32]byte
	Prefix              string
	RatePerMinute       *big.Int
	ConnectFee          *big.Int
	InitialIncrement    uint32
	SubsequentIncrement uint32
	EffectiveTime       uint64
	Index               *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const RateExchangeRatePublishedEventName = "RatePublished"

// ContractEventName returns the user-defined event name.
func (RateExchangeRatePublished) ContractEventName() string {
	return RateExchangeRatePublishedEventName
}

// UnpackRatePublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RatePublished(address indexed seller, bytes32 indexed prefixKey, string prefix, uint96 ratePerMinute, uint96 connectFee, uint32 initialIncrement, uint32 subsequentIncrement, uint64 effectiveTime, uint256 index)
func (rateExchange *RateExchange) UnpackRatePublishedEvent(log *types.Log) (*RateExchangeRatePublished, error) {
	event := "RatePublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeRatePublished)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeRoleAdminChanged represents a RoleAdminChanged event raised by the RateExchange contract.
type RateExchangeRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RateExchangeRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RateExchangeRoleAdminChanged) ContractEventName() string {
	return RateExchangeRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (rateExchange *RateExchange) UnpackRoleAdminChangedEvent(log *types.Log) (*RateExchangeRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeRoleGranted represents a RoleGranted event raised by the RateExchange contract.
type RateExchangeRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RateExchangeRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RateExchangeRoleGranted) ContractEventName() string {
	return RateExchangeRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (rateExchange *RateExchange) UnpackRoleGrantedEvent(log *types.Log) (*RateExchangeRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeRoleGranted)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RateExchangeRoleRevoked represents a RoleRevoked event raised by the RateExchange contract.
type RateExchangeRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RateExchangeRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RateExchangeRoleRevoked) ContractEventName() string {
	return RateExchangeRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (rateExchange *RateExchange) UnpackRoleRevokedEvent(log *types.Log) (*RateExchangeRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rateExchange.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RateExchangeRoleRevoked)
	if len(log.Data) > 0 {
		if err := rateExchange.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rateExchange.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rateExchange *RateExchange) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return rateExchange.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rateExchange.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["AgreementExpired"].ID.Bytes()[:4]) {
		return rateExchange.UnpackAgreementExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["AgreementStillInForce"].ID.Bytes()[:4]) {
		return rateExchange.UnpackAgreementStillInForceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rateExchange.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["BeforeLastEntry"].ID.Bytes()[:4]) {
		return rateExchange.UnpackBeforeLastEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["EffectiveTimeTooLarge"].ID.Bytes()[:4]) {
		return rateExchange.UnpackEffectiveTimeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return rateExchange.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["HistoryFull"].ID.Bytes()[:4]) {
		return rateExchange.UnpackHistoryFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["IncreaseTooLarge"].ID.Bytes()[:4]) {
		return rateExchange.UnpackIncreaseTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidDestination"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidDestinationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidIncrement"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidIncrementError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidParties"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidPartiesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidPrefix"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidPrefixError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return rateExchange.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["NoAgreement"].ID.Bytes()[:4]) {
		return rateExchange.UnpackNoAgreementError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["NoRate"].ID.Bytes()[:4]) {
		return rateExchange.UnpackNoRateError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["NotAParty"].ID.Bytes()[:4]) {
		return rateExchange.UnpackNotAPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["NoticeTooLong"].ID.Bytes()[:4]) {
		return rateExchange.UnpackNoticeTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["NoticeTooShort"].ID.Bytes()[:4]) {
		return rateExchange.UnpackNoticeTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return rateExchange.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rateExchange.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["TooManyAgreements"].ID.Bytes()[:4]) {
		return rateExchange.UnpackTooManyAgreementsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RateExchangeAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RateExchange contract.
type RateExchangeAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RateExchangeAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (rateExchange *RateExchange) UnpackAccessControlBadConfirmationError(raw []byte) (*RateExchangeAccessControlBadConfirmation, error) {
	out := new(RateExchangeAccessControlBadConfirmation)
	if err := rateExchange.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RateExchange contract.
type RateExchangeAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RateExchangeAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (rateExchange *RateExchange) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RateExchangeAccessControlUnauthorizedAccount, error) {
	out := new(RateExchangeAccessControlUnauthorizedAccount)
	if err := rateExchange.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeAgreementExpired represents a AgreementExpired error raised by the RateExchange contract.
type RateExchangeAgreementExpired struct {
	ValidUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgreementExpired(uint64 validUntil)
func RateExchangeAgreementExpiredErrorID() common.Hash {
	return common.HexToHash("0xfc0ebfd56ae7ccb424b2e5ba628fb13dd0900833b62789953c5ef3c73e9b945c")
}

// UnpackAgreementExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgreementExpired(uint64 validUntil)
func (rateExchange *RateExchange) UnpackAgreementExpiredError(raw []byte) (*RateExchangeAgreementExpired, error) {
	out := new(RateExchangeAgreementExpired)
	if err := rateExchange.abi.UnpackIntoInterface(out, "AgreementExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeAgreementStillInForce represents a AgreementStillInForce error raised by the RateExchange contract.
type RateExchangeAgreementStillInForce struct {
	ValidUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgreementStillInForce(uint64 validUntil)
func RateExchangeAgreementStillInForceErrorID() common.Hash {
	return common.HexToHash("0x36c37d6482acdc48649626bcd883394f509951ff0ba3d03462c2a9a9818e00fd")
}

// UnpackAgreementStillInForceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgreementStillInForce(uint64 validUntil)
func (rateExchange *RateExchange) UnpackAgreementStillInForceError(raw []byte) (*RateExchangeAgreementStillInForce, error) {
	out := new(RateExchangeAgreementStillInForce)
	if err := rateExchange.abi.UnpackIntoInterface(out, "AgreementStillInForce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeAmountTooLarge represents a AmountTooLarge error raised by the RateExchange contract.
type RateExchangeAmountTooLarge struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 index)
func RateExchangeAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 index)
func (rateExchange *RateExchange) UnpackAmountTooLargeError(raw []byte) (*RateExchangeAmountTooLarge, error) {
	out := new(RateExchangeAmountTooLarge)
	if err := rateExchange.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeBeforeLastEntry represents a BeforeLastEntry error raised by the RateExchange contract.
type RateExchangeBeforeLastEntry struct {
	Index             *big.Int
	LastEffectiveTime uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeforeLastEntry(uint256 index, uint64 lastEffectiveTime)
func RateExchangeBeforeLastEntryErrorID() common.Hash {
	return common.HexToHash("0xca7d9d6e039c9168135ae244639adda15223f4e9ab29b895aeeab2d92673b7c6")
}

// UnpackBeforeLastEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeforeLastEntry(uint256 index, uint64 lastEffectiveTime)
func (rateExchange *RateExchange) UnpackBeforeLastEntryError(raw []byte) (*RateExchangeBeforeLastEntry, error) {
	out := new(RateExchangeBeforeLastEntry)
	if err := rateExchange.abi.UnpackIntoInterface(out, "BeforeLastEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeEffectiveTimeTooLarge represents a EffectiveTimeTooLarge error raised by the RateExchange contract.
type RateExchangeEffectiveTimeTooLarge struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EffectiveTimeTooLarge(uint256 index)
func RateExchangeEffectiveTimeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x4974469bb26f0cd00c64f0031906f7e068b38d90fba361c93a0ef18b4004a3e4")
}

// UnpackEffectiveTimeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EffectiveTimeTooLarge(uint256 index)
func (rateExchange *RateExchange) UnpackEffectiveTimeTooLargeError(raw []byte) (*RateExchangeEffectiveTimeTooLarge, error) {
	out := new(RateExchangeEffectiveTimeTooLarge)
	if err := rateExchange.abi.UnpackIntoInterface(out, "EffectiveTimeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeEmptyBatch represents a EmptyBatch error raised by the RateExchange contract.
type RateExchangeEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func RateExchangeEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (rateExchange *RateExchange) UnpackEmptyBatchError(raw []byte) (*RateExchangeEmptyBatch, error) {
	out := new(RateExchangeEmptyBatch)
	if err := rateExchange.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeHistoryFull represents a HistoryFull error raised by the RateExchange contract.
type RateExchangeHistoryFull struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HistoryFull(uint256 index)
func RateExchangeHistoryFullErrorID() common.Hash {
	return common.HexToHash("0x1bdd91d2d215a4a5393291b145b112e298afabed3dd669b1b62033a6ff03fc7e")
}

// UnpackHistoryFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HistoryFull(uint256 index)
func (rateExchange *RateExchange) UnpackHistoryFullError(raw []byte) (*RateExchangeHistoryFull, error) {
	out := new(RateExchangeHistoryFull)
	if err := rateExchange.abi.UnpackIntoInterface(out, "HistoryFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeIncreaseTooLarge represents a IncreaseTooLarge error raised by the RateExchange contract.
type RateExchangeIncreaseTooLarge struct {
	Index          *big.Int
	MaxIncreaseBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncreaseTooLarge(uint256 index, uint256 maxIncreaseBps)
func RateExchangeIncreaseTooLargeErrorID() common.Hash {
	return common.HexToHash("0x298accd9aa3fa22286dc67a355056cb721a34dc3ad94add385237f6c5c149f6e")
}

// UnpackIncreaseTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncreaseTooLarge(uint256 index, uint256 maxIncreaseBps)
func (rateExchange *RateExchange) UnpackIncreaseTooLargeError(raw []byte) (*RateExchangeIncreaseTooLarge, error) {
	out := new(RateExchangeIncreaseTooLarge)
	if err := rateExchange.abi.UnpackIntoInterface(out, "IncreaseTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidAccountNonce represents a InvalidAccountNonce error raised by the RateExchange contract.
type RateExchangeInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func RateExchangeInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (rateExchange *RateExchange) UnpackInvalidAccountNonceError(raw []byte) (*RateExchangeInvalidAccountNonce, error) {
	out := new(RateExchangeInvalidAccountNonce)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidDestination represents a InvalidDestination error raised by the RateExchange contract.
type RateExchangeInvalidDestination struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDestination()
func RateExchangeInvalidDestinationErrorID() common.Hash {
	return common.HexToHash("0xac6b05f542ae1b66b4b43710bf4773616692aad79ee0fe8cb9c5db0f38dd0764")
}

// UnpackInvalidDestinationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDestination()
func (rateExchange *RateExchange) UnpackInvalidDestinationError(raw []byte) (*RateExchangeInvalidDestination, error) {
	out := new(RateExchangeInvalidDestination)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidDestination", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidIncrement represents a InvalidIncrement error raised by the RateExchange contract.
type RateExchangeInvalidIncrement struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidIncrement(uint256 index)
func RateExchangeInvalidIncrementErrorID() common.Hash {
	return common.HexToHash("0xd1f1357fa77dedecf38f0e579828ee720ea57c050fea549c32d90aa648d6d6a3")
}

// UnpackInvalidIncrementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidIncrement(uint256 index)
func (rateExchange *RateExchange) UnpackInvalidIncrementError(raw []byte) (*RateExchangeInvalidIncrement, error) {
	out := new(RateExchangeInvalidIncrement)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidIncrement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidParties represents a InvalidParties error raised by the RateExchange contract.
type RateExchangeInvalidParties struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParties()
func RateExchangeInvalidPartiesErrorID() common.Hash {
	return common.HexToHash("0xb6e500fe9415e318ab589528aeb8f58af2eee32dcda03f97dae5d4bf8aea672c")
}

// UnpackInvalidPartiesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParties()
func (rateExchange *RateExchange) UnpackInvalidPartiesError(raw []byte) (*RateExchangeInvalidParties, error) {
	out := new(RateExchangeInvalidParties)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidParties", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidPrefix represents a InvalidPrefix error raised by the RateExchange contract.
type RateExchangeInvalidPrefix struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrefix(uint256 index)
func RateExchangeInvalidPrefixErrorID() common.Hash {
	return common.HexToHash("0x9384a63507a2a56c5705dc7e41b161cbd35461646c8f2b6c40b9b6773b88cda7")
}

// UnpackInvalidPrefixError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrefix(uint256 index)
func (rateExchange *RateExchange) UnpackInvalidPrefixError(raw []byte) (*RateExchangeInvalidPrefix, error) {
	out := new(RateExchangeInvalidPrefix)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidPrefix", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidShortString represents a InvalidShortString error raised by the RateExchange contract.
type RateExchangeInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RateExchangeInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (rateExchange *RateExchange) UnpackInvalidShortStringError(raw []byte) (*RateExchangeInvalidShortString, error) {
	out := new(RateExchangeInvalidShortString)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeInvalidSignature represents a InvalidSignature error raised by the RateExchange contract.
type RateExchangeInvalidSignature struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address signer)
func RateExchangeInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address signer)
func (rateExchange *RateExchange) UnpackInvalidSignatureError(raw []byte) (*RateExchangeInvalidSignature, error) {
	out := new(RateExchangeInvalidSignature)
	if err := rateExchange.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeNoAgreement represents a NoAgreement error raised by the RateExchange contract.
type RateExchangeNoAgreement struct {
	Buyer  common.Address
	Seller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAgreement(address buyer, address seller)
func RateExchangeNoAgreementErrorID() common.Hash {
	return common.HexToHash("0xfa17548b04a443efbd798ea1f15df893c72d7429135b838556eed76a40166a82")
}

// UnpackNoAgreementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAgreement(address buyer, address seller)
func (rateExchange *RateExchange) UnpackNoAgreementError(raw []byte) (*RateExchangeNoAgreement, error) {
	out := new(RateExchangeNoAgreement)
	if err := rateExchange.abi.UnpackIntoInterface(out, "NoAgreement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeNoRate represents a NoRate error raised by the RateExchange contract.
type RateExchangeNoRate struct {
	Seller      common.Address
	Destination string
	Time        uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRate(address seller, string destination, uint64 time)
func RateExchangeNoRateErrorID() common.Hash {
	return common.HexToHash("0x436fc42d1f822ff423bb70d1ed860e85fe6518b83901b47e2ec567f0e5aae3e6")
}

// UnpackNoRateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRate(address seller, string destination, uint64 time)
func (rateExchange *RateExchange) UnpackNoRateError(raw []byte) (*RateExchangeNoRate, error) {
	out := new(RateExchangeNoRate)
	if err := rateExchange.abi.UnpackIntoInterface(out, "NoRate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeNotAParty represents a NotAParty error raised by the RateExchange contract.
type RateExchangeNotAParty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAParty()
func RateExchangeNotAPartyErrorID() common.Hash {
	return common.HexToHash("0xc749b68947737ff85e1edfc704d7b7e4135e86a7194e2e7083bcaad986fde22f")
}

// UnpackNotAPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAParty()
func (rateExchange *RateExchange) UnpackNotAPartyError(raw []byte) (*RateExchangeNotAParty, error) {
	out := new(RateExchangeNotAParty)
	if err := rateExchange.abi.UnpackIntoInterface(out, "NotAParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeNoticeTooLong represents a NoticeTooLong error raised by the RateExchange contract.
type RateExchangeNoticeTooLong struct {
	Notice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoticeTooLong(uint256 notice)
func RateExchangeNoticeTooLongErrorID() common.Hash {
	return common.HexToHash("0xc20c6198b2490bd95aa79e2627cbe08ca926a573873ac0e7d413d2e6928312cf")
}

// UnpackNoticeTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoticeTooLong(uint256 notice)
func (rateExchange *RateExchange) UnpackNoticeTooLongError(raw []byte) (*RateExchangeNoticeTooLong, error) {
	out := new(RateExchangeNoticeTooLong)
	if err := rateExchange.abi.UnpackIntoInterface(out, "NoticeTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeNoticeTooShort represents a NoticeTooShort error raised by the RateExchange contract.
type RateExchangeNoticeTooShort struct {
	Index    *big.Int
	Earliest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoticeTooShort(uint256 index, uint64 earliest)
func RateExchangeNoticeTooShortErrorID() common.Hash {
	return common.HexToHash("0x70feeb41253396972862336aea02d5c0eb2f61f18b585b25a229110ca42a8f21")
}

// UnpackNoticeTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoticeTooShort(uint256 index, uint64 earliest)
func (rateExchange *RateExchange) UnpackNoticeTooShortError(raw []byte) (*RateExchangeNoticeTooShort, error) {
	out := new(RateExchangeNoticeTooShort)
	if err := rateExchange.abi.UnpackIntoInterface(out, "NoticeTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeSignatureExpired represents a SignatureExpired error raised by the RateExchange contract.
type RateExchangeSignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 deadline)
func RateExchangeSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xcd21db4f5222c209a625f44a7faa4c7077b21128ed96c96bd5c3a0f7bcc95d38")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 deadline)
func (rateExchange *RateExchange) UnpackSignatureExpiredError(raw []byte) (*RateExchangeSignatureExpired, error) {
	out := new(RateExchangeSignatureExpired)
	if err := rateExchange.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeStringTooLong represents a StringTooLong error raised by the RateExchange contract.
type RateExchangeStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RateExchangeStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (rateExchange *RateExchange) UnpackStringTooLongError(raw []byte) (*RateExchangeStringTooLong, error) {
	out := new(RateExchangeStringTooLong)
	if err := rateExchange.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RateExchangeTooManyAgreements represents a TooManyAgreements error raised by the RateExchange contract.
type RateExchangeTooManyAgreements struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAgreements()
func RateExchangeTooManyAgreementsErrorID() common.Hash {
	return common.HexToHash("0x437f62cc8e23a0e49af6840a1bbf5dbdaa939c16b8209ff1c1401e0a57da3752")
}

// UnpackTooManyAgreementsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAgreements()
func (rateExchange *RateExchange) UnpackTooManyAgreementsError(raw []byte) (*RateExchangeTooManyAgreements, error) {
	out := new(RateExchangeTooManyAgreements)
	if err := rateExchange.abi.UnpackIntoInterface(out, "TooManyAgreements", raw); err != nil {
		return nil, err
	}
	return out, nil
}
