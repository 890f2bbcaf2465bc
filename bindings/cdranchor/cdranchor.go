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
	FinalAt      uint64
	Freezes      *big.Int
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
	Status            uint8
	Active            bool
	Payout            common.Address
	Bond              *big.Int
	Unbonding         *big.Int
	UnbondAt          uint64
	LastSeq           uint64
	LastBatchId       *big.Int
	LastRoot          [32]byte
	RewardsTotal      *big.Int
	Epoch             *big.Int
	Paid              *big.Int
	ClaimCap          *big.Int
	Day               uint64
	DaySeconds        uint64
	FrozenFromBatchId *big.Int
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
	MaxCallSeconds     uint32
	MaxDailySeconds    uint64
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
	Side            uint8
}

// CDRAnchorMetaData contains all meta data concerning the CDRAnchor contract.
var CDRAnchorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DISPUTE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addBond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"batch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.BatchInfo\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"prevRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"freezes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchState\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cdrLeaf\",\"inputs\":[{\"name\":\"c\",\"type\":\"tuple\",\"internalType\":\"structCDRLeaf.CDR\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"callId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"calleeCommit\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"setupTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"answerTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endTime\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"sipStatus\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"q850Cause\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"origOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"termOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"mos\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"side\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"challengeWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimMany\",\"inputs\":[{\"name\":\"claims\",\"type\":\"tuple[]\",\"internalType\":\"structCDRAnchor.Claim[]\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"dailyCapSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"freezeBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freezeOf\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"freezes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"frozenFromBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"invalidateBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActiveOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestFinalBatch\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxCallSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxDailySeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBillableSeconds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBond\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorInfo\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.OperatorInfo\",\"components\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumCDRAnchor.Status\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"day\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"daySeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"frozenFromBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"operatorMetadata\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"paid\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"parameters\",\"inputs\":[],\"outputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxCallSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxDailySeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerOperator\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnbond\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardLeaf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"rewardRate\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardSplit\",\"inputs\":[],\"outputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setChallengeWindow\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDailyCapSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxCallSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxDailySeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadata\",\"inputs\":[{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBillableSeconds\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinBond\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPayout\",\"inputs\":[{\"name\":\"payout\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardRate\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardSplit\",\"inputs\":[{\"name\":\"origOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"termOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"callerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"calleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlashBps\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"suspendOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slashRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardToken\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unfreezeBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyCDR\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaf\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyReward\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawUnbonded\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchAnchored\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"cdrRoot\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"cid\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"billableSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rewardsRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"prevBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"finalAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchFrozen\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"freezes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"frozenFromBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchInvalidated\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"lastInvalidatedBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tipSeq\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"tipRewardsTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BatchUnfrozen\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"freezes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"frozenFromBatchId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondAdded\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondWithdrawn\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MetadataSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OperatorSuspended\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structCDRAnchor.Parameters\",\"components\":[{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unbondingDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"challengeWindow\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"rewardRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"splitOrigOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitTermOperator\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCallerOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"splitCalleeOwner\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minBillableSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"dailyCapSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxCallSeconds\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxDailySeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutSet\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payout\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardClaimed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondRequested\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbonding\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbondAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"BatchNotClaimable\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BatchNotPending\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumICDRAnchor.BatchState\"}]},{\"type\":\"error\",\"name\":\"BatchesNotFinal\",\"inputs\":[{\"name\":\"tipBatchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BillableTooLarge\",\"inputs\":[{\"name\":\"billableSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BondBelowMinimum\",\"inputs\":[{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DailySecondsExceeded\",\"inputs\":[{\"name\":\"daySeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxDailySeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyCid\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExceedsDeclaredTotal\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientBond\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidBps\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSplit\",\"inputs\":[{\"name\":\"sum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotFrozen\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRegistered\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OperatorNotActive\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardsGrowthTooLarge\",\"inputs\":[{\"name\":\"increase\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxIncrease\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RewardsTotalDecreased\",\"inputs\":[{\"name\":\"previousTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SeqGap\",\"inputs\":[{\"name\":\"expectedFirstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SeqRangeMismatch\",\"inputs\":[{\"name\":\"firstSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"lastSeq\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cdrCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"TokenMinterMismatch\",\"inputs\":[{\"name\":\"minter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooManyInvalidations\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TooManyOperators\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnbondingNotDue\",\"inputs\":[{\"name\":\"unbondAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownBatch\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ValueTooLarge\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongOperator\",\"inputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroCount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRewardsRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "CDRAnchor",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161577038038061577083398101604081905261002e9161069f565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b5f816001600160a01b031663075461726040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ca91906106d0565b90506001600160a01b0381163014610104576040516343fa53f360e01b81526001600160a01b038216600482015260240160405180910390fd5b6001600160a01b03821660805261011b5f846105db565b506101467f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55846105db565b506040805160808082018352683635c9adc5dea00000825266038d7ea4c680006020808401919091525f83850152610e106060938401527e0e1000000000000000000000038d7ea4c680000000003635c9adc5dea0000060015583516101408101855262093a808152611388918101919091526109c4938101849052918201839052810182905260a0810191909152600660c082015261384060e082018190526101008201526305f5e100610120909101527d05f5e10000003840000038400000000609c409c409c409c4138800093a806002557fbe8aa69eb0173a964097616ce87ae23aac5f6d8bb448c8886fc4a8f8c8a2513c6105be604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f60016040518060800160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020015f8201601d9054906101000a900462ffffff1662ffffff1662ffffff168152505090505f6002604051806101400160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900461ffff1661ffff1661ffff1681526020015f820160069054906101000a900461ffff1661ffff1661ffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900465ffffffffffff1665ffffffffffff1665ffffffffffff16815250509050604051806101a00160405280835f01516001600160601b03168152602001825f015163ffffffff166001600160401b03168152602001836060015162ffffff166001600160401b03168152602001826020015161ffff16815260200183602001516001600160601b03168152602001826040015161ffff168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015163ffffffff1681526020018260e0015163ffffffff16815260200182610100015163ffffffff16815260200182610120015165ffffffffffff166001600160401b03168152509250505090565b6040516105cb91906106f0565b60405180910390a150505061081b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661067b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556106333390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161067e565b505f5b92915050565b80516001600160a01b038116811461069a575f5ffd5b919050565b5f5f604083850312156106b0575f5ffd5b6106b983610684565b91506106c760208401610684565b90509250929050565b5f602082840312156106e0575f5ffd5b6106e982610684565b9392505050565b815181526020808301516101a0830191610714908401826001600160401b03169052565b50604083015161072f60408401826001600160401b03169052565b506060830151610745606084018261ffff169052565b506080830151608083015260a083015161076560a084018261ffff169052565b5060c083015161077b60c084018261ffff169052565b5060e083015161079160e084018261ffff169052565b506101008301516107a961010084018261ffff169052565b506101208301516107c361012084018263ffffffff169052565b506101408301516107dd61014084018263ffffffff169052565b506101608301516107f761016084018263ffffffff169052565b506101808301516108146101808401826001600160401b03169052565b5092915050565b608051614f1361085d5f395f818161096001528181610a20015281816111bb0152818161157b01528181611b4d015281816132790152613c5e0152614f135ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c80636e373bef116101df578063a217fddf11610109578063d35ab468116100a9578063db7dd35a11610079578063db7dd35a14610927578063e561fb9c14610935578063f6ed98ea14610948578063fc0c546a1461095b575f5ffd5b8063d35ab468146108ce578063d547741f146108ee578063d853fe3a14610901578063da75c01e14610914575f5ffd5b8063a49a1e7d116100e4578063a49a1e7d1461087f578063a95494ce14610892578063ccc57490146108a7578063d213116c146108bb575f5ffd5b8063a217fddf14610831578063a340cf7914610838578063a3ff39b21461086c575f5ffd5b8063831518b71161017f57806398d1f3711161014f57806398d1f371146107e55780639933e209146107f85780639e447fc61461080b578063a150bbae1461081e575f5ffd5b8063831518b714610798578063861a1412146107a957806389035730146107bd57806391d14854146107d2575f5ffd5b806377af06a1116101ba57806377af06a1146107255780637b0a47ee1461074d57806380a5197e14610765578063822f99c114610778575f5ffd5b80636e373bef146106f75780636eaae824146106ff578063767297da14610712575f5ffd5b806327299075116102c0578063407a28a81161026057806350c246d61161023057806350c246d61461069e57806353b3dcf1146106be57806354f63b14146106d15780635a5a555d146106e4575f5ffd5b8063407a28a81461063a578063429e03b21461064d578063441d718f146106605780634b8d24b01461068b575f5ffd5b80633367cca51161029b5780633367cca51461052a57806336568abe1461053d57806337553d6e146105505780633e20697c14610563575f5ffd5b806327299075146104f15780632f2ff15d146105045780632fa5acba14610517575f5ffd5b806314f374961161032b578063248a9ca311610306578063248a9ca31461049e578063249d39e9146104c057806325cb7f2c146104c957806326e30a97146104dc575f5ffd5b806314f3749614610451578063193def7c146104645780631d64965414610478575f5ffd5b80630c9cbf0e116103665780630c9cbf0e146103f65780630ceafe2f146104095780630eaa75fe1461041e57806312d18ed61461043e575f5ffd5b806301ffc9a71461038c5780630681e651146103b457806306f13056146103d6575b5f5ffd5b61039f61039a366004613fde565b61099a565b60405190151581526020015b60405180910390f35b600254640100000000900461ffff1660405161ffff90911681526020016103ab565b600154600160c01b900464ffffffffff165b6040519081526020016103ab565b6103e861040436600461401b565b6109d0565b61041c61041736600461405f565b610a98565b005b61043161042c366004614078565b610afc565b6040516103ab91906140b7565b6103e861044c3660046141d2565b610d1e565b61041c61045f366004614078565b610d38565b6103e85f516020614ebe5f395f51905f5281565b600254600160b01b900463ffffffff165b60405163ffffffff90911681526020016103ab565b6103e86104ac366004614078565b5f9081526020819052604090206001015490565b6103e861271081565b61041c6104d7366004614281565b610f90565b600254600160701b900463ffffffff16610489565b61039f6104ff3660046142d6565b6111f4565b61041c610512366004614338565b611278565b6103e8610525366004614359565b61129c565b61039f610538366004614381565b6112ae565b61041c61054b366004614338565b611308565b6103e861055e366004614381565b611340565b604080516101408101825260025463ffffffff8082168352640100000000820461ffff908116602080860191909152600160301b84048216858701819052600160401b850483166060808801829052600160501b870485166080808a01829052600160601b890490961660a08a01819052600160701b8904881660c08b0152600160901b8904881660e08b0152600160b01b89049097166101008a0152600160d01b90970465ffffffffffff16610120909801979097528751918252918101919091529485019290925291830191909152016103ab565b61041c61064836600461405f565b6113df565b61041c61065b3660046143b0565b61142a565b600254600160d01b900465ffffffffffff165b6040516001600160401b0390911681526020016103ab565b61041c610699366004614078565b6114af565b6106b16106ac366004614381565b6115b0565b6040516103ab91906143d9565b61041c6106cc36600461405f565b6117ff565b61041c6106df366004614078565b61184a565b6103e86106f23660046144f4565b6119cd565b61041c6119e5565b61041c61070d366004614078565b611b82565b61041c61072036600461451f565b611bdd565b610738610733366004614078565b611c53565b604080519283526020830191909152016103ab565b600154600160601b90046001600160601b03166103e8565b6103e8610773366004614538565b611cf7565b61078b610786366004614381565b611d81565b6040516103ab9190614576565b6001546001600160601b03166103e8565b600154600160e81b900462ffffff16610673565b6107c5611e2a565b6040516103ab91906145ab565b61039f6107e0366004614338565b6121aa565b6103e86107f33660046146cf565b6121d2565b61041c610806366004614078565b6126f3565b61041c610819366004614078565b61298c565b61041c61082c3660046143b0565b6129f2565b6103e85f81565b6103e8610846366004614381565b6001600160a01b03165f908152600660205260409020600101546001600160601b031690565b61041c61087a366004614381565b612a85565b61041c61088d36600461476d565b612b06565b600254600160901b900463ffffffff16610489565b6103e85f516020614e7e5f395f51905f5281565b61039f6108c936600461479f565b612b71565b6108e16108dc366004614078565b612be6565b6040516103ab91906147e1565b61041c6108fc366004614338565b612cc5565b6103e861090f366004614338565b612ce9565b61041c6109223660046143b0565b612f15565b60025463ffffffff16610673565b6103e861094336600461401b565b612f9f565b61041c6109563660046147ef565b61306d565b6109827f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016103ab565b5f6001600160e01b03198216637965db0b60e01b14806109ca57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6001600160a01b0382165f90815260066020526040812054600160a01b900462ffffff168015610a8e57604051637d5b2e8b60e11b8152600481018290526001600160a01b0384811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063fab65d1690604401602060405180830381865afa158015610a65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a899190614840565b610a90565b5f5b949350505050565b5f516020614e7e5f395f51905f52610aaf81613178565b6002805463ffffffff60b01b1916600160b01b63ffffffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b604051610af091906145ab565b60405180910390a15050565b610b6060408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290529061016082015290565b5f82815260046020526040812060028101549091600160901b90910462ffffff169003610ba8576040516321c9773560e11b8152600481018490526024015b60405180910390fd5b6002810154600160901b810462ffffff165f90815260076020908152604091829020546001600160a01b031685528354908501526001830154908401526001600160601b0381166060840152600160601b810465ffffffffffff1660c0840152600160c81b900464ffffffffff1660e0830181905215610c7c57600281810154600160c81b900464ffffffffff165f908152600460205260409020805461010085015290810154610c6990600160601b900465ffffffffffff16600161486b565b65ffffffffffff1660a084015250610c84565b600160a08301525b8160a001518260c00151610c989190614889565b610ca39060016148a8565b6001600160401b031660808301526002810154600160a81b900463ffffffff166101208301525f8381526005602052604090205461ffff16610140830152610cea83612be6565b8261016001906003811115610d0157610d0161408f565b90816003811115610d1457610d1461408f565b8152505050919050565b5f610d2d878787878787613182565b979650505050505050565b5f516020614ebe5f395f51905f52610d4f81613178565b5f82815260046020526040812060028101549091600160901b90910462ffffff169003610d92576040516321c9773560e11b815260048101849052602401610b9f565b6002810154600160901b900462ffffff165f908152600760209081526040808320546001600160a01b031680845260068352818420878552600590935290832080549193909161ffff1690819003610e0057604051633b836b8560e01b815260048101889052602401610b9f565b610e0b6001826148c7565b825461ffff191661ffff8216178355905080158015610e315750815462010000900460ff165b15610f2e57815462ff0000191682556001830154879064ffffffffff600160881b90910481169082168103610e9357835460018601805464ffffffffff60881b1916630100000090920464ffffffffff16600160881b02919091179055610f1c565b805b64ffffffffff8181165f9081526005602052604090205463010000009004811690841614610ee15764ffffffffff9081165f908152600560205260409020546301000000900416610e95565b845464ffffffffff9182165f908152600560205260409020805467ffffffffff00000019166301000000928390049093169091029190911790555b5050815467ffffffffff000000191682555b600183015460408051838152600160881b90920464ffffffffff1660208301526001600160a01b0386169189917fea11baf918d766ffb71d2af5eb03bb17f5d7c2d521dba583b1daa6554a1bc61091015b60405180910390a350505050505050565b610f98613392565b335f90815260066020526040812090815460ff166002811115610fbd57610fbd61408f565b14610fdd576040516345ed80e960e01b8152336004820152602401610b9f565b6001600160a01b0384166110045760405163d92e233d60e01b815260040160405180910390fd5b6001546001600160601b03168086101561103b57604051631a2a909560e11b81526004810187905260248101829052604401610b9f565b6003545f906110509062ffffff1660016148da565b905062ffffff81111561107657604051636055dca160e01b815260040160405180910390fd5b6003805462ffffff191662ffffff83161790555f8181526007602052604090208054336001600160a01b0319909116179055825460ff191660011783556110bc876133c7565b835476ffffffffffffffffffffffffffffff00000000000000001916600160401b6001600160601b03929092169190910262ffffff60a01b191617600160a01b62ffffff831690810291909117845560018401805462ffffff60b01b1916600160b01b9092029190911790556002830180546001600160a01b0319166001600160a01b038816179055335f90815260096020526040902061115e858783614984565b50856001600160a01b0316336001600160a01b03167f6197a5cb06004a9d6a73c7a18de8e6d4a6066cc21f88c894da989c93a2e9418d8988886040516111a693929190614a65565b60405180910390a36111e36001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308a6133fe565b5050506111ee613434565b50505050565b5f5f6111ff87612be6565b905060018160038111156112155761121561408f565b14158015611235575060028160038111156112325761123261408f565b14155b15611243575f91505061126f565b5f8781526004602052604090206001015461126b90859085906112668a8a61345e565b6134b7565b9150505b95945050505050565b5f8281526020819052604090206001015461129281613178565b6111ee83836134ce565b5f6112a7838361345e565b9392505050565b6001600160a01b0381165f9081526006602052604081206001815460ff1660028111156112dd576112dd61408f565b1480156112a7575060015490546001600160601b03918216600160401b909104909116101592915050565b6001600160a01b03811633146113315760405163334bd91960e11b815260040160405180910390fd5b61133b828261355d565b505050565b6001600160a01b0381165f908152600660205260409020600181015481546301000000900464ffffffffff9081169291600160881b9004165b82156113d8575f8381526004602052604090206002810154600160a81b900463ffffffff1642108015906113b457506113b282856135c6565b155b156113bf57506113d8565b60020154600160c81b900464ffffffffff169250611379565b5050919050565b5f516020614e7e5f395f51905f526113f681613178565b6002805463ffffffff60901b1916600160901b63ffffffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b5f516020614e7e5f395f51905f5261144181613178565b63ffffffff6001600160401b038316111561148457604051630a02c5cb60e21b81526001600160401b038316600482015263ffffffff6024820152604401610b9f565b6002805463ffffffff191663ffffffff84161790555f516020614e9e5f395f51905f52610ae3611e2a565b6114b7613392565b5f6114c1336135e7565b9050815f036114e357604051631f2a200560e01b815260040160405180910390fd5b80545f90611502908490600160401b90046001600160601b03166148da565b905061150d816133c7565b82546001600160601b0391909116600160401b02600160401b600160a01b0319909116178255604080518481526020810183905233917fc84b1b191804173928786f9eaeba32c3390af9a8be366c1567ec5c27c45bf7d0910160405180910390a26115a36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866133fe565b50506115ad613434565b50565b611650604080516102008101909152805f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81525090565b6001600160a01b0382165f908152600660205260409020805464ffffffffff630100000082041690839060ff16600281111561168e5761168e61408f565b908160028111156116a1576116a161408f565b9052506116ad846112ae565b1515602084015260028201546001600160a01b038116604085015282546001600160601b03600160401b90910481166060860152600160a01b909104166080840152600382015464ffffffffff1660a084015260e08301819052801561174b575f818152600460205260409020600281015465ffffffffffff600160601b82041660c086015290546101008501526001600160601b03166101208401525b8154610100900461ffff1661014084015260018201546001600160601b038116610160850152600160601b900464ffffffffff16156117b8576001820154600160601b900464ffffffffff165f908152600460205260409020600201546001600160601b03166101808401525b508054600160b81b810462ffffff166101a0840152600160d01b900465ffffffffffff166101c083015260010154600160881b900464ffffffffff166101e0820152919050565b5f516020614e7e5f395f51905f5261181681613178565b6002805463ffffffff60701b1916600160701b63ffffffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b5f611854336135e7565b9050815f0361187657604051631f2a200560e01b815260040160405180910390fd5b8054600160401b90046001600160601b0316808311156118b3576040516344d4caf760e01b81526004810184905260248101829052604401610b9f565b60028201545f906118d5908590600160a01b90046001600160601b03166148da565b6002549091505f906118ed9063ffffffff16426148a8565b90506118f985846148c7565b84546001600160601b0391909116600160401b02600160401b600160a01b0319909116178455611928826133c7565b6002850180546001600160a01b0316600160a01b6001600160601b03939093169290920291909117905560038401805464ffffffffff191664ffffffffff8316179055337ff5a228b9466160cad597679cf7b2114100f9abeb9c8a98ede928c9cd4b7222d78661199881876148c7565b60408051928352602083019190915281018590526001600160401b038416606082015260800160405180910390a25050505050565b5f6109ca6119e036849003840184614ab7565b613643565b6119ed613392565b335f90815260066020526040812060028101549091600160a01b9091046001600160601b031690819003611a3457604051630686827b60e51b815260040160405180910390fd5b600382015464ffffffffff16421015611a6f576003820154604051633f11c2b360e21b815264ffffffffff9091166004820152602401610b9f565b81546301000000900464ffffffffff168015801590611ac557506001830154600160881b900464ffffffffff16151580611ac557505f81815260046020526040902060020154600160a81b900463ffffffff1642105b15611ae65760405163766d4a8560e11b815260048101829052602401610b9f565b6002830180546001600160a01b03169081905560038401805464ffffffffff19169055604051838152819033907f1b6622b92ce16ed648b5b93fe47df1cd4c763fdcafe3281bc1dfd5ff7998a94d9060200160405180910390a3611b746001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016828561368f565b50505050611b80613434565b565b5f516020614e7e5f395f51905f52611b9981613178565b611ba2826133c7565b600180546bffffffffffffffffffffffff19166001600160601b03929092169190911790555f516020614e9e5f395f51905f52610ae3611e2a565b5f516020614e7e5f395f51905f52611bf481613178565b6127108261ffff161115611c2157604051632e109e9f60e01b815261ffff83166004820152602401610b9f565b6002805465ffff00000000191664010000000061ffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b5f8181526004602052604081206002810154829190600160901b900462ffffff168203611c96576040516321c9773560e11b815260048101859052602401610b9f565b5f9384526005602090815260408086205460029390930154600160901b900462ffffff16865260078252808620546001600160a01b0316865260069091529093206001015461ffff90931693600160881b90930464ffffffffff1692915050565b5f805b82811015611d7a5736848483818110611d1557611d15614bcb565b9050602002810190611d279190614bdf565b9050611d65611d396020830183614381565b6020830135611d4e6060850160408601614381565b6060850135611d606080870187614bfd565b613182565b611d6f90846148da565b925050600101611cfa565b5092915050565b6001600160a01b0381165f908152600960205260409020805460609190611da790614901565b80601f0160208091040260200160405190810160405280929190818152602001828054611dd390614901565b8015611e1e5780601f10611df557610100808354040283529160200191611e1e565b820191905f5260205f20905b815481529060010190602001808311611e0157829003601f168201915b50505050509050919050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f60016040518060800160405290815f82015f9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f8201600c9054906101000a90046001600160601b03166001600160601b03166001600160601b031681526020015f820160189054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020015f8201601d9054906101000a900462ffffff1662ffffff1662ffffff168152505090505f6002604051806101400160405290815f82015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160049054906101000a900461ffff1661ffff1661ffff1681526020015f820160069054906101000a900461ffff1661ffff1661ffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600c9054906101000a900461ffff1661ffff1661ffff1681526020015f8201600e9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160129054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f820160169054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601a9054906101000a900465ffffffffffff1665ffffffffffff1665ffffffffffff16815250509050604051806101a00160405280835f01516001600160601b03168152602001825f015163ffffffff166001600160401b03168152602001836060015162ffffff166001600160401b03168152602001826020015161ffff16815260200183602001516001600160601b03168152602001826040015161ffff168152602001826060015161ffff168152602001826080015161ffff1681526020018260a0015161ffff1681526020018260c0015163ffffffff1681526020018260e0015163ffffffff16815260200182610100015163ffffffff16815260200182610120015165ffffffffffff166001600160401b03168152509250505090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b335f9081526006602090815260408083208151608081018352600180546001600160601b038082168452600160601b82041695830195909552600160c01b850464ffffffffff1693820193909352600160e81b90930462ffffff1660608401529190825460ff16600281111561224a5761224a61408f565b14158061226e5750805182546001600160601b03918216600160401b909104909116105b1561228e576040516371ab6ad560e11b8152336004820152602401610b9f565b8b6122ac5760405163b263ae7360e01b815260040160405180910390fd5b5f8a90036122cd57604051636d91186360e01b815260040160405180910390fd5b886001600160401b03165f036122f65760405163011ee73b60e21b815260040160405180910390fd5b866001600160401b0316866001600160401b031610806123475750886001600160401b0316876001600160401b0316876001600160401b031661233991906148c7565b6123449060016148da565b14155b1561237f57604051627eaecb60e41b81526001600160401b03808916600483015280881660248301528a166044820152606401610b9f565b65ffffffffffff6001600160401b03871611156123c657604051630a02c5cb60e21b81526001600160401b038716600482015265ffffffffffff6024820152604401610b9f565b6001600160601b038411156123fe57604051630a02c5cb60e21b8152600481018590526001600160601b036024820152604401610b9f565b81546060820151630100000090910464ffffffffff16905f906124269062ffffff16426148da565b90505f80831561248a5750505f82815260046020526040902060028101546001600160601b03811691600160601b820465ffffffffffff1691600160a81b900463ffffffff16841015612488576002810154600160a81b900463ffffffff1693505b505b6124958160016148da565b8b6001600160401b0316146124dc576124af8160016148da565b604051630a8a369560e01b81526001600160401b039182166004820152908c166024820152604401610b9f565b6124e7868e8e6136c4565b818810156125125760405163af29db1160e01b81526004810183905260248101899052604401610b9f565b5f8c6001600160401b031686602001516001600160601b03166125359190614c42565b905080612542848b6148c7565b111561257657612552838a6148c7565b60405163fe55c0f360e01b8152600481019190915260248101829052604401610b9f565b5050508515801590612586575086155b156125a457604051636ccad7d560e11b815260040160405180910390fd5b63ffffffff8111156125d657604051630a02c5cb60e21b81526004810182905263ffffffff6024820152604401610b9f565b60408301516125ed9064ffffffffff1660016148da565b945064ffffffffff85111561262357604051630a02c5cb60e21b81526004810186905264ffffffffff6024820152604401610b9f565b6001805464ffffffffff60c01b1916600160c01b64ffffffffff8816021790555f8581526004602052604090208e8155871561266157600181018890555b845467ffffffffffffffff60601b60608b901b16881762ffffff60901b600160a01b830460901b161760a884901b1760c885901b176001600160f01b031961010090920460f01b919091161760029190910155835464ffffffffff861663010000000267ffffffffff000000199091161784556126e2858e8e8e8e8c613898565b505050509998505050505050505050565b5f516020614ebe5f395f51905f5261270a81613178565b5f61271483612be6565b9050600181600381111561272a5761272a61408f565b1461274c57828160405163a2031de560e01b8152600401610b9f929190614c59565b5f83815260046020908152604080832060020154600160901b900462ffffff16835260078252808320546001600160a01b03168084526006835281842087855260059093529083208054919390916127a99061ffff1660016148da565b905061ffff8111156127d957604051630a02c5cb60e21b81526004810182905261ffff6024820152604401610b9f565b815461ffff191661ffff8216178255600181900361293757815462ff00001916620100001782556001830154879064ffffffffff600160881b9091041680158061283057508064ffffffffff168264ffffffffff16105b1561288057835464ffffffffff80831663010000000267ffffffffff00000019909216919091178555600186018054918416600160881b0264ffffffffff60881b19909216919091179055612934565b64ffffffffff8082165f9081526005602052604090205482916301000000909104165b64ffffffffff8116158015906128c657508364ffffffffff168164ffffffffff16105b156128f35764ffffffffff8082165f908152600560205260409020549192506301000000909104166128a3565b855464ffffffffff918216630100000090810267ffffffffff000000199283161788559282165f908152600560205260409020805492861690930291161790555b50505b600183015460408051838152600160881b90920464ffffffffff1660208301526001600160a01b0386169189917f3dd79a6d10ace41d53f627d5ba6930e9c860ecc0916aee59063fca7bedc66ca49101610f7f565b5f516020614e7e5f395f51905f526129a381613178565b6129ac826133c7565b600180546001600160601b0392909216600160601b026bffffffffffffffffffffffff60601b199092169190911790555f516020614e9e5f395f51905f52610ae3611e2a565b5f516020614e7e5f395f51905f52612a0981613178565b65ffffffffffff6001600160401b0383161115612a5057604051630a02c5cb60e21b81526001600160401b038316600482015265ffffffffffff6024820152604401610b9f565b600280546001600160d01b0316600160d01b65ffffffffffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b5f612a8f336135e7565b90506001600160a01b038216612ab85760405163d92e233d60e01b815260040160405180910390fd5b6002810180546001600160a01b0319166001600160a01b03841690811790915560405133907f18b5078a8a55f53c428467b7f19cf8408acc494f8ae06b3e6202b7b2b19d23dc905f90a35050565b612b0f336135e7565b50335f908152600960205260409020612b29828483614984565b50336001600160a01b03167f5ca725b311432a1e504bef178f03f9df01a15badca5e9a8278b7eb258f1618ac8383604051612b65929190614c6d565b60405180910390a25050565b5f5f612b7c86612be6565b90506001816003811115612b9257612b9261408f565b14158015612bb257506002816003811115612baf57612baf61408f565b14155b15612bc0575f915050610a90565b5f86815260046020526040902054612bdc9085908590886134b7565b9695505050505050565b5f8181526004602052604081206002810154600160901b900462ffffff16808303612c1457505f9392505050565b5f818152600760209081526040808320546001600160a01b0316808452600690925290912060028401548154612c6191849161ffff600160f01b9092048216918a9161010090041661394d565b612c715750600395945050505050565b6002840154600160a81b900463ffffffff16421080612ca857506001810154612ca890600160881b900464ffffffffff16876135c6565b15612cb95750600195945050505050565b50600295945050505050565b5f82815260208190526040902060010154612cdf81613178565b6111ee838361355d565b5f5f516020614ebe5f395f51905f52612d0181613178565b612d09613392565b6001600160a01b038316612d305760405163d92e233d60e01b815260040160405180910390fd5b5f612d3a85612be6565b90506001816003811115612d5057612d5061408f565b14612d7257848160405163a2031de560e01b8152600401610b9f929190614c59565b5f8581526004602090815260408083206002810154600160901b900462ffffff16845260078352818420546001600160a01b03168085526006909352908320805491939091612dcb90610100900461ffff1660016148da565b905061ffff8110612def576040516337b96c7760e11b815260040160405180910390fd5b6001600160a01b0383165f9081526008602052604090206002850154600160f01b900461ffff165b82811015612e78575f8181526020839052604090205464ffffffffff16801580612e4757508064ffffffffff168c105b15612e6f575f828152602084905260409020805464ffffffffff191664ffffffffff8e161790555b50600101612e17565b5050612e84828a613996565b8154600285015460018401805461ffff60c81b1916600160c81b61ffff86168181029290921790925567ffffffffffffff0019841661010090910267ffffffffff000000191617630100000064ffffffffff9290930482168381029190911786559190920490911690612ef98b868484613ab4565b612f0485858c613b4d565b985050505050505050611d7a613434565b5f516020614e7e5f395f51905f52612f2c81613178565b62ffffff6001600160401b0383161115612f6d57604051630a02c5cb60e21b81526001600160401b038316600482015262ffffff6024820152604401610b9f565b600180546001600160e81b0316600160e81b62ffffff8516021790555f516020614e9e5f395f51905f52610ae3611e2a565b5f5f516020614ebe5f395f51905f52612fb781613178565b612fbf613392565b6001600160a01b038316612fe65760405163d92e233d60e01b815260040160405180910390fd5b5f612ff0856135e7565b805460ff1916600217815590505f61300782613c8f565b9050846001600160a01b0316866001600160a01b03167fa8f3d94b001e4d7788bb71fa1afe465b5dc56735d750f67716bd8bb31084a9358360405161304e91815260200190565b60405180910390a3613061868387613b4d565b93505050611d7a613434565b5f516020614e7e5f395f51905f5261308481613178565b5f8261ffff168461ffff168661ffff168861ffff166130a391906148da565b6130ad91906148da565b6130b791906148da565b905061271081146130de576040516348ce6f0160e11b815260048101829052602401610b9f565b6002805469ffffffff0000000000001916600160301b61ffff8981169190910269ffff0000000000000000191691909117600160401b888316021763ffffffff60501b1916600160501b8783160261ffff60601b191617600160601b918616919091021781555f516020614e9e5f395f51905f5261315a611e2a565b60405161316791906145ab565b60405180910390a150505050505050565b6115ad8133613ce5565b5f8581526004602090815260408083206001600160a01b038a16845260069092528220826131b283838c8c613d22565b90506131c8868685600101546112668c8c61345e565b6131e5576040516309bde33960e01b815260040160405180910390fd5b6001820154600160601b900464ffffffffff16808a10613206575088613223565b5f818152600460205260409020600201546001600160601b031691505b6001830154604051630bfa90c760e21b8152600160b01b820462ffffff1660048201526001600160a01b038b81166024830152604482018b90526001600160601b039092166064820181905260848201859052917f00000000000000000000000000000000000000000000000000000000000000001690632fea431c9060a4016020604051808303815f875af11580156132bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132e39190614840565b95506132ef86826148da565b60018501805464ffffffffff8516600160601b0270ffffffffffffffffffffffffffffffffff199091166001600160601b0393909316929092179190911790556040516001600160a01b03808c16918d918f16907f65a98f369510d13fc728cf1e7e5e26eb71be267410a0abd167f813ea9430b07f9061337b908b908f90918252602082015260400190565b60405180910390a450505050509695505050505050565b61339a613e5b565b611b8060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613e9b565b5f6001600160601b038211156133fa576040516306dfcc6560e41b81526060600482015260248101839052604401610b9f565b5090565b61340c848484846001613ea2565b6111ee57604051635274afe760e01b81526001600160a01b0385166004820152602401610b9f565b611b805f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006133c1565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b5f826134c4868685613f0f565b1495945050505050565b5f6134d983836121aa565b613556575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561350e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109ca565b505f6109ca565b5f61356883836121aa565b15613556575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016109ca565b5f64ffffffffff8316158015906112a757505064ffffffffff909116111590565b6001600160a01b0381165f90815260066020526040812090815460ff1660028111156136155761361561408f565b0361363e5760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610b9f565b919050565b5f816040516020016136559190614c80565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b61369c8383836001613f50565b61133b57604051635274afe760e01b81526001600160a01b0384166004820152602401610b9f565b604080516101408101825260025463ffffffff8082168352640100000000820461ffff9081166020850152600160301b8304811694840194909452600160401b820484166060840152600160501b820484166080840152600160601b820490931660a0830152600160701b8104831660c0830152600160901b8104831660e0830152600160b01b81049092166101008201819052600160d01b90920465ffffffffffff16610120820152905f90613784906001600160401b038616614c42565b905080836001600160401b031611156137c25760405163238c625360e21b81526001600160401b038416600482015260248101829052604401610b9f565b5f6137d06201518042614dcd565b86549091506001600160401b03851690600160b81b900462ffffff1682900361381157865461380e90600160d01b900465ffffffffffff16826148da565b90505b83610120015165ffffffffffff1681111561385757610120840151604051633c86620360e21b81526004810183905265ffffffffffff9091166024820152604401610b9f565b865465ffffffffffff909116600160d01b026001600160d01b0362ffffff909316600160b81b02929092166001600160b81b03909116171790945550505050565b5f86815260046020526040902060028101548154600160601b90910465ffffffffffff169033897f074b98fc239723ccab649e65eb51d7ac4b230335e0a25af20b268a65790baf868a8a8a8a6138ee828a614889565b6138f99060016148a8565b60028b015460405161393b9695949392918c918f916001600160601b03811691600160c81b820464ffffffffff1691600160a81b900463ffffffff1690614dec565b60405180910390a45050505050505050565b5f8161ffff168461ffff16148061126f575050506001600160a01b03929092165f90815260086020908152604080832061ffff949094168352929052205464ffffffffff161190565b6001820154600160881b900464ffffffffff165f8190036139b657505050565b818164ffffffffff16106139dc5760018301805464ffffffffff60881b19169055613a6b565b64ffffffffff8082165f9081526005602052604090205463010000009004165b64ffffffffff811615801590613a185750828164ffffffffff16105b15613a455764ffffffffff8082165f908152600560205260409020549192506301000000909104166139fc565b64ffffffffff9091165f908152600560205260409020805467ffffffffff000000191690555b5b64ffffffffff81161561133b5764ffffffffff9081165f908152600560205260409020805467ffffffffffff0000198116909155630100000062ff0000199091160416613a6c565b5f808215613ae95750505f8181526004602052604090206002015465ffffffffffff600160601b820416906001600160601b03165b60408051858152602081018590526001600160401b038416818301526060810183905290516001600160a01b0387169188917fb8871c044de5c4a3b43d189b43f6ec34c6e95daf33ae7ec6969f70ae14aaf7a79181900360800190a3505050505050565b5f613b5783613c8f565b835460028501549192506001600160601b03600160401b909104811691600160a01b9004165f828410613b8a5782613b8c565b835b9050613b9881846148c7565b9250613ba481856148c7565b613bae90836148c7565b86546001600160601b03808616600160401b02600160401b600160a01b0319909216919091178855600288018054918316600160a01b026001600160a01b0392831617905560405191935086811691908916907ffb159b41ed6c88bd3862559e8c5ec356d1bbb8e979ae346f435e67658e88fabf90613c43908890889088909283526020830191909152604082015260600190565b60405180910390a38315613c8557613c856001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016868661368f565b5050509392505050565b600280549082015482545f926127109264010000000090910461ffff1691613cd191600160a01b90046001600160601b0390811691600160401b9004166148da565b613cdb9190614c42565b6109ca9190614dcd565b613cef82826121aa565b613d1e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b9f565b5050565b60028401545f90600160901b900462ffffff16808203613d58576040516321c9773560e11b815260048101849052602401610b9f565b6001850154600160b01b900462ffffff168114613d9a5760405163062150e960e21b8152600481018490526001600160a01b0385166024820152604401610b9f565b60028601546001860154613dc791869161ffff600160f01b9092048216918791600160c81b90041661394d565b613de95782600360405163339a092160e21b8152600401610b9f929190614c59565b6002860154600160a81b900463ffffffff16421080613e2057506001850154613e2090600160881b900464ffffffffff16846135c6565b15613e435782600160405163339a092160e21b8152600401610b9f929190614c59565b5050506002909201546001600160601b031692915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b8057604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613efe578383151615613ef2573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f81815b84811015613f4757613f3d82878784818110613f3157613f31614bcb565b90506020020135613fb2565b9150600101613f13565b50949350505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613fa6578383151615613f9a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f818310613fcc575f8281526020849052604090206112a7565b5f8381526020839052604090206112a7565b5f60208284031215613fee575f5ffd5b81356001600160e01b0319811681146112a7575f5ffd5b80356001600160a01b038116811461363e575f5ffd5b5f5f6040838503121561402c575f5ffd5b61403583614005565b915061404360208401614005565b90509250929050565b803563ffffffff8116811461363e575f5ffd5b5f6020828403121561406f575f5ffd5b6112a78261404c565b5f60208284031215614088575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600481106140b3576140b361408f565b9052565b81516001600160a01b031681526101808101602083015160208301526040830151604083015260608301516060830152608083015161410160808401826001600160401b03169052565b5060a083015161411c60a08401826001600160401b03169052565b5060c083015161413760c08401826001600160401b03169052565b5060e083015160e083015261010083015161010083015261012083015161416a6101208401826001600160401b03169052565b50610140830151610140830152610160830151611d7a6101608401826140a3565b5f5f83601f84011261419b575f5ffd5b5081356001600160401b038111156141b1575f5ffd5b6020830191508360208260051b85010111156141cb575f5ffd5b9250929050565b5f5f5f5f5f5f60a087890312156141e7575f5ffd5b6141f087614005565b95506020870135945061420560408801614005565b93506060870135925060808701356001600160401b03811115614226575f5ffd5b61423289828a0161418b565b979a9699509497509295939492505050565b5f5f83601f840112614254575f5ffd5b5081356001600160401b0381111561426a575f5ffd5b6020830191508360208285010111156141cb575f5ffd5b5f5f5f5f60608587031215614294575f5ffd5b843593506142a460208601614005565b925060408501356001600160401b038111156142be575f5ffd5b6142ca87828801614244565b95989497509550505050565b5f5f5f5f5f608086880312156142ea575f5ffd5b853594506142fa60208701614005565b93506040860135925060608601356001600160401b0381111561431b575f5ffd5b6143278882890161418b565b969995985093965092949392505050565b5f5f60408385031215614349575f5ffd5b8235915061404360208401614005565b5f5f6040838503121561436a575f5ffd5b61437383614005565b946020939093013593505050565b5f60208284031215614391575f5ffd5b6112a782614005565b80356001600160401b038116811461363e575f5ffd5b5f602082840312156143c0575f5ffd5b6112a78261439a565b600381106140b3576140b361408f565b5f610200820190506143ec8284516143c9565b60208301516143ff602084018215159052565b50604083015161441a60408401826001600160a01b03169052565b50606083015160608301526080830151608083015260a083015161444960a08401826001600160401b03169052565b5060c083015161446460c08401826001600160401b03169052565b5060e083015160e08301526101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516144c76101a08401826001600160401b03169052565b506101c08301516144e46101c08401826001600160401b03169052565b506101e092830151919092015290565b5f6101e0828403128015614506575f5ffd5b509092915050565b803561ffff8116811461363e575f5ffd5b5f6020828403121561452f575f5ffd5b6112a78261450e565b5f5f60208385031215614549575f5ffd5b82356001600160401b0381111561455e575f5ffd5b61456a8582860161418b565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b815181526020808301516101a08301916145cf908401826001600160401b03169052565b5060408301516145ea60408401826001600160401b03169052565b506060830151614600606084018261ffff169052565b506080830151608083015260a083015161462060a084018261ffff169052565b5060c083015161463660c084018261ffff169052565b5060e083015161464c60e084018261ffff169052565b5061010083015161466461010084018261ffff169052565b5061012083015161467e61012084018263ffffffff169052565b5061014083015161469861014084018263ffffffff169052565b506101608301516146b261016084018263ffffffff169052565b50610180830151611d7a6101808401826001600160401b03169052565b5f5f5f5f5f5f5f5f5f6101008a8c0312156146e8575f5ffd5b8935985060208a01356001600160401b03811115614704575f5ffd5b6147108c828d01614244565b9099509750614723905060408b0161439a565b955061473160608b0161439a565b945061473f60808b0161439a565b935061474d60a08b0161439a565b989b979a50959894979396929550929360c0810135935060e00135919050565b5f5f6020838503121561477e575f5ffd5b82356001600160401b03811115614793575f5ffd5b61456a85828601614244565b5f5f5f5f606085870312156147b2575f5ffd5b843593506020850135925060408501356001600160401b038111156147d5575f5ffd5b6142ca8782880161418b565b602081016109ca82846140a3565b5f5f5f5f60808587031215614802575f5ffd5b61480b8561450e565b93506148196020860161450e565b92506148276040860161450e565b91506148356060860161450e565b905092959194509250565b5f60208284031215614850575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff81811683821601908111156109ca576109ca614857565b6001600160401b0382811682821603908111156109ca576109ca614857565b6001600160401b0381811683821601908111156109ca576109ca614857565b818103818111156109ca576109ca614857565b808201808211156109ca576109ca614857565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061491557607f821691505b60208210810361493357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561133b57805f5260205f20601f840160051c8101602085101561495e5750805b601f840160051c820191505b8181101561497d575f815560010161496a565b5050505050565b6001600160401b0383111561499b5761499b6148ed565b6149af836149a98354614901565b83614939565b5f601f8411600181146149e0575f85156149c95750838201355b5f19600387901b1c1916600186901b17835561497d565b5f83815260208120601f198716915b82811015614a0f57868501358255602094850194600190920191016149ef565b5086821015614a2b575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f61126f604083018486614a3d565b6040516101e081016001600160401b0381118282101715614aa157614aa16148ed565b60405290565b803560ff8116811461363e575f5ffd5b5f6101e0828403128015614ac9575f5ffd5b50614ad2614a7e565b614adb83614005565b8152614ae96020840161439a565b6020820152604083810135908201526060808401359082015260808084013590820152614b1860a0840161439a565b60a0820152614b2960c0840161439a565b60c0820152614b3a60e0840161439a565b60e0820152614b4c610100840161404c565b610100820152614b5f610120840161450e565b610120820152614b726101408401614aa7565b610140820152614b856101608401614005565b610160820152614b986101808401614005565b610180820152614bab6101a0840161450e565b6101a0820152614bbe6101c08401614aa7565b6101c08201529392505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112614bf3575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614c12575f5ffd5b8301803591506001600160401b03821115614c2b575f5ffd5b6020019150600581901b36038213156141cb575f5ffd5b80820281158282048414176109ca576109ca614857565b828152604081016112a760208301846140a3565b602081525f610a90602083018486614a3d565b81516001600160a01b031681526101e081016020830151614cac60208401826001600160401b03169052565b5060408301516040830152606083015160608301526080830151608083015260a0830151614ce560a08401826001600160401b03169052565b5060c0830151614d0060c08401826001600160401b03169052565b5060e0830151614d1b60e08401826001600160401b03169052565b50610100830151614d3561010084018263ffffffff169052565b50610120830151614d4d61012084018261ffff169052565b50610140830151614d6461014084018260ff169052565b50610160830151614d816101608401826001600160a01b03169052565b50610180830151614d9e6101808401826001600160a01b03169052565b506101a0830151614db66101a084018261ffff169052565b506101c0830151611d7a6101c084018260ff169052565b5f82614de757634e487b7160e01b5f52601260045260245ffd5b500490565b61012081525f614e0161012083018c8e614a3d565b90506001600160401b038a1660208301526001600160401b03891660408301526001600160401b03881660608301526001600160401b03871660808301528560a08301526001600160601b03851660c083015264ffffffffff841660e083015263ffffffff83166101008301529b9a505050505050505050505056fe7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55be8aa69eb0173a964097616ce87ae23aac5f6d8bb448c8886fc4a8f8c8a2513cc785f0e55c16138ca0f8448186fa6229be092a3a83db3c5d63c9286723c5a2c4a2646970667358221220d3267cc5cf047a23481f1a5a7dc08229354b1f594b728c6261323d27ba5a482264736f6c634300081e0033",
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
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint64,uint256,uint8) info)
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
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint64,uint256,uint8) info)
func (cDRAnchor *CDRAnchor) TryPackBatch(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("batch", batchId)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchId) view returns((address,bytes32,bytes32,uint256,uint64,uint64,uint64,uint256,bytes32,uint64,uint256,uint8) info)
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
// the contract method with ID 0x5a5a555d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16,uint8) c) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) PackCdrLeaf(c CDRLeafCDR) []byte {
	enc, err := cDRAnchor.abi.Pack("cdrLeaf", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCdrLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a5a555d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16,uint8) c) pure returns(bytes32)
