// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package numberregistry

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

// NumberRegistryMetaData contains all meta data concerning the NumberRegistry contract.
var NumberRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BURN_ADDRESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DISPUTE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURES_ALL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_FAX\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_MMS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_RCS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_SMS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_VIDEO\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"FEATURE_VOICE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CNAM_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SIP_URI_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"blockCaller\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelPortSignatures\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"expires\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cnamOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commit\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentTime\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositAmount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expiresOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"featuresOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"forceRelease\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"depositRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"applied\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gracePeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"holdForDispute\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"holdOf\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"escrow\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAvailable\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isBlocked\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isBlockedNode\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isValidNumber\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"makeCommitment\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"secret\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"maxCommitAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minCommitAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nodeOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"numberInfo\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expires\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"live\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOfNode\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"port\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"toOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ownerSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"operatorSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"portDigest\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"toOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"portNonce\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"premiumDuration\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"premiumHalfLife\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"premiumOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"premiumRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"premiumStart\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reclaimExpired\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"release\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"releaseCooldown\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releaseHold\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renew\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"expires\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"routeOf\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"routeOfNode\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setCnam\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"cnam\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeatures\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"features\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParameters\",\"inputs\":[{\"name\":\"minCommitAge_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"maxCommitAge_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"term_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"gracePeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"releaseCooldown_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"depositAmount_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPremium\",\"inputs\":[{\"name\":\"start\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"halfLife\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"duration\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRoute\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"operatorSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"term\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unblockCaller\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CallerBlocked\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CallerUnblocked\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CnamSet\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"cnam\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DepositEscrowed\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EscrowPaid\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forced\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeaturesSet\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"features\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForceReleaseSkipped\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberClaimed\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"expires\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberCommitted\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"committer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberExpired\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"formerOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberHeld\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"holds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberHoldReleased\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"holds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberPorted\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"fromOperator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"toOperator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberReleased\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forced\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberRenewed\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"expires\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"renewer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberTransferred\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"minCommitAge\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"maxCommitAge\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"term\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"gracePeriod\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"releaseCooldown\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"depositAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PortSignaturesCancelled\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PremiumPaid\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"premium\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PremiumSet\",\"inputs\":[{\"name\":\"start\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"halfLife\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"duration\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RouteSet\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"e164\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sipUri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CallerAlreadyBlocked\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CallerNotBlocked\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentNotFound\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"CommitmentStillLive\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"committedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitmentTooNew\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"age\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CommitmentTooOld\",\"inputs\":[{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"age\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidCnam\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidFeatures\",\"inputs\":[{\"name\":\"features\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidNumber\",\"inputs\":[{\"name\":\"e164\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidOperatorSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidOwnerSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidParameters\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoDisputeHold\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"NotNumberOwner\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NumberCoolingDown\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NumberDisputed\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NumberNotAvailable\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NumberNotLapsed\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NumberNotLive\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"PortDeadlinePassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RenewalTooEarly\",\"inputs\":[{\"name\":\"node\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"expires\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SipUriTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "NumberRegistry",
	Bin: "0x610180604052348015610010575f5ffd5b50604051614f70380380614f7083398101604081905261002f916105e7565b6040518060400160405280601381526020017f444f5453204e756d626572526567697374727900000000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e826101f960201b60201c565b6101205261009b816101f9565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038216158061014d57506001600160a01b038116155b1561016b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038116610160526101835f8361023f565b506101ae7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f558361023f565b506101d4603c620151806301e1338062278d0062093a806802b5e3af16b18800006102e8565b6101f269021e19e0c9bab240000062015180621baf8061dead610493565b5050610673565b5f5f829050601f8151111561022c578260405163305a27a960e01b81526004016102239190610618565b60405180910390fd5b80516102378261064d565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102e2565b505f5b92915050565b6001600160401b038516158061030f5750846001600160401b0316866001600160401b0316115b8061032157506001600160401b038416155b80610338575063ffffffff6001600160401b038616115b8061034f575063ffffffff6001600160401b038516115b80610366575063ffffffff6001600160401b038416115b8061037d575063ffffffff6001600160401b038316115b8061038e57506001600160801b0381115b156103ac57604051630e52390960e41b815260040160405180910390fd5b600380546001600160401b038881166001600160801b0319909216821768010000000000000000898316818102929092176001600160801b03908116600160801b8b86169081026001600160c01b031691909117600160c01b8b87169081029190911790975560048054958a166001600160c01b0319909616861792891690930291909117909155604080519485526020850192909252908301526060820192909252608081019190915260a081018290527fab550a90bfda4f02f2f0a89dfb3e3dd9c2d0a251dfe64ebec21523ef3d16918f9060c00160405180910390a1505050505050565b6001600160801b038411806104b9575083158015906104b957506001600160401b038316155b806104d0575063ffffffff6001600160401b038416115b806104e7575063ffffffff6001600160401b038316115b806104f957506001600160a01b038116155b1561051757604051630e52390960e41b815260040160405180910390fd5b600a80546001600160801b0386166001600160c01b031990911617600160801b6001600160401b03868116918202929092176001600160c01b0316600160c01b92861692830217909255600b80546001600160a01b0319166001600160a01b03851690811790915560408051888152602081019490945283019190915260608201527f1c904f049f8c05e43b4714fae3d67758a9cd7dca743032e3f5e1391f3327daa99060800160405180910390a150505050565b80516001600160a01b03811681146105e2575f5ffd5b919050565b5f5f604083850312156105f8575f5ffd5b610601836105cc565b915061060f602084016105cc565b90509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561066d575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161486a6107065f395f8181610a5a0152818161141f0152818161146201528181611b3701528181611bf301528181611f1201528181612219015281816124b3015261315801525f6131dc01525f6131b101525f612bcf01525f612ba701525f612b0201525f612b2c01525f612b56015261486a5ff3fe608060405234801561000f575f5ffd5b5060043610610417575f3560e01c8063a217fddf11610221578063d72ceb9c1161012a578063f49826be116100b4578063fbf58b3e11610084578063fbf58b3e14610a2f578063fbff18df14610a42578063fc0c546a14610a55578063fccc281314610a7c578063fcd4c3d114610a85575f5ffd5b8063f49826be146109ec578063f6317998146109ff578063f94696cf14610a07578063fa90133a14610a26575f5ffd5b8063ecfb6bd1116100fa578063ecfb6bd11461097a578063ee3b5cbb1461098d578063f14fcbc8146109a0578063f34e3723146109b3578063f492c987146109c6575f5ffd5b8063d72ceb9c14610927578063e140f1c414610941578063e5fbcc1f14610954578063eb0220c914610967575f5ffd5b8063c3abc4d6116101ab578063ccc574901161017b578063ccc57490146108ad578063ce19fd8f146108d4578063d2bccb22146108e7578063d344f06214610901578063d547741f14610914575f5ffd5b8063c3abc4d61461086c578063c67ef1331461087f578063c6f9e2fc14610892578063c892c4b61461089a575f5ffd5b8063af30265f116101f1578063af30265f14610820578063b1724b4614610828578063b710797414610833578063bcbe7b6614610846578063c0b5eee314610859575f5ffd5b8063a217fddf146107eb578063a4a9a612146107f2578063a54625a214610805578063ac8f5eaf1461080d575f5ffd5b806342ef59001161032357806384b0196e116102ad57806391d148541161027d57806391d148541461077e578063920ffa2614610791578063965306aa146107a4578063a06db7dc146107b7578063a10ffbed146107d1575f5ffd5b806384b0196e146106b35780638683f1b2146106ce578063881541e2146106e1578063912794451461075d575f5ffd5b80635d2b406d116102f35780635d2b406d1461065e5780635d6d39eb14610666578063681f25261461066e578063795443f21461068d5780637d772317146106a0575f5ffd5b806342ef59001461061c57806351b688731461063057806357577fbd14610638578063582986951461064b575f5ffd5b8063248a9ca3116103a45780633644e515116103745780633644e515146105a957806336568abe146105b1578063382e3de7146105c4578063393174e4146105d7578063419759f514610602575f5ffd5b8063248a9ca31461052f5780632ca8bd58146105515780632f2ff15d1461057c578063320cdd101461058f575f5ffd5b80631362ba22116103ea5780631362ba2214610496578063138dbdd1146104b0578063193def7c146104e75780631dab6dd5146105095780632211fa281461051c575f5ffd5b8063017425d91461041b57806301ffc9a7146104305780630e0250ba1461045857806311b0b19814610483575b5f5ffd5b61042e610429366004613c09565b610aa5565b005b61044361043e366004613cf0565b610bd5565b60405190151581526020015b60405180910390f35b60045461046b906001600160401b031681565b6040516001600160401b03909116815260200161044f565b61042e610491366004613d17565b610c0b565b600a5461046b90600160c01b90046001600160401b031681565b6104c36104be366004613d5e565b610cb6565b604080516001600160a01b03909316835263ffffffff90911660208301520161044f565b6104fb5f5160206148155f395f51905f5281565b60405190815260200161044f565b61042e610517366004613d75565b610dc9565b6104fb61052a366004613dcc565b610e5c565b6104fb61053d366004613d5e565b5f9081526020819052604090206001015490565b600a54610564906001600160801b031681565b6040516001600160801b03909116815260200161044f565b61042e61058a366004613e0a565b610e9c565b610597600281565b60405160ff909116815260200161044f565b6104fb610ec6565b61042e6105bf366004613e0a565b610ed4565b60035461046b906001600160401b031681565b600b546105ea906001600160a01b031681565b6040516001600160a01b03909116815260200161044f565b60045461056490600160401b90046001600160801b031681565b6104fb5f5160206147f55f395f51905f5281565b610597600481565b6104fb610646366004613dcc565b610f0c565b61042e610659366004613e34565b610fc4565b6104fb600f81565b610597603f81565b6104fb61067c366004613d5e565b5f9081526005602052604090205490565b61046b61069b366004613d17565b611156565b61042e6106ae366004613eea565b6114cb565b6106bb6115ba565b60405161044f9796959493929190613f82565b6104436106dc366004613dcc565b6115fc565b61073a6106ef36600461402b565b5f91825260096020908152604080842063ffffffff93841685529091529091208054600190910154918116926401000000009091046001600160a01b0316916001600160801b031690565b604080519384526001600160a01b0390921660208401529082015260600161044f565b61077061076b366004613d5e565b611607565b60405161044f92919061404c565b61044361078c366004613e0a565b61170c565b6105ea61079f366004613dcc565b611734565b6104436107b2366004613dcc565b611765565b60035461046b90600160c01b90046001600160401b031681565b60035461046b90600160801b90046001600160401b031681565b6104fb5f81565b61046b610800366004613dcc565b611806565b610597601081565b61044361081b36600461406f565b611962565b610597602081565b61046b63ffffffff81565b61046b610841366004613dcc565b611c87565b61042e6108543660046140cf565b611cde565b61042e610867366004613dcc565b611d1b565b61077061087a366004613dcc565b611db4565b61059761088d366004613dcc565b611de3565b610597600181565b61042e6108a8366004613dcc565b611e5f565b6104fb7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b6104fb6108e2366004614100565b611f49565b600a5461046b90600160801b90046001600160401b031681565b6105ea61090f366004613d5e565b611fa3565b61042e610922366004613e0a565b611fb9565b60035461046b90600160401b90046001600160401b031681565b61042e61094f36600461415c565b611fdd565b6104436109623660046141c7565b61201e565b610443610975366004613d17565b61207d565b61042e61098836600461402b565b61209f565b61042e61099b366004613d17565b61224d565b61042e6109ae366004613d5e565b6122e5565b61042e6109c1366004613dcc565b612394565b6109d96109d4366004613d5e565b6124da565b60405161044f97969594939291906141e7565b6104fb6109fa36600461424c565b6125ab565b610597600881565b6104fb610a15366004613d5e565b5f9081526008602052604090205490565b6104fb61010081565b61042e610a3d3660046142a3565b612603565b6104fb610a50366004613dcc565b61272a565b6105ea7f000000000000000000000000000000000000000000000000000000000000000081565b6105ea61dead81565b610a98610a93366004613dcc565b61274b565b60405161044f91906142f2565b6001600160a01b038816610acc5760405163d92e233d60e01b815260040160405180910390fd5b84421115610af557604051630f9b726b60e41b8152600481018690526024015b60405180910390fd5b610100861115610b1b576040516305e6cd0d60e11b815260048101879052602401610aec565b5f8a8a604051610b2c929190614304565b60408051918290039091205f818152600660205291909120909150610b5081612858565b610b70576040516344d2c3e760e01b815260048101839052602401610aec565b8054604051610ba89184916001600160a01b03909116908d90610b96908e908e90614304565b60405180910390208b8b8b8b8b61289f565b8054610bc7908390600160e01b900463ffffffff168e8e8e8e8e61294c565b505050505050505050505050565b5f6001600160e01b03198216637965db0b60e01b1480610c0557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f610c1785856129f3565b5f858152600382016020526040902054919350915060ff1615610c5757604051630ccd5fdf60e11b81526004810183905260248101849052604401610aec565b5f83815260038201602052604090819020805460ff1916600117905551839083907f4267ae580dcd1243aaa39e538c05f120e2e26c55543a3fd7958b0cf9e5bf4d6a90610ca7908990899061433b565b60405180910390a35050505050565b5f5f5f5160206148155f395f51905f52610ccf81612a5a565b5f848152600660205260409020610ce581612858565b610d05576040516344d2c3e760e01b815260048101869052602401610aec565b80545f86815260096020908152604080832063ffffffff600160e01b860481168086529190935290832080546001600160a01b03909516985090965092610d4e91166001614362565b825463ffffffff8281166001600160c01b031990921682176401000000006001600160a01b038b1690810291909117865560408051928a168352602083019390935292935089917f227f8127e0e63aecdfa0feff9bb07d40ea5b6d40b2e90b7306e0b3a713033d91910160405180910390a350505050915091565b60c0811615610df057604051633b812a9f60e21b815260ff82166004820152602401610aec565b5f5f610dfc85856129f3565b805460ff60a01b1916600160a01b60ff871602178155604051919350915082907fe5a8fbe39eb2211edbb3274403a8a74cec6279fdbe8aad61f7a465fc81e56e4b90610e4d9088908890889061437e565b60405180910390a25050505050565b5f60065f8484604051610e70929190614304565b604080519182900390912082526020820192909252015f20600101546001600160801b03169392505050565b5f82815260208190526040902060010154610eb681612a5a565b610ec08383612a67565b50505050565b5f610ecf612af6565b905090565b6001600160a01b0381163314610efd5760405163334bd91960e11b815260040160405180910390fd5b610f078282612c1f565b505050565b5f5f60065f8585604051610f21929190614304565b604080519182900390912082526020820192909252015f2080549091506001600160a01b031615610f9e57610f5581612858565b15610f63575f915050610c05565b6003548154610f9691610f91916001600160401b03600160c01b909204821691600160a01b909104166143a4565b612c88565b915050610c05565b6001810154610fbc90600160801b90046001600160401b0316612c88565b949350505050565b610100841115610fea576040516305e6cd0d60e11b815260048101859052602401610aec565b5f5f610ff68a8a6129f3565b5f8281526008602052604081208054939550919350919082611017836143b7565b9091555090506001600160a01b038916156110d8578542111561105057604051630f9b726b60e41b815260048101879052602401610aec565b5f6110ab5f5160206147f55f395f51905f52858c8c8c604051611074929190614304565b6040519081900381206110909493929188908e906020016143cf565b60405160208183030381529060405280519060200120612d6e565b90506110b98a828888612d9a565b6110d657604051632616a48960e11b815260040160405180910390fd5b505b81546001600160a01b0319166001600160a01b038a1617825560018201611100888a83614490565b50886001600160a01b0316837f0a90efae3bbb5d1c9e1168915dd3109fa24b758b8561f9b018e37810d8a2bfd68d8d8c8c6040516111419493929190614549565b60405180910390a35050505050505050505050565b5f61115f612e0c565b5f61116a8585612e43565b90505f858560405161117d929190614304565b604051809103902090505f611194878733886125ab565b5f818152600560205260408120549192508190036111c85760405163836588c960e01b815260048101839052602401610aec565b5f6111d3824261457a565b6003549091506001600160401b031681101561120c57604051632dcfcdd160e11b81526004810184905260248101829052604401610aec565b600354600160401b90046001600160401b0316811115611249576040516302b87edf60e11b81526004810184905260248101829052604401610aec565b5f83815260056020908152604080832083905586835260069091528120805490916001600160a01b039091169081156112b55761128583612858565b156112a6576040516364523de560e01b815260048101889052602401610aec565b6112b287848e8e612ecc565b90505b6001830154600160801b90046001600160401b031642101561130857600183015460405163afcab2f560e01b815260048101899052600160801b9091046001600160401b03166024820152604401610aec565b600454600354600160401b9091046001600160801b03169061133a90600160801b90046001600160401b03164261458d565b84546001600160401b03808316600160a01b0267ffffffffffffffff60a01b1933166001600160e01b031990931692909217919091178655600186018054918c16600160c01b0267ffffffffffffffff60801b9092166001600160801b038516179190911790555f8981526008602052604081208054929c50916113bd906143b7565b91905081905550336001600160a01b0316887f91e658d5ec7e491b442f6010a29e103c7582d8eee5b2231b19607de6d332696a8f8f8e8660405161140494939291906145ac565b60405180910390a38115611446576114466001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168484613080565b6001600160801b03811615611493576114936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633306001600160801b0385166130b5565b60018401546114b3908990600160801b90046001600160401b03166130eb565b5050505050505050506114c4613180565b9392505050565b8181600f8111156114ef57604051634028856560e11b815260040160405180910390fd5b5f5b81811015611550575f83838381811061150c5761150c6145e8565b919091013560f81c91505060208110806115295750607e8160ff16115b1561154757604051634028856560e11b815260040160405180910390fd5b506001016114f1565b505f5f61155d88886129f3565b909250905060028101611571868883614490565b50817fcf7163cabb9c9feaa94a33da97344bd32b448a7cb2cf24f792cfae9e0fc55b43898989896040516115a89493929190614549565b60405180910390a25050505050505050565b5f6060805f5f5f60606115cb6131aa565b6115d36131d5565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6114c48383613200565b5f81815260066020526040812060609061162081612858565b61163e575f60405180602001604052805f8152509250925050915091565b5f8481526007602090815260408083208454600160e01b900463ffffffff168452909152902080546001820180546001600160a01b0390921691819061168390614414565b80601f01602080910402602001604051908101604052809291908181526020018280546116af90614414565b80156116fa5780601f106116d1576101008083540402835291602001916116fa565b820191905f5260205f20905b8154815290600101906020018083116116dd57829003601f168201915b50505050509050935093505050915091565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6114c460065f858560405161174b929190614304565b604051809103902081526020019081526020015f20613313565b5f6117708383613200565b61177b57505f610c05565b5f60065f858560405161178f929190614304565b604080519182900390912082526020820192909252015f2080549091506001600160a01b0316158015906117c757506117c781612858565b156117d5575f915050610c05565b80546001600160a01b0316151580610fbc575060010154600160801b90046001600160401b03164210159392505050565b5f5f8383604051611818929190614304565b60408051918290039091205f81815260066020529190912090915061183c81612858565b61185c576040516344d2c3e760e01b815260048101839052602401610aec565b600354600160801b90046001600160401b031661187981426143a4565b8254600160a01b90046001600160401b031611156118c55781546040516337d63f5960e11b815260048101859052600160a01b9091046001600160401b03166024820152604401610aec565b81546118e2908290600160a01b90046001600160401b031661458d565b82546001600160401b038216600160a01b0267ffffffffffffffff60a01b198216811785556040519296506001600160a01b039081169116179084907fc2905a2f6c0ea8784e50f8464295472f35292b63821e0dde226adfeb57e9c88190611951908a908a908a9033906145fc565b60405180910390a350505092915050565b5f5f5160206148155f395f51905f5261197a81612a5a565b611982612e0c565b6001600160a01b0383166119a95760405163d92e233d60e01b815260040160405180910390fd5b5f86815260096020908152604080832063ffffffff808a1685529252822080549092911690036119fb5760405163b60dab7760e01b81526004810188905263ffffffff87166024820152604401610aec565b805460019082905f90611a1590849063ffffffff16614639565b82546101009290920a63ffffffff8181021990931691831602179091555f8981526006602052604090208054909250888216600160e01b909104909116148015611a6b575080546001600160a01b038781169116145b8015611a7f57506001600160a01b03861615155b15611b6c5760018101546001600160801b038116905f90611aaf90600160c01b90046001600160401b0316613335565b5f8b8152600860205260408120805492935091611acb906143b7565b909155505f611ad98461336f565b9050886001600160a01b03168b7f9f8be40009494d69ffc03fea5a2ba1e25360b4d7c1d854bbdf32c9838fd70eed8486600186604051611b1c9493929190614655565b60405180910390a38215611b5e57611b5e6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168985613080565b600196505050505050611c76565b60018201546001600160801b03168015611c2657600183810180546001600160801b03191690556040805163ffffffff8b1681526020810184905280820192909252516001600160a01b038816918b917fa717578130b7022f40187fd15d66f89bc860758efc81fa060c9e00294964ae039181900360600190a3611c1a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168783613080565b60019450505050611c76565b6040805163ffffffff8a1681526001600160a01b03891660208201528a917f5656ee82ec7a1e019b87e2a258c4191e112e0a30cb042deacfa5093715d916c4910160405180910390a25f94505050505b611c7e613180565b50949350505050565b5f5f60065f8585604051611c9c929190614304565b604051809103902081526020019081526020015f209050611cbc81612858565b611cc6575f610fbc565b54600160a01b90046001600160401b03169392505050565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55611d0881612a5a565b611d14858585856133fa565b5050505050565b5f8282604051611d2c929190614304565b60405180910390209050611d508160065f8481526020019081526020015f20613533565b5f81815260086020526040812080548290611d6a906143b7565b9190508190559050817f04c3e65bfa27d518e0744894828a7a423aac9e44402c3f78516b53bb6f0356b8858584604051611da69392919061468c565b60405180910390a250505050565b5f6060611dd78484604051611dca929190614304565b6040518091039020611607565b915091505b9250929050565b5f5f8383604051611df5929190614304565b60408051918290039091205f818152600660205291909120909150611e1981612858565b611e27575f92505050610c05565b5f9182526007602090815260408084209254600160e01b900463ffffffff168452919052902054600160a01b900460ff169392505050565b611e67612e0c565b5f8282604051611e78929190614304565b60408051918290039091205f8181526006602052919091208054919250906001600160a01b0316801580611eb05750611eb082612858565b15611ed1576040516332f5c0f360e11b815260048101849052602401610aec565b5f8381526008602052604081208054909190611eec906143b7565b909155505f611efd84848888612ecc565b90508015611f3957611f396001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383613080565b50505050611f45613180565b5050565b5f611f995f5160206147f55f395f51905f5287878787604051611f6d929190614304565b604080519182900382205f8d8152600860209081529290205461109096959493919290918a91016143cf565b9695505050505050565b5f818152600660205260408120610c0590613313565b5f82815260208190526040902060010154611fd381612a5a565b610ec08383612c1f565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5561200781612a5a565b612015878787878787613579565b50505050505050565b5f82815260066020526040812061203481612858565b612041575f915050610c05565b5f9384526007602090815260408086209254600160e01b900463ffffffff16865291815281852093855260039093019092525090205460ff1690565b5f610fbc8484604051612091929190614304565b60405180910390208361201e565b5f5160206148155f395f51905f526120b681612a5a565b6120be612e0c565b5f83815260096020908152604080832063ffffffff808716855292528220805490929116908190036121125760405163b60dab7760e01b81526004810186905263ffffffff85166024820152604401610aec565b61211b816146af565b825463ffffffff191663ffffffff8281169182178555604080519188168252602082019290925291925086917f2975de653e184b0c324bfe634222b4dff25684b26e70004699bfed7b3c4d53da910160405180910390a260018201546001600160801b031663ffffffff821615801561219357508015155b15612242576001830180546001600160801b031916905582546040805163ffffffff88168152602081018490525f918101919091526401000000009091046001600160a01b031690819088907fa717578130b7022f40187fd15d66f89bc860758efc81fa060c9e00294964ae039060600160405180910390a36122406001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284613080565b505b505050610f07613180565b5f5f61225985856129f3565b5f858152600382016020526040902054919350915060ff1661229857604051636266972960e11b81526004810183905260248101849052604401610aec565b5f83815260038201602052604090819020805460ff1916905551839083907fa689a21cc2aa5e8b2a94deebc244f0b87aa6b45a7bb889eb7bf8967faa24396f90610ca7908990899061433b565b5f81815260056020526040902054801580159061231e575060035461231a90600160401b90046001600160401b0316826143a4565b4211155b156123465760405163cd4fc31960e01b81526004810183905260248101829052604401610aec565b5f8281526005602090815260409182902042908190559151918252339184917ff372a3f4bcd0938faf563bd221d5b09ba71e9d0ef2425028c7621aa2c34dd58b910160405180910390a35050565b61239c612e0c565b5f82826040516123ad929190614304565b60408051918290039091205f8181526006602052919091209091506123d28282613533565b5f828152600960209081526040808320845463ffffffff600160e01b90910481168552925290912054161561241d576040516307ab292160e11b815260048101839052602401610aec565b5f8281526008602052604081208054909190612438906143b7565b9091555060018101546001600160801b03165f6124548361336f565b9050336001600160a01b0316847f9f8be40009494d69ffc03fea5a2ba1e25360b4d7c1d854bbdf32c9838fd70eed8888865f876040516124989594939291906146cd565b60405180910390a38115611f3957611f396001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384613080565b5f81815260066020526040812080546001820154839283928392839283926060926001600160a01b038216916001600160401b03600160a01b82048116926001600160801b03811692600160801b9091049091169063ffffffff600160e01b9091041661254686612858565b86546001600160a01b03161561257957600187015461257490600160c01b90046001600160401b0316613335565b612589565b60405180602001604052805f8152505b959f949e506001600160801b039093169c50909a509850965090945092505050565b5f84846040516125bc929190614304565b6040805191829003822060208301526001600160a01b0385169082015260608101839052608001604051602081830303815290604052805190602001209050949350505050565b6001600160a01b03811661262a5760405163d92e233d60e01b815260040160405180910390fd5b5f838360405161263b929190614304565b60408051918290039091205f8181526006602052919091209091506126608282613533565b5f828152600960209081526040808320845463ffffffff600160e01b9091048116855292529091205416156126ab576040516307ab292160e11b815260048101839052602401610aec565b5f82815260086020526040812080549091906126c6906143b7565b9091555080546001600160a01b0319166001600160a01b0384169081178255604051339084907f202387c0b5bdd4e5804221f5a38e6daf242f83154e28e972dec385e6c3a0a5859061271b908a908a9061433b565b60405180910390a45050505050565b5f828260405161273b929190614304565b6040518091039020905092915050565b60605f838360405161275e929190614304565b60408051918290039091205f81815260066020529190912090915061278281612858565b61279e5760405180602001604052805f81525092505050610c05565b5f8281526007602090815260408083208454600160e01b900463ffffffff168452909152902060020180546127d290614414565b80601f01602080910402602001604051908101604052809291908181526020018280546127fe90614414565b80156128495780601f1061282057610100808354040283529160200191612849565b820191905f5260205f20905b81548152906001019060200180831161282c57829003601f168201915b50505050509250505092915050565b80545f906001600160a01b031615801590610c0557506003548254612897916001600160401b03600160c01b909104811691600160a01b9004166143a4565b421092915050565b5f898152600860205260408120805490826128b9836143b7565b9190505590505f6128eb5f5160206147f55f395f51905f528c8b8b868c604051602001611090969594939291906143cf565b90506128f98a828888612d9a565b612916576040516338a85a8d60e01b815260040160405180910390fd5b61292289828686612d9a565b61293f57604051632616a48960e11b815260040160405180910390fd5b5050505050505050505050565b5f87815260076020908152604080832063ffffffff8a168452909152902080546001600160a01b038581166001600160a01b031983161783551660018201612995848683614490565b50846001600160a01b0316816001600160a01b03168a7fe3831908dfd458cf4abec0d25bbdb7873c2ddafdcf3b4f64a8d492d842e38ad18a8a89896040516129e09493929190614549565b60405180910390a4505050505050505050565b5f5f8383604051612a05929190614304565b60408051918290039091205f818152600660205291909120909250612a2a8382613533565b5f8381526007602090815260408083209354600160e01b900463ffffffff16835292905220919491935090915050565b612a64813361371f565b50565b5f612a72838361170c565b612aef575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612aa73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610c05565b505f610c05565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612b4e57507f000000000000000000000000000000000000000000000000000000000000000046145b15612b7857507f000000000000000000000000000000000000000000000000000000000000000090565b610ecf604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f612c2a838361170c565b15612aef575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610c05565b600a545f906001600160801b0316801580612caa57506001600160401b038316155b80612cbd5750826001600160401b031642105b15612cca57505f92915050565b5f612cde6001600160401b0385164261457a565b600a54909150600160c01b90046001600160401b03168110612d0357505f9392505050565b600a54600160801b90046001600160401b03165f612d21828461471a565b905060808110612d3657505f95945050505050565b83811c9450612d4682600261472d565b612d508385614744565b612d5a908761472d565b612d64919061471a565b611f99908661457a565b5f610c05612d7a612af6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f846001600160a01b03163b5f03612df9575f5f612db9868686613758565b5090925090505f816003811115612dd257612dd2614757565b148015612df05750866001600160a01b0316826001600160a01b0316145b92505050610fbc565b612e058585858561379f565b9050610fbc565b612e14613809565b612e4160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613849565b565b5f612e4e8383613200565b612e6f578282604051634100195f60e11b8152600401610aec92919061433b565b828260015b81811015612ec3576030838383818110612e9057612e906145e8565b612ea19392013560f81c905061476b565b60ff16612eaf85600a614784565b612eb9919061458d565b9350600101612e74565b50505092915050565b825460018401545f86815260096020908152604080832063ffffffff600160e01b8704811680865291909352922080546001600160801b03909416946001600160a01b03169390911615801590612f2257508315155b15612f94576001810180546001600160801b0319166001600160801b0386161790556040805163ffffffff84168152602081018690526001600160a01b038516918a917f6856beb9a1f731d1f18e00b73b81560b0b293ee15dfeafb32cca16ce1d0a3cae910160405180910390a35f93505b6003548754612fbd916001600160401b03600160c01b909104811691600160a01b9004166143a4565b600188810180548a546001600160e01b0319168b556001600160c01b031916600160801b6001600160401b0394909416939093026001600160801b0319169290921790915561300d908390614362565b875463ffffffff91909116600160e01b026001600160e01b039091161787556040516001600160a01b0384169089907f628473299bae8faa29619e20fc4ef5d04ead123e21ce1ba4352ab23bdfbc3f6c9061306d908a908a908a9061468c565b60405180910390a3505050949350505050565b61308d8383836001613850565b610f0757604051635274afe760e01b81526001600160a01b0384166004820152602401610aec565b6130c38484848460016138b2565b610ec057604051635274afe760e01b81526001600160a01b0385166004820152602401610aec565b5f6130f582612c88565b9050805f0361310357505050565b600b546040518281526001600160a01b03909116908190339086907ffe8c08c8b85a7f091ed09e4f3603b19f94226f24d76253574e287fefb98c8d579060200160405180910390a4610ec06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383856130b5565b612e415f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612e3b565b6060610ecf7f000000000000000000000000000000000000000000000000000000000000000061391f565b6060610ecf7f000000000000000000000000000000000000000000000000000000000000000061391f565b5f8160028110806132115750601081115b80613245575083835f818110613229576132296145e8565b9050013560f81c60f81b6001600160f81b031916602b60f81b14155b8061327957508383600181811061325e5761325e6145e8565b9050013560f81c60f81b6001600160f81b031916600360fc1b145b15613287575f915050610c05565b60015b8181101561330857600360fc1b8585838181106132a9576132a96145e8565b9050013560f81c60f81b6001600160f81b03191610806132f15750603960f81b8585838181106132db576132db6145e8565b9050013560f81c60f81b6001600160f81b031916115b15613300575f92505050610c05565b60010161328a565b506001949350505050565b5f61331d82612858565b613327575f610c05565b50546001600160a01b031690565b6060613349826001600160401b031661395c565b60405160200161335991906147ad565b6040516020818303038152906040529050919050565b6004545f90613387906001600160401b03164261458d565b82546001600160e01b0319168084556001840180546001600160c01b031916600160801b6001600160401b038516021790559091508290601c906133d790600160e01b900463ffffffff166147d0565b91906101000a81548163ffffffff021916908363ffffffff160217905550919050565b6001600160801b038411806134205750831580159061342057506001600160401b038316155b80613437575063ffffffff6001600160401b038416115b8061344e575063ffffffff6001600160401b038316115b8061346057506001600160a01b038116155b1561347e57604051630e52390960e41b815260040160405180910390fd5b600a80546001600160801b0386166001600160c01b031990911617600160801b6001600160401b03868116918202929092176001600160c01b0316600160c01b92861692830217909255600b80546001600160a01b0319166001600160a01b03851690811790915560408051888152602081019490945283019190915260608201527f1c904f049f8c05e43b4714fae3d67758a9cd7dca743032e3f5e1391f3327daa99060800160405180910390a150505050565b80546001600160a01b031633141580613552575061355081612858565b155b15611f45576040516308282e6360e11b815260048101839052336024820152604401610aec565b6001600160401b03851615806135a05750846001600160401b0316866001600160401b0316115b806135b257506001600160401b038416155b806135c9575063ffffffff6001600160401b038616115b806135e0575063ffffffff6001600160401b038516115b806135f7575063ffffffff6001600160401b038416115b8061360e575063ffffffff6001600160401b038316115b8061361f57506001600160801b0381115b1561363d57604051630e52390960e41b815260040160405180910390fd5b600380546001600160401b038881166001600160801b03199092168217600160401b898316818102929092176001600160801b03908116600160801b8b86169081026001600160c01b031691909117600160c01b8b87169081029190911790975560048054958a166001600160c01b0319909616861792891690930291909117909155604080519485526020850192909252908301526060820192909252608081019190915260a081018290527fab550a90bfda4f02f2f0a89dfb3e3dd9c2d0a251dfe64ebec21523ef3d16918f9060c00160405180910390a1505050505050565b613729828261170c565b611f455760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610aec565b5f8080604184900361378c578435602086013560408701355f1a61377e898285856139eb565b955095509550505050613796565b505f915060029050825b93509350939050565b60408051630b135d3f60e11b808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612e4157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166138a657838315161561389a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661390e578383151615613902573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60605f61392b83613ab3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b60605f61396883613ada565b60010190505f816001600160401b0381111561398657613986614400565b6040519080825280601f01601f1916602001820160405280156139b0576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846139ba57509392505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a2457505f91506003905082613aa9565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a75573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613aa057505f925060019150829050613aa9565b92505f91508190505b9450945094915050565b5f60ff8216601f811115610c0557604051632cd44ac360e21b815260040160405180910390fd5b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310613b185772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310613b44576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310613b6257662386f26fc10000830492506010015b6305f5e1008310613b7a576305f5e100830492506008015b6127108310613b8e57612710830492506004015b60648310613ba0576064830492506002015b600a8310610c055760010192915050565b5f5f83601f840112613bc1575f5ffd5b5081356001600160401b03811115613bd7575f5ffd5b602083019150836020828501011115611ddc575f5ffd5b80356001600160a01b0381168114613c04575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f5f60c08b8d031215613c22575f5ffd5b8a356001600160401b03811115613c37575f5ffd5b613c438d828e01613bb1565b909b509950613c56905060208c01613bee565b975060408b01356001600160401b03811115613c70575f5ffd5b613c7c8d828e01613bb1565b90985096505060608b0135945060808b01356001600160401b03811115613ca1575f5ffd5b613cad8d828e01613bb1565b90955093505060a08b01356001600160401b03811115613ccb575f5ffd5b613cd78d828e01613bb1565b915080935050809150509295989b9194979a5092959850565b5f60208284031215613d00575f5ffd5b81356001600160e01b0319811681146114c4575f5ffd5b5f5f5f60408486031215613d29575f5ffd5b83356001600160401b03811115613d3e575f5ffd5b613d4a86828701613bb1565b909790965060209590950135949350505050565b5f60208284031215613d6e575f5ffd5b5035919050565b5f5f5f60408486031215613d87575f5ffd5b83356001600160401b03811115613d9c575f5ffd5b613da886828701613bb1565b909450925050602084013560ff81168114613dc1575f5ffd5b809150509250925092565b5f5f60208385031215613ddd575f5ffd5b82356001600160401b03811115613df2575f5ffd5b613dfe85828601613bb1565b90969095509350505050565b5f5f60408385031215613e1b575f5ffd5b82359150613e2b60208401613bee565b90509250929050565b5f5f5f5f5f5f5f5f60a0898b031215613e4b575f5ffd5b88356001600160401b03811115613e60575f5ffd5b613e6c8b828c01613bb1565b9099509750613e7f905060208a01613bee565b955060408901356001600160401b03811115613e99575f5ffd5b613ea58b828c01613bb1565b9096509450506060890135925060808901356001600160401b03811115613eca575f5ffd5b613ed68b828c01613bb1565b999c989b5096995094979396929594505050565b5f5f5f5f60408587031215613efd575f5ffd5b84356001600160401b03811115613f12575f5ffd5b613f1e87828801613bb1565b90955093505060208501356001600160401b03811115613f3c575f5ffd5b613f4887828801613bb1565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f613fa060e0830189613f54565b8281036040840152613fb28189613f54565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614007578351835260209384019390920191600101613fe9565b50909b9a5050505050505050505050565b803563ffffffff81168114613c04575f5ffd5b5f5f6040838503121561403c575f5ffd5b82359150613e2b60208401614018565b6001600160a01b03831681526040602082018190525f90610fbc90830184613f54565b5f5f5f5f60808587031215614082575f5ffd5b8435935061409260208601614018565b92506140a060408601613bee565b91506140ae60608601613bee565b905092959194509250565b80356001600160401b0381168114613c04575f5ffd5b5f5f5f5f608085870312156140e2575f5ffd5b843593506140f2602086016140b9565b92506140a0604086016140b9565b5f5f5f5f5f60808688031215614114575f5ffd5b8535945061412460208701613bee565b935060408601356001600160401b0381111561413e575f5ffd5b61414a88828901613bb1565b96999598509660600135949350505050565b5f5f5f5f5f5f60c08789031215614171575f5ffd5b61417a876140b9565b9550614188602088016140b9565b9450614196604088016140b9565b93506141a4606088016140b9565b92506141b2608088016140b9565b9598949750929591949360a090920135925050565b5f5f604083850312156141d8575f5ffd5b50508035926020909101359150565b60018060a01b03881681526001600160401b03871660208201528560408201526001600160401b038516606082015263ffffffff8416608082015282151560a082015260e060c08201525f61423f60e0830184613f54565b9998505050505050505050565b5f5f5f5f6060858703121561425f575f5ffd5b84356001600160401b03811115614274575f5ffd5b61428087828801613bb1565b9095509350614293905060208601613bee565b9396929550929360400135925050565b5f5f5f604084860312156142b5575f5ffd5b83356001600160401b038111156142ca575f5ffd5b6142d686828701613bb1565b90945092506142e9905060208501613bee565b90509250925092565b602081525f6114c46020830184613f54565b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f610fbc602083018486614313565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115610c0557610c0561434e565b604081525f614391604083018587614313565b905060ff83166020830152949350505050565b80820180821115610c0557610c0561434e565b5f600182016143c8576143c861434e565b5060010190565b95865260208601949094526001600160a01b039290921660408501526060840152608083015260a082015260c00190565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061442857607f821691505b60208210810361444657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610f0757805f5260205f20601f840160051c810160208510156144715750805b601f840160051c820191505b81811015611d14575f815560010161447d565b6001600160401b038311156144a7576144a7614400565b6144bb836144b58354614414565b8361444c565b5f601f8411600181146144ec575f85156144d55750838201355b5f19600387901b1c1916600186901b178355611d14565b5f83815260208120601f198716915b8281101561451b57868501358255602094850194600190920191016144fb565b5086821015614537575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b604081525f61455c604083018688614313565b828103602084015261456f818587614313565b979650505050505050565b81810381811115610c0557610c0561434e565b6001600160401b038181168382160190811115610c0557610c0561434e565b606081525f6145bf606083018688614313565b90506001600160401b03841660208301526001600160801b038316604083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b606081525f61460f606083018688614313565b6001600160401b03949094166020830152506001600160a01b039190911660409091015292915050565b63ffffffff8281168282160390811115610c0557610c0561434e565b608081525f6146676080830187613f54565b60208301959095525091151560408301526001600160401b0316606090910152919050565b604081525f61469f604083018587614313565b9050826020830152949350505050565b5f63ffffffff8216806146c4576146c461434e565b5f190192915050565b608081525f6146e0608083018789614313565b60208301959095525091151560408301526001600160401b031660609091015292915050565b634e487b7160e01b5f52601260045260245ffd5b5f8261472857614728614706565b500490565b8082028115828204841417610c0557610c0561434e565b5f8261475257614752614706565b500690565b634e487b7160e01b5f52602160045260245ffd5b60ff8281168282160390811115610c0557610c0561434e565b6001600160401b0381811683821602908116908181146147a6576147a661434e565b5092915050565b602b60f81b81525f82518060208501600185015e5f920160010191825250919050565b5f63ffffffff821663ffffffff81036147eb576147eb61434e565b6001019291505056fe8b678f3c7db0be08feded121f9e37428924d68172271b47a4f64d58083cc901ac785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c4a26469706673582212207243bf53168278b31196b3ffa91fd7741743e81e894ab78f110ee803dbefdef864736f6c634300081e0033",
}

