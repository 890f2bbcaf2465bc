// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package cdranchor

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

// CDRAnchorBatchInfo is an auto generated low-level Go binding around an user-defined struct.
type CDRAnchorBatchInfo struct {
	Operator     common.Address
	CdrRoot      [32]byte
	RewardsRoot  [32]byte
	RewardsTotal *big.Int
	CdrCount     uint64
	FirstSeq     uint64
	LastSeq      uint64
	PrevBatchId  *big.Int
	PrevRoot     [32]byte
	NextBatchId  *big.Int
	FinalAt      uint64
	State        uint8
}

// CDRAnchorClaim is an auto generated low-level Go binding around an user-defined struct.
type CDRAnchorClaim struct {
	Operator         common.Address
	BatchId          *big.Int
	Account          common.Address
	CumulativeAmount *big.Int
	Proof            [][32]byte
}

// CDRAnchorOperatorInfo is an auto generated low-level Go binding around an user-defined struct.
type CDRAnchorOperatorInfo struct {
	Status       uint8
	Active       bool
	Payout       common.Address
	Bond         *big.Int
	Unbonding    *big.Int
	UnbondAt     uint64
	LastSeq      uint64
	LastBatchId  *big.Int
	LastRoot     [32]byte
	RewardsTotal *big.Int
	BatchCount   *big.Int
	Epoch        *big.Int
	Paid         *big.Int
}

// CDRAnchorParameters is an auto generated low-level Go binding around an user-defined struct.
type CDRAnchorParameters struct {
	MinBond            *big.Int
	UnbondingDelay     uint64
	ChallengeWindow    uint64
	SlashBps           uint16
	RewardRate         *big.Int
	SplitOrigOperator  uint16
	SplitTermOperator  uint16
	SplitCallerOwner   uint16
	SplitCalleeOwner   uint16
	MinBillableSeconds uint32
	DailyCapSeconds    uint32
}

// CDRLeafCDR is an auto generated low-level Go binding around an user-defined struct.
type CDRLeafCDR struct {
	Operator        common.Address
	Seq             uint64
	CallId          [32]byte
	CallerCommit    [32]byte
	CalleeCommit    [32]byte
	SetupTime       uint64
	AnswerTime      uint64
	EndTime         uint64
	BillableSeconds uint32
	SipStatus       uint16
	Q850Cause       uint8
	OrigOperator    common.Address
	TermOperator    common.Address
	Mos             uint16
}

