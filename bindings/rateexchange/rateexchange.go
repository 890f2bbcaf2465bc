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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"AGREEMENT_END_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"AGREEMENT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_AGREEMENTS_PER_SELLER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_AMOUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INCREMENT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_NOTICE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SCHEDULED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_TIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"agreementOf\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"exists\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.AgreementTerms\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"name\":\"inForce\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"agreementsOf\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"list\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.AgreementTerms[]\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clearExpiredAgreement\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"costOf\",\"inputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"durationSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"cost\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"costsNoMore\",\"inputs\":[{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"b\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"mulA\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"mulB\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"decreaseNotice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endAgreement\",\"inputs\":[{\"name\":\"e\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.AgreementEnd\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"buyerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"sellerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"entryAt\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"history\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"entries\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.RateEntry[]\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"historyLength\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"increaseNotice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"prefixKey\",\"inputs\":[{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"publish\",\"inputs\":[{\"name\":\"entries\",\"type\":\"tuple[]\",\"internalType\":\"structRateExchange.RateInput[]\",\"components\":[{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quote\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"destination\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"durationSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"entry\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.RateEntry\",\"components\":[{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"name\":\"prefix\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"cost\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sellerTerms\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"noticeForIncrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"noticeForDecrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAgreement\",\"inputs\":[{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structRateExchange.Agreement\",\"components\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"buyerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"sellerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setNoticeDefaults\",\"inputs\":[{\"name\":\"increaseNotice_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"decreaseNotice_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AgreementEnded\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumRateExchange.EndReason\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AgreementSet\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"noticeSeconds\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"validUntil\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"buyerNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"sellerNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NoticeDefaultsSet\",\"inputs\":[{\"name\":\"increaseNotice\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"decreaseNotice\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RatePublished\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"prefixKey\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"prefix\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"ratePerMinute\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"connectFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"initialIncrement\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"subsequentIncrement\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"effectiveTime\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AgreementExpired\",\"inputs\":[{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AgreementStillInForce\",\"inputs\":[{\"name\":\"validUntil\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AmountTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EffectiveTimeTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"HistoryFull\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"IncreaseTooLarge\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncreaseBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidDestination\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidIncrement\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidParties\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidPrefix\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NoAgreement\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NoRate\",\"inputs\":[{\"name\":\"seller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"destination\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"time\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotAParty\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoticeTooLong\",\"inputs\":[{\"name\":\"notice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoticeTooShort\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"earliest\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyAgreements\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TooManyScheduled\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "RateExchange",
	Bin: "0x6101606040526004805463ffffffff191662093a80179055348015610022575f5ffd5b506040516146f03803806146f083398101604081905261004191610261565b60405180604001604052806011815260200170444f5453205261746545786368616e676560781b815250604051806040016040528060018152602001603160f81b8152506100948261017260201b60201c565b610120526100a181610172565b61014052815160208084019190912060e052815190820120610100524660a05261012d60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101405f826101b8565b5061016b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55826101b8565b50506102e9565b5f5f829050601f815111156101a5578260405163305a27a960e01b815260040161019c919061028e565b60405180910390fd5b80516101b0826102c3565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610258575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102103390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161025b565b505f5b92915050565b5f60208284031215610271575f5ffd5b81516001600160a01b0381168114610287575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102e3575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516143b661033a5f395f6124fa01525f6124cf01525f6128cc01525f6128a401525f6127ff01525f61282901525f61285301526143b65ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c80637b7dc0961161012a578063a217fddf116100b4578063d3b8ca9b11610079578063d3b8ca9b14610520578063d40dc87014610547578063d547741f14610555578063e8e2725214610568578063f698da2514610589575f5ffd5b8063a217fddf146104a0578063a2e34278146104a7578063bcafec4f146104b2578063c5571675146104d9578063ccc57490146104f9575f5ffd5b806389a8d87d116100fa57806389a8d87d1461042857806391d148541461043b578063991e623a1461044e57806399e3b2f31461045e578063a20730f214610480575f5ffd5b80637b7dc096146103ca5780637ecebe00146103d257806384b0196e146103fa5780638948dfd814610415575f5ffd5b806326949984116101ab5780634091a53e1161017b5780634091a53e1461036657806344ded6db1461036f578063482815641461039c5780634a244da6146103a457806378abb45b146103b7575f5ffd5b806326949984146103215780632f2ff15d1461032d57806336568abe146103405780634087dd3c14610353575f5ffd5b80631f1c343d116101f15780631f1c343d146102ae57806321fc30ca146102d0578063248a9ca3146102e3578063249d39e91461030557806324f4115f1461030e575f5ffd5b806301ffc9a7146102225780630a9a49341461024a5780630cec8bd91461025f578063167bf7171461028d575b5f5ffd5b6102356102303660046138f1565b610591565b60405190151581526020015b60405180910390f35b61025d61025836600461393a565b6105c7565b005b61027261026d36600461396b565b6106ef565b60408051938452602084019290925290820152606001610241565b6102a061029b3660046139c8565b610716565b604051908152602001610241565b6102c16102bc36600461393a565b610767565b60405161024193929190613a53565b61025d6102de366004613a79565b610863565b6102a06102f1366004613afe565b5f9081526020819052604090206001015490565b6102a061271081565b61025d61031c366004613b15565b610a77565b6102a064ffffffffff81565b61025d61033b366004613b84565b610bff565b61025d61034e366004613b84565b610c23565b6102a0610361366004613c92565b610c5b565b6102a061ffff81565b60045461038790640100000000900463ffffffff1681565b60405163ffffffff9091168152602001610241565b6102a0602081565b61025d6103b2366004613cbb565b610d57565b6102356103c5366004613d27565b6113f2565b6102a0604081565b6102a06103e036600461396b565b6001600160a01b03165f9081526003602052604090205490565b610402611634565b6040516102419796959493929190613d99565b6102a0610423366004613e2f565b611676565b61025d610436366004613e6d565b61168b565b610235610449366004613b84565b611785565b6004546103879063ffffffff1681565b61047161046c366004613e95565b6117ad565b60405161024193929190613f5c565b61049361048e3660046139c8565b6118a2565b6040516102419190613f8b565b6102a05f81565b6102a06301e1338081565b6102a07fbd2694263d57bd9b8b802af7983b7f44729ca73cbc6cc79f7ce02b67db2612b881565b6104ec6104e736600461396b565b611a01565b6040516102419190613fd8565b6102a07f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6102a07fc3057118756117aa0f3ef1346d6e48d05701ffc0dedf009926bb4590a34f9f8281565b6102a06001600160501b0381565b61025d610563366004613b84565b611ab3565b61057b61057636600461401a565b611ad7565b60405161024192919061407a565b6102a0611b68565b5f6001600160e01b03198216637965db0b60e01b14806105c157506301ffc9a760e01b6001600160e01b03198316145b92915050565b336001600160a01b038316148015906105e95750336001600160a01b03821614155b156106075760405163c749b68960e01b815260040160405180910390fd5b6001600160a01b038082165f908152600860209081526040808320938616835292905290812054908190036106675760405163fa17548b60e01b81526001600160a01b038085166004830152831660248201526044015b60405180910390fd5b6001600160a01b0382165f9081526007602052604081206106896001846140a9565b81548110610699576106996140bc565b5f91825260209091200154600160d01b900464ffffffffff1690504281106106dd57604051630db0df5960e21b815264ffffffffff8216600482015260240161065e565b6106e983856001611b76565b50505050565b5f5f5f5f6106fc85611daf565b805160208201516040909201519097919650945092505050565b5f5f6107228484611ef4565b50506001600160a01b039095165f9081526005602090815260408083209783529681528682208280529052949094205462ffffff600160e81b90910416949350505050565b604080516080810182525f8082526020808301829052828401829052606083018290526001600160a01b03858116835260088252848320908716835290529182205482908082036107be57505f925082905061085c565b6001600160a01b0385165f9081526007602052604090206107e06001836140a9565b815481106107f0576107f06140bc565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff1660608201819052600195509093504211159150505b9250925092565b846080013542111561088e5760405163cd21db4f60e01b81526080860135600482015260240161065e565b60085f6108a1604088016020890161396b565b6001600160a01b031681526020808201929092526040015f908120916108c99088018861396b565b6001600160a01b03166001600160a01b031681526020019081526020015f20545f03610938576108fc602086018661396b565b61090c604087016020880161396b565b60405163fa17548b60e01b81526001600160a01b0392831660048201529116602482015260440161065e565b5f6109dd7fc3057118756117aa0f3ef1346d6e48d05701ffc0dedf009926bb4590a34f9f8261096a602089018961396b565b61097a60408a0160208b0161396b565b6040805160208101949094526001600160a01b03928316848201529116606083810191909152908901356080838101919091529089013560a083015288013560c082015260e0015b60405160208183030381529060405280519060200120611f28565b90506109f76109ef602088018861396b565b828787611f54565b610a12610a0a604088016020890161396b565b828585611f54565b610a2c610a22602088018861396b565b8760400135611f88565b610a49610a3f604088016020890161396b565b8760600135611f88565b610a6f610a5c604088016020890161396b565b610a69602089018961396b565b5f611b76565b505050505050565b805f819003610a995760405163c2e5347d60e01b815260040160405180910390fd5b5f610aa333611daf565b335f908152600660205260408120549192508190846001600160401b03811115610acf57610acf613ba5565b604051908082528060200260200182016040528015610af8578160200160208202803683370190505b5090505f5f5b86811015610b86575f5f5f610b388c8c86818110610b1e57610b1e6140bc565b9050602002810190610b3091906140d0565b858b8a611fda565b9250925092508015610b78576001821b9690961795828686610b59816140ee565b975081518110610b6b57610b6b6140bc565b6020026020010181815250505b505050806001019050610afe565b505f5b81811015610bdb57335f9081526005602052604081208451610bd39290869085908110610bb857610bb86140bc565b602002602001015181526020019081526020015f205f612301565b600101610b89565b50838314610bf557335f9081526006602052604090208390555b5050505050505050565b5f82815260208190526040902060010154610c1981612308565b6106e98383612315565b6001600160a01b0381163314610c4c5760405163334bd91960e11b815260040160405180910390fd5b610c5682826123a4565b505050565b5f8163ffffffff165f03610c7057505f6105c1565b6040830151606084015163ffffffff9182169116811580610c8f575080155b15610caf5760405163d1f1357f60e01b81525f600482015260240161065e565b8163ffffffff8516811015610d08578180600181610cd38763ffffffff8b166140a9565b610cdd9190614106565b610ce791906140a9565b610cf1919061412d565b610cfb9190614140565b610d059084614106565b90505b8551603c90610d20906001600160601b031683614140565b610d2b90603b614106565b610d35919061412d565b86602001516001600160601b0316610d4d9190614106565b9695505050505050565b5f610d65602087018761396b565b6001600160a01b03161480610d9157505f610d86604087016020880161396b565b6001600160a01b0316145b80610dc85750610da7604086016020870161396b565b6001600160a01b0316610dbd602087018761396b565b6001600160a01b0316145b15610de657604051635b72807f60e11b815260040160405180910390fd5b8460e00135421115610e115760405163cd21db4f60e01b815260e0860135600482015260240161065e565b42610e2260a0870160808801614157565b6001600160401b03161080610e53575064ffffffffff610e4860a0870160808801614157565b6001600160401b0316115b15610e8d57610e6860a0860160808701614157565b60405163fc0ebfd560e01b81526001600160401b03909116600482015260240161065e565b6301e13380610ea26060870160408801614170565b63ffffffff161115610ee057610ebe6060860160408701614170565b6040516318418c3360e31b815263ffffffff909116600482015260240161065e565b5f610fcb7fbd2694263d57bd9b8b802af7983b7f44729ca73cbc6cc79f7ce02b67db2612b8610f12602089018961396b565b610f2260408a0160208b0161396b565b610f3260608b0160408c01614170565b610f4260808c0160608d01614189565b610f5260a08d0160808e01614157565b6040805160208101979097526001600160a01b039586169087015293909216606085015263ffffffff16608084015261ffff1660a0838101919091526001600160401b0390911660c0838101919091529089013560e08381019190915290890135610100830152880135610120820152610140016109c2565b9050610fdd6109ef602088018861396b565b610ff0610a0a604088016020890161396b565b61100a611000602088018861396b565b8760a00135611f88565b61102761101d604088016020890161396b565b8760c00135611f88565b61103f61103a604088016020890161396b565b61240d565b60408051608081019091525f908061105a60208a018a61396b565b6001600160a01b0316815260200161107860608a0160408b01614170565b63ffffffff16815260200161109360808a0160608b01614189565b61ffff1681526020016110ac60a08a0160808b01614157565b64ffffffffff16905290505f6008816110cb60408b0160208c0161396b565b6001600160a01b031681526020808201929092526040015f908120916110f3908b018b61396b565b6001600160a01b0316815260208101919091526040015f2054905080156111ea578160075f61112860408c0160208d0161396b565b6001600160a01b0316815260208101919091526040015f2061114b6001846140a9565b8154811061115b5761115b6140bc565b5f91825260209182902083519101805492840151604085015160609095015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909616600160c01b029590951666ffffffffffffff60c01b1963ffffffff909216600160a01b026001600160c01b03199095166001600160a01b0390941693909317939093179290921617919091179055611324565b5f6007816111fe60408c0160208d0161396b565b6001600160a01b03168152602081019190915260409081015f2080549092501061123b576040516310dfd8b360e21b815260040160405180910390fd5b80546001810182555f8281526020808220865193018054828801516040808a015160608b015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909216600160c01b029190911666ffffffffffffff60c01b1963ffffffff909416600160a01b026001600160c01b03199095166001600160a01b0390991698909817939093179190911695909517179055835492600892916112e1918e01908e0161396b565b6001600160a01b031681526020808201929092526040015f90812091611309908d018d61396b565b6001600160a01b0316815260208101919091526040015f2055505b6113346040890160208a0161396b565b6001600160a01b031661134a60208a018a61396b565b6001600160a01b03167f5e0505a7e6b8acad3516a1edf5019b3695f50c88fcdd639fceee77c5d2cd88bc61138460608c0160408d01614170565b61139460808d0160608e01614189565b6113a460a08e0160808f01614157565b6040805163ffffffff909416845261ffff90921660208401526001600160401b03169082015260a0808d0135606083015260c08d013560808301520160405180910390a35050505050505050565b60408085015160608087015192860151908601515f9363ffffffff938416939081169281169116831580611424575082155b8061142d575081155b80611436575080155b156114565760405163d1f1357f60e01b81525f600482015260240161065e565b88515f9061146d906001600160601b031689614140565b89519091505f90611487906001600160601b031689614140565b90508082111561149f575f965050505050505061162c565b60208b01515f906001600160601b03166114ba8b603c614140565b6114c49190614140565b90505f8b602001516001600160601b03168a603c6114e29190614140565b6114ec9190614140565b905087861015801561151057508661150489886140a9565b61150e91906141aa565b155b8015611523575061152187866141aa565b155b15611561576115328684614140565b61153c9082614106565b6115468786614140565b6115509084614106565b11159850505050505050505061162c565b858881116115e0576115738785614140565b61157d9083614106565b6115878a87614140565b6115919085614106565b11156115a8575f995050505050505050505061162c565b85806115b4898c6140a9565b6115be919061412d565b6115c9906001614106565b6115d39190614140565b6115dd9088614106565b90505b6115ea8185614140565b6115f49083614106565b60016116008a84614106565b61160a91906140a9565b6116149087614140565b61161e9085614106565b111599505050505050505050505b949350505050565b5f6060805f5f5f60606116456124c8565b61164d6124f3565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6116818383611ef4565b5090949350505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f556116b581612308565b6301e133808363ffffffff1611156116e8576040516318418c3360e31b815263ffffffff8416600482015260240161065e565b6301e133808263ffffffff16111561171b576040516318418c3360e31b815263ffffffff8316600482015260240161065e565b6004805463ffffffff85811667ffffffffffffffff199092168217640100000000918616918202179092556040805191825260208201929092527f23f954d8e0b84d5aa60a39fb7d397aa50005fa52802dfa37017492a6dec0e674910160405180910390a1505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6117b561385e565b60605f868680158015906117f1575081815f8181106117d6576117d66140bc565b9050013560f81c60f81b6001600160f81b031916602b60f81b145b156118085761180381600181856141bd565b915091505b5f6118158b84848b61251e565b90965090505f819003611843578a8a8a8a60405163436fc42d60e01b815260040161065e949392919061420c565b61184f815f84866141bd565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509297506118929250889150899050610c5b565b9350505050955095509592505050565b60605f6118af8484611ef4565b50506001600160a01b0386165f9081526005602090815260408083208484528252808320838052918290529091205491925090600160e81b900462ffffff16806001600160401b0381111561190657611906613ba5565b60405190808252806020026020018201604052801561193f57816020015b61192c61385e565b8152602001906001900390816119245790505b5093505f5b818110156119f6575f8181526020848152604091829020825160c08101845290546001600160501b038082168352600160501b8204169282019290925261ffff600160a01b8304811693820193909352600160b01b8204909216606083015264ffffffffff600160c01b820416608083015262ffffff600160e81b9091041660a08201526119d19061259f565b8582815181106119e3576119e36140bc565b6020908102919091010152600101611944565b505050509392505050565b6001600160a01b0381165f908152600760209081526040808320805482518185028101850190935280835260609492939192909184015b82821015611aa8575f84815260209081902060408051608081018252918501546001600160a01b0381168352600160a01b810463ffffffff1683850152600160c01b810461ffff1691830191909152600160d01b900464ffffffffff166060820152825260019092019101611a38565b505050509050919050565b5f82815260208190526040902060010154611acd81612308565b6106e983836123a4565b611adf61385e565b5f5f611aeb8686611ef4565b505090505f611af861388b565b6001600160a01b0389165f9081526005602090815260408083208684529091529020611b249087612630565b9550909250905081611b51578888888860405163436fc42d60e01b815260040161065e949392919061420c565b611b5a8161259f565b945050505094509492505050565b5f611b716127f3565b905090565b6001600160a01b038084165f90815260076020908152604080832060088352818420948716845293909152812054611bb0906001906140a9565b82549091505f90611bc3906001906140a9565b9050808214611d14575f838281548110611bdf57611bdf6140bc565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff16606082015284549091508190859085908110611c5457611c546140bc565b5f91825260209182902083519101805492840151604085015160609095015164ffffffffff16600160d01b0264ffffffffff60d01b1961ffff909616600160c01b029590951666ffffffffffffff60c01b1963ffffffff909216600160a01b026001600160c01b03199095166001600160a01b0390941693909317939093179290921617919091179055611ce9836001614106565b6001600160a01b038089165f9081526008602090815260408083209551909316825293909352909120555b82805480611d2457611d2461424a565b5f828152602080822083015f1990810180546001600160f81b03191690559092019092556001600160a01b03888116808452600883526040808520928a16808652929093528284209390935590517f9bfc7089b9bf002acc58635a5e9198666f732bd18b077f38d2c787a68cfe3a9e90611d9f908890614272565b60405180910390a3505050505050565b611dd060405180606001604052805f81526020015f81526020015f81525090565b60045463ffffffff8082168352640100000000909104166020808301919091525f196040808401919091526001600160a01b0384165f90815260079092528120805490915b81811015611eec575f838281548110611e3057611e306140bc565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff1660608201819052909150421115611e9e5750611ee4565b8451602082015163ffffffff161115611ebf57602081015163ffffffff1685525b8460400151816040015161ffff161015611ee25760408082015161ffff16908601525b505b600101611e15565b505050919050565b5f5f5f611f01858561291c565b919450925090508061085c57604051639384a63560e01b81525f600482015260240161065e565b5f6105c1611f346127f3565b8360405161190160f01b8152600281019290925260228201526042902090565b611f60848484846129ef565b6106e957604051633615713d60e21b81526001600160a01b038516600482015260240161065e565b6001600160a01b0382165f908152600360205260409020805460018101909155818114610c56576040516301d4b62360e61b81526001600160a01b03841660048201526024810182905260440161065e565b5f8080611ff0611fea8880614298565b88612a61565b90935091506001600160501b0361200d6040890160208a016142da565b6001600160601b0316118061204057506001600160501b036120356060890160408a016142da565b6001600160601b0316115b15612061576040516304041d9560e11b81526004810187905260240161065e565b6120716080880160608901614170565b63ffffffff161580612096575061208e60a0880160808901614170565b63ffffffff16155b806120b7575061ffff6120af6080890160608a01614170565b63ffffffff16115b806120d8575061ffff6120d060a0890160808a01614170565b63ffffffff16115b156120f95760405163d1f1357f60e01b81526004810187905260240161065e565b64ffffffffff61210f60c0890160a08a01614157565b6001600160401b0316111561213a57604051634974469b60e01b81526004810187905260240161065e565b5f85602001514261214b9190614106565b90508061215e60c08a0160a08b01614157565b6001600160401b03161015612198576040516370feeb4160e01b8152600481018890526001600160401b038216602482015260440161065e565b505f6040518060c001604052808960200160208101906121b891906142da565b6001600160501b031681526020016121d660608b0160408c016142da565b6001600160501b031681526020016121f460808b0160608c01614170565b61ffff16815260200161220d60a08b0160808c01614170565b61ffff16815260200161222660c08b0160a08c01614157565b64ffffffffff1681525f60209182018190523381526005825260408082208883529092529081206080830151929350916122629083908b612a9f565b905061228b838260405180606001604052808a81526020018981526020018b8152508b8d612c43565b5f198860400151146122c3576122c383828460405180606001604052808b81526020018a81526020018c8152508c604001518e612e22565b6122cf8284838c612f6e565b805115935083156122e5576122e5826001612301565b6122f48a878360200151613396565b5050509450945094915050565b80825d5050565b6123128133613435565b50565b5f6123208383611785565b61239d575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556123553390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105c1565b505f6105c1565b5f6123af8383611785565b1561239d575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105c1565b6001600160a01b0381165f90815260076020526040902080545b8015610c5657612436816142f3565b90505f82828154811061244b5761244b6140bc565b5f9182526020918290206040805160808101825292909101546001600160a01b0381168352600160a01b810463ffffffff1693830193909352600160c01b830461ffff1690820152600160d01b90910464ffffffffff16606082018190529091504211156124c2576124c284825f01516001611b76565b50612427565b6060611b717f0000000000000000000000000000000000000000000000000000000000000000613472565b6060611b717f0000000000000000000000000000000000000000000000000000000000000000613472565b61252661385e565b5f5f5f5f612534888861291c565b91945092509050806125595760405163ac6b05f560e01b815260040160405180910390fd5b5061256261388b565b6001600160a01b0389165f9081526005602090815260408083206006909252909120546125949190859085908a6134af565b95509150611b5a9050815b6125a761385e565b6040518060a00160405280835f01516001600160501b03166001600160601b0316815260200183602001516001600160501b03166001600160601b03168152602001836040015161ffff1663ffffffff168152602001836060015161ffff1663ffffffff168152602001836080015164ffffffffff166001600160401b03168152509050919050565b5f61263961388b565b5f80805260208581526040808320815160c08101835290546001600160501b038082168352600160501b82041693820193909352600160a01b830461ffff90811692820192909252600160b01b83049091166060820152600160c01b820464ffffffffff166080820152600160e81b90910462ffffff1660a082018190528015806126d75750856001600160401b0316826080015164ffffffffff16115b156126ea57505f935083915061085c9050565b5f815b60016126f983836140a9565b1115612757575f600261270c8385614106565b612716919061412d565b5f81815260208c905260409020549091506001600160401b038a16600160c01b90910464ffffffffff161161274d57809250612751565b8091505b506126ed565b81156127de575f82815260208a8152604091829020825160c08101845290546001600160501b038082168352600160501b8204169282019290925261ffff600160a01b8304811693820193909352600160b01b8204909216606083015264ffffffffff600160c01b820416608083015262ffffff600160e81b9091041660a08201526127e0565b835b6001975095509093505050509250925092565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561284b57507f000000000000000000000000000000000000000000000000000000000000000046145b1561287557507f000000000000000000000000000000000000000000000000000000000000000090565b611b71604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f818181158061292c5750600f82115b8061295f575084845f818110612944576129446140bc565b9050013560f81c60f81b6001600160f81b031916600360fc1b145b1561296e57505f91508161085c565b5f5b828110156129d7575f86868381811061298b5761298b6140bc565b909101356001600160f81b031916915050600360fc1b8110806129bb5750603960f81b6001600160f81b03198216115b156129ce57505f935083915061085c9050565b50600101612970565b506129e28486614308565b9250600190509250925092565b5f846001600160a01b03163b5f03612a4e575f5f612a0e86868661354f565b5090925090505f816003811115612a2757612a2761425e565b148015612a455750866001600160a01b0316826001600160a01b0316145b9250505061162c565b612a5a85858585613596565b905061162c565b5f5f5f612a6e868661291c565b9194509250905080612a9657604051639384a63560e01b81526004810185905260240161065e565b50935093915050565b612aa76138bf565b5f8080526020858152604090912054600160e81b900462ffffff16808352908201819052612adb64ffffffffff6001614106565b60408301525f4264ffffffffff861611612af5575f612af8565b60015b60ff169050815b8015612c39575f8781612b136001856140a9565b815260208082019290925260409081015f20815160c08101835290546001600160501b038082168352600160501b82041693820193909352600160a01b830461ffff90811692820192909252600160b01b83049091166060820152600160c01b820464ffffffffff90811660808301819052600160e81b90930462ffffff1660a083015290925088161015612bc857612bad6001836140a9565b6020860152608081015164ffffffffff166040860152612bf8565b8460600151612be05760808501819052600160608601525b42816080015164ffffffffff1611612bf85750612c39565b6020612c03846140ee565b9350831115612c2857604051631516bc5560e11b81526004810187905260240161065e565b50612c32816142f3565b9050612aff565b5050509392505050565b81515f90612c519042614106565b90505f81866040015110612c655781612c6b565b85604001515b905080876080015164ffffffffff1610612c86575050612e1b565b6060860151829015612cea57612cb3612c9e8961259f565b612cab896080015161259f565b6001806113f2565b612ce2576040516370feeb4160e01b8152600481018590526001600160401b038216602482015260440161065e565b505050612e1b565b5f612cf48961259f565b90505f896080015164ffffffffff1690505f60018960200151612d1791906140a9565b90505b8015612e145760408901516001821b1615612e0457335f90815260056020526040812081612d49846008614140565b8c515f1990911c1916815260208101919091526040015f209050805c15612d705750612e04565b5f80805260208290526040902054600160c01b810464ffffffffff1690600160e81b900462ffffff161580612da55750868110155b15612db1575050612e04565b612dbd8583868a613600565b612dec576040516370feeb4160e01b8152600481018a90526001600160401b038716602482015260440161065e565b838111612e00575050505050505050612e1b565b9550505b612e0d816142f3565b9050612d1a565b5050505050505b5050505050565b335f90815260056020526040812090612e3a8861259f565b606088015160808901519192509081158015612e5a575060018760200151115b15612e9857612e9184885f015160018a60200151612e7891906140a9565b60018b60400151178e6080015164ffffffffff166134af565b5090925090505b818015612ead5750612ead83612cab8361259f565b15612ebb5750505050610a6f565b5f612ec76001426140a9565b9050612ed38982612630565b50909350915082158015612eeb575060018860200151115b15612f1e57612f1785895f015160018b60200151612f0991906140a9565b60018c6040015117856134af565b5090935091505b82612f2d575050505050610a6f565b612f4784612f3a8461259f565b6127106103c58b82614106565b612e145760405163298accd960e01b8152600481018790526024810188905260440161065e565b815162fffffe198101612f9757604051630deec8e960e11b81526004810183905260240161065e565b6020830151815b818111156131d3575f8781612fb46001856140a9565b81526020019081526020015f206040518060c00160405290815f82015f9054906101000a90046001600160501b03166001600160501b03166001600160501b031681526020015f8201600a9054906101000a90046001600160501b03166001600160501b03166001600160501b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900461ffff1661ffff1661ffff1681526020015f820160189054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020015f8201601d9054906101000a900462ffffff1662ffffff1662ffffff168152505090505f8160a0019062ffffff16908162ffffff168152505080885f8481526020019081526020015f205f820151815f015f6101000a8154816001600160501b0302191690836001600160501b031602179055506020820151815f01600a6101000a8154816001600160501b0302191690836001600160501b031602179055506040820151815f0160146101000a81548161ffff021916908361ffff1602179055506060820151815f0160166101000a81548161ffff021916908361ffff1602179055506080820151815f0160186101000a81548164ffffffffff021916908364ffffffffff16021790555060a0820151815f01601d6101000a81548162ffffff021916908362ffffff16021790555090505050806131cc906142f3565b9050612f9e565b505f6131e0836001614106565b9050815f036132b95762ffffff80821660a088019081525f80805260208a81526040918290208a518154928c0151938c015160608d015160808e01519651909716600160e81b026001600160e81b0364ffffffffff909716600160c01b02969096166001600160c01b0361ffff988916600160b01b0261ffff60b01b1999909316600160a01b029890981663ffffffff60a01b196001600160501b03978816600160501b026001600160a01b0319909716979094169690961794909417919091169390931792909217939093169290921717905561338d565b5f8281526020888152604080832089518154938b01518b84015160608d015160808e015160a08f01516001600160501b039586166001600160a01b031990991698909817600160501b95909416949094029290921763ffffffff60a01b1916600160a01b61ffff9283160261ffff60b01b191617600160b01b9190921602176001600160c01b0316600160c01b64ffffffffff909216919091026001600160e81b0390811691909117600160e81b62ffffff9586168102919091179092558480529190932080549091169184169092021790555b50505050505050565b81337f4333f1c70e018c922b1c91a911508f67bd4c27473d33441827917dcdc0510d286133c38680614298565b6133d36040890160208a016142da565b6133e360608a0160408b016142da565b6133f360808b0160608c01614170565b61340360a08c0160808d01614170565b61341360c08d0160a08e01614157565b8a604051613428989796959493929190614325565b60405180910390a3505050565b61343f8282611785565b61346e5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161065e565b5050565b60605f61347e8361376f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f6134b861388b565b845b801561353e576001811b85161561352e575f88816134d9846008614140565b5f19901c198a16815260208101919091526040015f20905060018616158015906135015750805c5b1561350c575061352e565b6135168186612630565b509094509250831561352c576001935050613544565b505b613537816142f3565b90506134ba565b505f9150815b955095509592505050565b5f80806041849003613583578435602086013560408701355f1a61357589828585613796565b95509550955050505061358d565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f80805260208481526040808320815160c08101835290546001600160501b038082168352600160501b82041693820193909352600160a01b830461ffff90811692820192909252600160b01b83049091166060820152600160c01b820464ffffffffff1660808201819052600160e81b90920462ffffff1660a082018190529091839086111561369c576136958787612630565b9094509150505b6136a988612cab8561259f565b6136b8575f935050505061162c565b816136c2826140ee565b915081106136d6576001935050505061162c565b5f8181526020888152604091829020825160c08101845290546001600160501b038082168352600160501b82041692820192909252600160a01b820461ffff90811693820193909352600160b01b82049092166060830152600160c01b810464ffffffffff1660808301819052600160e81b90910462ffffff1660a0830152909350851161376a576001935050505061162c565b61369c565b5f60ff8216601f8111156105c157604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156137cf57505f91506003905082613854565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613820573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661384b57505f925060019150829050613854565b92505f91508190505b9450945094915050565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b6040518060a001604052805f81526020015f81526020015f81526020015f151581526020016138ec61388b565b905290565b5f60208284031215613901575f5ffd5b81356001600160e01b031981168114613918575f5ffd5b9392505050565b80356001600160a01b0381168114613935575f5ffd5b919050565b5f5f6040838503121561394b575f5ffd5b6139548361391f565b91506139626020840161391f565b90509250929050565b5f6020828403121561397b575f5ffd5b6139188261391f565b5f5f83601f840112613994575f5ffd5b5081356001600160401b038111156139aa575f5ffd5b6020830191508360208285010111156139c1575f5ffd5b9250929050565b5f5f5f604084860312156139da575f5ffd5b6139e38461391f565b925060208401356001600160401b038111156139fd575f5ffd5b613a0986828701613984565b9497909650939450505050565b80516001600160a01b0316825260208082015163ffffffff169083015260408082015161ffff169083015260609081015164ffffffffff16910152565b831515815260c08101613a696020830185613a16565b82151560a0830152949350505050565b5f5f5f5f5f85870360e0811215613a8e575f5ffd5b60a0811215613a9b575f5ffd5b5085945060a08601356001600160401b03811115613ab7575f5ffd5b613ac388828901613984565b90955093505060c08601356001600160401b03811115613ae1575f5ffd5b613aed88828901613984565b969995985093965092949392505050565b5f60208284031215613b0e575f5ffd5b5035919050565b5f5f60208385031215613b26575f5ffd5b82356001600160401b03811115613b3b575f5ffd5b8301601f81018513613b4b575f5ffd5b80356001600160401b03811115613b60575f5ffd5b8560208260051b8401011115613b74575f5ffd5b6020919091019590945092505050565b5f5f60408385031215613b95575f5ffd5b823591506139626020840161391f565b634e487b7160e01b5f52604160045260245ffd5b80356001600160601b0381168114613935575f5ffd5b803563ffffffff81168114613935575f5ffd5b80356001600160401b0381168114613935575f5ffd5b5f60a08284031215613c08575f5ffd5b60405160a081018181106001600160401b0382111715613c3657634e487b7160e01b5f52604160045260245ffd5b604052905080613c4583613bb9565b8152613c5360208401613bb9565b6020820152613c6460408401613bcf565b6040820152613c7560608401613bcf565b6060820152613c8660808401613be2565b60808201525092915050565b5f5f60c08385031215613ca3575f5ffd5b613cad8484613bf8565b915061396260a08401613bcf565b5f5f5f5f5f858703610140811215613cd1575f5ffd5b610100811215613cdf575f5ffd5b508594506101008601356001600160401b03811115613cfc575f5ffd5b613d0888828901613984565b9095509350506101208601356001600160401b03811115613ae1575f5ffd5b5f5f5f5f6101808587031215613d3b575f5ffd5b613d458686613bf8565b9350613d548660a08701613bf8565b939693955050505061014082013591610160013590565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f613db760e0830189613d6b565b8281036040840152613dc98189613d6b565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613e1e578351835260209384019390920191600101613e00565b50909b9a5050505050505050505050565b5f5f60208385031215613e40575f5ffd5b82356001600160401b03811115613e55575f5ffd5b613e6185828601613984565b90969095509350505050565b5f5f60408385031215613e7e575f5ffd5b613e8783613bcf565b915061396260208401613bcf565b5f5f5f5f5f60808688031215613ea9575f5ffd5b613eb28661391f565b945060208601356001600160401b03811115613ecc575f5ffd5b613ed888828901613984565b9095509350613eeb905060408701613be2565b9150613ef960608701613bcf565b90509295509295909350565b6001600160601b0381511682526001600160601b03602082015116602083015263ffffffff604082015116604083015263ffffffff60608201511660608301526001600160401b0360808201511660808301525050565b613f668185613f05565b60e060a08201525f613f7b60e0830185613d6b565b90508260c0830152949350505050565b602080825282518282018190525f918401906040840190835b81811015613fcd57613fb7838551613f05565b6020939093019260a09290920191600101613fa4565b509095945050505050565b602080825282518282018190525f918401906040840190835b81811015613fcd57614004838551613a16565b6020939093019260809290920191600101613ff1565b5f5f5f5f6060858703121561402d575f5ffd5b6140368561391f565b935060208501356001600160401b03811115614050575f5ffd5b61405c87828801613984565b909450925061406f905060408601613be2565b905092959194509250565b60c081016140888285613f05565b8260a08301529392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105c1576105c1614095565b634e487b7160e01b5f52603260045260245ffd5b5f823560be198336030181126140e4575f5ffd5b9190910192915050565b5f600182016140ff576140ff614095565b5060010190565b808201808211156105c1576105c1614095565b634e487b7160e01b5f52601260045260245ffd5b5f8261413b5761413b614119565b500490565b80820281158282048414176105c1576105c1614095565b5f60208284031215614167575f5ffd5b61391882613be2565b5f60208284031215614180575f5ffd5b61391882613bcf565b5f60208284031215614199575f5ffd5b813561ffff81168114613918575f5ffd5b5f826141b8576141b8614119565b500690565b5f5f858511156141cb575f5ffd5b838611156141d7575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03851681526060602082018190525f9061423090830185876141e4565b90506001600160401b038316604083015295945050505050565b634e487b7160e01b5f52603160045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b602081016002831061429257634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f8335601e198436030181126142ad575f5ffd5b8301803591506001600160401b038211156142c6575f5ffd5b6020019150368190038213156139c1575f5ffd5b5f602082840312156142ea575f5ffd5b61391882613bb9565b5f8161430157614301614095565b505f190190565b803560208310156105c1575f19602084900360031b1b1692915050565b60e081525f61433860e083018a8c6141e4565b6001600160601b03988916602084015296909716604082015263ffffffff94851660608201529290931660808301526001600160401b031660a082015260c00152939250505056fea26469706673582212209906f65b251fa99ac46726a848c5308b780e215de48c1343fd1f929ecd40ae6264736f6c634300081e0033",
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

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (rateExchange *RateExchange) PackBPS() []byte {
	enc, err := rateExchange.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (rateExchange *RateExchange) TryPackBPS() ([]byte, error) {
	return rateExchange.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (rateExchange *RateExchange) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMAXSCHEDULED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48281564.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SCHEDULED() view returns(uint256)
func (rateExchange *RateExchange) PackMAXSCHEDULED() []byte {
	enc, err := rateExchange.abi.Pack("MAX_SCHEDULED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSCHEDULED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48281564.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SCHEDULED() view returns(uint256)
func (rateExchange *RateExchange) TryPackMAXSCHEDULED() ([]byte, error) {
	return rateExchange.abi.Pack("MAX_SCHEDULED")
}

// UnpackMAXSCHEDULED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48281564.
//
// Solidity: function MAX_SCHEDULED() view returns(uint256)
func (rateExchange *RateExchange) UnpackMAXSCHEDULED(data []byte) (*big.Int, error) {
	out, err := rateExchange.abi.Unpack("MAX_SCHEDULED", data)
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

// PackCostsNoMore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78abb45b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function costsNoMore((uint96,uint96,uint32,uint32,uint64) a, (uint96,uint96,uint32,uint32,uint64) b, uint256 mulA, uint256 mulB) pure returns(bool)
func (rateExchange *RateExchange) PackCostsNoMore(a RateExchangeRateEntry, b RateExchangeRateEntry, mulA *big.Int, mulB *big.Int) []byte {
	enc, err := rateExchange.abi.Pack("costsNoMore", a, b, mulA, mulB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCostsNoMore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78abb45b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function costsNoMore((uint96,uint96,uint32,uint32,uint64) a, (uint96,uint96,uint32,uint32,uint64) b, uint256 mulA, uint256 mulB) pure returns(bool)
func (rateExchange *RateExchange) TryPackCostsNoMore(a RateExchangeRateEntry, b RateExchangeRateEntry, mulA *big.Int, mulB *big.Int) ([]byte, error) {
	return rateExchange.abi.Pack("costsNoMore", a, b, mulA, mulB)
}

// UnpackCostsNoMore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78abb45b.
//
// Solidity: function costsNoMore((uint96,uint96,uint32,uint32,uint64) a, (uint96,uint96,uint32,uint32,uint64) b, uint256 mulA, uint256 mulB) pure returns(bool)
func (rateExchange *RateExchange) UnpackCostsNoMore(data []byte) (bool, error) {
	out, err := rateExchange.abi.Unpack("costsNoMore", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
	if bytes.Equal(raw[:4], rateExchange.abi.Errors["TooManyScheduled"].ID.Bytes()[:4]) {
		return rateExchange.UnpackTooManyScheduledError(raw[4:])
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

// RateExchangeTooManyScheduled represents a TooManyScheduled error raised by the RateExchange contract.
type RateExchangeTooManyScheduled struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyScheduled(uint256 index)
func RateExchangeTooManyScheduledErrorID() common.Hash {
	return common.HexToHash("0x2a2d78aaca61fe51d8b322eaf442236878d0ec93473806ecc4078f2c0744391d")
}

// UnpackTooManyScheduledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyScheduled(uint256 index)
func (rateExchange *RateExchange) UnpackTooManyScheduledError(raw []byte) (*RateExchangeTooManyScheduled, error) {
	out := new(RateExchangeTooManyScheduled)
	if err := rateExchange.abi.UnpackIntoInterface(out, "TooManyScheduled", raw); err != nil {
		return nil, err
	}
	return out, nil
}