// NumberRegistry is an auto generated Go binding around an Ethereum contract.
type NumberRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NumberRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNumberRegistry creates a new instance of NumberRegistry.
func NewNumberRegistry() *NumberRegistry {
	parsed, err := NumberRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NumberRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NumberRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address token_) returns()
func (numberRegistry *NumberRegistry) PackConstructor(admin common.Address, token_ common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("", admin, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (numberRegistry *NumberRegistry) PackBURNADDRESS() []byte {
	enc, err := numberRegistry.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (numberRegistry *NumberRegistry) TryPackBURNADDRESS() ([]byte, error) {
	return numberRegistry.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (numberRegistry *NumberRegistry) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := numberRegistry.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := numberRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (numberRegistry *NumberRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return numberRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDISPUTEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193def7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISPUTE_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) PackDISPUTEROLE() []byte {
	enc, err := numberRegistry.abi.Pack("DISPUTE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISPUTEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193def7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISPUTE_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackDISPUTEROLE() ([]byte, error) {
	return numberRegistry.abi.Pack("DISPUTE_ROLE")
}

// UnpackDISPUTEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x193def7c.
//
// Solidity: function DISPUTE_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackDISPUTEROLE(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("DISPUTE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (numberRegistry *NumberRegistry) PackDOMAINSEPARATOR() []byte {
	enc, err := numberRegistry.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return numberRegistry.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFEATURESALL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d6d39eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURES_ALL() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATURESALL() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURES_ALL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATURESALL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d6d39eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURES_ALL() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATURESALL() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURES_ALL")
}

// UnpackFEATURESALL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d6d39eb.
//
// Solidity: function FEATURES_ALL() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATURESALL(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURES_ALL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATUREFAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa54625a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_FAX() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATUREFAX() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_FAX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATUREFAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa54625a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_FAX() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATUREFAX() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_FAX")
}

// UnpackFEATUREFAX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa54625a2.
//
// Solidity: function FEATURE_FAX() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATUREFAX(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_FAX", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATUREMMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51b68873.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_MMS() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATUREMMS() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_MMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATUREMMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51b68873.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_MMS() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATUREMMS() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_MMS")
}

// UnpackFEATUREMMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51b68873.
//
// Solidity: function FEATURE_MMS() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATUREMMS(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_MMS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATURERCS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf30265f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_RCS() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATURERCS() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_RCS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATURERCS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf30265f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_RCS() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATURERCS() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_RCS")
}

// UnpackFEATURERCS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf30265f.
//
// Solidity: function FEATURE_RCS() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATURERCS(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_RCS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATURESMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x320cdd10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_SMS() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATURESMS() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_SMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATURESMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x320cdd10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_SMS() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATURESMS() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_SMS")
}

// UnpackFEATURESMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x320cdd10.
//
// Solidity: function FEATURE_SMS() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATURESMS(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_SMS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATUREVIDEO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6317998.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_VIDEO() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATUREVIDEO() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_VIDEO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATUREVIDEO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6317998.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_VIDEO() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATUREVIDEO() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_VIDEO")
}

// UnpackFEATUREVIDEO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6317998.
//
// Solidity: function FEATURE_VIDEO() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATUREVIDEO(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_VIDEO", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFEATUREVOICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f9e2fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEATURE_VOICE() view returns(uint8)
func (numberRegistry *NumberRegistry) PackFEATUREVOICE() []byte {
	enc, err := numberRegistry.abi.Pack("FEATURE_VOICE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEATUREVOICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f9e2fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEATURE_VOICE() view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFEATUREVOICE() ([]byte, error) {
	return numberRegistry.abi.Pack("FEATURE_VOICE")
}

// UnpackFEATUREVOICE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f9e2fc.
//
// Solidity: function FEATURE_VOICE() view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFEATUREVOICE(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("FEATURE_VOICE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGOVERNORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccc57490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) PackGOVERNORROLE() []byte {
	enc, err := numberRegistry.abi.Pack("GOVERNOR_ROLE")
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
func (numberRegistry *NumberRegistry) TryPackGOVERNORROLE() ([]byte, error) {
	return numberRegistry.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCNAMLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d2b406d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CNAM_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) PackMAXCNAMLENGTH() []byte {
	enc, err := numberRegistry.abi.Pack("MAX_CNAM_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCNAMLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d2b406d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CNAM_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackMAXCNAMLENGTH() ([]byte, error) {
	return numberRegistry.abi.Pack("MAX_CNAM_LENGTH")
}

// UnpackMAXCNAMLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d2b406d.
//
// Solidity: function MAX_CNAM_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackMAXCNAMLENGTH(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("MAX_CNAM_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (numberRegistry *NumberRegistry) PackMAXDURATION() []byte {
	enc, err := numberRegistry.abi.Pack("MAX_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1724b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackMAXDURATION() ([]byte, error) {
	return numberRegistry.abi.Pack("MAX_DURATION")
}

// UnpackMAXDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1724b46.
//
// Solidity: function MAX_DURATION() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackMAXDURATION(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("MAX_DURATION", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSIPURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa90133a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SIP_URI_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) PackMAXSIPURILENGTH() []byte {
	enc, err := numberRegistry.abi.Pack("MAX_SIP_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSIPURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa90133a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SIP_URI_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackMAXSIPURILENGTH() ([]byte, error) {
	return numberRegistry.abi.Pack("MAX_SIP_URI_LENGTH")
}

// UnpackMAXSIPURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa90133a.
//
// Solidity: function MAX_SIP_URI_LENGTH() view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackMAXSIPURILENGTH(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("MAX_SIP_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42ef5900.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PORT_TYPEHASH() view returns(bytes32)
func (numberRegistry *NumberRegistry) PackPORTTYPEHASH() []byte {
	enc, err := numberRegistry.abi.Pack("PORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42ef5900.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PORT_TYPEHASH() view returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackPORTTYPEHASH() ([]byte, error) {
	return numberRegistry.abi.Pack("PORT_TYPEHASH")
}

// UnpackPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42ef5900.
//
// Solidity: function PORT_TYPEHASH() view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("PORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlockCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b0b198.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockCaller(string e164, bytes32 callerHash) returns()
func (numberRegistry *NumberRegistry) PackBlockCaller(e164 string, callerHash [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("blockCaller", e164, callerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b0b198.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockCaller(string e164, bytes32 callerHash) returns()
func (numberRegistry *NumberRegistry) TryPackBlockCaller(e164 string, callerHash [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("blockCaller", e164, callerHash)
}

// PackCancelPortSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0b5eee3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelPortSignatures(string e164) returns()
func (numberRegistry *NumberRegistry) PackCancelPortSignatures(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("cancelPortSignatures", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelPortSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0b5eee3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelPortSignatures(string e164) returns()
func (numberRegistry *NumberRegistry) TryPackCancelPortSignatures(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("cancelPortSignatures", e164)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795443f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(string e164, bytes32 secret) returns(uint64 expires)
func (numberRegistry *NumberRegistry) PackClaim(e164 string, secret [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("claim", e164, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795443f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(string e164, bytes32 secret) returns(uint64 expires)
func (numberRegistry *NumberRegistry) TryPackClaim(e164 string, secret [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("claim", e164, secret)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x795443f2.
//
// Solidity: function claim(string e164, bytes32 secret) returns(uint64 expires)
func (numberRegistry *NumberRegistry) UnpackClaim(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("claim", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCnamOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcd4c3d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cnamOf(string e164) view returns(string)
func (numberRegistry *NumberRegistry) PackCnamOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("cnamOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCnamOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcd4c3d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cnamOf(string e164) view returns(string)
func (numberRegistry *NumberRegistry) TryPackCnamOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("cnamOf", e164)
}

// UnpackCnamOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcd4c3d1.
//
// Solidity: function cnamOf(string e164) view returns(string)
func (numberRegistry *NumberRegistry) UnpackCnamOf(data []byte) (string, error) {
	out, err := numberRegistry.abi.Unpack("cnamOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 commitment) returns()
func (numberRegistry *NumberRegistry) PackCommit(commitment [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("commit", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 commitment) returns()
func (numberRegistry *NumberRegistry) TryPackCommit(commitment [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("commit", commitment)
}

// PackCommitmentTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x681f2526.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentTime(bytes32 commitment) view returns(uint256)
func (numberRegistry *NumberRegistry) PackCommitmentTime(commitment [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("commitmentTime", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x681f2526.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentTime(bytes32 commitment) view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackCommitmentTime(commitment [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("commitmentTime", commitment)
}

// UnpackCommitmentTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x681f2526.
//
// Solidity: function commitmentTime(bytes32 commitment) view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackCommitmentTime(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("commitmentTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x419759f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAmount() view returns(uint128)
func (numberRegistry *NumberRegistry) PackDepositAmount() []byte {
	enc, err := numberRegistry.abi.Pack("depositAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x419759f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAmount() view returns(uint128)
func (numberRegistry *NumberRegistry) TryPackDepositAmount() ([]byte, error) {
	return numberRegistry.abi.Pack("depositAmount")
}

// UnpackDepositAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x419759f5.
//
// Solidity: function depositAmount() view returns(uint128)
func (numberRegistry *NumberRegistry) UnpackDepositAmount(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("depositAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2211fa28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) PackDepositOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("depositOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2211fa28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackDepositOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("depositOf", e164)
}

// UnpackDepositOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2211fa28.
//
// Solidity: function depositOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackDepositOf(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("depositOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (numberRegistry *NumberRegistry) PackEip712Domain() []byte {
	enc, err := numberRegistry.abi.Pack("eip712Domain")
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
func (numberRegistry *NumberRegistry) TryPackEip712Domain() ([]byte, error) {
	return numberRegistry.abi.Pack("eip712Domain")
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
func (numberRegistry *NumberRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := numberRegistry.abi.Unpack("eip712Domain", data)
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

// PackExpiresOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7107974.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expiresOf(string e164) view returns(uint64)
func (numberRegistry *NumberRegistry) PackExpiresOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("expiresOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpiresOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7107974.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expiresOf(string e164) view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackExpiresOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("expiresOf", e164)
}

// UnpackExpiresOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7107974.
//
// Solidity: function expiresOf(string e164) view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackExpiresOf(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("expiresOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFeaturesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc67ef133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function featuresOf(string e164) view returns(uint8)
func (numberRegistry *NumberRegistry) PackFeaturesOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("featuresOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeaturesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc67ef133.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function featuresOf(string e164) view returns(uint8)
func (numberRegistry *NumberRegistry) TryPackFeaturesOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("featuresOf", e164)
}

// UnpackFeaturesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc67ef133.
//
// Solidity: function featuresOf(string e164) view returns(uint8)
func (numberRegistry *NumberRegistry) UnpackFeaturesOf(data []byte) (uint8, error) {
	out, err := numberRegistry.abi.Unpack("featuresOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackForceRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac8f5eaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient) returns(bool applied)
func (numberRegistry *NumberRegistry) PackForceRelease(node [32]byte, epoch uint32, owner common.Address, depositRecipient common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("forceRelease", node, epoch, owner, depositRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac8f5eaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient) returns(bool applied)
func (numberRegistry *NumberRegistry) TryPackForceRelease(node [32]byte, epoch uint32, owner common.Address, depositRecipient common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("forceRelease", node, epoch, owner, depositRecipient)
}

// UnpackForceRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac8f5eaf.
//
// Solidity: function forceRelease(bytes32 node, uint32 epoch, address owner, address depositRecipient) returns(bool applied)
func (numberRegistry *NumberRegistry) UnpackForceRelease(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("forceRelease", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (numberRegistry *NumberRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("getRoleAdmin", role)
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
func (numberRegistry *NumberRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gracePeriod() view returns(uint64)
func (numberRegistry *NumberRegistry) PackGracePeriod() []byte {
	enc, err := numberRegistry.abi.Pack("gracePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06db7dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gracePeriod() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackGracePeriod() ([]byte, error) {
	return numberRegistry.abi.Pack("gracePeriod")
}

// UnpackGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa06db7dc.
//
// Solidity: function gracePeriod() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackGracePeriod(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("gracePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (numberRegistry *NumberRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("grantRole", role, account)
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
func (numberRegistry *NumberRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (numberRegistry *NumberRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("hasRole", role, account)
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
func (numberRegistry *NumberRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (numberRegistry *NumberRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHoldForDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x138dbdd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function holdForDispute(bytes32 node) returns(address owner, uint32 epoch)
func (numberRegistry *NumberRegistry) PackHoldForDispute(node [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("holdForDispute", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHoldForDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x138dbdd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function holdForDispute(bytes32 node) returns(address owner, uint32 epoch)
func (numberRegistry *NumberRegistry) TryPackHoldForDispute(node [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("holdForDispute", node)
}

// HoldForDisputeOutput serves as a container for the return parameters of contract
// method HoldForDispute.
type HoldForDisputeOutput struct {
	Owner common.Address
	Epoch uint32
}

// UnpackHoldForDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x138dbdd1.
//
// Solidity: function holdForDispute(bytes32 node) returns(address owner, uint32 epoch)
func (numberRegistry *NumberRegistry) UnpackHoldForDispute(data []byte) (HoldForDisputeOutput, error) {
	out, err := numberRegistry.abi.Unpack("holdForDispute", data)
	outstruct := new(HoldForDisputeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackHoldOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x881541e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function holdOf(bytes32 node, uint32 epoch) view returns(uint256 count, address owner, uint256 escrow)
func (numberRegistry *NumberRegistry) PackHoldOf(node [32]byte, epoch uint32) []byte {
	enc, err := numberRegistry.abi.Pack("holdOf", node, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHoldOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x881541e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function holdOf(bytes32 node, uint32 epoch) view returns(uint256 count, address owner, uint256 escrow)
func (numberRegistry *NumberRegistry) TryPackHoldOf(node [32]byte, epoch uint32) ([]byte, error) {
	return numberRegistry.abi.Pack("holdOf", node, epoch)
}

// HoldOfOutput serves as a container for the return parameters of contract
// method HoldOf.
type HoldOfOutput struct {
	Count  *big.Int
	Owner  common.Address
	Escrow *big.Int
}

// UnpackHoldOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x881541e2.
//
// Solidity: function holdOf(bytes32 node, uint32 epoch) view returns(uint256 count, address owner, uint256 escrow)
func (numberRegistry *NumberRegistry) UnpackHoldOf(data []byte) (HoldOfOutput, error) {
	out, err := numberRegistry.abi.Unpack("holdOf", data)
	outstruct := new(HoldOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Count = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Escrow = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x965306aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAvailable(string e164) view returns(bool)
func (numberRegistry *NumberRegistry) PackIsAvailable(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("isAvailable", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x965306aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAvailable(string e164) view returns(bool)
func (numberRegistry *NumberRegistry) TryPackIsAvailable(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("isAvailable", e164)
}

// UnpackIsAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x965306aa.
//
// Solidity: function isAvailable(string e164) view returns(bool)
func (numberRegistry *NumberRegistry) UnpackIsAvailable(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("isAvailable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb0220c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlocked(string e164, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) PackIsBlocked(e164 string, callerHash [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("isBlocked", e164, callerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb0220c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlocked(string e164, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) TryPackIsBlocked(e164 string, callerHash [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("isBlocked", e164, callerHash)
}

// UnpackIsBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb0220c9.
//
// Solidity: function isBlocked(string e164, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) UnpackIsBlocked(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("isBlocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlockedNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5fbcc1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlockedNode(bytes32 node, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) PackIsBlockedNode(node [32]byte, callerHash [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("isBlockedNode", node, callerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlockedNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5fbcc1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlockedNode(bytes32 node, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) TryPackIsBlockedNode(node [32]byte, callerHash [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("isBlockedNode", node, callerHash)
}

// UnpackIsBlockedNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5fbcc1f.
//
// Solidity: function isBlockedNode(bytes32 node, bytes32 callerHash) view returns(bool)
func (numberRegistry *NumberRegistry) UnpackIsBlockedNode(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("isBlockedNode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValidNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8683f1b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidNumber(string e164) pure returns(bool)
func (numberRegistry *NumberRegistry) PackIsValidNumber(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("isValidNumber", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8683f1b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidNumber(string e164) pure returns(bool)
func (numberRegistry *NumberRegistry) TryPackIsValidNumber(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("isValidNumber", e164)
}

// UnpackIsValidNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8683f1b2.
//
// Solidity: function isValidNumber(string e164) pure returns(bool)
func (numberRegistry *NumberRegistry) UnpackIsValidNumber(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("isValidNumber", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMakeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf49826be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function makeCommitment(string e164, address owner, bytes32 secret) pure returns(bytes32)
func (numberRegistry *NumberRegistry) PackMakeCommitment(e164 string, owner common.Address, secret [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("makeCommitment", e164, owner, secret)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMakeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf49826be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function makeCommitment(string e164, address owner, bytes32 secret) pure returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackMakeCommitment(e164 string, owner common.Address, secret [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("makeCommitment", e164, owner, secret)
}

// UnpackMakeCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf49826be.
//
// Solidity: function makeCommitment(string e164, address owner, bytes32 secret) pure returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackMakeCommitment(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("makeCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMaxCommitAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd72ceb9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) PackMaxCommitAge() []byte {
	enc, err := numberRegistry.abi.Pack("maxCommitAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCommitAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd72ceb9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackMaxCommitAge() ([]byte, error) {
	return numberRegistry.abi.Pack("maxCommitAge")
}

// UnpackMaxCommitAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd72ceb9c.
//
// Solidity: function maxCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackMaxCommitAge(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("maxCommitAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinCommitAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x382e3de7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) PackMinCommitAge() []byte {
	enc, err := numberRegistry.abi.Pack("minCommitAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinCommitAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x382e3de7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackMinCommitAge() ([]byte, error) {
	return numberRegistry.abi.Pack("minCommitAge")
}

// UnpackMinCommitAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x382e3de7.
//
// Solidity: function minCommitAge() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackMinCommitAge(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("minCommitAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNodeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbff18df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeOf(string e164) pure returns(bytes32)
func (numberRegistry *NumberRegistry) PackNodeOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("nodeOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbff18df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeOf(string e164) pure returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackNodeOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("nodeOf", e164)
}

// UnpackNodeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbff18df.
//
// Solidity: function nodeOf(string e164) pure returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackNodeOf(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("nodeOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNumberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf492c987.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numberInfo(bytes32 node) view returns(address registrant, uint64 expires, uint256 deposit, uint64 availableAt, uint32 epoch, bool live, string e164)
func (numberRegistry *NumberRegistry) PackNumberInfo(node [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("numberInfo", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf492c987.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numberInfo(bytes32 node) view returns(address registrant, uint64 expires, uint256 deposit, uint64 availableAt, uint32 epoch, bool live, string e164)
func (numberRegistry *NumberRegistry) TryPackNumberInfo(node [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("numberInfo", node)
}

// NumberInfoOutput serves as a container for the return parameters of contract
// method NumberInfo.
type NumberInfoOutput struct {
	Registrant  common.Address
	Expires     uint64
	Deposit     *big.Int
	AvailableAt uint64
	Epoch       uint32
	Live        bool
	E164        string
}

// UnpackNumberInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf492c987.
//
// Solidity: function numberInfo(bytes32 node) view returns(address registrant, uint64 expires, uint256 deposit, uint64 availableAt, uint32 epoch, bool live, string e164)
func (numberRegistry *NumberRegistry) UnpackNumberInfo(data []byte) (NumberInfoOutput, error) {
	out, err := numberRegistry.abi.Unpack("numberInfo", data)
	outstruct := new(NumberInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Registrant = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Expires = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Deposit = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.AvailableAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Epoch = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.Live = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.E164 = *abi.ConvertType(out[6], new(string)).(*string)
	return *outstruct, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920ffa26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(string e164) view returns(address)
func (numberRegistry *NumberRegistry) PackOwnerOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("ownerOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920ffa26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(string e164) view returns(address)
func (numberRegistry *NumberRegistry) TryPackOwnerOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("ownerOf", e164)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x920ffa26.
//
// Solidity: function ownerOf(string e164) view returns(address)
func (numberRegistry *NumberRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := numberRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOfNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd344f062.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOfNode(bytes32 node) view returns(address)
func (numberRegistry *NumberRegistry) PackOwnerOfNode(node [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("ownerOfNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOfNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd344f062.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOfNode(bytes32 node) view returns(address)
func (numberRegistry *NumberRegistry) TryPackOwnerOfNode(node [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("ownerOfNode", node)
}

// UnpackOwnerOfNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd344f062.
//
// Solidity: function ownerOfNode(bytes32 node) view returns(address)
func (numberRegistry *NumberRegistry) UnpackOwnerOfNode(data []byte) (common.Address, error) {
	out, err := numberRegistry.abi.Unpack("ownerOfNode", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x017425d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function port(string e164, address toOperator, string sipUri, uint256 deadline, bytes ownerSig, bytes operatorSig) returns()
func (numberRegistry *NumberRegistry) PackPort(e164 string, toOperator common.Address, sipUri string, deadline *big.Int, ownerSig []byte, operatorSig []byte) []byte {
	enc, err := numberRegistry.abi.Pack("port", e164, toOperator, sipUri, deadline, ownerSig, operatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x017425d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function port(string e164, address toOperator, string sipUri, uint256 deadline, bytes ownerSig, bytes operatorSig) returns()
func (numberRegistry *NumberRegistry) TryPackPort(e164 string, toOperator common.Address, sipUri string, deadline *big.Int, ownerSig []byte, operatorSig []byte) ([]byte, error) {
	return numberRegistry.abi.Pack("port", e164, toOperator, sipUri, deadline, ownerSig, operatorSig)
}

// PackPortDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce19fd8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function portDigest(bytes32 node, address toOperator, string sipUri, uint256 deadline) view returns(bytes32)
func (numberRegistry *NumberRegistry) PackPortDigest(node [32]byte, toOperator common.Address, sipUri string, deadline *big.Int) []byte {
	enc, err := numberRegistry.abi.Pack("portDigest", node, toOperator, sipUri, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPortDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce19fd8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function portDigest(bytes32 node, address toOperator, string sipUri, uint256 deadline) view returns(bytes32)
func (numberRegistry *NumberRegistry) TryPackPortDigest(node [32]byte, toOperator common.Address, sipUri string, deadline *big.Int) ([]byte, error) {
	return numberRegistry.abi.Pack("portDigest", node, toOperator, sipUri, deadline)
}

// UnpackPortDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce19fd8f.
//
// Solidity: function portDigest(bytes32 node, address toOperator, string sipUri, uint256 deadline) view returns(bytes32)
func (numberRegistry *NumberRegistry) UnpackPortDigest(data []byte) ([32]byte, error) {
	out, err := numberRegistry.abi.Unpack("portDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPortNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf94696cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function portNonce(bytes32 node) view returns(uint256)
func (numberRegistry *NumberRegistry) PackPortNonce(node [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("portNonce", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPortNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf94696cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function portNonce(bytes32 node) view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackPortNonce(node [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("portNonce", node)
}

// UnpackPortNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf94696cf.
//
// Solidity: function portNonce(bytes32 node) view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackPortNonce(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("portNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPremiumDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1362ba22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumDuration() view returns(uint64)
func (numberRegistry *NumberRegistry) PackPremiumDuration() []byte {
	enc, err := numberRegistry.abi.Pack("premiumDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1362ba22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumDuration() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackPremiumDuration() ([]byte, error) {
	return numberRegistry.abi.Pack("premiumDuration")
}

// UnpackPremiumDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1362ba22.
//
// Solidity: function premiumDuration() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackPremiumDuration(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("premiumDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPremiumHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2bccb22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumHalfLife() view returns(uint64)
func (numberRegistry *NumberRegistry) PackPremiumHalfLife() []byte {
	enc, err := numberRegistry.abi.Pack("premiumHalfLife")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2bccb22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumHalfLife() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackPremiumHalfLife() ([]byte, error) {
	return numberRegistry.abi.Pack("premiumHalfLife")
}

// UnpackPremiumHalfLife is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2bccb22.
//
// Solidity: function premiumHalfLife() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackPremiumHalfLife(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("premiumHalfLife", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPremiumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57577fbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) PackPremiumOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("premiumOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57577fbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) TryPackPremiumOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("premiumOf", e164)
}

// UnpackPremiumOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57577fbd.
//
// Solidity: function premiumOf(string e164) view returns(uint256)
func (numberRegistry *NumberRegistry) UnpackPremiumOf(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("premiumOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPremiumRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x393174e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumRecipient() view returns(address)
func (numberRegistry *NumberRegistry) PackPremiumRecipient() []byte {
	enc, err := numberRegistry.abi.Pack("premiumRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x393174e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumRecipient() view returns(address)
func (numberRegistry *NumberRegistry) TryPackPremiumRecipient() ([]byte, error) {
	return numberRegistry.abi.Pack("premiumRecipient")
}

// UnpackPremiumRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x393174e4.
//
// Solidity: function premiumRecipient() view returns(address)
func (numberRegistry *NumberRegistry) UnpackPremiumRecipient(data []byte) (common.Address, error) {
	out, err := numberRegistry.abi.Unpack("premiumRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPremiumStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ca8bd58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumStart() view returns(uint128)
func (numberRegistry *NumberRegistry) PackPremiumStart() []byte {
	enc, err := numberRegistry.abi.Pack("premiumStart")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ca8bd58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumStart() view returns(uint128)
func (numberRegistry *NumberRegistry) TryPackPremiumStart() ([]byte, error) {
	return numberRegistry.abi.Pack("premiumStart")
}

// UnpackPremiumStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ca8bd58.
//
// Solidity: function premiumStart() view returns(uint128)
func (numberRegistry *NumberRegistry) UnpackPremiumStart(data []byte) (*big.Int, error) {
	out, err := numberRegistry.abi.Unpack("premiumStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaimExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc892c4b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimExpired(string e164) returns()
func (numberRegistry *NumberRegistry) PackReclaimExpired(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("reclaimExpired", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc892c4b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimExpired(string e164) returns()
func (numberRegistry *NumberRegistry) TryPackReclaimExpired(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("reclaimExpired", e164)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf34e3723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(string e164) returns()
func (numberRegistry *NumberRegistry) PackRelease(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("release", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf34e3723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(string e164) returns()
func (numberRegistry *NumberRegistry) TryPackRelease(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("release", e164)
}

// PackReleaseCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e0250ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseCooldown() view returns(uint64)
func (numberRegistry *NumberRegistry) PackReleaseCooldown() []byte {
	enc, err := numberRegistry.abi.Pack("releaseCooldown")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseCooldown is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e0250ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseCooldown() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackReleaseCooldown() ([]byte, error) {
	return numberRegistry.abi.Pack("releaseCooldown")
}

// UnpackReleaseCooldown is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e0250ba.
//
// Solidity: function releaseCooldown() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackReleaseCooldown(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("releaseCooldown", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackReleaseHold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecfb6bd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseHold(bytes32 node, uint32 epoch) returns()
func (numberRegistry *NumberRegistry) PackReleaseHold(node [32]byte, epoch uint32) []byte {
	enc, err := numberRegistry.abi.Pack("releaseHold", node, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseHold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecfb6bd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseHold(bytes32 node, uint32 epoch) returns()
func (numberRegistry *NumberRegistry) TryPackReleaseHold(node [32]byte, epoch uint32) ([]byte, error) {
	return numberRegistry.abi.Pack("releaseHold", node, epoch)
}

// PackRenew is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4a9a612.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renew(string e164) returns(uint64 expires)
func (numberRegistry *NumberRegistry) PackRenew(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("renew", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenew is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4a9a612.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renew(string e164) returns(uint64 expires)
func (numberRegistry *NumberRegistry) TryPackRenew(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("renew", e164)
}

// UnpackRenew is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4a9a612.
//
// Solidity: function renew(string e164) returns(uint64 expires)
func (numberRegistry *NumberRegistry) UnpackRenew(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("renew", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (numberRegistry *NumberRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (numberRegistry *NumberRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (numberRegistry *NumberRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("revokeRole", role, account)
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
func (numberRegistry *NumberRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("revokeRole", role, account)
}

// PackRouteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3abc4d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routeOf(string e164) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) PackRouteOf(e164 string) []byte {
	enc, err := numberRegistry.abi.Pack("routeOf", e164)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3abc4d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routeOf(string e164) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) TryPackRouteOf(e164 string) ([]byte, error) {
	return numberRegistry.abi.Pack("routeOf", e164)
}

// RouteOfOutput serves as a container for the return parameters of contract
// method RouteOf.
type RouteOfOutput struct {
	Operator common.Address
	SipUri   string
}

// UnpackRouteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3abc4d6.
//
// Solidity: function routeOf(string e164) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) UnpackRouteOf(data []byte) (RouteOfOutput, error) {
	out, err := numberRegistry.abi.Unpack("routeOf", data)
	outstruct := new(RouteOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.SipUri = *abi.ConvertType(out[1], new(string)).(*string)
	return *outstruct, nil
}

// PackRouteOfNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91279445.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routeOfNode(bytes32 node) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) PackRouteOfNode(node [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("routeOfNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouteOfNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91279445.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routeOfNode(bytes32 node) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) TryPackRouteOfNode(node [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("routeOfNode", node)
}

// RouteOfNodeOutput serves as a container for the return parameters of contract
// method RouteOfNode.
type RouteOfNodeOutput struct {
	Operator common.Address
	SipUri   string
}

// UnpackRouteOfNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91279445.
//
// Solidity: function routeOfNode(bytes32 node) view returns(address operator, string sipUri)
func (numberRegistry *NumberRegistry) UnpackRouteOfNode(data []byte) (RouteOfNodeOutput, error) {
	out, err := numberRegistry.abi.Unpack("routeOfNode", data)
	outstruct := new(RouteOfNodeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.SipUri = *abi.ConvertType(out[1], new(string)).(*string)
	return *outstruct, nil
}

// PackSetCnam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d772317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCnam(string e164, string cnam) returns()
func (numberRegistry *NumberRegistry) PackSetCnam(e164 string, cnam string) []byte {
	enc, err := numberRegistry.abi.Pack("setCnam", e164, cnam)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCnam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d772317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCnam(string e164, string cnam) returns()
func (numberRegistry *NumberRegistry) TryPackSetCnam(e164 string, cnam string) ([]byte, error) {
	return numberRegistry.abi.Pack("setCnam", e164, cnam)
}

// PackSetFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dab6dd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeatures(string e164, uint8 features) returns()
func (numberRegistry *NumberRegistry) PackSetFeatures(e164 string, features uint8) []byte {
	enc, err := numberRegistry.abi.Pack("setFeatures", e164, features)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dab6dd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeatures(string e164, uint8 features) returns()
func (numberRegistry *NumberRegistry) TryPackSetFeatures(e164 string, features uint8) ([]byte, error) {
	return numberRegistry.abi.Pack("setFeatures", e164, features)
}

// PackSetParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe140f1c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParameters(uint64 minCommitAge_, uint64 maxCommitAge_, uint64 term_, uint64 gracePeriod_, uint64 releaseCooldown_, uint256 depositAmount_) returns()
func (numberRegistry *NumberRegistry) PackSetParameters(minCommitAge uint64, maxCommitAge uint64, term uint64, gracePeriod uint64, releaseCooldown uint64, depositAmount *big.Int) []byte {
	enc, err := numberRegistry.abi.Pack("setParameters", minCommitAge, maxCommitAge, term, gracePeriod, releaseCooldown, depositAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe140f1c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParameters(uint64 minCommitAge_, uint64 maxCommitAge_, uint64 term_, uint64 gracePeriod_, uint64 releaseCooldown_, uint256 depositAmount_) returns()
func (numberRegistry *NumberRegistry) TryPackSetParameters(minCommitAge uint64, maxCommitAge uint64, term uint64, gracePeriod uint64, releaseCooldown uint64, depositAmount *big.Int) ([]byte, error) {
	return numberRegistry.abi.Pack("setParameters", minCommitAge, maxCommitAge, term, gracePeriod, releaseCooldown, depositAmount)
}

// PackSetPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbe7b66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPremium(uint256 start, uint64 halfLife, uint64 duration, address recipient) returns()
func (numberRegistry *NumberRegistry) PackSetPremium(start *big.Int, halfLife uint64, duration uint64, recipient common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("setPremium", start, halfLife, duration, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPremium is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbe7b66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPremium(uint256 start, uint64 halfLife, uint64 duration, address recipient) returns()
func (numberRegistry *NumberRegistry) TryPackSetPremium(start *big.Int, halfLife uint64, duration uint64, recipient common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("setPremium", start, halfLife, duration, recipient)
}

// PackSetRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58298695.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoute(string e164, address operator, string sipUri, uint256 deadline, bytes operatorSig) returns()
func (numberRegistry *NumberRegistry) PackSetRoute(e164 string, operator common.Address, sipUri string, deadline *big.Int, operatorSig []byte) []byte {
	enc, err := numberRegistry.abi.Pack("setRoute", e164, operator, sipUri, deadline, operatorSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58298695.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoute(string e164, address operator, string sipUri, uint256 deadline, bytes operatorSig) returns()
func (numberRegistry *NumberRegistry) TryPackSetRoute(e164 string, operator common.Address, sipUri string, deadline *big.Int, operatorSig []byte) ([]byte, error) {
	return numberRegistry.abi.Pack("setRoute", e164, operator, sipUri, deadline, operatorSig)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (numberRegistry *NumberRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := numberRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (numberRegistry *NumberRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (numberRegistry *NumberRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := numberRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10ffbed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function term() view returns(uint64)
func (numberRegistry *NumberRegistry) PackTerm() []byte {
	enc, err := numberRegistry.abi.Pack("term")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10ffbed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function term() view returns(uint64)
func (numberRegistry *NumberRegistry) TryPackTerm() ([]byte, error) {
	return numberRegistry.abi.Pack("term")
}

// UnpackTerm is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa10ffbed.
//
// Solidity: function term() view returns(uint64)
func (numberRegistry *NumberRegistry) UnpackTerm(data []byte) (uint64, error) {
	out, err := numberRegistry.abi.Unpack("term", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (numberRegistry *NumberRegistry) PackToken() []byte {
	enc, err := numberRegistry.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (numberRegistry *NumberRegistry) TryPackToken() ([]byte, error) {
	return numberRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (numberRegistry *NumberRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := numberRegistry.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf58b3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(string e164, address to) returns()
func (numberRegistry *NumberRegistry) PackTransfer(e164 string, to common.Address) []byte {
	enc, err := numberRegistry.abi.Pack("transfer", e164, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf58b3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(string e164, address to) returns()
func (numberRegistry *NumberRegistry) TryPackTransfer(e164 string, to common.Address) ([]byte, error) {
	return numberRegistry.abi.Pack("transfer", e164, to)
}

// PackUnblockCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3b5cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unblockCaller(string e164, bytes32 callerHash) returns()
func (numberRegistry *NumberRegistry) PackUnblockCaller(e164 string, callerHash [32]byte) []byte {
	enc, err := numberRegistry.abi.Pack("unblockCaller", e164, callerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnblockCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee3b5cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unblockCaller(string e164, bytes32 callerHash) returns()
func (numberRegistry *NumberRegistry) TryPackUnblockCaller(e164 string, callerHash [32]byte) ([]byte, error) {
	return numberRegistry.abi.Pack("unblockCaller", e164, callerHash)
}

// NumberRegistryCallerBlocked represents a CallerBlocked event raised by the NumberRegistry contract.
type NumberRegistryCallerBlocked struct {
	Node       [32]byte
	E164       string
	CallerHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const NumberRegistryCallerBlockedEventName = "CallerBlocked"

// ContractEventName returns the user-defined event name.
func (NumberRegistryCallerBlocked) ContractEventName() string {
	return NumberRegistryCallerBlockedEventName
}

// UnpackCallerBlockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallerBlocked(bytes32 indexed node, string e164, bytes32 indexed callerHash)
func (numberRegistry *NumberRegistry) UnpackCallerBlockedEvent(log *types.Log) (*NumberRegistryCallerBlocked, error) {
	event := "CallerBlocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryCallerBlocked)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryCallerUnblocked represents a CallerUnblocked event raised by the NumberRegistry contract.
type NumberRegistryCallerUnblocked struct {
	Node       [32]byte
	E164       string
	CallerHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const NumberRegistryCallerUnblockedEventName = "CallerUnblocked"

// ContractEventName returns the user-defined event name.
func (NumberRegistryCallerUnblocked) ContractEventName() string {
	return NumberRegistryCallerUnblockedEventName
}

// UnpackCallerUnblockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallerUnblocked(bytes32 indexed node, string e164, bytes32 indexed callerHash)
func (numberRegistry *NumberRegistry) UnpackCallerUnblockedEvent(log *types.Log) (*NumberRegistryCallerUnblocked, error) {
	event := "CallerUnblocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryCallerUnblocked)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryCnamSet represents a CnamSet event raised by the NumberRegistry contract.
type NumberRegistryCnamSet struct {
	Node [32]byte
	E164 string
	Cnam string
	Raw  *types.Log // Blockchain specific contextual infos
}

const NumberRegistryCnamSetEventName = "CnamSet"

// ContractEventName returns the user-defined event name.
func (NumberRegistryCnamSet) ContractEventName() string {
	return NumberRegistryCnamSetEventName
}

// UnpackCnamSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CnamSet(bytes32 indexed node, string e164, string cnam)
func (numberRegistry *NumberRegistry) UnpackCnamSetEvent(log *types.Log) (*NumberRegistryCnamSet, error) {
	event := "CnamSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryCnamSet)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryDepositEscrowed represents a DepositEscrowed event raised by the NumberRegistry contract.
type NumberRegistryDepositEscrowed struct {
	Node    [32]byte
	Epoch   uint32
	Owner   common.Address
	Deposit *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NumberRegistryDepositEscrowedEventName = "DepositEscrowed"

// ContractEventName returns the user-defined event name.
func (NumberRegistryDepositEscrowed) ContractEventName() string {
	return NumberRegistryDepositEscrowedEventName
}

// UnpackDepositEscrowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositEscrowed(bytes32 indexed node, uint32 epoch, address indexed owner, uint256 deposit)
func (numberRegistry *NumberRegistry) UnpackDepositEscrowedEvent(log *types.Log) (*NumberRegistryDepositEscrowed, error) {
	event := "DepositEscrowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryDepositEscrowed)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the NumberRegistry contract.
type NumberRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const NumberRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (NumberRegistryEIP712DomainChanged) ContractEventName() string {
	return NumberRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (numberRegistry *NumberRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*NumberRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryEscrowPaid represents a EscrowPaid event raised by the NumberRegistry contract.
type NumberRegistryEscrowPaid struct {
	Node   [32]byte
	Epoch  uint32
	To     common.Address
	Amount *big.Int
	Forced bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const NumberRegistryEscrowPaidEventName = "EscrowPaid"

// ContractEventName returns the user-defined event name.
func (NumberRegistryEscrowPaid) ContractEventName() string {
	return NumberRegistryEscrowPaidEventName
}

// UnpackEscrowPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowPaid(bytes32 indexed node, uint32 epoch, address indexed to, uint256 amount, bool forced)
func (numberRegistry *NumberRegistry) UnpackEscrowPaidEvent(log *types.Log) (*NumberRegistryEscrowPaid, error) {
	event := "EscrowPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryEscrowPaid)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryFeaturesSet represents a FeaturesSet event raised by the NumberRegistry contract.
type NumberRegistryFeaturesSet struct {
	Node     [32]byte
	E164     string
	Features uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const NumberRegistryFeaturesSetEventName = "FeaturesSet"

// ContractEventName returns the user-defined event name.
func (NumberRegistryFeaturesSet) ContractEventName() string {
	return NumberRegistryFeaturesSetEventName
}

// UnpackFeaturesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeaturesSet(bytes32 indexed node, string e164, uint8 features)
func (numberRegistry *NumberRegistry) UnpackFeaturesSetEvent(log *types.Log) (*NumberRegistryFeaturesSet, error) {
	event := "FeaturesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryFeaturesSet)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryForceReleaseSkipped represents a ForceReleaseSkipped event raised by the NumberRegistry contract.
type NumberRegistryForceReleaseSkipped struct {
	Node  [32]byte
	Epoch uint32
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const NumberRegistryForceReleaseSkippedEventName = "ForceReleaseSkipped"

// ContractEventName returns the user-defined event name.
func (NumberRegistryForceReleaseSkipped) ContractEventName() string {
	return NumberRegistryForceReleaseSkippedEventName
}

// UnpackForceReleaseSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForceReleaseSkipped(bytes32 indexed node, uint32 epoch, address owner)
func (numberRegistry *NumberRegistry) UnpackForceReleaseSkippedEvent(log *types.Log) (*NumberRegistryForceReleaseSkipped, error) {
	event := "ForceReleaseSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryForceReleaseSkipped)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberClaimed represents a NumberClaimed event raised by the NumberRegistry contract.
type NumberRegistryNumberClaimed struct {
	Node    [32]byte
	E164    string
	Owner   common.Address
	Expires uint64
	Deposit *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberClaimedEventName = "NumberClaimed"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberClaimed) ContractEventName() string {
	return NumberRegistryNumberClaimedEventName
}

// UnpackNumberClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberClaimed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, uint256 deposit)
func (numberRegistry *NumberRegistry) UnpackNumberClaimedEvent(log *types.Log) (*NumberRegistryNumberClaimed, error) {
	event := "NumberClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberClaimed)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberCommitted represents a NumberCommitted event raised by the NumberRegistry contract.
type NumberRegistryNumberCommitted struct {
	Commitment [32]byte
	Committer  common.Address
	Timestamp  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberCommittedEventName = "NumberCommitted"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberCommitted) ContractEventName() string {
	return NumberRegistryNumberCommittedEventName
}

// UnpackNumberCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberCommitted(bytes32 indexed commitment, address indexed committer, uint256 timestamp)
func (numberRegistry *NumberRegistry) UnpackNumberCommittedEvent(log *types.Log) (*NumberRegistryNumberCommitted, error) {
	event := "NumberCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberCommitted)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberExpired represents a NumberExpired event raised by the NumberRegistry contract.
type NumberRegistryNumberExpired struct {
	Node        [32]byte
	E164        string
	FormerOwner common.Address
	Refund      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberExpiredEventName = "NumberExpired"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberExpired) ContractEventName() string {
	return NumberRegistryNumberExpiredEventName
}

// UnpackNumberExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberExpired(bytes32 indexed node, string e164, address indexed formerOwner, uint256 refund)
func (numberRegistry *NumberRegistry) UnpackNumberExpiredEvent(log *types.Log) (*NumberRegistryNumberExpired, error) {
	event := "NumberExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberExpired)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberHeld represents a NumberHeld event raised by the NumberRegistry contract.
type NumberRegistryNumberHeld struct {
	Node  [32]byte
	Owner common.Address
	Epoch uint32
	Holds *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberHeldEventName = "NumberHeld"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberHeld) ContractEventName() string {
	return NumberRegistryNumberHeldEventName
}

// UnpackNumberHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberHeld(bytes32 indexed node, address indexed owner, uint32 epoch, uint256 holds)
func (numberRegistry *NumberRegistry) UnpackNumberHeldEvent(log *types.Log) (*NumberRegistryNumberHeld, error) {
	event := "NumberHeld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberHeld)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberHoldReleased represents a NumberHoldReleased event raised by the NumberRegistry contract.
type NumberRegistryNumberHoldReleased struct {
	Node  [32]byte
	Epoch uint32
	Holds *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberHoldReleasedEventName = "NumberHoldReleased"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberHoldReleased) ContractEventName() string {
	return NumberRegistryNumberHoldReleasedEventName
}

// UnpackNumberHoldReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberHoldReleased(bytes32 indexed node, uint32 epoch, uint256 holds)
func (numberRegistry *NumberRegistry) UnpackNumberHoldReleasedEvent(log *types.Log) (*NumberRegistryNumberHoldReleased, error) {
	event := "NumberHoldReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberHoldReleased)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberPorted represents a NumberPorted event raised by the NumberRegistry contract.
type NumberRegistryNumberPorted struct {
	Node         [32]byte
	E164         string
	FromOperator common.Address
	ToOperator   common.Address
	SipUri       string
	Raw          *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberPortedEventName = "NumberPorted"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberPorted) ContractEventName() string {
	return NumberRegistryNumberPortedEventName
}

// UnpackNumberPortedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberPorted(bytes32 indexed node, string e164, address indexed fromOperator, address indexed toOperator, string sipUri)
func (numberRegistry *NumberRegistry) UnpackNumberPortedEvent(log *types.Log) (*NumberRegistryNumberPorted, error) {
	event := "NumberPorted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberPorted)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberReleased represents a NumberReleased event raised by the NumberRegistry contract.
type NumberRegistryNumberReleased struct {
	Node        [32]byte
	E164        string
	Owner       common.Address
	Refund      *big.Int
	Forced      bool
	AvailableAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberReleasedEventName = "NumberReleased"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberReleased) ContractEventName() string {
	return NumberRegistryNumberReleasedEventName
}

// UnpackNumberReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberReleased(bytes32 indexed node, string e164, address indexed owner, uint256 refund, bool forced, uint64 availableAt)
func (numberRegistry *NumberRegistry) UnpackNumberReleasedEvent(log *types.Log) (*NumberRegistryNumberReleased, error) {
	event := "NumberReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberReleased)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberRenewed represents a NumberRenewed event raised by the NumberRegistry contract.
type NumberRegistryNumberRenewed struct {
	Node    [32]byte
	E164    string
	Owner   common.Address
	Expires uint64
	Renewer common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberRenewedEventName = "NumberRenewed"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberRenewed) ContractEventName() string {
	return NumberRegistryNumberRenewedEventName
}

// UnpackNumberRenewedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberRenewed(bytes32 indexed node, string e164, address indexed owner, uint64 expires, address renewer)
func (numberRegistry *NumberRegistry) UnpackNumberRenewedEvent(log *types.Log) (*NumberRegistryNumberRenewed, error) {
	event := "NumberRenewed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberRenewed)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryNumberTransferred represents a NumberTransferred event raised by the NumberRegistry contract.
type NumberRegistryNumberTransferred struct {
	Node [32]byte
	E164 string
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const NumberRegistryNumberTransferredEventName = "NumberTransferred"

// ContractEventName returns the user-defined event name.
func (NumberRegistryNumberTransferred) ContractEventName() string {
	return NumberRegistryNumberTransferredEventName
}

// UnpackNumberTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberTransferred(bytes32 indexed node, string e164, address indexed from, address indexed to)
func (numberRegistry *NumberRegistry) UnpackNumberTransferredEvent(log *types.Log) (*NumberRegistryNumberTransferred, error) {
	event := "NumberTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryNumberTransferred)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryParametersSet represents a ParametersSet event raised by the NumberRegistry contract.
type NumberRegistryParametersSet struct {
	MinCommitAge    uint64
	MaxCommitAge    uint64
	Term            uint64
	GracePeriod     uint64
	ReleaseCooldown uint64
	DepositAmount   *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const NumberRegistryParametersSetEventName = "ParametersSet"

// ContractEventName returns the user-defined event name.
func (NumberRegistryParametersSet) ContractEventName() string {
	return NumberRegistryParametersSetEventName
}

// UnpackParametersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParametersSet(uint64 minCommitAge, uint64 maxCommitAge, uint64 term, uint64 gracePeriod, uint64 releaseCooldown, uint256 depositAmount)
func (numberRegistry *NumberRegistry) UnpackParametersSetEvent(log *types.Log) (*NumberRegistryParametersSet, error) {
	event := "ParametersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryParametersSet)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryPortSignaturesCancelled represents a PortSignaturesCancelled event raised by the NumberRegistry contract.
type NumberRegistryPortSignaturesCancelled struct {
	Node  [32]byte
	E164  string
	Nonce *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NumberRegistryPortSignaturesCancelledEventName = "PortSignaturesCancelled"

// ContractEventName returns the user-defined event name.
func (NumberRegistryPortSignaturesCancelled) ContractEventName() string {
	return NumberRegistryPortSignaturesCancelledEventName
}

// UnpackPortSignaturesCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PortSignaturesCancelled(bytes32 indexed node, string e164, uint256 nonce)
func (numberRegistry *NumberRegistry) UnpackPortSignaturesCancelledEvent(log *types.Log) (*NumberRegistryPortSignaturesCancelled, error) {
	event := "PortSignaturesCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryPortSignaturesCancelled)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryPremiumPaid represents a PremiumPaid event raised by the NumberRegistry contract.
type NumberRegistryPremiumPaid struct {
	Node      [32]byte
	Payer     common.Address
	Recipient common.Address
	Premium   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NumberRegistryPremiumPaidEventName = "PremiumPaid"

// ContractEventName returns the user-defined event name.
func (NumberRegistryPremiumPaid) ContractEventName() string {
	return NumberRegistryPremiumPaidEventName
}

// UnpackPremiumPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PremiumPaid(bytes32 indexed node, address indexed payer, address indexed recipient, uint256 premium)
func (numberRegistry *NumberRegistry) UnpackPremiumPaidEvent(log *types.Log) (*NumberRegistryPremiumPaid, error) {
	event := "PremiumPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryPremiumPaid)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryPremiumSet represents a PremiumSet event raised by the NumberRegistry contract.
type NumberRegistryPremiumSet struct {
	Start     *big.Int
	HalfLife  uint64
	Duration  uint64
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const NumberRegistryPremiumSetEventName = "PremiumSet"

// ContractEventName returns the user-defined event name.
func (NumberRegistryPremiumSet) ContractEventName() string {
	return NumberRegistryPremiumSetEventName
}

// UnpackPremiumSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PremiumSet(uint256 start, uint64 halfLife, uint64 duration, address recipient)
func (numberRegistry *NumberRegistry) UnpackPremiumSetEvent(log *types.Log) (*NumberRegistryPremiumSet, error) {
	event := "PremiumSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryPremiumSet)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the NumberRegistry contract.
type NumberRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NumberRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NumberRegistryRoleAdminChanged) ContractEventName() string {
	return NumberRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (numberRegistry *NumberRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*NumberRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryRoleGranted represents a RoleGranted event raised by the NumberRegistry contract.
type NumberRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NumberRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NumberRegistryRoleGranted) ContractEventName() string {
	return NumberRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (numberRegistry *NumberRegistry) UnpackRoleGrantedEvent(log *types.Log) (*NumberRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryRoleRevoked represents a RoleRevoked event raised by the NumberRegistry contract.
type NumberRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NumberRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NumberRegistryRoleRevoked) ContractEventName() string {
	return NumberRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (numberRegistry *NumberRegistry) UnpackRoleRevokedEvent(log *types.Log) (*NumberRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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

// NumberRegistryRouteSet represents a RouteSet event raised by the NumberRegistry contract.
type NumberRegistryRouteSet struct {
	Node     [32]byte
	E164     string
	Operator common.Address
	SipUri   string
	Raw      *types.Log // Blockchain specific contextual infos
}

const NumberRegistryRouteSetEventName = "RouteSet"

// ContractEventName returns the user-defined event name.
func (NumberRegistryRouteSet) ContractEventName() string {
	return NumberRegistryRouteSetEventName
}

// UnpackRouteSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RouteSet(bytes32 indexed node, string e164, address indexed operator, string sipUri)
func (numberRegistry *NumberRegistry) UnpackRouteSetEvent(log *types.Log) (*NumberRegistryRouteSet, error) {
	event := "RouteSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != numberRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NumberRegistryRouteSet)
	if len(log.Data) > 0 {
		if err := numberRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range numberRegistry.abi.Events[event].Inputs {
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
func (numberRegistry *NumberRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CallerAlreadyBlocked"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCallerAlreadyBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CallerNotBlocked"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCallerNotBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CommitmentNotFound"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCommitmentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CommitmentStillLive"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCommitmentStillLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CommitmentTooNew"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCommitmentTooNewError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["CommitmentTooOld"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackCommitmentTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidCnam"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidCnamError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidFeatures"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidFeaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidNumber"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidOperatorSignature"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidOperatorSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidOwnerSignature"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidOwnerSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NoDisputeHold"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNoDisputeHoldError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NotNumberOwner"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNotNumberOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NumberCoolingDown"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNumberCoolingDownError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NumberDisputed"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNumberDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NumberNotAvailable"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNumberNotAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NumberNotLapsed"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNumberNotLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["NumberNotLive"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackNumberNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["PortDeadlinePassed"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackPortDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["RenewalTooEarly"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackRenewalTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["SipUriTooLong"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackSipUriTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], numberRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return numberRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NumberRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the NumberRegistry contract.
type NumberRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NumberRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (numberRegistry *NumberRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*NumberRegistryAccessControlBadConfirmation, error) {
	out := new(NumberRegistryAccessControlBadConfirmation)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the NumberRegistry contract.
type NumberRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NumberRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (numberRegistry *NumberRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NumberRegistryAccessControlUnauthorizedAccount, error) {
	out := new(NumberRegistryAccessControlUnauthorizedAccount)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCallerAlreadyBlocked represents a CallerAlreadyBlocked error raised by the NumberRegistry contract.
type NumberRegistryCallerAlreadyBlocked struct {
	Node       [32]byte
	CallerHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerAlreadyBlocked(bytes32 node, bytes32 callerHash)
func NumberRegistryCallerAlreadyBlockedErrorID() common.Hash {
	return common.HexToHash("0x199abfbe7d349045f1904f94fcedc0965627e1ce93069efeabe57e4df4d45c3f")
}

// UnpackCallerAlreadyBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerAlreadyBlocked(bytes32 node, bytes32 callerHash)
func (numberRegistry *NumberRegistry) UnpackCallerAlreadyBlockedError(raw []byte) (*NumberRegistryCallerAlreadyBlocked, error) {
	out := new(NumberRegistryCallerAlreadyBlocked)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CallerAlreadyBlocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCallerNotBlocked represents a CallerNotBlocked error raised by the NumberRegistry contract.
type NumberRegistryCallerNotBlocked struct {
	Node       [32]byte
	CallerHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotBlocked(bytes32 node, bytes32 callerHash)
func NumberRegistryCallerNotBlockedErrorID() common.Hash {
	return common.HexToHash("0xc4cd2e522a0acf68b24beb38851a576e8ebf686a5d5259677c56e618a4d8d20b")
}

// UnpackCallerNotBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotBlocked(bytes32 node, bytes32 callerHash)
func (numberRegistry *NumberRegistry) UnpackCallerNotBlockedError(raw []byte) (*NumberRegistryCallerNotBlocked, error) {
	out := new(NumberRegistryCallerNotBlocked)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CallerNotBlocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCommitmentNotFound represents a CommitmentNotFound error raised by the NumberRegistry contract.
type NumberRegistryCommitmentNotFound struct {
	Commitment [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotFound(bytes32 commitment)
func NumberRegistryCommitmentNotFoundErrorID() common.Hash {
	return common.HexToHash("0x836588c9b1da8abab4dfa1ea12500f788c2ebcfc6aa8e3ede15d1e0f3246715b")
}

// UnpackCommitmentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotFound(bytes32 commitment)
func (numberRegistry *NumberRegistry) UnpackCommitmentNotFoundError(raw []byte) (*NumberRegistryCommitmentNotFound, error) {
	out := new(NumberRegistryCommitmentNotFound)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CommitmentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCommitmentStillLive represents a CommitmentStillLive error raised by the NumberRegistry contract.
type NumberRegistryCommitmentStillLive struct {
	Commitment  [32]byte
	CommittedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentStillLive(bytes32 commitment, uint256 committedAt)
func NumberRegistryCommitmentStillLiveErrorID() common.Hash {
	return common.HexToHash("0xcd4fc319dc1001f041d745ebbf1026febb79b013a05f504cc5af99e6a7e3cb19")
}

// UnpackCommitmentStillLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentStillLive(bytes32 commitment, uint256 committedAt)
func (numberRegistry *NumberRegistry) UnpackCommitmentStillLiveError(raw []byte) (*NumberRegistryCommitmentStillLive, error) {
	out := new(NumberRegistryCommitmentStillLive)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CommitmentStillLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCommitmentTooNew represents a CommitmentTooNew error raised by the NumberRegistry contract.
type NumberRegistryCommitmentTooNew struct {
	Commitment [32]byte
	Age        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentTooNew(bytes32 commitment, uint256 age)
func NumberRegistryCommitmentTooNewErrorID() common.Hash {
	return common.HexToHash("0x5b9f9ba2450339db58e8e4b906f3df0a1bedcd5f5eb5ffbce7a4e868916b33d5")
}

// UnpackCommitmentTooNewError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentTooNew(bytes32 commitment, uint256 age)
func (numberRegistry *NumberRegistry) UnpackCommitmentTooNewError(raw []byte) (*NumberRegistryCommitmentTooNew, error) {
	out := new(NumberRegistryCommitmentTooNew)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CommitmentTooNew", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryCommitmentTooOld represents a CommitmentTooOld error raised by the NumberRegistry contract.
type NumberRegistryCommitmentTooOld struct {
	Commitment [32]byte
	Age        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentTooOld(bytes32 commitment, uint256 age)
func NumberRegistryCommitmentTooOldErrorID() common.Hash {
	return common.HexToHash("0x0570fdbebb0747ae82daf399b7968be401a453148d3f6ba81f66f89629de5475")
}

// UnpackCommitmentTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentTooOld(bytes32 commitment, uint256 age)
func (numberRegistry *NumberRegistry) UnpackCommitmentTooOldError(raw []byte) (*NumberRegistryCommitmentTooOld, error) {
	out := new(NumberRegistryCommitmentTooOld)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "CommitmentTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidCnam represents a InvalidCnam error raised by the NumberRegistry contract.
type NumberRegistryInvalidCnam struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCnam()
func NumberRegistryInvalidCnamErrorID() common.Hash {
	return common.HexToHash("0x80510aca09ae7a9db58e2b2274b144b905646bd9d80e5f39fe05a9cc3f16368a")
}

// UnpackInvalidCnamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCnam()
func (numberRegistry *NumberRegistry) UnpackInvalidCnamError(raw []byte) (*NumberRegistryInvalidCnam, error) {
	out := new(NumberRegistryInvalidCnam)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidCnam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidFeatures represents a InvalidFeatures error raised by the NumberRegistry contract.
type NumberRegistryInvalidFeatures struct {
	Features uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFeatures(uint8 features)
func NumberRegistryInvalidFeaturesErrorID() common.Hash {
	return common.HexToHash("0xee04aa7c6e99936d8ac344e54e93c2fe8bb5d0b72f1e362ef8643cf9523ab5d9")
}

// UnpackInvalidFeaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFeatures(uint8 features)
func (numberRegistry *NumberRegistry) UnpackInvalidFeaturesError(raw []byte) (*NumberRegistryInvalidFeatures, error) {
	out := new(NumberRegistryInvalidFeatures)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidFeatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidNumber represents a InvalidNumber error raised by the NumberRegistry contract.
type NumberRegistryInvalidNumber struct {
	E164 string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidNumber(string e164)
func NumberRegistryInvalidNumberErrorID() common.Hash {
	return common.HexToHash("0x820032bec7b06bf2b4aeab4ca5302fe7f122782e786dd32817a2eb70a932f5bc")
}

// UnpackInvalidNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidNumber(string e164)
func (numberRegistry *NumberRegistry) UnpackInvalidNumberError(raw []byte) (*NumberRegistryInvalidNumber, error) {
	out := new(NumberRegistryInvalidNumber)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidOperatorSignature represents a InvalidOperatorSignature error raised by the NumberRegistry contract.
type NumberRegistryInvalidOperatorSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOperatorSignature()
func NumberRegistryInvalidOperatorSignatureErrorID() common.Hash {
	return common.HexToHash("0x4c2d491275749231188cf4c82ad7bd101bdce606cdf5c375f826f1acc7311930")
}

// UnpackInvalidOperatorSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOperatorSignature()
func (numberRegistry *NumberRegistry) UnpackInvalidOperatorSignatureError(raw []byte) (*NumberRegistryInvalidOperatorSignature, error) {
	out := new(NumberRegistryInvalidOperatorSignature)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidOperatorSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidOwnerSignature represents a InvalidOwnerSignature error raised by the NumberRegistry contract.
type NumberRegistryInvalidOwnerSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOwnerSignature()
func NumberRegistryInvalidOwnerSignatureErrorID() common.Hash {
	return common.HexToHash("0x38a85a8de553ff50a410d75418f20d721cda64b2bff141e621600541fd25cd8b")
}

// UnpackInvalidOwnerSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOwnerSignature()
func (numberRegistry *NumberRegistry) UnpackInvalidOwnerSignatureError(raw []byte) (*NumberRegistryInvalidOwnerSignature, error) {
	out := new(NumberRegistryInvalidOwnerSignature)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidOwnerSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidParameters represents a InvalidParameters error raised by the NumberRegistry contract.
type NumberRegistryInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func NumberRegistryInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (numberRegistry *NumberRegistry) UnpackInvalidParametersError(raw []byte) (*NumberRegistryInvalidParameters, error) {
	out := new(NumberRegistryInvalidParameters)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryInvalidShortString represents a InvalidShortString error raised by the NumberRegistry contract.
type NumberRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func NumberRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (numberRegistry *NumberRegistry) UnpackInvalidShortStringError(raw []byte) (*NumberRegistryInvalidShortString, error) {
	out := new(NumberRegistryInvalidShortString)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNoDisputeHold represents a NoDisputeHold error raised by the NumberRegistry contract.
type NumberRegistryNoDisputeHold struct {
	Node  [32]byte
	Epoch uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDisputeHold(bytes32 node, uint32 epoch)
func NumberRegistryNoDisputeHoldErrorID() common.Hash {
	return common.HexToHash("0xb60dab77c12b9ea27e401bf11dbf72b8c2c3e6ffdc024ffc3bae0a618491476b")
}

// UnpackNoDisputeHoldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDisputeHold(bytes32 node, uint32 epoch)
func (numberRegistry *NumberRegistry) UnpackNoDisputeHoldError(raw []byte) (*NumberRegistryNoDisputeHold, error) {
	out := new(NumberRegistryNoDisputeHold)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NoDisputeHold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNotNumberOwner represents a NotNumberOwner error raised by the NumberRegistry contract.
type NumberRegistryNotNumberOwner struct {
	Node   [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNumberOwner(bytes32 node, address caller)
func NumberRegistryNotNumberOwnerErrorID() common.Hash {
	return common.HexToHash("0x10505cc6038665cee34280412dc04e00dde5f2f793cd460125733aac8c18613b")
}

// UnpackNotNumberOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNumberOwner(bytes32 node, address caller)
func (numberRegistry *NumberRegistry) UnpackNotNumberOwnerError(raw []byte) (*NumberRegistryNotNumberOwner, error) {
	out := new(NumberRegistryNotNumberOwner)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NotNumberOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNumberCoolingDown represents a NumberCoolingDown error raised by the NumberRegistry contract.
type NumberRegistryNumberCoolingDown struct {
	Node        [32]byte
	AvailableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberCoolingDown(bytes32 node, uint64 availableAt)
func NumberRegistryNumberCoolingDownErrorID() common.Hash {
	return common.HexToHash("0xafcab2f51b2c3f51209cc98d079c52a1745ce54e7177c05b6aa4b539dbdcceab")
}

// UnpackNumberCoolingDownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberCoolingDown(bytes32 node, uint64 availableAt)
func (numberRegistry *NumberRegistry) UnpackNumberCoolingDownError(raw []byte) (*NumberRegistryNumberCoolingDown, error) {
	out := new(NumberRegistryNumberCoolingDown)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NumberCoolingDown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNumberDisputed represents a NumberDisputed error raised by the NumberRegistry contract.
type NumberRegistryNumberDisputed struct {
	Node [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberDisputed(bytes32 node)
func NumberRegistryNumberDisputedErrorID() common.Hash {
	return common.HexToHash("0x0f5652424cebd5c14fb70da9753f7457eb70f4a41ab383cbbff3054615074bf1")
}

// UnpackNumberDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberDisputed(bytes32 node)
func (numberRegistry *NumberRegistry) UnpackNumberDisputedError(raw []byte) (*NumberRegistryNumberDisputed, error) {
	out := new(NumberRegistryNumberDisputed)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NumberDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNumberNotAvailable represents a NumberNotAvailable error raised by the NumberRegistry contract.
type NumberRegistryNumberNotAvailable struct {
	Node [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberNotAvailable(bytes32 node)
func NumberRegistryNumberNotAvailableErrorID() common.Hash {
	return common.HexToHash("0x64523de5d39c20214320eef4d555c1e2462db9cd42e60ed2d7c5984a0275891d")
}

// UnpackNumberNotAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberNotAvailable(bytes32 node)
func (numberRegistry *NumberRegistry) UnpackNumberNotAvailableError(raw []byte) (*NumberRegistryNumberNotAvailable, error) {
	out := new(NumberRegistryNumberNotAvailable)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NumberNotAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNumberNotLapsed represents a NumberNotLapsed error raised by the NumberRegistry contract.
type NumberRegistryNumberNotLapsed struct {
	Node [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberNotLapsed(bytes32 node)
func NumberRegistryNumberNotLapsedErrorID() common.Hash {
	return common.HexToHash("0x65eb81e6ede8a1921ff911c72e3ecdbe0dbc5afc486a72aa913b92c3d8d6584b")
}

// UnpackNumberNotLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberNotLapsed(bytes32 node)
func (numberRegistry *NumberRegistry) UnpackNumberNotLapsedError(raw []byte) (*NumberRegistryNumberNotLapsed, error) {
	out := new(NumberRegistryNumberNotLapsed)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NumberNotLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryNumberNotLive represents a NumberNotLive error raised by the NumberRegistry contract.
type NumberRegistryNumberNotLive struct {
	Node [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberNotLive(bytes32 node)
func NumberRegistryNumberNotLiveErrorID() common.Hash {
	return common.HexToHash("0x44d2c3e7ab3cc377ea8997b0ec45ab946a06296b47099dec8238bd34419ba760")
}

// UnpackNumberNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberNotLive(bytes32 node)
func (numberRegistry *NumberRegistry) UnpackNumberNotLiveError(raw []byte) (*NumberRegistryNumberNotLive, error) {
	out := new(NumberRegistryNumberNotLive)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "NumberNotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryPortDeadlinePassed represents a PortDeadlinePassed error raised by the NumberRegistry contract.
type NumberRegistryPortDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PortDeadlinePassed(uint256 deadline)
func NumberRegistryPortDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xf9b726b0cd2ff4bb481fc48324cd45f6766a0ffe9576f243bf721662a4aac201")
}

// UnpackPortDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PortDeadlinePassed(uint256 deadline)
func (numberRegistry *NumberRegistry) UnpackPortDeadlinePassedError(raw []byte) (*NumberRegistryPortDeadlinePassed, error) {
	out := new(NumberRegistryPortDeadlinePassed)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "PortDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the NumberRegistry contract.
type NumberRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func NumberRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (numberRegistry *NumberRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*NumberRegistryReentrancyGuardReentrantCall, error) {
	out := new(NumberRegistryReentrancyGuardReentrantCall)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryRenewalTooEarly represents a RenewalTooEarly error raised by the NumberRegistry contract.
type NumberRegistryRenewalTooEarly struct {
	Node    [32]byte
	Expires uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenewalTooEarly(bytes32 node, uint64 expires)
func NumberRegistryRenewalTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x6fac7eb26dba4a9780ec2ade5d9e935b86db740c1f67d0cbb467c70cce209591")
}

// UnpackRenewalTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenewalTooEarly(bytes32 node, uint64 expires)
func (numberRegistry *NumberRegistry) UnpackRenewalTooEarlyError(raw []byte) (*NumberRegistryRenewalTooEarly, error) {
	out := new(NumberRegistryRenewalTooEarly)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "RenewalTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the NumberRegistry contract.
type NumberRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func NumberRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (numberRegistry *NumberRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*NumberRegistrySafeERC20FailedOperation, error) {
	out := new(NumberRegistrySafeERC20FailedOperation)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistrySipUriTooLong represents a SipUriTooLong error raised by the NumberRegistry contract.
type NumberRegistrySipUriTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SipUriTooLong(uint256 length)
func NumberRegistrySipUriTooLongErrorID() common.Hash {
	return common.HexToHash("0x0bcd9a1a165d319da9013169fd9e678edb5ca95cb2452f6ea594c633e2beb497")
}

// UnpackSipUriTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SipUriTooLong(uint256 length)
func (numberRegistry *NumberRegistry) UnpackSipUriTooLongError(raw []byte) (*NumberRegistrySipUriTooLong, error) {
	out := new(NumberRegistrySipUriTooLong)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "SipUriTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryStringTooLong represents a StringTooLong error raised by the NumberRegistry contract.
type NumberRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func NumberRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (numberRegistry *NumberRegistry) UnpackStringTooLongError(raw []byte) (*NumberRegistryStringTooLong, error) {
	out := new(NumberRegistryStringTooLong)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NumberRegistryZeroAddress represents a ZeroAddress error raised by the NumberRegistry contract.
type NumberRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func NumberRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (numberRegistry *NumberRegistry) UnpackZeroAddressError(raw []byte) (*NumberRegistryZeroAddress, error) {
	out := new(NumberRegistryZeroAddress)
	if err := numberRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