func (cDRAnchor *CDRAnchor) TryPackCdrLeaf(c CDRLeafCDR) ([]byte, error) {
	return cDRAnchor.abi.Pack("cdrLeaf", c)
}

// UnpackCdrLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a5a555d.
//
// Solidity: function cdrLeaf((address,uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,uint16,uint8,address,address,uint16,uint8) c) pure returns(bytes32)
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
// the contract method with ID 0x77af06a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezeOf(uint256 batchId) view returns(uint256 freezes, uint256 frozenFromBatchId)
func (cDRAnchor *CDRAnchor) PackFreezeOf(batchId *big.Int) []byte {
	enc, err := cDRAnchor.abi.Pack("freezeOf", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77af06a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezeOf(uint256 batchId) view returns(uint256 freezes, uint256 frozenFromBatchId)
func (cDRAnchor *CDRAnchor) TryPackFreezeOf(batchId *big.Int) ([]byte, error) {
	return cDRAnchor.abi.Pack("freezeOf", batchId)
}

// FreezeOfOutput serves as a container for the return parameters of contract
// method FreezeOf.
type FreezeOfOutput struct {
	Freezes           *big.Int
	FrozenFromBatchId *big.Int
}

// UnpackFreezeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77af06a1.
//
// Solidity: function freezeOf(uint256 batchId) view returns(uint256 freezes, uint256 frozenFromBatchId)
func (cDRAnchor *CDRAnchor) UnpackFreezeOf(data []byte) (FreezeOfOutput, error) {
	out, err := cDRAnchor.abi.Unpack("freezeOf", data)
	outstruct := new(FreezeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Freezes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FrozenFromBatchId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
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

// PackMaxCallSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d649654.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCallSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) PackMaxCallSeconds() []byte {
	enc, err := cDRAnchor.abi.Pack("maxCallSeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCallSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d649654.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCallSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) TryPackMaxCallSeconds() ([]byte, error) {
	return cDRAnchor.abi.Pack("maxCallSeconds")
}

// UnpackMaxCallSeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d649654.
//
// Solidity: function maxCallSeconds() view returns(uint32)
func (cDRAnchor *CDRAnchor) UnpackMaxCallSeconds(data []byte) (uint32, error) {
	out, err := cDRAnchor.abi.Unpack("maxCallSeconds", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMaxDailySeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441d718f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDailySeconds() view returns(uint64)
func (cDRAnchor *CDRAnchor) PackMaxDailySeconds() []byte {
	enc, err := cDRAnchor.abi.Pack("maxDailySeconds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDailySeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441d718f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDailySeconds() view returns(uint64)
func (cDRAnchor *CDRAnchor) TryPackMaxDailySeconds() ([]byte, error) {
	return cDRAnchor.abi.Pack("maxDailySeconds")
}

// UnpackMaxDailySeconds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x441d718f.
//
// Solidity: function maxDailySeconds() view returns(uint64)
func (cDRAnchor *CDRAnchor) UnpackMaxDailySeconds(data []byte) (uint64, error) {
	out, err := cDRAnchor.abi.Unpack("maxDailySeconds", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256,uint64,uint64,uint256) info)
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
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256,uint64,uint64,uint256) info)
func (cDRAnchor *CDRAnchor) TryPackOperatorInfo(operator common.Address) ([]byte, error) {
	return cDRAnchor.abi.Pack("operatorInfo", operator)
}

// UnpackOperatorInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50c246d6.
//
// Solidity: function operatorInfo(address operator) view returns((uint8,bool,address,uint256,uint256,uint64,uint64,uint256,bytes32,uint256,uint256,uint256,uint256,uint64,uint64,uint256) info)
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
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32,uint32,uint64) p)
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
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32,uint32,uint64) p)
func (cDRAnchor *CDRAnchor) TryPackParameters() ([]byte, error) {
	return cDRAnchor.abi.Pack("parameters")
}

// UnpackParameters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89035730.
//
// Solidity: function parameters() view returns((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32,uint32,uint64) p)
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

// PackSetMaxCallSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ceafe2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCallSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) PackSetMaxCallSeconds(value uint32) []byte {
	enc, err := cDRAnchor.abi.Pack("setMaxCallSeconds", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxCallSeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ceafe2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxCallSeconds(uint32 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetMaxCallSeconds(value uint32) ([]byte, error) {
	return cDRAnchor.abi.Pack("setMaxCallSeconds", value)
}

// PackSetMaxDailySeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa150bbae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxDailySeconds(uint64 value) returns()
func (cDRAnchor *CDRAnchor) PackSetMaxDailySeconds(value uint64) []byte {
	enc, err := cDRAnchor.abi.Pack("setMaxDailySeconds", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxDailySeconds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa150bbae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxDailySeconds(uint64 value) returns()
func (cDRAnchor *CDRAnchor) TryPackSetMaxDailySeconds(value uint64) ([]byte, error) {
	return cDRAnchor.abi.Pack("setMaxDailySeconds", value)
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
	BatchId           *big.Int
	Operator          common.Address
	Freezes           *big.Int
	FrozenFromBatchId *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchFrozenEventName = "BatchFrozen"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchFrozen) ContractEventName() string {
	return CDRAnchorBatchFrozenEventName
}

// UnpackBatchFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint256 frozenFromBatchId)
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
	BatchId           *big.Int
	Operator          common.Address
	Freezes           *big.Int
	FrozenFromBatchId *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const CDRAnchorBatchUnfrozenEventName = "BatchUnfrozen"

// ContractEventName returns the user-defined event name.
func (CDRAnchorBatchUnfrozen) ContractEventName() string {
	return CDRAnchorBatchUnfrozenEventName
}

// UnpackBatchUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchUnfrozen(uint256 indexed batchId, address indexed operator, uint256 freezes, uint256 frozenFromBatchId)
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
// Solidity: event ParametersSet((uint256,uint64,uint64,uint16,uint256,uint16,uint16,uint16,uint16,uint32,uint32,uint32,uint64) params)
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
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BatchesNotFinal"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBatchesNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BillableTooLarge"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBillableTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["BondBelowMinimum"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackBondBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["DailySecondsExceeded"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackDailySecondsExceededError(raw[4:])
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
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["TokenMinterMismatch"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackTokenMinterMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["TooManyInvalidations"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackTooManyInvalidationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], cDRAnchor.abi.Errors["TooManyOperators"].ID.Bytes()[:4]) {
		return cDRAnchor.UnpackTooManyOperatorsError(raw[4:])
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

// CDRAnchorBatchesNotFinal represents a BatchesNotFinal error raised by the CDRAnchor contract.
type CDRAnchorBatchesNotFinal struct {
	TipBatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchesNotFinal(uint256 tipBatchId)
func CDRAnchorBatchesNotFinalErrorID() common.Hash {
	return common.HexToHash("0xecda950aa34bd3519760186bae86e24d0aa6720446511aaf654f9e5e8512c433")
}

// UnpackBatchesNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchesNotFinal(uint256 tipBatchId)
func (cDRAnchor *CDRAnchor) UnpackBatchesNotFinalError(raw []byte) (*CDRAnchorBatchesNotFinal, error) {
	out := new(CDRAnchorBatchesNotFinal)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "BatchesNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CDRAnchorBillableTooLarge represents a BillableTooLarge error raised by the CDRAnchor contract.
type CDRAnchorBillableTooLarge struct {
	BillableSeconds *big.Int
	MaxSeconds      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BillableTooLarge(uint256 billableSeconds, uint256 maxSeconds)
func CDRAnchorBillableTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8e31894c3a1b161dc29ca342d9e5fe0fea270fa8627ee1dc99c7ec5f9a48437e")
}

// UnpackBillableTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BillableTooLarge(uint256 billableSeconds, uint256 maxSeconds)
func (cDRAnchor *CDRAnchor) UnpackBillableTooLargeError(raw []byte) (*CDRAnchorBillableTooLarge, error) {
	out := new(CDRAnchorBillableTooLarge)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "BillableTooLarge", raw); err != nil {
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

// CDRAnchorDailySecondsExceeded represents a DailySecondsExceeded error raised by the CDRAnchor contract.
type CDRAnchorDailySecondsExceeded struct {
	DaySeconds      *big.Int
	MaxDailySeconds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DailySecondsExceeded(uint256 daySeconds, uint256 maxDailySeconds)
func CDRAnchorDailySecondsExceededErrorID() common.Hash {
	return common.HexToHash("0xf219880c7123389b472a6aa9aa9804dec73b66f7cb4543a9a1ad2d6adc5ce357")
}

// UnpackDailySecondsExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DailySecondsExceeded(uint256 daySeconds, uint256 maxDailySeconds)
func (cDRAnchor *CDRAnchor) UnpackDailySecondsExceededError(raw []byte) (*CDRAnchorDailySecondsExceeded, error) {
	out := new(CDRAnchorDailySecondsExceeded)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "DailySecondsExceeded", raw); err != nil {
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
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFrozen(uint256 batchId)
func CDRAnchorNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x3b836b850770dd83710f12f50d796dae9b8a9ba20982b713df3841364ca6a3a9")
}

// UnpackNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFrozen(uint256 batchId)
func (cDRAnchor *CDRAnchor) UnpackNotFrozenError(raw []byte) (*CDRAnchorNotFrozen, error) {
	out := new(CDRAnchorNotFrozen)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "NotFrozen", raw); err != nil {
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

// CDRAnchorTokenMinterMismatch represents a TokenMinterMismatch error raised by the CDRAnchor contract.
type CDRAnchorTokenMinterMismatch struct {
	Minter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenMinterMismatch(address minter)
func CDRAnchorTokenMinterMismatchErrorID() common.Hash {
	return common.HexToHash("0x43fa53f389ffef75a86468625ccd5b43900b16e02646c9e016fe229310693836")
}

// UnpackTokenMinterMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenMinterMismatch(address minter)
func (cDRAnchor *CDRAnchor) UnpackTokenMinterMismatchError(raw []byte) (*CDRAnchorTokenMinterMismatch, error) {
	out := new(CDRAnchorTokenMinterMismatch)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "TokenMinterMismatch", raw); err != nil {
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

// CDRAnchorTooManyOperators represents a TooManyOperators error raised by the CDRAnchor contract.
type CDRAnchorTooManyOperators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyOperators()
func CDRAnchorTooManyOperatorsErrorID() common.Hash {
	return common.HexToHash("0x6055dca101c7d7e382b601e37811f4f1ac1d79565b1b37ac5ed77f06f4f967d3")
}

// UnpackTooManyOperatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyOperators()
func (cDRAnchor *CDRAnchor) UnpackTooManyOperatorsError(raw []byte) (*CDRAnchorTooManyOperators, error) {
	out := new(CDRAnchorTooManyOperators)
	if err := cDRAnchor.abi.UnpackIntoInterface(out, "TooManyOperators", raw); err != nil {
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
