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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DISPUTE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addBond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.BatchInfo\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"prevRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"nextBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchState\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cdrLeaf\",\"inputs\":[{\"name\":\"c\",\"type\":\"tuple\",\"internalType\":\"structCDRLeaf.CDR\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"callId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"calleeCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"setupTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sipStatus\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"q850Cause\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"origOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"termOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"mos\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challengeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimMany\",\"inputs\":[{\"name\":\"claims\",\"type\":\"tuple[]\",\"internalType\":\"structCDRAnchor.Claim[]\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dailyCapSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"freezeBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freezeOf\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"freezes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"frozenFromSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"invalidateBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActiveOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestFinalBatch\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBillableSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBond\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorInfo\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.OperatorInfo\",\"components\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumCDRAnchor.Status\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorMetadata\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paid\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"parameters\",\"inputs\":[],\"outputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerOperator\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnbond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardLeaf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"rewardRate\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardSplit\",\"inputs\":[],\"outputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChallengeWindow\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDailyCapSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadata\",\"inputs\":[{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBillableSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBond\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPayout\",\"inputs\":[{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardRate\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardSplit\",\"inputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashBps\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"suspendOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unfreezeBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyCDR\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyReward\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawUnbonded\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchAnchored\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchFrozen\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"freezes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"frozenFromSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchInvalidated\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"lastInvalidatedBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"tipRewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchUnfrozen\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"freezes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"frozenFromSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondAdded\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondWithdrawn\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MetadataSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSuspended\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardClaimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondRequested\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BatchNotClaimable\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BatchNotPending\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BondBelowMinimum\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"CountTooLarge\",\"inputs\":[{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EmptyCid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExceedsDeclaredTotal\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientBond\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSplit\",\"inputs\":[{\"name\":\"sum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotFrozen\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotNewestFinalBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newerBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OperatorNotActive\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardsGrowthTooLarge\",\"inputs\":[{\"name\":\"increase\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RewardsTotalDecreased\",\"inputs\":[{\"name\":\"previousTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SeqGap\",\"inputs\":[{\"name\":\"expectedFirstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SeqRangeMismatch\",\"inputs\":[{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TooManyInvalidations\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnbondingNotDue\",\"inputs\":[{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ValueTooLarge\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongOperator\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroCount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRewardsRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "CDRAnchor",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051614dfb380380614dfb83398101604081905261002e91610567565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381166080526100805f836104a3565b506100ab7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55836104a3565b506040805160808082018352683635c9adc5dea00000825266038d7ea4c680006020808401919091525f83850152610e106060938401527e0e1000000000000000000000038d7ea4c680000000003635c9adc5dea0000060015583516101008101855262093a808152611388918101919091526109c4938101849052918201839052810182905260a0810191909152600660c082015261384060e090910152600280546001600160b01b0319167338400000000609c409c409c409c4138800093a801790557fdbd21418eb12a7897ec8e19eecbf1048b0a7829f93ea88cd4861c2dcbeac45ce61048760408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525f60016040518060800160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020015f8201601d9054906101000a900462ffffff1662ffffff1662ffffff168152505090505f6002604051806101000160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900461ffff1661ffff1661ffff1681526020015f820160069054906101000a900461ffff1661ffff1661ffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050604051806101600160405280835f01516001600160601b03168152602001825f015163ffffffff166001600160401b03168152602001836060015162ffffff166001600160401b03168152602001826020015161ffff16815260200183602001516001600160601b03168152602001826040015161ffff168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015163ffffffff1681526020018260e0015163ffffffff168152509250505090565b6040516104949190610598565b60405180910390a1505061068c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610543575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104fb3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610546565b505f5b92915050565b80516001600160a01b0381168114610562575f5ffd5b919050565b5f5f60408385031215610578575f5ffd5b6105818361054c565b915061058f6020840161054c565b90509250929050565b815181526020808301516101608301916105bc908401826001600160401b03169052565b5060408301516105d760408401826001600160401b03169052565b5060608301516105ed606084018261ffff169052565b506080830151608083015260a083015161060d60a084018261ffff169052565b5060c083015161062360c084018261ffff169052565b5060e083015161063960e084018261ffff169052565b5061010083015161065161010084018261ffff169052565b5061012083015161066b61012084018263ffffffff169052565b5061014083015161068561014084018263ffffffff169052565b5092915050565b6080516147346106c75f395f818161092401528181610f07015281816112d10152818161178a01528181612ebf015261342b01526147345ff3fe608060405234801561000f575f5ffd5b506004361061034d575f3560e01c80636eaae824116101c9578063a3ff39b2116100fe578063d547741f1161009e578063db7dd35a11610079578063db7dd35a146108eb578063e561fb9c146108f9578063f6ed98ea1461090c578063fc0c546a1461091f575f5ffd5b8063d547741f146108b2578063d853fe3a146108c5578063da75c01e146108d8575f5ffd5b8063ccc57490116100d9578063ccc5749014610804578063cd4217c114610818578063d213116c1461087f578063d35ab46814610892575f5ffd5b8063a3ff39b2146107c9578063a49a1e7d146107dc578063a95494ce146107ef575f5ffd5b806389035730116101695780639933e209116101445780639933e209146107685780639e447fc61461077b578063a217fddf1461078e578063a340cf7914610795575f5ffd5b8063890357301461072d57806391d148541461074257806398d1f37114610755575f5ffd5b806380a5197e116101a457806380a5197e146106c1578063822f99c1146106d4578063831518b7146106f4578063861a141214610705575f5ffd5b80636eaae82414610683578063767297da146106965780637b0a47ee146106a9575f5ffd5b8063272990751161029f578063407a28a81161023f57806350c246d61161021a57806350c246d61461063557806353b3dcf11461065557806354f63b14146106685780636e373bef1461067b575f5ffd5b8063407a28a8146105fc578063429e03b21461060f5780634b8d24b014610622575f5ffd5b80633367cca51161027a5780633367cca5146104ff57806336568abe1461051257806337553d6e146105255780633e20697c14610538575f5ffd5b806327299075146104c65780632f2ff15d146104d95780632fa5acba146104ec575f5ffd5b806312d18ed61161030a578063248a9ca3116102e5578063248a9ca314610462578063249d39e91461048457806325cb7f2c1461048d57806326e30a97146104a0575f5ffd5b806312d18ed61461042657806314f3749614610439578063193def7c1461044e575f5ffd5b806301ffc9a7146103515780630681e6511461037957806306f130561461039b5780630c9cbf0e146103bb5780630eaa75fe146103f3578063100621a814610413575b5f5ffd5b61036461035f3660046138aa565b61095e565b60405190151581526020015b60405180910390f35b600254640100000000900461ffff1660405161ffff9091168152602001610370565b600154600160c01b900464ffffffffff165b604051908152602001610370565b6103ad6103c93660046138e7565b6001600160a01b039182165f90815260066020908152604080832093909416825291909152205490565b610406610401366004613918565b610994565b6040516103709190613957565b6103ad610421366004613a2b565b610ba7565b6103ad610434366004613a8c565b610bbf565b61044c610447366004613918565b610bea565b005b6103ad5f5160206146df5f395f51905f5281565b6103ad610470366004613918565b5f9081526020819052604090206001015490565b6103ad61271081565b61044c61049b366004613b3b565b610d73565b600254600160701b900463ffffffff165b60405163ffffffff9091168152602001610370565b6103646104d4366004613b90565b610f3f565b61044c6104e7366004613bf2565b610fc3565b6103ad6104fa366004613c13565b610fe7565b61036461050d366004613c3b565b610ff9565b61044c610520366004613bf2565b611051565b6103ad610533366004613c3b565b611089565b6105ce604080516101008101825260025463ffffffff808216835261ffff640100000000830481166020850152660100000000000083048116948401859052600160401b8304811660608501819052600160501b8404821660808601819052600160601b850490921660a08601819052600160701b8504841660c0870152600160901b90940490921660e0909401939093529293565b6040805161ffff95861681529385166020850152918416918301919091529091166060820152608001610370565b61044c61060a366004613c67565b61112e565b61044c61061d366004613c96565b611192565b61044c610630366004613918565b611217565b610648610643366004613c3b565b611306565b6040516103709190613cbf565b61044c610663366004613c67565b6114c9565b61044c610676366004613918565b611514565b61044c611689565b61044c610691366004613918565b6117be565b61044c6106a4366004613da8565b611814565b600154600160601b90046001600160601b03166103ad565b6103ad6106cf366004613dc1565b61188a565b6106e76106e2366004613c3b565b61191e565b6040516103709190613dff565b6001546001600160601b03166103ad565b600154600160e81b900462ffffff165b6040516001600160401b039091168152602001610370565b6107356119c7565b6040516103709190613e34565b610364610750366004613bf2565b611cba565b6103ad610763366004613f21565b611ce2565b61044c610776366004613918565b612281565b61044c610789366004613918565b61242d565b6103ad5f81565b6103ad6107a3366004613c3b565b6001600160a01b03165f908152600460205260409020600101546001600160601b031690565b61044c6107d7366004613c3b565b612493565b61044c6107ea366004613fbf565b612514565b600254600160901b900463ffffffff166104b1565b6103ad5f5160206146bf5f395f51905f5281565b610862610826366004613c3b565b6001600160a01b03165f90815260046020526040902060010154600160c81b810463ffffffff1691600160601b9091046001600160401b031690565b604080519283526001600160401b03909116602083015201610370565b61036461088d366004613ff1565b61257f565b6108a56108a0366004613918565b6125f6565b6040516103709190614033565b61044c6108c0366004613bf2565b6126db565b6103ad6108d3366004613bf2565b6126ff565b61044c6108e6366004613c96565b612a14565b60025463ffffffff16610715565b6103ad6109073660046138e7565b612a9e565b61044c61091a366004614041565b612b74565b6109467f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610370565b5f6001600160e01b03198216637965db0b60e01b148061098e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6109f860408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290529061016082015290565b5f82815260036020526040902060028101546001600160a01b0316610a38576040516321c9773560e11b8152600481018490526024015b60405180910390fd5b60028101546001600160a01b0316825280546020830152600180820154604084015260038201546001600160601b038116606085015264ffffffffff600160a01b82041660808501819052600160601b9091046001600160401b031660a08501819052610aa591906140a6565b610aaf91906140c5565b6001600160401b031660c08301526003810154600160c81b900464ffffffffff1660e0830181905215610b0657600381810154600160c81b900464ffffffffff165f90815260209190915260409020546101008301525b6002810154600160c81b900464ffffffffff168015801590610b4257506003610b2e826125f6565b6003811115610b3f57610b3f61392f565b14155b15610b505761012083018190525b6002820154600160a01b900464ffffffffff16610140840152610b72846125f6565b8361016001906003811115610b8957610b8961392f565b90816003811115610b9c57610b9c61392f565b815250505050919050565b5f61098e610bba36849003840184614131565b612c82565b5f610bc8612cce565b610bd6878787878787612d03565b9050610be0612f24565b9695505050505050565b5f5160206146df5f395f51905f52610c0181612f4e565b5f828152600360205260409020600201546001600160a01b031680610c3c576040516321c9773560e11b815260048101849052602401610a2f565b6001600160a01b0381165f90815260046020526040812060018101549091600160c81b90910463ffffffff1690819003610c945760405163755bf61d60e01b81526001600160a01b0384166004820152602401610a2f565b610c9f600182614232565b90505f63ffffffff821615610cc8576001830154600160601b90046001600160401b0316610cca565b5f5b60018401805470ffffffff0000000000ffffffffffffffff60601b1916600160c81b63ffffffff861690810267ffffffffffffffff60601b191691909117600160601b6001600160401b038516908102919091179092556040805191825260208201929092529192506001600160a01b0386169188917ffa55be3f617745d05e87b6ca40e364f5b479575fa454400df4d5ad84a66d55a8910160405180910390a3505050505050565b610d7b612cce565b335f908152600460205260408120908154600160f81b900460ff166002811115610da757610da761392f565b14610dc7576040516345ed80e960e01b8152336004820152602401610a2f565b6001600160a01b038416610dee5760405163d92e233d60e01b815260040160405180910390fd5b6001546001600160601b031680861015610e2557604051631a2a909560e11b81526004810187905260248101829052604401610a2f565b81546001600160f81b0316600160f81b178255610e4186612f58565b82546001600160601b0319166001600160601b0391909116178255600182018054600160e81b61ffff60e81b199091161790556002820180546001600160a01b0319166001600160a01b038716179055335f908152600760205260409020610eaa8486836142cb565b50846001600160a01b0316336001600160a01b03167f6197a5cb06004a9d6a73c7a18de8e6d4a6066cc21f88c894da989c93a2e9418d888787604051610ef2939291906143ac565b60405180910390a3610f2f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089612f8f565b5050610f39612f24565b50505050565b5f5f610f4a876125f6565b90506001816003811115610f6057610f6061392f565b14158015610f8057506002816003811115610f7d57610f7d61392f565b14155b15610f8e575f915050610fba565b5f87815260036020526040902060010154610fb69085908590610fb18a8a612fc5565b61301e565b9150505b95945050505050565b5f82815260208190526040902060010154610fdd81612f4e565b610f398383613035565b5f610ff28383612fc5565b9392505050565b6001600160a01b0381165f90815260046020526040812060018154600160f81b900460ff16600281111561102f5761102f61392f565b148015610ff2575060015490546001600160601b039182169116101592915050565b6001600160a01b038116331461107a5760405163334bd91960e11b815260040160405180910390fd5b61108482826130c4565b505050565b6001600160a01b0381165f9081526004602052604090208054600160a01b900464ffffffffff16905b8115611128575f8281526003602052604090206002810154600160a01b900464ffffffffff16421080159061110457506003810154611102908390600160601b90046001600160401b031661312d565b155b1561110f5750611128565b60030154600160c81b900464ffffffffff1691506110b2565b50919050565b5f5160206146bf5f395f51905f5261114581612f4e565b6002805463ffffffff60901b1916600160901b63ffffffff8516021790555f51602061469f5f395f51905f526111796119c7565b6040516111869190613e34565b60405180910390a15050565b5f5160206146bf5f395f51905f526111a981612f4e565b63ffffffff6001600160401b03831611156111ec57604051630a02c5cb60e21b81526001600160401b038316600482015263ffffffff6024820152604401610a2f565b6002805463ffffffff191663ffffffff84161790555f51602061469f5f395f51905f526111796119c7565b61121f612cce565b5f6112293361316b565b9050815f0361124b57604051631f2a200560e01b815260040160405180910390fd5b80545f906112639084906001600160601b03166143c5565b905061126e81612f58565b82546001600160601b0319166001600160601b0391909116178255604080518481526020810183905233917fc84b1b191804173928786f9eaeba32c3390af9a8be366c1567ec5c27c45bf7d0910160405180910390a26112f96001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086612f8f565b5050611303612f24565b50565b611382604080516101a08101909152805f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6001600160a01b0382165f9081526004602052604090208054600160a01b810464ffffffffff16908390600160f81b900460ff1660028111156113c7576113c761392f565b908160028111156113da576113da61392f565b9052506113e684610ff9565b1515602084015260028201546001600160a01b038116604085015282546001600160601b038082166060870152600160a01b9283900416608086015260018401549190910464ffffffffff1660a08501526001600160401b03600160601b9091041660c084015260e08301819052801561148a575f818152600360208181526040832080546101008801529284905281905201546001600160601b03166101208401525b508054600160c81b810463ffffffff16610140840152600160e81b900461ffff16610160830152600101546001600160601b0316610180820152919050565b5f5160206146bf5f395f51905f526114e081612f4e565b6002805463ffffffff60701b1916600160701b63ffffffff8516021790555f51602061469f5f395f51905f526111796119c7565b5f61151e3361316b565b9050815f0361154057604051631f2a200560e01b815260040160405180910390fd5b80546001600160601b031680831115611576576040516344d4caf760e01b81526004810184905260248101829052604401610a2f565b60028201545f90611598908590600160a01b90046001600160601b03166143c5565b6002549091505f906115b09063ffffffff16426140a6565b90506115bc85846143d8565b84546001600160601b0319166001600160601b03919091161784556115e082612f58565b6002850180546001600160a01b0316600160a01b6001600160601b0393909316830217905560018501805464ffffffffff60a01b191664ffffffffff8416909202919091179055337ff5a228b9466160cad597679cf7b2114100f9abeb9c8a98ede928c9cd4b7222d78661165481876143d8565b60408051928352602083019190915281018590526001600160401b038416606082015260800160405180910390a25050505050565b611691612cce565b335f90815260046020526040812060028101549091600160a01b9091046001600160601b0316908190036116d857604051630686827b60e51b815260040160405180910390fd5b6001820154600160a01b900464ffffffffff16421015611720576001820154604051633f11c2b360e21b8152600160a01b90910464ffffffffff166004820152602401610a2f565b6002820180546001600160a01b03169081905560018301805464ffffffffff60a01b19169055604051828152819033907f1b6622b92ce16ed648b5b93fe47df1cd4c763fdcafe3281bc1dfd5ff7998a94d9060200160405180910390a36117b16001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001682846131ce565b5050506117bc612f24565b565b5f5160206146bf5f395f51905f526117d581612f4e565b6117de82612f58565b600180546001600160601b0319166001600160601b03929092169190911790555f51602061469f5f395f51905f526111796119c7565b5f5160206146bf5f395f51905f5261182b81612f4e565b6127108261ffff16111561185857604051632e109e9f60e01b815261ffff83166004820152602401610a2f565b6002805465ffff00000000191664010000000061ffff8516021790555f51602061469f5f395f51905f526111796119c7565b5f611893612cce565b5f5b8281101561191557368484838181106118b0576118b06143eb565b90506020028101906118c291906143ff565b90506119006118d46020830183613c3b565b60208301356118e96060850160408601613c3b565b60608501356118fb608087018761441d565b612d03565b61190a90846143c5565b925050600101611895565b5061098e612f24565b6001600160a01b0381165f9081526007602052604090208054606091906119449061424e565b80601f01602080910402602001604051908101604052809291908181526020018280546119709061424e565b80156119bb5780601f10611992576101008083540402835291602001916119bb565b820191905f5260205f20905b81548152906001019060200180831161199e57829003601f168201915b50505050509050919050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525f60016040518060800160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020015f8201601d9054906101000a900462ffffff1662ffffff1662ffffff168152505090505f6002604051806101000160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900461ffff1661ffff1661ffff1681526020015f820160069054906101000a900461ffff1661ffff1661ffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff16815250509050604051806101600160405280835f01516001600160601b03168152602001825f015163ffffffff166001600160401b03168152602001836060015162ffffff166001600160401b03168152602001826020015161ffff16815260200183602001516001600160601b03168152602001826040015161ffff168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015163ffffffff1681526020018260e0015163ffffffff168152509250505090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b335f9081526004602090815260408083208151608081018352600180546001600160601b038082168452600160601b82041695830195909552600160c01b850464ffffffffff1693820193909352600160e81b90930462ffffff16606084015291908254600160f81b900460ff166002811115611d6157611d6161392f565b141580611d7c5750805182546001600160601b039182169116105b15611d9c576040516371ab6ad560e11b8152336004820152602401610a2f565b8b611dba5760405163b263ae7360e01b815260040160405180910390fd5b5f8a9003611ddb57604051636d91186360e01b815260040160405180910390fd5b886001600160401b03165f03611e045760405163011ee73b60e21b815260040160405180910390fd5b64ffffffffff6001600160401b038a161115611e3e576040516348c1df5f60e11b81526001600160401b038a166004820152602401610a2f565b866001600160401b0316866001600160401b03161080611e8f5750886001600160401b0316876001600160401b0316876001600160401b0316611e8191906143d8565b611e8c9060016143c5565b14155b15611ec757604051627eaecb60e41b81526001600160401b03808916600483015280881660248301528a166044820152606401610a2f565b8154611ee490600160601b90046001600160401b031660016143c5565b876001600160401b031614611f3d578154611f1090600160601b90046001600160401b031660016140a6565b604051630a8a369560e01b81526001600160401b0391821660048201529088166024820152604401610a2f565b6001600160601b03841115611f7557604051630a02c5cb60e21b8152600481018590526001600160601b036024820152604401610a2f565b81546060820151600160a01b90910464ffffffffff16905f90611f9d9062ffffff16426143c5565b90505f8215611ffa57505f8281526003602081905260409091209081015460028201546001600160601b039091169190600160a01b900464ffffffffff16831015611ff8576002810154600160a01b900464ffffffffff1692505b505b808710156120255760405163af29db1160e01b81526004810182905260248101889052604401610a2f565b5f8b6001600160401b031685602001516001600160601b03166120489190614462565b905080612055838a6143d8565b11156120895761206582896143d8565b60405163fe55c0f360e01b8152600481019190915260248101829052604401610a2f565b50508515801590612098575086155b156120b657604051636ccad7d560e11b815260040160405180910390fd5b60408301516120cd9064ffffffffff1660016143c5565b945064ffffffffff85111561210357604051630a02c5cb60e21b81526004810186905264ffffffffff6024820152604401610a2f565b8460015f0160186101000a81548164ffffffffff021916908364ffffffffff1602179055505f60035f8781526020019081526020015f2090508e815f01819055508781600101819055505f60f0865f01601d9054906101000a900461ffff1661ffff16901b60a084901b336001600160a01b0316171790505f60c885901b60a08f6001600160401b0316901b60608e6001600160401b0316901b8b1717179050816002840155806003840155505050815f146121e8575f828152600360205260409020600201805464ffffffffff60c81b1916600160c81b64ffffffffff8816021790555b8354600160601b600160c81b031916600160601b6001600160401b038a160264ffffffffff60a01b191617600160a01b64ffffffffff871602178085556001908590601990612245908490600160c81b900463ffffffff16614479565b92506101000a81548163ffffffff021916908363ffffffff160217905550612270858e8e8d8c613203565b505050509998505050505050505050565b5f5160206146df5f395f51905f5261229881612f4e565b5f6122a2836125f6565b905060018160038111156122b8576122b861392f565b146122da57828160405163a2031de560e01b8152600401610a2f929190614495565b5f83815260036020908152604080832060028101546001600160a01b031680855260049093529083206001808201549294919261232591600160c81b90910463ffffffff1690614479565b600183810154919250600160601b9091046001600160401b03169063ffffffff83161480612369575060038501546001600160401b03808316600160601b90920416105b1561238557506003840154600160601b90046001600160401b03165b60018301805470ffffffff0000000000ffffffffffffffff60601b1916600160c81b63ffffffff851690810267ffffffffffffffff60601b191691909117600160601b6001600160401b038516908102919091179092556040805191825260208201929092526001600160a01b038616918a917f17c0f972353f15888c0b47e0a8dde801d62cdcc56f3489e05298092f44c30cd4910160405180910390a35050505050505050565b5f5160206146bf5f395f51905f5261244481612f4e565b61244d82612f58565b600180546001600160601b0392909216600160601b026bffffffffffffffffffffffff60601b199092169190911790555f51602061469f5f395f51905f526111796119c7565b5f61249d3361316b565b90506001600160a01b0382166124c65760405163d92e233d60e01b815260040160405180910390fd5b6002810180546001600160a01b0319166001600160a01b03841690811790915560405133907f18b5078a8a55f53c428467b7f19cf8408acc494f8ae06b3e6202b7b2b19d23dc905f90a35050565b61251d3361316b565b50335f9081526007602052604090206125378284836142cb565b50336001600160a01b03167f5ca725b311432a1e504bef178f03f9df01a15badca5e9a8278b7eb258f1618ac83836040516125739291906144a9565b60405180910390a25050565b5f5f61258a866125f6565b905060018160038111156125a0576125a061392f565b141580156125c0575060028160038111156125bd576125bd61392f565b14155b156125ce575f9150506125ee565b5f868152600360205260409020546125ea90859085908861301e565b9150505b949350505050565b5f81815260036020526040812060028101546001600160a01b03168061261f57505f9392505050565b6001600160a01b0381165f908152600460205260409020600283015460038401548254612676928592600160f01b90910461ffff90811692600160601b9092046001600160401b031691600160e81b9004166132e7565b61268557506003949350505050565b6002830154600160a01b900464ffffffffff164210806126c0575060038301546126c0908290600160601b90046001600160401b031661312d565b156126d057506001949350505050565b506002949350505050565b5f828152602081905260409020600101546126f581612f4e565b610f3983836130c4565b5f5f5160206146df5f395f51905f5261271781612f4e565b61271f612cce565b6001600160a01b0383166127465760405163d92e233d60e01b815260040160405180910390fd5b5f612750856125f6565b905060018160038111156127665761276661392f565b1461278857848160405163a2031de560e01b8152600401610a2f929190614495565b5f85815260036020908152604080832060028101546001600160a01b031680855260049093529083208054919390916127cd90600160e81b900461ffff1660016143c5565b905061ffff81106127f1576040516337b96c7760e11b815260040160405180910390fd5b60038401546001600160a01b0384165f9081526005602052604090206002860154600160601b9092046001600160401b031691600160f01b900461ffff165b838110156128a3575f818152602083905260409020546001600160401b031680158061286d5750806001600160401b0316846001600160401b0316105b1561289a575f828152602084905260409020805467ffffffffffffffff19166001600160401b0386161790555b50600101612830565b508354600387015461ffff8516600160e81b0261ffff60e81b19831617865564ffffffffff600160a01b909204821691600160c81b909104166128e78560016143c5565b86600101601d6101000a81548161ffff021916908361ffff16021790555060018461291291906140c5565b8654600160601b600160c81b031916600160601b6001600160401b03929092169190910264ffffffffff60a01b191617600160a01b64ffffffffff8316021786555f811561297a575f82815260036020819052604090912001546001600160601b031661297c565b5f5b6001600160601b031690506001600160a01b0388168e7fb8871c044de5c4a3b43d189b43f6ec34c6e95daf33ae7ec6969f70ae14aaf7a785856129c060018b6140c5565b6040805193845260208401929092526001600160401b0316908201526060810185905260800160405180910390a36129f988888f613336565b9b5050505050505050505050612a0d612f24565b5092915050565b5f5160206146bf5f395f51905f52612a2b81612f4e565b62ffffff6001600160401b0383161115612a6c57604051630a02c5cb60e21b81526001600160401b038316600482015262ffffff6024820152604401610a2f565b600180546001600160e81b0316600160e81b62ffffff8516021790555f51602061469f5f395f51905f526111796119c7565b5f5f5160206146df5f395f51905f52612ab681612f4e565b612abe612cce565b6001600160a01b038316612ae55760405163d92e233d60e01b815260040160405180910390fd5b5f612aef8561316b565b80546001600160f81b0316600160f91b17815590505f612b0e8261345c565b9050846001600160a01b0316866001600160a01b03167fa8f3d94b001e4d7788bb71fa1afe465b5dc56735d750f67716bd8bb31084a93583604051612b5591815260200190565b60405180910390a3612b68868387613336565b93505050612a0d612f24565b5f5160206146bf5f395f51905f52612b8b81612f4e565b5f8261ffff168461ffff168661ffff168861ffff16612baa91906143c5565b612bb491906143c5565b612bbe91906143c5565b90506127108114612be5576040516348ce6f0160e11b815260048101829052602401610a2f565b6002805469ffffffff0000000000001916660100000000000061ffff8981169190910269ffff0000000000000000191691909117600160401b888316021763ffffffff60501b1916600160501b8783160261ffff60601b191617600160601b918616919091021781555f51602061469f5f395f51905f52612c646119c7565b604051612c719190613e34565b60405180910390a150505050505050565b5f81604051602001612c9491906144bc565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b612cd66134ab565b6117bc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906134eb565b5f5f612d0f88886134f2565b9050612d2584848360010154610fb18a8a612fc5565b612d42576040516309bde33960e01b815260040160405180910390fd5b6001600160a01b038089165f908152600660209081526040808320938a1683529290522054808611612d915760405163db2e106360e01b81526004810187905260248101829052604401610a2f565b612d9b81876143d8565b6001600160a01b038a165f908152600460205260408120600181015492955091612dcf9086906001600160601b03166143c5565b60038501549091506001600160601b0316811115612e1857600384015460405163113c7c8760e11b8152600481018390526001600160601b039091166024820152604401610a2f565b6001600160a01b038b81165f818152600660209081526040808320948e16808452948252918290208c90556001860180546001600160601b0319166001600160601b03871617905581518981529081018c90528d92917f65a98f369510d13fc728cf1e7e5e26eb71be267410a0abd167f813ea9430b07f910160405180910390a46040516340c10f1960e01b81526001600160a01b038a81166004830152602482018790527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b158015612f00575f5ffd5b505af1158015612f12573d5f5f3e3d5ffd5b50505050505050509695505050505050565b6117bc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612cfd565b6113038133613731565b5f6001600160601b03821115612f8b576040516306dfcc6560e41b81526060600482015260248101839052604401610a2f565b5090565b612f9d84848484600161376e565b610f3957604051635274afe760e01b81526001600160a01b0385166004820152602401610a2f565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b5f8261302b8686856137db565b1495945050505050565b5f6130408383611cba565b6130bd575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556130753390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161098e565b505f61098e565b5f6130cf8383611cba565b156130bd575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161098e565b60018201545f90600160c81b900463ffffffff1615801590610ff257505060019190910154600160601b90046001600160401b039081169116101590565b6001600160a01b0381165f908152600460205260408120908154600160f81b900460ff1660028111156131a0576131a061392f565b036131c95760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610a2f565b919050565b6131db838383600161381c565b61108457604051635274afe760e01b81526001600160a01b0384166004820152602401610a2f565b5f60035f8781526020019081526020015f209050805f0154336001600160a01b0316877f074b98fc239723ccab649e65eb51d7ac4b230335e0a25af20b268a65790baf8688888660030160149054906101000a900464ffffffffff168988600301600c9054906101000a90046001600160401b03168a8a600101548b6003015f9054906101000a90046001600160601b03168c60030160199054906101000a900464ffffffffff168d60020160149054906101000a900464ffffffffff166040516132d79a999897969594939291906145f2565b60405180910390a4505050505050565b5f8161ffff168461ffff161480610fba575050506001600160a01b03929092165f90815260056020908152604080832061ffff94909416835292905220546001600160401b0390811691161090565b5f6133408361345c565b835460028501549192506001600160601b0390811691600160a01b9004165f82841061336c578261336e565b835b905061337a81846143d8565b925061338681856143d8565b61339090836143d8565b86546001600160601b038581166001600160601b0319909216919091178855600288018054918316600160a01b026001600160a01b03928316179055604080518781526020810187905290810183905291935086811691908916907ffb159b41ed6c88bd3862559e8c5ec356d1bbb8e979ae346f435e67658e88fabf9060600160405180910390a38315613452576134526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001686866131ce565b5050509392505050565b600280549082015482545f926127109264010000000090910461ffff169161349791600160a01b90046001600160601b0390811691166143c5565b6134a19190614462565b61098e9190614665565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156117bc57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f81815260036020526040902060028101546001600160a01b03168061352e576040516321c9773560e11b815260048101849052602401610a2f565b836001600160a01b0316816001600160a01b0316146135725760405163062150e960e21b8152600481018490526001600160a01b0385166024820152604401610a2f565b6001600160a01b0384165f9081526004602052604081206001808201549192916135a79190600160e81b900461ffff16614684565b600285015460038601549192506135dc918891600160f01b900461ffff1690600160601b90046001600160401b0316846132e7565b6135fe5784600360405163339a092160e21b8152600401610a2f929190614495565b6002840154600160a01b900464ffffffffff1642108061363957506003840154613639908390600160601b90046001600160401b031661312d565b1561365c5784600160405163339a092160e21b8152600401610a2f929190614495565b6002840154600160c81b900464ffffffffff168015613727575f8181526003602052604090206002810154600160a01b900464ffffffffff1642108015906136c1575060038101546136bf908590600160601b90046001600160401b031661312d565b155b80156136fd57506136fd8882600201601e9054906101000a900461ffff1683600301600c9054906101000a90046001600160401b0316866132e7565b15613725576040516318d1881f60e11b81526004810188905260248101839052604401610a2f565b505b5050505092915050565b61373b8282611cba565b61376a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a2f565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166137ca5783831516156137be573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f81815b8481101561381357613809828787848181106137fd576137fd6143eb565b9050602002013561387e565b91506001016137df565b50949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613872578383151615613866573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f818310613898575f828152602084905260409020610ff2565b5f838152602083905260409020610ff2565b5f602082840312156138ba575f5ffd5b81356001600160e01b031981168114610ff2575f5ffd5b80356001600160a01b03811681146131c9575f5ffd5b5f5f604083850312156138f8575f5ffd5b613901836138d1565b915061390f602084016138d1565b90509250929050565b5f60208284031215613928575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600481106139535761395361392f565b9052565b81516001600160a01b03168152610180810160208301516020830152604083015160408301526060830151606083015260808301516139a160808401826001600160401b03169052565b5060a08301516139bc60a08401826001600160401b03169052565b5060c08301516139d760c08401826001600160401b03169052565b5060e083015160e0830152610100830151610100830152610120830151610120830152610140830151613a166101408401826001600160401b03169052565b50610160830151612a0d610160840182613943565b5f6101c0828403128015613a3d575f5ffd5b509092915050565b5f5f83601f840112613a55575f5ffd5b5081356001600160401b03811115613a6b575f5ffd5b6020830191508360208260051b8501011115613a85575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215613aa1575f5ffd5b613aaa876138d1565b955060208701359450613abf604088016138d1565b93506060870135925060808701356001600160401b03811115613ae0575f5ffd5b613aec89828a01613a45565b979a9699509497509295939492505050565b5f5f83601f840112613b0e575f5ffd5b5081356001600160401b03811115613b24575f5ffd5b602083019150836020828501011115613a85575f5ffd5b5f5f5f5f60608587031215613b4e575f5ffd5b84359350613b5e602086016138d1565b925060408501356001600160401b03811115613b78575f5ffd5b613b8487828801613afe565b95989497509550505050565b5f5f5f5f5f60808688031215613ba4575f5ffd5b85359450613bb4602087016138d1565b93506040860135925060608601356001600160401b03811115613bd5575f5ffd5b613be188828901613a45565b969995985093965092949392505050565b5f5f60408385031215613c03575f5ffd5b8235915061390f602084016138d1565b5f5f60408385031215613c24575f5ffd5b613c2d836138d1565b946020939093013593505050565b5f60208284031215613c4b575f5ffd5b610ff2826138d1565b803563ffffffff811681146131c9575f5ffd5b5f60208284031215613c77575f5ffd5b610ff282613c54565b80356001600160401b03811681146131c9575f5ffd5b5f60208284031215613ca6575f5ffd5b610ff282613c80565b600381106139535761395361392f565b5f6101a082019050613cd2828451613caf565b6020830151613ce5602084018215159052565b506040830151613d0060408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a0830151613d2f60a08401826001600160401b03169052565b5060c0830151613d4a60c08401826001600160401b03169052565b5060e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015261018083015161018083015292915050565b803561ffff811681146131c9575f5ffd5b5f60208284031215613db8575f5ffd5b610ff282613d97565b5f5f60208385031215613dd2575f5ffd5b82356001600160401b03811115613de7575f5ffd5b613df385828601613a45565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b81518152602080830151610160830191613e58908401826001600160401b03169052565b506040830151613e7360408401826001600160401b03169052565b506060830151613e89606084018261ffff169052565b506080830151608083015260a0830151613ea960a084018261ffff169052565b5060c0830151613ebf60c084018261ffff169052565b5060e0830151613ed560e084018261ffff169052565b50610100830151613eed61010084018261ffff169052565b50610120830151613f0761012084018263ffffffff169052565b50610140830151612a0d61014084018263ffffffff169052565b5f5f5f5f5f5f5f5f5f6101008a8c031215613f3a575f5ffd5b8935985060208a01356001600160401b03811115613f56575f5ffd5b613f628c828d01613afe565b9099509750613f75905060408b01613c80565b9550613f8360608b01613c80565b9450613f9160808b01613c80565b9350613f9f60a08b01613c80565b989b979a50959894979396929550929360c0810135935060e00135919050565b5f5f60208385031215613fd0575f5ffd5b82356001600160401b03811115613fe5575f5ffd5b613df385828601613afe565b5f5f5f5f60608587031215614004575f5ffd5b843593506020850135925060408501356001600160401b03811115614027575f5ffd5b613b8487828801613a45565b6020810161098e8284613943565b5f5f5f5f60808587031215614054575f5ffd5b61405d85613d97565b935061406b60208601613d97565b925061407960408601613d97565b915061408760608601613d97565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561098e5761098e614092565b6001600160401b03828116828216039081111561098e5761098e614092565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b038111828210171561411b5761411b6140e4565b60405290565b803560ff811681146131c9575f5ffd5b5f6101c0828403128015614143575f5ffd5b5061414c6140f8565b614155836138d1565b815261416360208401613c80565b602082015260408381013590820152606080840135908201526080808401359082015261419260a08401613c80565b60a08201526141a360c08401613c80565b60c08201526141b460e08401613c80565b60e08201526141c66101008401613c54565b6101008201526141d96101208401613d97565b6101208201526141ec6101408401614121565b6101408201526141ff61016084016138d1565b61016082015261421261018084016138d1565b6101808201526142256101a08401613d97565b6101a08201529392505050565b63ffffffff828116828216039081111561098e5761098e614092565b600181811c9082168061426257607f821691505b60208210810361112857634e487b7160e01b5f52602260045260245ffd5b601f82111561108457805f5260205f20601f840160051c810160208510156142a55750805b601f840160051c820191505b818110156142c4575f81556001016142b1565b5050505050565b6001600160401b038311156142e2576142e26140e4565b6142f6836142f0835461424e565b83614280565b5f601f841160018114614327575f85156143105750838201355b5f19600387901b1c1916600186901b1783556142c4565b5f83815260208120601f198716915b828110156143565786850135825560209485019460019092019101614336565b5086821015614372575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f610fba604083018486614384565b8082018082111561098e5761098e614092565b8181038181111561098e5761098e614092565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112614413575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614432575f5ffd5b8301803591506001600160401b0382111561444b575f5ffd5b6020019150600581901b3603821315613a85575f5ffd5b808202811582820484141761098e5761098e614092565b63ffffffff818116838216019081111561098e5761098e614092565b82815260408101610ff26020830184613943565b602081525f6125ee602083018486614384565b81516001600160a01b031681526101c0810160208301516144e860208401826001600160401b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015161452160a08401826001600160401b03169052565b5060c083015161453c60c08401826001600160401b03169052565b5060e083015161455760e08401826001600160401b03169052565b5061010083015161457161010084018263ffffffff169052565b5061012083015161458961012084018261ffff169052565b506101408301516145a061014084018260ff169052565b506101608301516145bd6101608401826001600160a01b03169052565b506101808301516145da6101808401826001600160a01b03169052565b506101a0830151612a0d6101a084018261ffff169052565b61012081525f61460761012083018c8e614384565b64ffffffffff9a8b1660208401526001600160401b03998a16604084015297891660608301525094909616608085015260a08401929092526001600160601b031660c0830152841660e0820152919092166101009091015292915050565b5f8261467f57634e487b7160e01b5f52601260045260245ffd5b500490565b61ffff828116828216039081111561098e5761098e61409256fedbd21418eb12a7897ec8e19eecbf1048b0a7829f93ea88cd4861c2dcbeac45ce7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55c785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c4a264697066735822122022ba6b9b234cceaf1f9a40da94b458f0b3ce5d5ab57cfaf6b7d7eef00e233dbb64736f6c634300081e0033",
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

// PackFreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9933e209.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezeBatch(uint256 batchId) returns()
func (cDRAnchor *CDRAnchor) PackFreezeBatch(batchId *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("freezeBatch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9933e209.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezeBatch(uint256 batchId) returns()
func (cDRAnchor *CDRAnchor) TryPackFreezeBatch(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("freezeBatch", batchId)
}

// PackFreezeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4217c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezeOf(address operator) view returns(uint256 freezes, uint64 frozenFromSeq)
func (cDRAnchor *CDRAnchor) PackFreezeOf(operator common.Address) []byte {
	enc, err := cDRAnchor.abi.Pack("freezeOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4217c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezeOf(address operator) view returns(uint256 freezes, uint64 frozenFromSeq)
func (cDRAnchor *CDRAnchor) TryPackFreezeOf(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("freezeOf", operator)
}

// FreezeOfOutput serves as a container for the return parameters of contract
// method FreezeOf.
type FreezeOfOutput struct {
	Freezes       *big.Int
	FrozenFromSeq uint64
}

// UnpackFreezeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd4217c1.
//
// Solidity: function freezeOf(address operator) view returns(uint256 freezes, uint64 frozenFromSeq)
func (cDRAnchor *CDRAnchor) UnpackFreezeOf(data []byte) (FreezeOfOutput, error) {
	out, err := cDRAnchor.abi.Unpack("freezeOf", data)
	outstruct := new(FreezeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Freezes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FrozenFromSeq = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackUnfreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f37496.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezeBatch(uint256 batchId) returns()
func (cDRAnchor *CDRAnchor) PackUnfreezeBatch(batchId *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("unfreezeBatch", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f37496.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreezeBatch(uint256 batchId) returns()
func (cDRAnchor *CDRAnchor) TryPackUnfreezeBatch(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("unfreezeBatch", batchId)
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

// CDRAnchorBatchFrozen represents a BatchFrozen event raised by the CDRAnchor contract.
type CDRAnchorBatchFrozen struct {
	BatchId       *big.Int
	Operator      common.Address
	Freezes       *big.Int
	FrozenFromSeq uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchFrozenEventName = "BatchFrozen"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchFrozen) ContractEventName() string {
	return CDRAnchorBatchFrozenEventName
}

// UnpackBatchFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint64 frozenFromSeq)
func (cDRAnchor *CDRAnchor) UnpackBatchFrozenEvent(log *types.Log) (*CDRAnchorBatchFrozen, error) {
	event := "BatchFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBatchFrozen)
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

// CDRAnchorBatchUnfrozen represents a BatchUnfrozen event raised by the CDRAnchor contract.
type CDRAnchorBatchUnfrozen struct {
	BatchId       *big.Int
	Operator      common.Address
	Freezes       *big.Int
	FrozenFromSeq uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchUnfrozenEventName = "BatchUnfrozen"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchUnfrozen) ContractEventName() string {
	return CDRAnchorBatchUnfrozenEventName
}

// UnpackBatchUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchUnfrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint64 frozenFromSeq)
func (cDRAnchor *CDRAnchor) UnpackBatchUnfrozenEvent(log *types.Log) (*CDRAnchorBatchUnfrozen, error) {
	event := "BatchUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cDRAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CDRAnchorBatchUnfrozen)
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
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["NotFrozen"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackNotFrozenError(raw[4:])
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

// CDRAnchorNotFrozen represents a NotFrozen error raised by the CDRAnchor contract.
type CDRAnchorNotFrozen struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFrozen(address operator)
func CDRAnchorNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x755bf61d41aff740afd7a14bdcc1e95b1d242d6b22fac6fb9cb50667a287dc96")
}

// UnpackNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFrozen(address operator)
func (cDRAnchor *CDRAnchor) UnpackNotFrozenError(raw []byte) (*CDRAnchorNotFrozen, error) {
	out := new(CDRAnchorNotFrozen)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NotFrozen", raw); err != nil {
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