// CDRAnchorMetaData contains all meta data concerning the CDRAnchor contract.
var CDRAnchorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DISPUTE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addBond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.BatchInfo\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"prevRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"nextBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchState\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cdrLeaf\",\"inputs\":[{\"name\":\"c\",\"type\":\"tuple\",\"internalType\":\"structCDRLeaf.CDR\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"callId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"calleeCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"setupTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sipStatus\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"q850Cause\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"origOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"termOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"mos\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challengeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimMany\",\"inputs\":[{\"name\":\"claims\",\"type\":\"tuple[]\",\"internalType\":\"structCDRAnchor.Claim[]\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dailyCapSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"invalidateBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActiveOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestFinalBatch\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBillableSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBond\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorInfo\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.OperatorInfo\",\"components\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumCDRAnchor.Status\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorMetadata\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paid\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"parameters\",\"inputs\":[],\"outputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerOperator\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnbond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardLeaf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"rewardRate\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardSplit\",\"inputs\":[],\"outputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChallengeWindow\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDailyCapSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadata\",\"inputs\":[{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBillableSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBond\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPayout\",\"inputs\":[{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardRate\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardSplit\",\"inputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashBps\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"suspendOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyCDR\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyReward\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawUnbonded\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchAnchored\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchInvalidated\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"lastInvalidatedBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"tipRewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondAdded\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondWithdrawn\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MetadataSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSuspended\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardClaimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondRequested\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BatchNotClaimable\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BatchNotPending\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BondBelowMinimum\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CountTooLarge\",\"inputs\":[{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EmptyCid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExceedsDeclaredTotal\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientBond\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSplit\",\"inputs\":[{\"name\":\"sum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotNewestFinalBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newerBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OperatorNotActive\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardsGrowthTooLarge\",\"inputs\":[{\"name\":\"increase\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RewardsTotalDecreased\",\"inputs\":[{\"name\":\"previousTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SeqGap\",\"inputs\":[{\"name\":\"expectedFirstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SeqRangeMismatch\",\"inputs\":[{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TooManyInvalidations\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnbondingNotDue\",\"inputs\":[{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ValueTooLarge\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongOperator\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroCount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRewardsRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "CDRAnchor",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516147e63803806147e683398101604081905261002e91610572565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381166080526100805f836104ae565b506100ab7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55836104ae565b506040805160608082018352683635c9adc5dea00000825266038d7ea4c680006020808401919091525f9284019290925272038d7ea4c680000000003635c9adc5dea00000600155825161012081018452610e10815262093a8092810192909252611388928201929092526109c49181018290526080810182905260a0810182905260c0810191909152600660e082015261384061010090910152600280546001600160d01b0319167738400000000609c409c409c409c4138800093a8000000e101790557fdbd21418eb12a7897ec8e19eecbf1048b0a7829f93ea88cd4861c2dcbeac45ce61049260408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525f60016040518060600160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a90046001600160401b03166001600160401b03166001600160401b03168152505090505f6002604051806101200160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900461ffff1661ffff1661ffff1681526020015f820160109054906101000a900461ffff1661ffff1661ffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050604051806101600160405280835f01516001600160601b03168152602001826020015163ffffffff166001600160401b03168152602001825f015163ffffffff166001600160401b03168152602001826040015161ffff16815260200183602001516001600160601b03168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015161ffff1681526020018260e0015163ffffffff16815260200182610100015163ffffffff168152509250505090565b60405161049f91906105a3565b60405180910390a15050610697565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661054e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556105063390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610551565b505f5b92915050565b80516001600160a01b038116811461056d575f5ffd5b919050565b5f5f60408385031215610583575f5ffd5b61058c83610557565b915061059a60208401610557565b90509250929050565b815181526020808301516101608301916105c7908401826001600160401b03169052565b5060408301516105e260408401826001600160401b03169052565b5060608301516105f8606084018261ffff169052565b506080830151608083015260a083015161061860a084018261ffff169052565b5060c083015161062e60c084018261ffff169052565b5060e083015161064460e084018261ffff169052565b5061010083015161065c61010084018261ffff169052565b5061012083015161067661012084018263ffffffff169052565b5061014083015161069061014084018263ffffffff169052565b5092915050565b6080516141146106d25f395f818161086001528181610cd6015281816110880152818161151001528181612acc0152612fe601526141145ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80636eaae82411610195578063a3ff39b2116100e4578063d547741f1161009e578063db7dd35a11610079578063db7dd35a1461081f578063e561fb9c14610835578063f6ed98ea14610848578063fc0c546a1461085b575f5ffd5b8063d547741f146107e6578063d853fe3a146107f9578063da75c01e1461080c575f5ffd5b8063a3ff39b214610764578063a49a1e7d14610777578063a95494ce1461078a578063ccc574901461079f578063d213116c146107b3578063d35ab468146107c6575f5ffd5b8063861a14121161014f57806398d1f3711161012a57806398d1f371146106fc5780639e447fc61461070f578063a217fddf14610722578063a340cf7914610729575f5ffd5b8063861a1412146106b257806389035730146106d457806391d14854146106e9575f5ffd5b80636eaae82414610630578063767297da146106435780637b0a47ee1461065657806380a5197e1461066e578063822f99c114610681578063831518b7146106a1575f5ffd5b80632f2ff15d11610251578063407a28a81161020b57806350c246d6116101e657806350c246d6146105e257806353b3dcf11461060257806354f63b14146106155780636e373bef14610628575f5ffd5b8063407a28a8146105a9578063429e03b2146105bc5780634b8d24b0146105cf575f5ffd5b80632f2ff15d1461048c5780632fa5acba1461049f5780633367cca5146104b257806336568abe146104c557806337553d6e146104d85780633e20697c146104eb575f5ffd5b806312d18ed6116102bc578063249d39e911610297578063249d39e91461043557806325cb7f2c1461043e57806326e30a97146104535780632729907514610479575f5ffd5b806312d18ed6146103d9578063193def7c146103ec578063248a9ca314610413575f5ffd5b806301ffc9a7146103035780630681e6511461032b57806306f130561461034c5780630c9cbf0e1461036e5780630eaa75fe146103a6578063100621a8146103c6575b5f5ffd5b6103166103113660046133fa565b61089a565b60405190151581526020015b60405180910390f35b600254600160401b900461ffff1660405161ffff9091168152602001610322565b600154600160c01b90046001600160401b03165b604051908152602001610322565b61036061037c366004613437565b6001600160a01b039182165f90815260066020908152604080832093909416825291909152205490565b6103b96103b4366004613468565b6108d0565b60405161032291906134a7565b6103606103d436600461357b565b610ae3565b6103606103e73660046135dc565b610b2f565b6103607fc785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c481565b610360610421366004613468565b5f9081526020819052604090206001015490565b61036061271081565b61045161044c36600461368b565b610b5a565b005b600254600160901b900463ffffffff165b60405163ffffffff9091168152602001610322565b6103166104873660046136e0565b610d0e565b61045161049a366004613742565b610d92565b6103606104ad366004613763565b610db6565b6103166104c036600461378b565b610dc8565b6104516104d3366004613742565b610e20565b6103606104e636600461378b565b610e58565b604080516101208101825260025463ffffffff80821683526401000000008204811660208085019190915261ffff600160401b8404811685870152600160501b840481166060808701829052600160601b860483166080808901829052600160701b8804851660a08a01819052600160801b890490951660c08a01819052600160901b8904881660e08b0152600160b01b90980490961661010090980197909752875191825292810195909552948401949094529282015201610322565b6104516105b73660046137b7565b610eda565b6104516105ca3660046137e6565b610f3e565b6104516105dd366004613468565b610fce565b6105f56105f036600461378b565b6110bd565b604051610322919061380f565b6104516106103660046137b7565b61127e565b610451610623366004613468565b6112c9565b610451611418565b61045161063e366004613468565b611544565b6104516106513660046138f8565b61159a565b600154600160601b90046001600160601b0316610360565b61036061067c366004613911565b611613565b61069461068f36600461378b565b6116a7565b604051610322919061394f565b6001546001600160601b0316610360565b60025463ffffffff165b6040516001600160401b039091168152602001610322565b6106dc611750565b6040516103229190613984565b6103166106f7366004613742565b611a4e565b61036061070a366004613a71565b611a76565b61045161071d366004613468565b6120be565b6103605f81565b61036061073736600461378b565b6001600160a01b03165f90815260046020526040902060010154600160a01b90046001600160601b031690565b61045161077236600461378b565b612124565b610451610785366004613b0f565b6121a5565b600254600160b01b900463ffffffff16610464565b6103605f5160206140bf5f395f51905f5281565b6103166107c1366004613b41565b612210565b6107d96107d4366004613468565b612287565b6040516103229190613b83565b6104516107f4366004613742565b61233f565b610360610807366004613742565b612363565b61045161081a3660046137e6565b612661565b600254640100000000900463ffffffff166106bc565b610360610843366004613437565b6126e6565b610451610856366004613b91565b6127cf565b6108827f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610322565b5f6001600160e01b03198216637965db0b60e01b14806108ca57506301ffc9a760e01b6001600160e01b03198316145b92915050565b61093460408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290529061016082015290565b5f82815260036020526040902060028101546001600160a01b0316610974576040516321c9773560e11b8152600481018490526024015b60405180910390fd5b60028101546001600160a01b0316825280546020830152600180820154604084015260038201546001600160601b038116606085015264ffffffffff600160a01b82041660808501819052600160601b9091046001600160401b031660a085018190526109e19190613bf6565b6109eb9190613c15565b6001600160401b031660c08301526003810154600160c81b900464ffffffffff1660e0830181905215610a4257600381810154600160c81b900464ffffffffff165f90815260209190915260409020546101008301525b6002810154600160c81b900464ffffffffff168015801590610a7e57506003610a6a82612287565b6003811115610a7b57610a7b61347f565b14155b15610a8c5761012083018190525b6002820154600160a01b900464ffffffffff16610140840152610aae84612287565b8361016001906003811115610ac557610ac561347f565b90816003811115610ad857610ad861347f565b815250505050919050565b5f81604051602001610af59190613c44565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b5f610b386128d2565b610b46878787878787612907565b9050610b50612b31565b9695505050505050565b610b626128d2565b335f908152600460205260408120908154600160f81b900460ff166002811115610b8e57610b8e61347f565b14610bae576040516345ed80e960e01b815233600482015260240161096b565b6001600160a01b038416610bd55760405163d92e233d60e01b815260040160405180910390fd5b6001546001600160601b031680861015610c0c57604051631a2a909560e11b8152600481018790526024810182905260440161096b565b81546001600160f81b0316600160f81b178255610c2886612b5b565b82546001600160601b0319166001600160601b03919091161782556001820180546001600160a01b0319166001600160a01b038716179055335f908152600760205260409020610c79848683613e1b565b50846001600160a01b0316336001600160a01b03167f6197a5cb06004a9d6a73c7a18de8e6d4a6066cc21f88c894da989c93a2e9418d888787604051610cc193929190613efc565b60405180910390a3610cfe6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089612b92565b5050610d08612b31565b50505050565b5f5f610d1987612287565b90506001816003811115610d2f57610d2f61347f565b14158015610d4f57506002816003811115610d4c57610d4c61347f565b14155b15610d5d575f915050610d89565b5f87815260036020526040902060010154610d859085908590610d808a8a612bc8565b612c21565b9150505b95945050505050565b5f82815260208190526040902060010154610dac81612c38565b610d088383612c42565b5f610dc18383612bc8565b9392505050565b6001600160a01b0381165f90815260046020526040812060018154600160f81b900460ff166002811115610dfe57610dfe61347f565b148015610dc1575060015490546001600160601b039182169116101592915050565b6001600160a01b0381163314610e495760405163334bd91960e11b815260040160405180910390fd5b610e538282612cd1565b505050565b6001600160a01b0381165f90815260046020526040902054600160a01b900464ffffffffff165b8015801590610eab57505f81815260036020526040902060020154600160a01b900464ffffffffff1642105b15610ed5575f9081526003602081905260409091200154600160c81b900464ffffffffff16610e7f565b919050565b5f5160206140bf5f395f51905f52610ef181612c38565b6002805463ffffffff60b01b1916600160b01b63ffffffff8516021790555f51602061409f5f395f51905f52610f25611750565b604051610f329190613984565b60405180910390a15050565b5f5160206140bf5f395f51905f52610f5581612c38565b63ffffffff6001600160401b0383161115610f9857604051630a02c5cb60e21b81526001600160401b038316600482015263ffffffff602482015260440161096b565b6002805467ffffffff00000000191664010000000063ffffffff8516021790555f51602061409f5f395f51905f52610f25611750565b610fd66128d2565b5f610fe033612d3a565b9050815f0361100257604051631f2a200560e01b815260040160405180910390fd5b80545f9061101a9084906001600160601b0316613f15565b905061102581612b5b565b82546001600160601b0319166001600160601b0391909116178255604080518481526020810183905233917fc84b1b191804173928786f9eaeba32c3390af9a8be366c1567ec5c27c45bf7d0910160405180910390a26110b06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086612b92565b50506110ba612b31565b50565b611139604080516101a08101909152805f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6001600160a01b0382165f9081526004602052604090208054600160a01b810464ffffffffff16908390600160f81b900460ff16600281111561117e5761117e61347f565b908160028111156111915761119161347f565b90525061119d84610dc8565b1515602084015260018201546001600160a01b0316604084015281546001600160601b0380821660608601526002840154908116608086015264ffffffffff600160601b918290041660a086015290046001600160401b031660c084015260e083018190528015611238575f818152600360208181526040832080546101008801529284905281905201546001600160601b03166101208401525b508054600160c81b810463ffffffff16610140840152600160e81b900461ffff1661016083015260010154600160a01b90046001600160601b0316610180820152919050565b5f5160206140bf5f395f51905f5261129581612c38565b6002805463ffffffff60901b1916600160901b63ffffffff8516021790555f51602061409f5f395f51905f52610f25611750565b5f6112d333612d3a565b9050815f036112f557604051631f2a200560e01b815260040160405180910390fd5b80546001600160601b03168083111561132b576040516344d4caf760e01b8152600481018490526024810182905260440161096b565b60028201545f906113469085906001600160601b0316613f15565b6002549091505f9061136690640100000000900463ffffffff1642613bf6565b90506113728584613f28565b84546001600160601b0319166001600160601b039182161785556002850180549184166001600160881b031990921691909117600160601b64ffffffffff841602179055337ff5a228b9466160cad597679cf7b2114100f9abeb9c8a98ede928c9cd4b7222d7866113e38187613f28565b60408051928352602083019190915281018590526001600160401b038416606082015260800160405180910390a25050505050565b6114206128d2565b335f908152600460205260408120600281015490916001600160601b039091169081900361146157604051630686827b60e51b815260040160405180910390fd5b6002820154600160601b900464ffffffffff164210156114a9576002820154604051633f11c2b360e21b8152600160601b90910464ffffffffff16600482015260240161096b565b60018201546002830180546001600160881b03191690556040518281526001600160a01b0390911690819033907f1b6622b92ce16ed648b5b93fe47df1cd4c763fdcafe3281bc1dfd5ff7998a94d9060200160405180910390a36115376001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168284612d98565b505050611542612b31565b565b5f5160206140bf5f395f51905f5261155b81612c38565b61156482612b5b565b600180546001600160601b0319166001600160601b03929092169190911790555f51602061409f5f395f51905f52610f25611750565b5f5160206140bf5f395f51905f526115b181612c38565b6127108261ffff1611156115de57604051632e109e9f60e01b815261ffff8316600482015260240161096b565b6002805469ffff00000000000000001916600160401b61ffff8516021790555f51602061409f5f395f51905f52610f25611750565b5f61161c6128d2565b5f5b8281101561169e573684848381811061163957611639613f3b565b905060200281019061164b9190613f4f565b905061168961165d602083018361378b565b6020830135611672606085016040860161378b565b60608501356116846080870187613f6d565b612907565b6116939084613f15565b92505060010161161e565b506108ca612b31565b6001600160a01b0381165f9081526007602052604090208054606091906116cd90613d98565b80601f01602080910402602001604051908101604052809291908181526020018280546116f990613d98565b80156117445780601f1061171b57610100808354040283529160200191611744565b820191905f5260205f20905b81548152906001019060200180831161172757829003601f168201915b50505050509050919050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525f60016040518060600160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a90046001600160401b03166001600160401b03166001600160401b03168152505090505f6002604051806101200160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900461ffff1661ffff1661ffff1681526020015f820160109054906101000a900461ffff1661ffff1661ffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050604051806101600160405280835f01516001600160601b03168152602001826020015163ffffffff166001600160401b03168152602001825f015163ffffffff166001600160401b03168152602001826040015161ffff16815260200183602001516001600160601b03168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015161ffff1681526020018260e0015163ffffffff16815260200182610100015163ffffffff168152509250505090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b335f9081526004602090815260408083208151606081018352600180546001600160601b038082168452600160601b82041695830195909552600160c01b9094046001600160401b031692810192909252918254600160f81b900460ff166002811115611ae557611ae561347f565b141580611b005750805182546001600160601b039182169116105b15611b20576040516371ab6ad560e11b815233600482015260240161096b565b8b611b3e5760405163b263ae7360e01b815260040160405180910390fd5b5f8a9003611b5f57604051636d91186360e01b815260040160405180910390fd5b886001600160401b03165f03611b885760405163011ee73b60e21b815260040160405180910390fd5b64ffffffffff6001600160401b038a161115611bc2576040516348c1df5f60e11b81526001600160401b038a16600482015260240161096b565b866001600160401b0316866001600160401b03161080611c135750886001600160401b0316876001600160401b0316876001600160401b0316611c059190613f28565b611c10906001613f15565b14155b15611c4b57604051627eaecb60e41b81526001600160401b03808916600483015280881660248301528a16604482015260640161096b565b8154611c6890600160601b90046001600160401b03166001613f15565b876001600160401b031614611cc1578154611c9490600160601b90046001600160401b03166001613bf6565b604051630a8a369560e01b81526001600160401b039182166004820152908816602482015260440161096b565b6001600160601b03841115611cf957604051630a02c5cb60e21b8152600481018590526001600160601b03602482015260440161096b565b8154600254600160a01b90910464ffffffffff16905f90611d209063ffffffff1642613f15565b90505f8215611d7d57505f8281526003602081905260409091209081015460028201546001600160601b039091169190600160a01b900464ffffffffff16831015611d7b576002810154600160a01b900464ffffffffff1692505b505b80871015611da85760405163af29db1160e01b8152600481018290526024810188905260440161096b565b5f8b6001600160401b031685602001516001600160601b0316611dcb9190613fb2565b905080611dd8838a613f28565b1115611e0c57611de88289613f28565b60405163fe55c0f360e01b815260048101919091526024810182905260440161096b565b50508515801590611e1b575086155b15611e3957604051636ccad7d560e11b815260040160405180910390fd5b6040830151611e52906001600160401b03166001613f15565b945064ffffffffff851115611e8857604051630a02c5cb60e21b81526004810186905264ffffffffff602482015260440161096b565b8460015f0160186101000a8154816001600160401b0302191690836001600160401b031602179055505f60035f8781526020019081526020015f2090508e815f018190555087816001018190555033816002015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550818160020160146101000a81548164ffffffffff021916908364ffffffffff160217905550845f01601d9054906101000a900461ffff1681600201601e6101000a81548161ffff021916908361ffff16021790555086816003015f6101000a8154816001600160601b0302191690836001600160601b031602179055508981600301600c6101000a8154816001600160401b0302191690836001600160401b031602179055508b8160030160146101000a81548164ffffffffff021916908364ffffffffff160217905550828160030160196101000a81548164ffffffffff021916908364ffffffffff160217905550825f14612024575f838152600360205260409020600201805464ffffffffff60c81b1916600160c81b64ffffffffff8916021790555b8454600160601b600160c81b031916600160601b6001600160401b038b160264ffffffffff60a01b191617600160a01b64ffffffffff881602178086556001908690601990612081908490600160c81b900463ffffffff16613fc9565b92506101000a81548163ffffffff021916908363ffffffff1602179055506120ac868f8f8e8d612dcd565b50505050509998505050505050505050565b5f5160206140bf5f395f51905f526120d581612c38565b6120de82612b5b565b600180546001600160601b0392909216600160601b026bffffffffffffffffffffffff60601b199092169190911790555f51602061409f5f395f51905f52610f25611750565b5f61212e33612d3a565b90506001600160a01b0382166121575760405163d92e233d60e01b815260040160405180910390fd5b6001810180546001600160a01b0319166001600160a01b03841690811790915560405133907f18b5078a8a55f53c428467b7f19cf8408acc494f8ae06b3e6202b7b2b19d23dc905f90a35050565b6121ae33612d3a565b50335f9081526007602052604090206121c8828483613e1b565b50336001600160a01b03167f5ca725b311432a1e504bef178f03f9df01a15badca5e9a8278b7eb258f1618ac8383604051612204929190613fe5565b60405180910390a25050565b5f5f61221b86612287565b905060018160038111156122315761223161347f565b141580156122515750600281600381111561224e5761224e61347f565b14155b1561225f575f91505061227f565b5f8681526003602052604090205461227b908590859088612c21565b9150505b949350505050565b5f81815260036020526040812060028101546001600160a01b0316806122b057505f9392505050565b600282015460038301546001600160a01b0383165f90815260046020526040902054612306928492600160f01b90910461ffff90811692600160601b9092046001600160401b031691600160e81b900416612eb1565b612314575060039392505050565b6002820154600160a01b900464ffffffffff1642101561233557600161227f565b6002949350505050565b5f8281526020819052604090206001015461235981612c38565b610d088383612cd1565b5f7fc785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c461238e81612c38565b6123966128d2565b6001600160a01b0383166123bd5760405163d92e233d60e01b815260040160405180910390fd5b5f6123c785612287565b905060018160038111156123dd576123dd61347f565b146123ff57848160405163a2031de560e01b815260040161096b929190613ff8565b5f85815260036020908152604080832060028101546001600160a01b0316808552600490935290832080549193909161244490600160e81b900461ffff166001613f15565b905061ffff811115612469576040516337b96c7760e11b815260040160405180910390fd5b60038401546001600160a01b0384165f9081526005602052604090206002860154600160601b9092046001600160401b031691600160f01b900461ffff165b8381101561251b575f818152602083905260409020546001600160401b03168015806124e55750806001600160401b0316846001600160401b0316105b15612512575f828152602084905260409020805467ffffffffffffffff19166001600160401b0386161790555b506001016124a8565b508354600387015461ffff8516600160e81b0261ffff60e81b19831617865564ffffffffff600160a01b909204821691600160c81b9091041661255f600185613c15565b8654600160601b600160c81b031916600160601b6001600160401b03929092169190910264ffffffffff60a01b191617600160a01b64ffffffffff8316021786555f81156125c7575f82815260036020819052604090912001546001600160601b03166125c9565b5f5b6001600160601b031690506001600160a01b0388168e7fb8871c044de5c4a3b43d189b43f6ec34c6e95daf33ae7ec6969f70ae14aaf7a7858561260d60018b613c15565b6040805193845260208401929092526001600160401b0316908201526060810185905260800160405180910390a361264688888f612f00565b9b505050505050505050505061265a612b31565b5092915050565b5f5160206140bf5f395f51905f5261267881612c38565b63ffffffff6001600160401b03831611156126bb57604051630a02c5cb60e21b81526001600160401b038316600482015263ffffffff602482015260440161096b565b6002805463ffffffff191663ffffffff84161790555f51602061409f5f395f51905f52610f25611750565b5f7fc785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c461271181612c38565b6127196128d2565b6001600160a01b0383166127405760405163d92e233d60e01b815260040160405180910390fd5b5f61274a85612d3a565b80546001600160f81b0316600160f91b17815590505f61276982613017565b9050846001600160a01b0316866001600160a01b03167fa8f3d94b001e4d7788bb71fa1afe465b5dc56735d750f67716bd8bb31084a935836040516127b091815260200190565b60405180910390a36127c3868387612f00565b9350505061265a612b31565b5f5160206140bf5f395f51905f526127e681612c38565b5f8261ffff168461ffff168661ffff168861ffff166128059190613f15565b61280f9190613f15565b6128199190613f15565b90506127108114612840576040516348ce6f0160e11b81526004810182905260240161096b565b6002805463ffffffff60501b1916600160501b61ffff8981169190910261ffff60601b191691909117600160601b888316021763ffffffff60701b1916600160701b8783160261ffff60801b191617600160801b918616919091021781555f51602061409f5f395f51905f526128b4611750565b6040516128c19190613984565b60405180910390a150505050505050565b6128da61305e565b61154260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061309e565b5f5f61291388886130a5565b905061292984848360010154610d808a8a612bc8565b612946576040516309bde33960e01b815260040160405180910390fd5b6001600160a01b038089165f908152600660209081526040808320938a16835292905220548086116129955760405163db2e106360e01b8152600481018790526024810182905260440161096b565b61299f8187613f28565b6001600160a01b038a165f9081526004602052604081206001810154929550916129da908690600160a01b90046001600160601b0316613f15565b60038501549091506001600160601b0316811115612a2357600384015460405163113c7c8760e11b8152600481018390526001600160601b03909116602482015260440161096b565b6001600160a01b038b81165f8181526006602090815260408083208e8616808552908352928190208d9055600187018054909516600160a01b6001600160601b038816021790945583518981529081018c905290928d92917f65a98f369510d13fc728cf1e7e5e26eb71be267410a0abd167f813ea9430b07f910160405180910390a46040516340c10f1960e01b81526001600160a01b038a81166004830152602482018790527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015612b0d575f5ffd5b505af1158015612b1f573d5f5f3e3d5ffd5b50505050505050509695505050505050565b6115425f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612901565b5f6001600160601b03821115612b8e576040516306dfcc6560e41b8152606060048201526024810183905260440161096b565b5090565b612ba0848484846001613281565b610d0857604051635274afe760e01b81526001600160a01b038516600482015260240161096b565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b5f82612c2e8686856132ee565b1495945050505050565b6110ba813361332f565b5f612c4d8383611a4e565b612cca575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612c823390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016108ca565b505f6108ca565b5f612cdc8383611a4e565b15612cca575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016108ca565b6001600160a01b0381165f908152600460205260408120908154600160f81b900460ff166002811115612d6f57612d6f61347f565b03610ed55760405163bfc6c33760e01b81526001600160a01b038316600482015260240161096b565b612da5838383600161336c565b610e5357604051635274afe760e01b81526001600160a01b038416600482015260240161096b565b5f60035f8781526020019081526020015f209050805f0154336001600160a01b0316877f074b98fc239723ccab649e65eb51d7ac4b230335e0a25af20b268a65790baf8688888660030160149054906101000a900464ffffffffff168988600301600c9054906101000a90046001600160401b03168a8a600101548b6003015f9054906101000a90046001600160601b03168c60030160199054906101000a900464ffffffffff168d60020160149054906101000a900464ffffffffff16604051612ea19a9998979695949392919061400c565b60405180910390a4505050505050565b5f8161ffff168461ffff161480610d89575050506001600160a01b03929092165f90815260056020908152604080832061ffff94909416835292905220546001600160401b0390811691161090565b5f612f0a83613017565b835460028501549192506001600160601b0390811691165f828410612f2f5782612f31565b835b9050612f3d8184613f28565b9250612f498185613f28565b612f539083613f28565b86546001600160601b038581166001600160601b03199283161789556002890180549184169190921617905560408051868152602081018690529081018290529092506001600160a01b0386811691908916907ffb159b41ed6c88bd3862559e8c5ec356d1bbb8e979ae346f435e67658e88fabf9060600160405180910390a3831561300d5761300d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168686612d98565b5050509392505050565b600280549082015482545f9261271092600160401b90910461ffff169161304a916001600160601b039081169116613f15565b6130549190613fb2565b6108ca919061407f565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561154257604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f81815260036020526040902060028101546001600160a01b0316806130e1576040516321c9773560e11b81526004810184905260240161096b565b836001600160a01b0316816001600160a01b0316146131255760405163062150e960e21b8152600481018490526001600160a01b038516602482015260440161096b565b6001600160a01b0384165f9081526004602052604090205460028301546003840154600160e81b90920461ffff9081169261317c928892600160f01b9091041690600160601b90046001600160401b031684612eb1565b61319e5783600360405163339a092160e21b815260040161096b929190613ff8565b6002830154600160a01b900464ffffffffff164210156131d65783600160405163339a092160e21b815260040161096b929190613ff8565b6002830154600160c81b900464ffffffffff168015613278575f8181526003602052604090206002810154600160a01b900464ffffffffff16421080159061324e575061324e8782600201601e9054906101000a900461ffff1683600301600c9054906101000a90046001600160401b031686612eb1565b15613276576040516318d1881f60e11b8152600481018790526024810183905260440161096b565b505b50505092915050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166132dd5783831516156132d1573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f81815b848110156133265761331c8287878481811061331057613310613f3b565b905060200201356133ce565b91506001016132f2565b50949350505050565b6133398282611a4e565b6133685760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161096b565b5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166133c25783831516156133b6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8183106133e8575f828152602084905260409020610dc1565b5f838152602083905260409020610dc1565b5f6020828403121561340a575f5ffd5b81356001600160e01b031981168114610dc1575f5ffd5b80356001600160a01b0381168114610ed5575f5ffd5b5f5f60408385031215613448575f5ffd5b61345183613421565b915061345f60208401613421565b90509250929050565b5f60208284031215613478575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600481106134a3576134a361347f565b9052565b81516001600160a01b03168152610180810160208301516020830152604083015160408301526060830151606083015260808301516134f160808401826001600160401b03169052565b5060a083015161350c60a08401826001600160401b03169052565b5060c083015161352760c08401826001600160401b03169052565b5060e083015160e08301526101008301516101008301526101208301516101208301526101408301516135666101408401826001600160401b03169052565b5061016083015161265a610160840182613493565b5f6101c082840312801561358d575f5ffd5b509092915050565b5f5f83601f8401126135a5575f5ffd5b5081356001600160401b038111156135bb575f5ffd5b6020830191508360208260051b85010111156135d5575f5ffd5b9250929050565b5f5f5f5f5f5f60a087890312156135f1575f5ffd5b6135fa87613421565b95506020870135945061360f60408801613421565b93506060870135925060808701356001600160401b03811115613630575f5ffd5b61363c89828a01613595565b979a9699509497509295939492505050565b5f5f83601f84011261365e575f5ffd5b5081356001600160401b03811115613674575f5ffd5b6020830191508360208285010111156135d5575f5ffd5b5f5f5f5f6060858703121561369e575f5ffd5b843593506136ae60208601613421565b925060408501356001600160401b038111156136c8575f5ffd5b6136d48782880161364e565b95989497509550505050565b5f5f5f5f5f608086880312156136f4575f5ffd5b8535945061370460208701613421565b93506040860135925060608601356001600160401b03811115613725575f5ffd5b61373188828901613595565b969995985093965092949392505050565b5f5f60408385031215613753575f5ffd5b8235915061345f60208401613421565b5f5f60408385031215613774575f5ffd5b61377d83613421565b946020939093013593505050565b5f6020828403121561379b575f5ffd5b610dc182613421565b803563ffffffff81168114610ed5575f5ffd5b5f602082840312156137c7575f5ffd5b610dc1826137a4565b80356001600160401b0381168114610ed5575f5ffd5b5f602082840312156137f6575f5ffd5b610dc1826137d0565b600381106134a3576134a361347f565b5f6101a0820190506138228284516137ff565b6020830151613835602084018215159052565b50604083015161385060408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015161387f60a08401826001600160401b03169052565b5060c083015161389a60c08401826001600160401b03169052565b5060e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015261018083015161018083015292915050565b803561ffff81168114610ed5575f5ffd5b5f60208284031215613908575f5ffd5b610dc1826138e7565b5f5f60208385031215613922575f5ffd5b82356001600160401b03811115613937575f5ffd5b61394385828601613595565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b815181526020808301516101608301916139a8908401826001600160401b03169052565b5060408301516139c360408401826001600160401b03169052565b5060608301516139d9606084018261ffff169052565b506080830151608083015260a08301516139f960a084018261ffff169052565b5060c0830151613a0f60c084018261ffff169052565b5060e0830151613a2560e084018261ffff169052565b50610100830151613a3d61010084018261ffff169052565b50610120830151613a5761012084018263ffffffff169052565b5061014083015161265a61014084018263ffffffff169052565b5f5f5f5f5f5f5f5f5f6101008a8c031215613a8a575f5ffd5b8935985060208a01356001600160401b03811115613aa6575f5ffd5b613ab28c828d0161364e565b9099509750613ac5905060408b016137d0565b9550613ad360608b016137d0565b9450613ae160808b016137d0565b9350613aef60a08b016137d0565b989b979a50959894979396929550929360c0810135935060e00135919050565b5f5f60208385031215613b20575f5ffd5b82356001600160401b03811115613b35575f5ffd5b6139438582860161364e565b5f5f5f5f60608587031215613b54575f5ffd5b843593506020850135925060408501356001600160401b03811115613b77575f5ffd5b6136d487828801613595565b602081016108ca8284613493565b5f5f5f5f60808587031215613ba4575f5ffd5b613bad856138e7565b9350613bbb602086016138e7565b9250613bc9604086016138e7565b9150613bd7606086016138e7565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156108ca576108ca613be2565b6001600160401b0382811682821603908111156108ca576108ca613be2565b803560ff81168114610ed5575f5ffd5b6101c08101613c6382613c5685613421565b6001600160a01b03169052565b613c6f602084016137d0565b6001600160401b03166020830152604083810135908301526060808401359083015260808084013590830152613ca760a084016137d0565b6001600160401b031660a0830152613cc160c084016137d0565b6001600160401b031660c0830152613cdb60e084016137d0565b6001600160401b031660e0830152613cf661010084016137a4565b63ffffffff16610100830152613d0f61012084016138e7565b61ffff16610120830152613d266101408401613c34565b60ff16610140830152613d3c6101608401613421565b6001600160a01b0316610160830152613d586101808401613421565b6001600160a01b0316610180830152613d746101a084016138e7565b61ffff81166101a084015261265a565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680613dac57607f821691505b602082108103613dca57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610e5357805f5260205f20601f840160051c81016020851015613df55750805b601f840160051c820191505b81811015613e14575f8155600101613e01565b5050505050565b6001600160401b03831115613e3257613e32613d84565b613e4683613e408354613d98565b83613dd0565b5f601f841160018114613e77575f8515613e605750838201355b5f19600387901b1c1916600186901b178355613e14565b5f83815260208120601f198716915b82811015613ea65786850135825560209485019460019092019101613e86565b5086821015613ec2575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f610d89604083018486613ed4565b808201808211156108ca576108ca613be2565b818103818111156108ca576108ca613be2565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112613f63575f5ffd5b9190910192915050565b5f5f8335601e19843603018112613f82575f5ffd5b8301803591506001600160401b03821115613f9b575f5ffd5b6020019150600581901b36038213156135d5575f5ffd5b80820281158282048414176108ca576108ca613be2565b63ffffffff81811683821601908111156108ca576108ca613be2565b602081525f61227f602083018486613ed4565b82815260408101610dc16020830184613493565b61012081525f61402161012083018c8e613ed4565b64ffffffffff9a8b1660208401526001600160401b03998a16604084015297891660608301525094909616608085015260a08401929092526001600160601b031660c0830152841660e0820152919092166101009091015292915050565b5f8261409957634e487b7160e01b5f52601260045260245ffd5b50049056fedbd21418eb12a7897ec8e19eecbf1048b0a7829f93ea88cd4861c2dcbeac45ce7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55a264697066735822122025be6c7c71bc2b9be6b536f23dbce835ca98b31d5f89b0dcf2636ef4665271f264736f6c634300081e0033",
}

// CDRAnchor is an auto generated Go binding around an Ethereum contract.
type CDRAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CDRAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewCDRAnchor creates a new instance of CDRAnchor.
func NewCDRAnchor() *CDRAnchor {
	parsed, err := CDRAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CDRAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CDRAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address token_) returns()
func (cDRAnchor *CDRAnchor) PackConstructor(admin common.Address, token_ common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("", admin, token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (cDRAnchor *CDRAnchor) PackBPS() []byte {
	enc, err := cDRAnchor.abi.Pack("BPS")
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
func (cDRAnchor *CDRAnchor) TryPackBPS() ([]byte, error) {
	return cDRAnchor.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("BPS", data)
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
func (cDRAnchor *CDRAnchor) PackDEFAULTADMINROLE() []byte {
	enc, err := cDRAnchor.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (cDRAnchor *CDRAnchor) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return cDRAnchor.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (cDRAnchor *CDRAnchor) PackDISPUTEROLE() []byte {
	enc, err := cDRAnchor.abi.Pack("DISPUTE_ROLE")
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
func (cDRAnchor *CDRAnchor) TryPackDISPUTEROLE() ([]byte, error) {
	return cDRAnchor.abi.Pack("DISPUTE_ROLE")
}

// UnpackDISPUTEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x193def7c.
//
// Solidity: function DISPUTE_ROLE() view returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackDISPUTEROLE(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("DISPUTE_ROLE", data)
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
func (cDRAnchor *CDRAnchor) PackGOVERNORROLE() []byte {
	enc, err := cDRAnchor.abi.Pack("GOVERNOR_ROLE")
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
func (cDRAnchor *CDRAnchor) TryPackGOVERNORROLE() ([]byte, error) {
	return cDRAnchor.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b8d24b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBond(uint256 amount) returns()
func (cDRAnchor *CDRAnchor) PackAddBond(amount *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("addBond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b8d24b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBond(uint256 amount) returns()
func (cDRAnchor *CDRAnchor) TryPackAddBond(amount *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("addBond", amount)
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98d1f371.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 cdrRoot, bytes cid, uint64 cdrCount, uint64 billableSeconds, uint64 firstSeq, uint64 lastSeq, bytes32 rewardsRoot, uint256 rewardsTotal) returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) PackAnchor(cdrRoot [32]byte, cid []byte, cdrCount uint64, billableSeconds uint64, firstSeq uint64, lastSeq uint64, rewardsRoot [32]byte, rewardsTotal *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("anchor", cdrRoot, cid, cdrCount, billableSeconds, firstSeq, lastSeq, rewardsRoot, rewardsTotal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98d1f371.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 cdrRoot, bytes cid, uint64 cdrCount, uint64 billableSeconds, uint64 firstSeq, uint64 lastSeq, bytes32 rewardsRoot, uint256 rewardsTotal) returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) TryPackAnchor(cdrRoot [32]byte, cid []byte, cdrCount uint64, billableSeconds uint64, firstSeq uint64, lastSeq uint64, rewardsRoot [32]byte, rewardsTotal *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("anchor", cdrRoot, cid, cdrCount, billableSeconds, firstSeq, lastSeq, rewardsRoot, rewardsTotal)
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98d1f371.
//
// Solidity: function anchor(bytes32 cdrRoot, bytes cid, uint64 cdrCount, uint64 billableSeconds, uint64 firstSeq, uint64 lastSeq, bytes32 rewardsRoot, uint256 rewardsTotal) returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) UnpackAnchor(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("anchor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint256,uint64,uint8) info)
func (cDRAnchor *CDRAnchor) PackBatch(batchId *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("batch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint256,uint64,uint8) info)
func (cDRAnchor *CDRAnchor) TryPackBatch(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("batch", batchId)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint256,uint64,uint8) info)
func (cDRAnchor *CDRAnchor) UnpackBatch(data []byte) (CDRAnchorBatchInfo, error) {
	out, err := cDRAnchor.abi.Unpack("batch", data)
	if err != nil {
		return *new(CDRAnchorBatchInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(CDRAnchorBatchInfo)).(*CDRAnchorBatchInfo)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (cDRAnchor *CDRAnchor) PackBatchCount() []byte {
	enc, err := cDRAnchor.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (cDRAnchor *CDRAnchor) TryPackBatchCount() ([]byte, error) {
	return cDRAnchor.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35ab468.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchState(uint256 batchId) view returns(uint8)
func (cDRAnchor *CDRAnchor) PackBatchState(batchId *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("batchState", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd35ab468.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchState(uint256 batchId) view returns(uint8)
func (cDRAnchor *CDRAnchor) TryPackBatchState(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("batchState", batchId)
}

// UnpackBatchState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd35ab468.
//
// Solidity: function batchState(uint256 batchId) view returns(uint8)
func (cDRAnchor *CDRAnchor) UnpackBatchState(data []byte) (uint8, error) {
	out, err := cDRAnchor.abi.Unpack("batchState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCdrLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x100621a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16) c) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) PackCdrLeaf(c CDRLeafCDR) []byte {
	enc, err := cDRAnchor.abi.Pack("cdrLeaf", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCdrLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x100621a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16) c) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) TryPackCdrLeaf(c CDRLeafCDR) ([]byte, error) {
	return cDRAnchor.abi.Pack("cdrLeaf", c)
}

// UnpackCdrLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x100621a8.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16) c) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackCdrLeaf(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("cdrLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (cDRAnchor *CDRAnchor) PackChallengeWindow() []byte {
	enc, err := cDRAnchor.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (cDRAnchor *CDRAnchor) TryPackChallengeWindow() ([]byte, error) {
	return cDRAnchor.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (cDRAnchor *CDRAnchor) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := cDRAnchor.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12d18ed6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address operator, uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (cDRAnchor *CDRAnchor) PackClaim(operator common.Address, batchId *big.Int, account common.Address, cumulativeAmount *big.Int, proof [][32]byte) []byte {
	enc, err := cDRAnchor.abi.Pack("claim", operator, batchId, account, cumulativeAmount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12d18ed6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address operator, uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (cDRAnchor *CDRAnchor) TryPackClaim(operator common.Address, batchId *big.Int, account common.Address, cumulativeAmount *big.Int, proof [][32]byte) ([]byte, error) {
	return cDRAnchor.abi.Pack("claim", operator, batchId, account, cumulativeAmount, proof)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12d18ed6.
//
// Solidity: function claim(address operator, uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) returns(uint256 amount)
func (cDRAnchor *CDRAnchor) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80a5197e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimMany((address,uint256,address,uint256,bytes32[])[] claims) returns(uint256 total)
func (cDRAnchor *CDRAnchor) PackClaimMany(claims []CDRAnchorClaim) []byte {
	enc, err := cDRAnchor.abi.Pack("claimMany", claims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80a5197e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimMany((address,uint256,address,uint256,bytes32[])[] claims) returns(uint256 total)
func (cDRAnchor *CDRAnchor) TryPackClaimMany(claims []CDRAnchorClaim) ([]byte, error) {
	return cDRAnchor.abi.Pack("claimMany", claims)
}

// UnpackClaimMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80a5197e.
//
// Solidity: function claimMany((address,uint256,address,uint256,bytes32[])[] claims) returns(uint256 total)
func (cDRAnchor *CDRAnchor) UnpackClaimMany(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("claimMany", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(address operator, address account) view returns(uint256)
func (cDRAnchor *CDRAnchor) PackClaimed(operator common.Address, account common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("claimed", operator, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c9cbf0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(address operator, address account) view returns(uint256)
func (cDRAnchor *CDRAnchor) TryPackClaimed(operator common.Address, account common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("claimed", operator, account)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c9cbf0e.
//
// Solidity: function claimed(address operator, address account) view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDailyCapSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa95494ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dailyCapSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) PackDailyCapSeconds() []byte {
	enc, err := cDRAnchor.abi.Pack("dailyCapSeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDailyCapSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa95494ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dailyCapSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) TryPackDailyCapSeconds() ([]byte, error) {
	return cDRAnchor.abi.Pack("dailyCapSeconds")
}

// UnpackDailyCapSeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa95494ce.
//
// Solidity: function dailyCapSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) UnpackDailyCapSeconds(data []byte) (uint32, error) {
	out, err := cDRAnchor.abi.Unpack("dailyCapSeconds", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (cDRAnchor *CDRAnchor) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := cDRAnchor.abi.Pack("getRoleAdmin", role)
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
func (cDRAnchor *CDRAnchor) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return cDRAnchor.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("getRoleAdmin", data)
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
func (cDRAnchor *CDRAnchor) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("grantRole", role, account)
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
func (cDRAnchor *CDRAnchor) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (cDRAnchor *CDRAnchor) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("hasRole", role, account)
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
func (cDRAnchor *CDRAnchor) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (cDRAnchor *CDRAnchor) UnpackHasRole(data []byte) (bool, error) {
	out, err := cDRAnchor.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInvalidateBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd853fe3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function invalidateBatch(uint256 batchId, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) PackInvalidateBatch(batchId *big.Int, slashRecipient common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("invalidateBatch", batchId, slashRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvalidateBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd853fe3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function invalidateBatch(uint256 batchId, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) TryPackInvalidateBatch(batchId *big.Int, slashRecipient common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("invalidateBatch", batchId, slashRecipient)
}

// UnpackInvalidateBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd853fe3a.
//
// Solidity: function invalidateBatch(uint256 batchId, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) UnpackInvalidateBatch(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("invalidateBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsActiveOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3367cca5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActiveOperator(address operator) view returns(bool)
func (cDRAnchor *CDRAnchor) PackIsActiveOperator(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("isActiveOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActiveOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3367cca5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActiveOperator(address operator) view returns(bool)
func (cDRAnchor *CDRAnchor) TryPackIsActiveOperator(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("isActiveOperator", operator)
}

// UnpackIsActiveOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3367cca5.
//
// Solidity: function isActiveOperator(address operator) view returns(bool)
func (cDRAnchor *CDRAnchor) UnpackIsActiveOperator(data []byte) (bool, error) {
	out, err := cDRAnchor.abi.Unpack("isActiveOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestFinalBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37553d6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestFinalBatch(address operator) view returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) PackLatestFinalBatch(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("latestFinalBatch", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestFinalBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37553d6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestFinalBatch(address operator) view returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) TryPackLatestFinalBatch(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("latestFinalBatch", operator)
}

// UnpackLatestFinalBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37553d6e.
//
// Solidity: function latestFinalBatch(address operator) view returns(uint256 batchId)
func (cDRAnchor *CDRAnchor) UnpackLatestFinalBatch(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("latestFinalBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinBillableSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26e30a97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBillableSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) PackMinBillableSeconds() []byte {
	enc, err := cDRAnchor.abi.Pack("minBillableSeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBillableSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26e30a97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBillableSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) TryPackMinBillableSeconds() ([]byte, error) {
	return cDRAnchor.abi.Pack("minBillableSeconds")
}

// UnpackMinBillableSeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26e30a97.
//
// Solidity: function minBillableSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) UnpackMinBillableSeconds(data []byte) (uint32, error) {
	out, err := cDRAnchor.abi.Unpack("minBillableSeconds", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBond() view returns(uint256)
func (cDRAnchor *CDRAnchor) PackMinBond() []byte {
	enc, err := cDRAnchor.abi.Pack("minBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBond() view returns(uint256)
func (cDRAnchor *CDRAnchor) TryPackMinBond() ([]byte, error) {
	return cDRAnchor.abi.Pack("minBond")
}

// UnpackMinBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackMinBond(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("minBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c246d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256) info)
func (cDRAnchor *CDRAnchor) PackOperatorInfo(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("operatorInfo", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c246d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256) info)
func (cDRAnchor *CDRAnchor) TryPackOperatorInfo(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("operatorInfo", operator)
}

// UnpackOperatorInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50c246d6.
//
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256) info)
func (cDRAnchor *CDRAnchor) UnpackOperatorInfo(data []byte) (CDRAnchorOperatorInfo, error) {
	out, err := cDRAnchor.abi.Unpack("operatorInfo", data)
	if err != nil {
		return *new(CDRAnchorOperatorInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(CDRAnchorOperatorInfo)).(*CDRAnchorOperatorInfo)
	return out0, nil
}

// PackOperatorMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822f99c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorMetadata(address operator) view returns(string)
func (cDRAnchor *CDRAnchor) PackOperatorMetadata(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("operatorMetadata", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822f99c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorMetadata(address operator) view returns(string)
func (cDRAnchor *CDRAnchor) TryPackOperatorMetadata(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("operatorMetadata", operator)
}

// UnpackOperatorMetadata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x822f99c1.
//
// Solidity: function operatorMetadata(address operator) view returns(string)
func (cDRAnchor *CDRAnchor) UnpackOperatorMetadata(data []byte) (string, error) {
	out, err := cDRAnchor.abi.Unpack("operatorMetadata", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa340cf79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paid(address operator) view returns(uint256)
func (cDRAnchor *CDRAnchor) PackPaid(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("paid", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa340cf79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paid(address operator) view returns(uint256)
func (cDRAnchor *CDRAnchor) TryPackPaid(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("paid", operator)
}

// UnpackPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa340cf79.
//
// Solidity: function paid(address operator) view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackPaid(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("paid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32) p)
func (cDRAnchor *CDRAnchor) PackParameters() []byte {
	enc, err := cDRAnchor.abi.Pack("parameters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89035730.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32) p)
func (cDRAnchor *CDRAnchor) TryPackParameters() ([]byte, error) {
	return cDRAnchor.abi.Pack("parameters")
}

// UnpackParameters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89035730.
//
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32) p)
func (cDRAnchor *CDRAnchor) UnpackParameters(data []byte) (CDRAnchorParameters, error) {
	out, err := cDRAnchor.abi.Unpack("parameters", data)
	if err != nil {
		return *new(CDRAnchorParameters), err
	}
	out0 := *abi.ConvertType(out[0], new(CDRAnchorParameters)).(*CDRAnchorParameters)
	return out0, nil
}

// PackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25cb7f2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOperator(uint256 bond, address payout, string metadata) returns()
func (cDRAnchor *CDRAnchor) PackRegisterOperator(bond *big.Int, payout common.Address, metadata string) []byte {
	enc, err := cDRAnchor.abi.Pack("registerOperator", bond, payout, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25cb7f2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerOperator(uint256 bond, address payout, string metadata) returns()
func (cDRAnchor *CDRAnchor) TryPackRegisterOperator(bond *big.Int, payout common.Address, metadata string) ([]byte, error) {
	return cDRAnchor.abi.Pack("registerOperator", bond, payout, metadata)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (cDRAnchor *CDRAnchor) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("renounceRole", role, callerConfirmation)
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
func (cDRAnchor *CDRAnchor) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (cDRAnchor *CDRAnchor) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (cDRAnchor *CDRAnchor) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("requestUnbond", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (cDRAnchor *CDRAnchor) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("revokeRole", role, account)
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
func (cDRAnchor *CDRAnchor) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("revokeRole", role, account)
}

// PackRewardLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fa5acba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardLeaf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) PackRewardLeaf(account common.Address, cumulativeAmount *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("rewardLeaf", account, cumulativeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fa5acba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardLeaf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) TryPackRewardLeaf(account common.Address, cumulativeAmount *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("rewardLeaf", account, cumulativeAmount)
}

// UnpackRewardLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fa5acba.
//
// Solidity: function rewardLeaf(address account, uint256 cumulativeAmount) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) UnpackRewardLeaf(data []byte) ([32]byte, error) {
	out, err := cDRAnchor.abi.Unpack("rewardLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardRate() view returns(uint256)
func (cDRAnchor *CDRAnchor) PackRewardRate() []byte {
	enc, err := cDRAnchor.abi.Pack("rewardRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardRate() view returns(uint256)
func (cDRAnchor *CDRAnchor) TryPackRewardRate() ([]byte, error) {
	return cDRAnchor.abi.Pack("rewardRate")
}

// UnpackRewardRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (cDRAnchor *CDRAnchor) UnpackRewardRate(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("rewardRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e20697c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardSplit() view returns(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner)
func (cDRAnchor *CDRAnchor) PackRewardSplit() []byte {
	enc, err := cDRAnchor.abi.Pack("rewardSplit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e20697c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardSplit() view returns(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner)
func (cDRAnchor *CDRAnchor) TryPackRewardSplit() ([]byte, error) {
	return cDRAnchor.abi.Pack("rewardSplit")
}

// RewardSplitOutput serves as a container for the return parameters of contract
// method RewardSplit.
type RewardSplitOutput struct {
	OrigOperator uint16
	TermOperator uint16
	CallerOwner  uint16
	CalleeOwner  uint16
}

// UnpackRewardSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e20697c.
//
// Solidity: function rewardSplit() view returns(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner)
func (cDRAnchor *CDRAnchor) UnpackRewardSplit(data []byte) (RewardSplitOutput, error) {
	out, err := cDRAnchor.abi.Unpack("rewardSplit", data)
	outstruct := new(RewardSplitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OrigOperator = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.TermOperator = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.CallerOwner = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.CalleeOwner = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallengeWindow(uint64 value) returns()
func (cDRAnchor *CDRAnchor) PackSetChallengeWindow(value uint64) []byte {
	enc, err := cDRAnchor.abi.Pack("setChallengeWindow", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallengeWindow(uint64 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetChallengeWindow(value uint64) ([]byte, error) {
	return cDRAnchor.abi.Pack("setChallengeWindow", value)
}

// PackSetDailyCapSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407a28a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDailyCapSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) PackSetDailyCapSeconds(value uint32) []byte {
	enc, err := cDRAnchor.abi.Pack("setDailyCapSeconds", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDailyCapSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x407a28a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDailyCapSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetDailyCapSeconds(value uint32) ([]byte, error) {
	return cDRAnchor.abi.Pack("setDailyCapSeconds", value)
}

// PackSetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49a1e7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetadata(string metadata) returns()
func (cDRAnchor *CDRAnchor) PackSetMetadata(metadata string) []byte {
	enc, err := cDRAnchor.abi.Pack("setMetadata", metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa49a1e7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetadata(string metadata) returns()
func (cDRAnchor *CDRAnchor) TryPackSetMetadata(metadata string) ([]byte, error) {
	return cDRAnchor.abi.Pack("setMetadata", metadata)
}

// PackSetMinBillableSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53b3dcf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinBillableSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) PackSetMinBillableSeconds(value uint32) []byte {
	enc, err := cDRAnchor.abi.Pack("setMinBillableSeconds", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinBillableSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53b3dcf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinBillableSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetMinBillableSeconds(value uint32) ([]byte, error) {
	return cDRAnchor.abi.Pack("setMinBillableSeconds", value)
}

// PackSetMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6eaae824.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinBond(uint256 value) returns()
func (cDRAnchor *CDRAnchor) PackSetMinBond(value *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("setMinBond", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6eaae824.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinBond(uint256 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetMinBond(value *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("setMinBond", value)
}

// PackSetPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ff39b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayout(address payout) returns()
func (cDRAnchor *CDRAnchor) PackSetPayout(payout common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("setPayout", payout)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ff39b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayout(address payout) returns()
func (cDRAnchor *CDRAnchor) TryPackSetPayout(payout common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("setPayout", payout)
}

// PackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e447fc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRewardRate(uint256 value) returns()
func (cDRAnchor *CDRAnchor) PackSetRewardRate(value *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("setRewardRate", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e447fc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRewardRate(uint256 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetRewardRate(value *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("setRewardRate", value)
}

// PackSetRewardSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed98ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRewardSplit(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner) returns()
func (cDRAnchor *CDRAnchor) PackSetRewardSplit(origOperator uint16, termOperator uint16, callerOwner uint16, calleeOwner uint16) []byte {
	enc, err := cDRAnchor.abi.Pack("setRewardSplit", origOperator, termOperator, callerOwner, calleeOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRewardSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed98ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRewardSplit(uint16 origOperator, uint16 termOperator, uint16 callerOwner, uint16 calleeOwner) returns()
func (cDRAnchor *CDRAnchor) TryPackSetRewardSplit(origOperator uint16, termOperator uint16, callerOwner uint16, calleeOwner uint16) ([]byte, error) {
	return cDRAnchor.abi.Pack("setRewardSplit", origOperator, termOperator, callerOwner, calleeOwner)
}

// PackSetSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x767297da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlashBps(uint16 value) returns()
func (cDRAnchor *CDRAnchor) PackSetSlashBps(value uint16) []byte {
	enc, err := cDRAnchor.abi.Pack("setSlashBps", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x767297da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlashBps(uint16 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetSlashBps(value uint16) ([]byte, error) {
	return cDRAnchor.abi.Pack("setSlashBps", value)
}

// PackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingDelay(uint64 value) returns()
func (cDRAnchor *CDRAnchor) PackSetUnbondingDelay(value uint64) []byte {
	enc, err := cDRAnchor.abi.Pack("setUnbondingDelay", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingDelay(uint64 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetUnbondingDelay(value uint64) ([]byte, error) {
	return cDRAnchor.abi.Pack("setUnbondingDelay", value)
}

// PackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashBps() view returns(uint16)
func (cDRAnchor *CDRAnchor) PackSlashBps() []byte {
	enc, err := cDRAnchor.abi.Pack("slashBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashBps() view returns(uint16)
func (cDRAnchor *CDRAnchor) TryPackSlashBps() ([]byte, error) {
	return cDRAnchor.abi.Pack("slashBps")
}

// UnpackSlashBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (cDRAnchor *CDRAnchor) UnpackSlashBps(data []byte) (uint16, error) {
	out, err := cDRAnchor.abi.Unpack("slashBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (cDRAnchor *CDRAnchor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := cDRAnchor.abi.Pack("supportsInterface", interfaceId)
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
func (cDRAnchor *CDRAnchor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return cDRAnchor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (cDRAnchor *CDRAnchor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := cDRAnchor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSuspendOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe561fb9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspendOperator(address operator, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) PackSuspendOperator(operator common.Address, slashRecipient common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("suspendOperator", operator, slashRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspendOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe561fb9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspendOperator(address operator, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) TryPackSuspendOperator(operator common.Address, slashRecipient common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("suspendOperator", operator, slashRecipient)
}

// UnpackSuspendOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe561fb9c.
//
// Solidity: function suspendOperator(address operator, address slashRecipient) returns(uint256 slashed)
func (cDRAnchor *CDRAnchor) UnpackSuspendOperator(data []byte) (*big.Int, error) {
	out, err := cDRAnchor.abi.Unpack("suspendOperator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (cDRAnchor *CDRAnchor) PackToken() []byte {
	enc, err := cDRAnchor.abi.Pack("token")
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
func (cDRAnchor *CDRAnchor) TryPackToken() ([]byte, error) {
	return cDRAnchor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (cDRAnchor *CDRAnchor) UnpackToken(data []byte) (common.Address, error) {
	out, err := cDRAnchor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (cDRAnchor *CDRAnchor) PackUnbondingDelay() []byte {
	enc, err := cDRAnchor.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (cDRAnchor *CDRAnchor) TryPackUnbondingDelay() ([]byte, error) {
	return cDRAnchor.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (cDRAnchor *CDRAnchor) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := cDRAnchor.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifyCDR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213116c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCDR(uint256 batchId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) PackVerifyCDR(batchId *big.Int, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := cDRAnchor.abi.Pack("verifyCDR", batchId, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCDR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213116c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCDR(uint256 batchId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) TryPackVerifyCDR(batchId *big.Int, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return cDRAnchor.abi.Pack("verifyCDR", batchId, leaf, proof)
}

// UnpackVerifyCDR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213116c.
//
// Solidity: function verifyCDR(uint256 batchId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) UnpackVerifyCDR(data []byte) (bool, error) {
	out, err := cDRAnchor.abi.Unpack("verifyCDR", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27299075.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReward(uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) PackVerifyReward(batchId *big.Int, account common.Address, cumulativeAmount *big.Int, proof [][32]byte) []byte {
	enc, err := cDRAnchor.abi.Pack("verifyReward", batchId, account, cumulativeAmount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27299075.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReward(uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) TryPackVerifyReward(batchId *big.Int, account common.Address, cumulativeAmount *big.Int, proof [][32]byte) ([]byte, error) {
	return cDRAnchor.abi.Pack("verifyReward", batchId, account, cumulativeAmount, proof)
}

// UnpackVerifyReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27299075.
//
// Solidity: function verifyReward(uint256 batchId, address account, uint256 cumulativeAmount, bytes32[] proof) view returns(bool)
func (cDRAnchor *CDRAnchor) UnpackVerifyReward(data []byte) (bool, error) {
	out, err := cDRAnchor.abi.Unpack("verifyReward", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded() returns()
func (cDRAnchor *CDRAnchor) PackWithdrawUnbonded() []byte {
	enc, err := cDRAnchor.abi.Pack("withdrawUnbonded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded() returns()
func (cDRAnchor *CDRAnchor) TryPackWithdrawUnbonded() ([]byte, error) {
	return cDRAnchor.abi.Pack("withdrawUnbonded")
}

// CDRAnchorBatchAnchored represents a BatchAnchored event raised by the CDRAnchor contract.
type CDRAnchorBatchAnchored struct {
	BatchId         *big.Int
	Operator        common.Address
	CdrRoot         [32]byte
	Cid             []byte
	CdrCount        uint64
	BillableSeconds uint64
	FirstSeq        uint64
	LastSeq         uint64
	RewardsRoot     [32]byte
	RewardsTotal    *big.Int
	PrevBatchId     *big.Int
	FinalAt         uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchAnchoredEventName = "BatchAnchored"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchAnchored) ContractEventName() string {
	return CDRAnchorBatchAnchoredEventName
}

// UnpackBatchAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAnchored(uint256 indexed batchId, address indexed operator, bytes32 indexed cdrRoot, bytes cid, uint64 cdrCount, uint64 billableSeconds, uint64 firstSeq, uint64 lastSeq, bytes32 rewardsRoot, uint256 rewardsTotal, uint256 prevBatchId, uint64 finalAt)
func (cDRAnchor *CDRAnchor) UnpackBatchAnchoredEvent(log *types.Log) (*CDRAnchorBatchAnchored, error) {
	event := "BatchAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBatchAnchored)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorBatchInvalidated represents a BatchInvalidated event raised by the CDRAnchor contract.
type CDRAnchorBatchInvalidated struct {
	BatchId                *big.Int
	Operator               common.Address
	LastInvalidatedBatchId *big.Int
	TipBatchId             *big.Int
	TipSeq                 uint64
	TipRewardsTotal        *big.Int
	Raw                    *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchInvalidatedEventName = "BatchInvalidated"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchInvalidated) ContractEventName() string {
	return CDRAnchorBatchInvalidatedEventName
}

// UnpackBatchInvalidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchInvalidated(uint256 indexed batchId, address indexed operator, uint256 lastInvalidatedBatchId, uint256 tipBatchId, uint64 tipSeq, uint256 tipRewardsTotal)
func (cDRAnchor *CDRAnchor) UnpackBatchInvalidatedEvent(log *types.Log) (*CDRAnchorBatchInvalidated, error) {
	event := "BatchInvalidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBatchInvalidated)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorBondAdded represents a BondAdded event raised by the CDRAnchor contract.
type CDRAnchorBondAdded struct {
	Operator common.Address
	Amount   *big.Int
	Bond     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBondAddedEventName = "BondAdded"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBondAdded) ContractEventName() string {
	return CDRAnchorBondAddedEventName
}

// UnpackBondAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondAdded(address indexed operator, uint256 amount, uint256 bond)
func (cDRAnchor *CDRAnchor) UnpackBondAddedEvent(log *types.Log) (*CDRAnchorBondAdded, error) {
	event := "BondAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBondAdded)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorBondWithdrawn represents a BondWithdrawn event raised by the CDRAnchor contract.
type CDRAnchorBondWithdrawn struct {
	Operator common.Address
	To       common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBondWithdrawnEventName = "BondWithdrawn"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBondWithdrawn) ContractEventName() string {
	return CDRAnchorBondWithdrawnEventName
}

// UnpackBondWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondWithdrawn(address indexed operator, address indexed to, uint256 amount)
func (cDRAnchor *CDRAnchor) UnpackBondWithdrawnEvent(log *types.Log) (*CDRAnchorBondWithdrawn, error) {
	event := "BondWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBondWithdrawn)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorMetadataSet represents a MetadataSet event raised by the CDRAnchor contract.
type CDRAnchorMetadataSet struct {
	Operator common.Address
	Metadata string
	Raw      *types.Log // Blockchain specific contextual infos
}

const CDRAnchorMetadataSetEventName = "MetadataSet"

// ContractEventName returns the user-defined event name.
func (CDRAnchorMetadataSet) ContractEventName() string {
	return CDRAnchorMetadataSetEventName
}

// UnpackMetadataSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataSet(address indexed operator, string metadata)
func (cDRAnchor *CDRAnchor) UnpackMetadataSetEvent(log *types.Log) (*CDRAnchorMetadataSet, error) {
	event := "MetadataSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorMetadataSet)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorOperatorRegistered represents a OperatorRegistered event raised by the CDRAnchor contract.
type CDRAnchorOperatorRegistered struct {
	Operator common.Address
	Payout   common.Address
	Bond     *big.Int
	Metadata string
	Raw      *types.Log // Blockchain specific contextual infos
}

const CDRAnchorOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (CDRAnchorOperatorRegistered) ContractEventName() string {
	return CDRAnchorOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(address indexed operator, address indexed payout, uint256 bond, string metadata)
func (cDRAnchor *CDRAnchor) UnpackOperatorRegisteredEvent(log *types.Log) (*CDRAnchorOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorOperatorRegistered)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorOperatorSlashed represents a OperatorSlashed event raised by the CDRAnchor contract.
type CDRAnchorOperatorSlashed struct {
	Operator  common.Address
	Recipient common.Address
	Amount    *big.Int
	Bond      *big.Int
	Unbonding *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CDRAnchorOperatorSlashedEventName = "OperatorSlashed"

// ContractEventName returns the user-defined event name.
func (CDRAnchorOperatorSlashed) ContractEventName() string {
	return CDRAnchorOperatorSlashedEventName
}

// UnpackOperatorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSlashed(address indexed operator, address indexed recipient, uint256 amount, uint256 bond, uint256 unbonding)
func (cDRAnchor *CDRAnchor) UnpackOperatorSlashedEvent(log *types.Log) (*CDRAnchorOperatorSlashed, error) {
	event := "OperatorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorOperatorSlashed)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorOperatorSuspended represents a OperatorSuspended event raised by the CDRAnchor contract.
type CDRAnchorOperatorSuspended struct {
	Operator  common.Address
	Recipient common.Address
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CDRAnchorOperatorSuspendedEventName = "OperatorSuspended"

// ContractEventName returns the user-defined event name.
func (CDRAnchorOperatorSuspended) ContractEventName() string {
	return CDRAnchorOperatorSuspendedEventName
}

// UnpackOperatorSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSuspended(address indexed operator, address indexed recipient, uint256 slashed)
func (cDRAnchor *CDRAnchor) UnpackOperatorSuspendedEvent(log *types.Log) (*CDRAnchorOperatorSuspended, error) {
	event := "OperatorSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorOperatorSuspended)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorParametersSet represents a ParametersSet event raised by the CDRAnchor contract.
type CDRAnchorParametersSet struct {
	Params CDRAnchorParameters
	Raw    *types.Log // Blockchain specific contextual infos
}

const CDRAnchorParametersSetEventName = "ParametersSet"

// ContractEventName returns the user-defined event name.
func (CDRAnchorParametersSet) ContractEventName() string {
	return CDRAnchorParametersSetEventName
}

// UnpackParametersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParametersSet((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32) params)
func (cDRAnchor *CDRAnchor) UnpackParametersSetEvent(log *types.Log) (*CDRAnchorParametersSet, error) {
	event := "ParametersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorParametersSet)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorPayoutSet represents a PayoutSet event raised by the CDRAnchor contract.
type CDRAnchorPayoutSet struct {
	Operator common.Address
	Payout   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const CDRAnchorPayoutSetEventName = "PayoutSet"

// ContractEventName returns the user-defined event name.
func (CDRAnchorPayoutSet) ContractEventName() string {
	return CDRAnchorPayoutSetEventName
}

// UnpackPayoutSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutSet(address indexed operator, address indexed payout)
func (cDRAnchor *CDRAnchor) UnpackPayoutSetEvent(log *types.Log) (*CDRAnchorPayoutSet, error) {
	event := "PayoutSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorPayoutSet)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorRewardClaimed represents a RewardClaimed event raised by the CDRAnchor contract.
type CDRAnchorRewardClaimed struct {
	Operator         common.Address
	BatchId          *big.Int
	Account          common.Address
	Amount           *big.Int
	CumulativeAmount *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const CDRAnchorRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (CDRAnchorRewardClaimed) ContractEventName() string {
	return CDRAnchorRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(address indexed operator, uint256 indexed batchId, address indexed account, uint256 amount, uint256 cumulativeAmount)
func (cDRAnchor *CDRAnchor) UnpackRewardClaimedEvent(log *types.Log) (*CDRAnchorRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorRewardClaimed)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorRoleAdminChanged represents a RoleAdminChanged event raised by the CDRAnchor contract.
type CDRAnchorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CDRAnchorRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CDRAnchorRoleAdminChanged) ContractEventName() string {
	return CDRAnchorRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (cDRAnchor *CDRAnchor) UnpackRoleAdminChangedEvent(log *types.Log) (*CDRAnchorRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorRoleGranted represents a RoleGranted event raised by the CDRAnchor contract.
type CDRAnchorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CDRAnchorRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CDRAnchorRoleGranted) ContractEventName() string {
	return CDRAnchorRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (cDRAnchor *CDRAnchor) UnpackRoleGrantedEvent(log *types.Log) (*CDRAnchorRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorRoleGranted)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorRoleRevoked represents a RoleRevoked event raised by the CDRAnchor contract.
type CDRAnchorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CDRAnchorRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CDRAnchorRoleRevoked) ContractEventName() string {
	return CDRAnchorRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (cDRAnchor *CDRAnchor) UnpackRoleRevokedEvent(log *types.Log) (*CDRAnchorRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorRoleRevoked)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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

// CDRAnchorUnbondRequested represents a UnbondRequested event raised by the CDRAnchor contract.
type CDRAnchorUnbondRequested struct {
	Operator  common.Address
	Amount    *big.Int
	Bond      *big.Int
	Unbonding *big.Int
	UnbondAt  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const CDRAnchorUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (CDRAnchorUnbondRequested) ContractEventName() string {
	return CDRAnchorUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed operator, uint256 amount, uint256 bond, uint256 unbonding, uint64 unbondAt)
func (cDRAnchor *CDRAnchor) UnpackUnbondRequestedEvent(log *types.Log) (*CDRAnchorUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorUnbondRequested)
	if len(log.Data) > 0 {
		if err := cDRAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cDRAnchor.abi.Events[event].Inputs {
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
func (cDRAnchor *CDRAnchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BatchNotClaimable"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBatchNotClaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BatchNotPending"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBatchNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BondBelowMinimum"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBondBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["CountTooLarge"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackCountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["EmptyCid"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackEmptyCidError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ExceedsDeclaredTotal"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackExceedsDeclaredTotalError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["InsufficientBond"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackInsufficientBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["InvalidBps"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackInvalidBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["InvalidSplit"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackInvalidSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["NotNewestFinalBatch"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackNotNewestFinalBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["OperatorNotActive"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackOperatorNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["RewardsGrowthTooLarge"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackRewardsGrowthTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["RewardsTotalDecreased"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackRewardsTotalDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["SeqGap"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackSeqGapError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["SeqRangeMismatch"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackSeqRangeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["TooManyInvalidations"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackTooManyInvalidationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["UnbondingNotDue"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackUnbondingNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["WrongOperator"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackWrongOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackZeroCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ZeroRewardsRoot"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackZeroRewardsRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CDRAnchorAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CDRAnchor contract.
type CDRAnchorAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CDRAnchorAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (cDRAnchor *CDRAnchor) UnpackAccessControlBadConfirmationError(raw []byte) (*CDRAnchorAccessControlBadConfirmation, error) {
	out := new(CDRAnchorAccessControlBadConfirmation)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CDRAnchor contract.
type CDRAnchorAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CDRAnchorAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (cDRAnchor *CDRAnchor) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CDRAnchorAccessControlUnauthorizedAccount, error) {
	out := new(CDRAnchorAccessControlUnauthorizedAccount)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorAlreadyRegistered represents a AlreadyRegistered error raised by the CDRAnchor contract.
type CDRAnchorAlreadyRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address operator)
func CDRAnchorAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address operator)
func (cDRAnchor *CDRAnchor) UnpackAlreadyRegisteredError(raw []byte) (*CDRAnchorAlreadyRegistered, error) {
	out := new(CDRAnchorAlreadyRegistered)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorBatchNotClaimable represents a BatchNotClaimable error raised by the CDRAnchor contract.
type CDRAnchorBatchNotClaimable struct {
	BatchId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotClaimable(uint256 batchId, uint8 state)
func CDRAnchorBatchNotClaimableErrorID() common.Hash {
	return common.HexToHash("0xce68248400eb9fa810f5b64ea58c4be8ca728e259ebf177df124353daab72e39")
}

// UnpackBatchNotClaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotClaimable(uint256 batchId, uint8 state)
func (cDRAnchor *CDRAnchor) UnpackBatchNotClaimableError(raw []byte) (*CDRAnchorBatchNotClaimable, error) {
	out := new(CDRAnchorBatchNotClaimable)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "BatchNotClaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorBatchNotPending represents a BatchNotPending error raised by the CDRAnchor contract.
type CDRAnchorBatchNotPending struct {
	BatchId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotPending(uint256 batchId, uint8 state)
func CDRAnchorBatchNotPendingErrorID() common.Hash {
	return common.HexToHash("0xa2031de5c35265e818f10a8868adb3b7d4bd5a82c1a26854a74cbbc6d9f4d5ee")
}

// UnpackBatchNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotPending(uint256 batchId, uint8 state)
func (cDRAnchor *CDRAnchor) UnpackBatchNotPendingError(raw []byte) (*CDRAnchorBatchNotPending, error) {
	out := new(CDRAnchorBatchNotPending)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "BatchNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorBondBelowMinimum represents a BondBelowMinimum error raised by the CDRAnchor contract.
type CDRAnchorBondBelowMinimum struct {
	Bond    *big.Int
	MinBond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondBelowMinimum(uint256 bond, uint256 minBond)
func CDRAnchorBondBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x3455212ae852a2c6e45fb9d75cc669c78755ce566c392eb0b3c4eaaa95c21b5a")
}

// UnpackBondBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondBelowMinimum(uint256 bond, uint256 minBond)
func (cDRAnchor *CDRAnchor) UnpackBondBelowMinimumError(raw []byte) (*CDRAnchorBondBelowMinimum, error) {
	out := new(CDRAnchorBondBelowMinimum)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "BondBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorCountTooLarge represents a CountTooLarge error raised by the CDRAnchor contract.
type CDRAnchorCountTooLarge struct {
	CdrCount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountTooLarge(uint64 cdrCount)
func CDRAnchorCountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x9183bebeebd54eedbc87f7833194ef57c2c9a2c62003c0df615b695f3d9fc37c")
}

// UnpackCountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountTooLarge(uint64 cdrCount)
func (cDRAnchor *CDRAnchor) UnpackCountTooLargeError(raw []byte) (*CDRAnchorCountTooLarge, error) {
	out := new(CDRAnchorCountTooLarge)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "CountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorEmptyCid represents a EmptyCid error raised by the CDRAnchor contract.
type CDRAnchorEmptyCid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCid()
func CDRAnchorEmptyCidErrorID() common.Hash {
	return common.HexToHash("0x6d9118639b65fd04ffbb221c92bd5ea8e5651a1b2f629809f5988f3b5477caed")
}

// UnpackEmptyCidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCid()
func (cDRAnchor *CDRAnchor) UnpackEmptyCidError(raw []byte) (*CDRAnchorEmptyCid, error) {
	out := new(CDRAnchorEmptyCid)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "EmptyCid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorExceedsDeclaredTotal represents a ExceedsDeclaredTotal error raised by the CDRAnchor contract.
type CDRAnchorExceedsDeclaredTotal struct {
	Paid         *big.Int
	RewardsTotal *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal)
func CDRAnchorExceedsDeclaredTotalErrorID() common.Hash {
	return common.HexToHash("0x2278f90ef2f584bc3c7858519b9458b71b905d826a739c366e4b689713273772")
}

// UnpackExceedsDeclaredTotalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal)
func (cDRAnchor *CDRAnchor) UnpackExceedsDeclaredTotalError(raw []byte) (*CDRAnchorExceedsDeclaredTotal, error) {
	out := new(CDRAnchorExceedsDeclaredTotal)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ExceedsDeclaredTotal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorInsufficientBond represents a InsufficientBond error raised by the CDRAnchor contract.
type CDRAnchorInsufficientBond struct {
	Requested *big.Int
	Bond      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBond(uint256 requested, uint256 bond)
func CDRAnchorInsufficientBondErrorID() common.Hash {
	return common.HexToHash("0x44d4caf750ea74407547ceb252d1c72d961f5025a7b3473fac9b354f227e0fd6")
}

// UnpackInsufficientBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBond(uint256 requested, uint256 bond)
func (cDRAnchor *CDRAnchor) UnpackInsufficientBondError(raw []byte) (*CDRAnchorInsufficientBond, error) {
	out := new(CDRAnchorInsufficientBond)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "InsufficientBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorInvalidBps represents a InvalidBps error raised by the CDRAnchor contract.
type CDRAnchorInvalidBps struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBps(uint256 bps)
func CDRAnchorInvalidBpsErrorID() common.Hash {
	return common.HexToHash("0x2e109e9f00862999669382e7e3f38f30b422dc97eac52488dfae733e178248e4")
}

// UnpackInvalidBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBps(uint256 bps)
func (cDRAnchor *CDRAnchor) UnpackInvalidBpsError(raw []byte) (*CDRAnchorInvalidBps, error) {
	out := new(CDRAnchorInvalidBps)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "InvalidBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorInvalidProof represents a InvalidProof error raised by the CDRAnchor contract.
type CDRAnchorInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func CDRAnchorInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (cDRAnchor *CDRAnchor) UnpackInvalidProofError(raw []byte) (*CDRAnchorInvalidProof, error) {
	out := new(CDRAnchorInvalidProof)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorInvalidSplit represents a InvalidSplit error raised by the CDRAnchor contract.
type CDRAnchorInvalidSplit struct {
	Sum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSplit(uint256 sum)
func CDRAnchorInvalidSplitErrorID() common.Hash {
	return common.HexToHash("0x919cde0271522eb88ba38c12caaa8e6da0c6939af114959ff05de6d3f4d2e77b")
}

// UnpackInvalidSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSplit(uint256 sum)
func (cDRAnchor *CDRAnchor) UnpackInvalidSplitError(raw []byte) (*CDRAnchorInvalidSplit, error) {
	out := new(CDRAnchorInvalidSplit)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "InvalidSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorNotNewestFinalBatch represents a NotNewestFinalBatch error raised by the CDRAnchor contract.
type CDRAnchorNotNewestFinalBatch struct {
	BatchId      *big.Int
	NewerBatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNewestFinalBatch(uint256 batchId, uint256 newerBatchId)
func CDRAnchorNotNewestFinalBatchErrorID() common.Hash {
	return common.HexToHash("0x31a3103e48b22120bf22913e78242719fcc6958e4b876165130a1c10a0e645eb")
}

// UnpackNotNewestFinalBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNewestFinalBatch(uint256 batchId, uint256 newerBatchId)
func (cDRAnchor *CDRAnchor) UnpackNotNewestFinalBatchError(raw []byte) (*CDRAnchorNotNewestFinalBatch, error) {
	out := new(CDRAnchorNotNewestFinalBatch)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NotNewestFinalBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorNotRegistered represents a NotRegistered error raised by the CDRAnchor contract.
type CDRAnchorNotRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address operator)
func CDRAnchorNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address operator)
func (cDRAnchor *CDRAnchor) UnpackNotRegisteredError(raw []byte) (*CDRAnchorNotRegistered, error) {
	out := new(CDRAnchorNotRegistered)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorNothingToClaim represents a NothingToClaim error raised by the CDRAnchor contract.
type CDRAnchorNothingToClaim struct {
	CumulativeAmount *big.Int
	Claimed          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 cumulativeAmount, uint256 claimed)
func CDRAnchorNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xdb2e10631d2ee9e0602c2e26b86d79587d1b8bf71115b9c2ddeb9d165f8215a4")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 cumulativeAmount, uint256 claimed)
func (cDRAnchor *CDRAnchor) UnpackNothingToClaimError(raw []byte) (*CDRAnchorNothingToClaim, error) {
	out := new(CDRAnchorNothingToClaim)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorNothingToWithdraw represents a NothingToWithdraw error raised by the CDRAnchor contract.
type CDRAnchorNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func CDRAnchorNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (cDRAnchor *CDRAnchor) UnpackNothingToWithdrawError(raw []byte) (*CDRAnchorNothingToWithdraw, error) {
	out := new(CDRAnchorNothingToWithdraw)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorOperatorNotActive represents a OperatorNotActive error raised by the CDRAnchor contract.
type CDRAnchorOperatorNotActive struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorNotActive(address operator)
func CDRAnchorOperatorNotActiveErrorID() common.Hash {
	return common.HexToHash("0xe356d5aad74a71afce3cc3233fa1d417416e8011f3a9da26a7bfbb22754a5443")
}

// UnpackOperatorNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorNotActive(address operator)
func (cDRAnchor *CDRAnchor) UnpackOperatorNotActiveError(raw []byte) (*CDRAnchorOperatorNotActive, error) {
	out := new(CDRAnchorOperatorNotActive)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "OperatorNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the CDRAnchor contract.
type CDRAnchorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func CDRAnchorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (cDRAnchor *CDRAnchor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*CDRAnchorReentrancyGuardReentrantCall, error) {
	out := new(CDRAnchorReentrancyGuardReentrantCall)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorRewardsGrowthTooLarge represents a RewardsGrowthTooLarge error raised by the CDRAnchor contract.
type CDRAnchorRewardsGrowthTooLarge struct {
	Increase    *big.Int
	MaxIncrease *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardsGrowthTooLarge(uint256 increase, uint256 maxIncrease)
func CDRAnchorRewardsGrowthTooLargeErrorID() common.Hash {
	return common.HexToHash("0xfe55c0f3ec980d801c02a80dd10a169d2fb5595efd08dfe9f00040664bc9d150")
}

// UnpackRewardsGrowthTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardsGrowthTooLarge(uint256 increase, uint256 maxIncrease)
func (cDRAnchor *CDRAnchor) UnpackRewardsGrowthTooLargeError(raw []byte) (*CDRAnchorRewardsGrowthTooLarge, error) {
	out := new(CDRAnchorRewardsGrowthTooLarge)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "RewardsGrowthTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorRewardsTotalDecreased represents a RewardsTotalDecreased error raised by the CDRAnchor contract.
type CDRAnchorRewardsTotalDecreased struct {
	PreviousTotal *big.Int
	RewardsTotal  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardsTotalDecreased(uint256 previousTotal, uint256 rewardsTotal)
func CDRAnchorRewardsTotalDecreasedErrorID() common.Hash {
	return common.HexToHash("0xaf29db11d2057ed2ccaf929c999f9b972e9f2ee023b5f1f7b44b74ec76cf98be")
}

// UnpackRewardsTotalDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardsTotalDecreased(uint256 previousTotal, uint256 rewardsTotal)
func (cDRAnchor *CDRAnchor) UnpackRewardsTotalDecreasedError(raw []byte) (*CDRAnchorRewardsTotalDecreased, error) {
	out := new(CDRAnchorRewardsTotalDecreased)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "RewardsTotalDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CDRAnchor contract.
type CDRAnchorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CDRAnchorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (cDRAnchor *CDRAnchor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CDRAnchorSafeCastOverflowedUintDowncast, error) {
	out := new(CDRAnchorSafeCastOverflowedUintDowncast)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CDRAnchor contract.
type CDRAnchorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CDRAnchorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (cDRAnchor *CDRAnchor) UnpackSafeERC20FailedOperationError(raw []byte) (*CDRAnchorSafeERC20FailedOperation, error) {
	out := new(CDRAnchorSafeERC20FailedOperation)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorSeqGap represents a SeqGap error raised by the CDRAnchor contract.
type CDRAnchorSeqGap struct {
	ExpectedFirstSeq uint64
	FirstSeq         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeqGap(uint64 expectedFirstSeq, uint64 firstSeq)
func CDRAnchorSeqGapErrorID() common.Hash {
	return common.HexToHash("0x0a8a3695022b906f77360bc3436b19bafdb5fc0a387a52bc579d1bed3a53904d")
}

// UnpackSeqGapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeqGap(uint64 expectedFirstSeq, uint64 firstSeq)
func (cDRAnchor *CDRAnchor) UnpackSeqGapError(raw []byte) (*CDRAnchorSeqGap, error) {
	out := new(CDRAnchorSeqGap)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "SeqGap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorSeqRangeMismatch represents a SeqRangeMismatch error raised by the CDRAnchor contract.
type CDRAnchorSeqRangeMismatch struct {
	FirstSeq uint64
	LastSeq  uint64
	CdrCount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeqRangeMismatch(uint64 firstSeq, uint64 lastSeq, uint64 cdrCount)
func CDRAnchorSeqRangeMismatchErrorID() common.Hash {
	return common.HexToHash("0x07eaecb0683927e44ab0119287de00873e7221c4ab27768c541ac36e631063eb")
}

// UnpackSeqRangeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeqRangeMismatch(uint64 firstSeq, uint64 lastSeq, uint64 cdrCount)
func (cDRAnchor *CDRAnchor) UnpackSeqRangeMismatchError(raw []byte) (*CDRAnchorSeqRangeMismatch, error) {
	out := new(CDRAnchorSeqRangeMismatch)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "SeqRangeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorTooManyInvalidations represents a TooManyInvalidations error raised by the CDRAnchor contract.
type CDRAnchorTooManyInvalidations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyInvalidations()
func CDRAnchorTooManyInvalidationsErrorID() common.Hash {
	return common.HexToHash("0x6f72d8ee3ef057730da2214321c37db04c755f71ea965bb6d2340a1f1e2e7639")
}

// UnpackTooManyInvalidationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyInvalidations()
func (cDRAnchor *CDRAnchor) UnpackTooManyInvalidationsError(raw []byte) (*CDRAnchorTooManyInvalidations, error) {
	out := new(CDRAnchorTooManyInvalidations)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "TooManyInvalidations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorUnbondingNotDue represents a UnbondingNotDue error raised by the CDRAnchor contract.
type CDRAnchorUnbondingNotDue struct {
	UnbondAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotDue(uint64 unbondAt)
func CDRAnchorUnbondingNotDueErrorID() common.Hash {
	return common.HexToHash("0xfc470acc5f6889ee6d5c2ef68dcc62cf05b6b0768d4bccc91afc73658262db8c")
}

// UnpackUnbondingNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotDue(uint64 unbondAt)
func (cDRAnchor *CDRAnchor) UnpackUnbondingNotDueError(raw []byte) (*CDRAnchorUnbondingNotDue, error) {
	out := new(CDRAnchorUnbondingNotDue)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "UnbondingNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorUnknownBatch represents a UnknownBatch error raised by the CDRAnchor contract.
type CDRAnchorUnknownBatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint256 batchId)
func CDRAnchorUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x4392ee6a277b6a3f727911895d8c530bb19e11ffc893c9dfe3b57d6fde293d28")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint256 batchId)
func (cDRAnchor *CDRAnchor) UnpackUnknownBatchError(raw []byte) (*CDRAnchorUnknownBatch, error) {
	out := new(CDRAnchorUnknownBatch)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorValueTooLarge represents a ValueTooLarge error raised by the CDRAnchor contract.
type CDRAnchorValueTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func CDRAnchorValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x280b172ca53e20bb4a0ad96a42060f5f5e423bb4490f277df4246e71c3fb1a06")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value, uint256 max)
func (cDRAnchor *CDRAnchor) UnpackValueTooLargeError(raw []byte) (*CDRAnchorValueTooLarge, error) {
	out := new(CDRAnchorValueTooLarge)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorWrongOperator represents a WrongOperator error raised by the CDRAnchor contract.
type CDRAnchorWrongOperator struct {
	BatchId  *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperator(uint256 batchId, address operator)
func CDRAnchorWrongOperatorErrorID() common.Hash {
	return common.HexToHash("0x188543a465e39fc31716fb9514758aa3a3dc801238e6f4db5a4922886c19cd39")
}

// UnpackWrongOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperator(uint256 batchId, address operator)
func (cDRAnchor *CDRAnchor) UnpackWrongOperatorError(raw []byte) (*CDRAnchorWrongOperator, error) {
	out := new(CDRAnchorWrongOperator)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "WrongOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorZeroAddress represents a ZeroAddress error raised by the CDRAnchor contract.
type CDRAnchorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CDRAnchorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (cDRAnchor *CDRAnchor) UnpackZeroAddressError(raw []byte) (*CDRAnchorZeroAddress, error) {
	out := new(CDRAnchorZeroAddress)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorZeroAmount represents a ZeroAmount error raised by the CDRAnchor contract.
type CDRAnchorZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func CDRAnchorZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (cDRAnchor *CDRAnchor) UnpackZeroAmountError(raw []byte) (*CDRAnchorZeroAmount, error) {
	out := new(CDRAnchorZeroAmount)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorZeroCount represents a ZeroCount error raised by the CDRAnchor contract.
type CDRAnchorZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func CDRAnchorZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (cDRAnchor *CDRAnchor) UnpackZeroCountError(raw []byte) (*CDRAnchorZeroCount, error) {
	out := new(CDRAnchorZeroCount)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorZeroRewardsRoot represents a ZeroRewardsRoot error raised by the CDRAnchor contract.
type CDRAnchorZeroRewardsRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRewardsRoot()
func CDRAnchorZeroRewardsRootErrorID() common.Hash {
	return common.HexToHash("0xd995afaa23a0ae37be65fceb6bf7c86d5264d36a5ae7b167d536636cea881cbc")
}

// UnpackZeroRewardsRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRewardsRoot()
func (cDRAnchor *CDRAnchor) UnpackZeroRewardsRootError(raw []byte) (*CDRAnchorZeroRewardsRoot, error) {
	out := new(CDRAnchorZeroRewardsRoot)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ZeroRewardsRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorZeroRoot represents a ZeroRoot error raised by the CDRAnchor contract.
type CDRAnchorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func CDRAnchorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (cDRAnchor *CDRAnchor) UnpackZeroRootError(raw []byte) (*CDRAnchorZeroRoot, error) {
	out := new(CDRAnchorZeroRoot)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
