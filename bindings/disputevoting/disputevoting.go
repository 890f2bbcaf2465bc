// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package disputevoting

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

// DisputeVotingParams is an auto generated low-level Go binding around an user-defined struct.
type DisputeVotingParams struct {
	MinPledge        *big.Int
	MinJurorStake    *big.Int
	CommitPeriod     uint64
	RevealPeriod     uint64
	AppealPeriod     uint64
	UnstakeDelay     uint64
	JurorsPerDispute uint16
	MaxAppeals       uint8
	SlashDisputerBps uint16
}

// DisputeVotingMetaData contains all meta data concerning the DisputeVoting contract.
var DisputeVotingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"anchor_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"randomness_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_NUMBER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_OPERATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_APPEALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CID_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_JURORS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SEATS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REJECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHOLD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accountedBalance\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractICDRAnchor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"appeal\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commit\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeFunds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"draw\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"drawWeightAt\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"blockNumber\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeitedUnsettled\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"disputer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeVoting.Status\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"roundCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRounds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"executed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"refundAll\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"pool\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRound\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"drawn\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rejectVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"upholdVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jurors\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVote\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jurorInfo\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unstakeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unstakeAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"evidenceCid\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"randomness\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRandomness\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractINumberRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnstake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rerequestRandomness\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundResult\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setParameters\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRandomness\",\"inputs\":[{\"name\":\"source\",\"type\":\"address\",\"internalType\":\"contractIRandomness\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slotsUsed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalOwed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalStaked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalWeightAt\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawRewards\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Appealed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"appellant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"side\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"disputer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"evidenceCid\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"upheld\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"finalRound\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurorPool\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"coherentLocked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forfeited\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"pledgerBounty\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refundAll\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeSettled\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unlocked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forfeited\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurorReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"pledgeRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JurorsDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurors\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"seats\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"lockPerSeat\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voidSeats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"appealDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutcomeExecuted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"slashedReceived\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessRerequested\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessSourceSet\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"source\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnstakeRequested\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCommitted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteRevealed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"choice\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"stillRequested\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyCommitted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AlreadyDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevealed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AlreadySettled\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AppealNotOpen\",\"inputs\":[{\"name\":\"opensAfter\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AppealPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CommitmentMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DisputeNotActive\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeNotResolved\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidChoice\",\"inputs\":[{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidEvidence\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidKind\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidParameters\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSubject\",\"inputs\":[{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"JurorPoolFull\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoMoreAppeals\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoUnstakeRequest\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotCommitted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotJuror\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutcomeOutOfGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PledgeTooLow\",\"inputs\":[{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RandomnessNotReady\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RandomnessSourceUnchanged\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevealNotOpen\",\"inputs\":[{\"name\":\"opensAfter\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StakeBelowMinimum\",\"inputs\":[{\"name\":\"newStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StakeLocked\",\"inputs\":[{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SubjectNotDisputable\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TooEarlyToFinalize\",\"inputs\":[{\"name\":\"notBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnstakeNotReady\",\"inputs\":[{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "DisputeVoting",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161523438038061523483398101604081905261002e916102f6565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038516158061006f57506001600160a01b038416155b8061008157506001600160a01b038316155b8061009357506001600160a01b038216155b806100a557506001600160a01b038116155b156100c35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384811660805283811660a05282811660c052600180546001600160a01b0319169183169190911790556100fe5f86610232565b506101297f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5586610232565b50604080516101208101825268056bc75e2d63100000808252602082018190526201518082840181905260608301819052608083015262093a8060a0830152600360c08301819052600260e08401819052611388610100850152829055557a093a800000000000015180000000000001518000000000000151806004556005805464ffffffffff191664138802000317905590517fad801c81a8c3b2c6cf840bc92c337ecb2d08c22e347bd317bc08ef29ad81bc11906101ea908390610357565b60405180910390a16040516001600160a01b038316905f907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9908290a35050505050506103f2565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102d2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561028a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102d5565b505f5b92915050565b80516001600160a01b03811681146102f1575f5ffd5b919050565b5f5f5f5f5f60a0868803121561030a575f5ffd5b610313866102db565b9450610321602087016102db565b935061032f604087016102db565b925061033d606087016102db565b915061034b608087016102db565b90509295509295909350565b81518152602080830151908201526040808301516001600160401b039081169183019190915260608084015182169083015260808084015182169083015260a080840151918216908301526101208201905060c08301516103be60c084018261ffff169052565b5060e08301516103d360e084018260ff169052565b506101008301516103eb61010084018261ffff169052565b5092915050565b60805160a05160c051614dbd6104775f395f818161053f015281816137f80152613a8e01525f818161077b0152818161363f01528181613746015281816139970152613a4301525f81816108b1015281816115cd015281816119e0015281816121030152818161236b01528181612a9a015281816138f70152613b560152614dbd5ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c8063a217fddf116101af578063ccc57490116100fe578063e3a96cbd1161009e578063f2f0387711610079578063f2f0387714610899578063fc0c546a146108ac578063fddf544b146108d3578063fe6c0203146107e2575f5ffd5b8063e3a96cbd146107ea578063e7fa9f7d1461087d578063ead652d914610886575f5ffd5b8063d547741f116100d9578063d547741f1461079d578063ddd5e1b2146107b0578063df18e047146107c3578063e2551c73146107e2575f5ffd5b8063ccc5749014610670578063cff0ab9614610697578063d3fb73b414610776575f5ffd5b8063a82da60d11610169578063bee2d1cf11610144578063bee2d1cf14610643578063c29f48271461064c578063c7b8981c14610655578063c8e9b3031461065d575f5ffd5b8063a82da60d14610621578063a94df5f214610629578063b55f259e1461063c575f5ffd5b8063a217fddf146105be578063a28889e1146105c5578063a37a85e9146105ce578063a65c6b2a146105e1578063a694fc3a1461060e578063a7fe9f9a14610505575f5ffd5b80633ccfd60b1161026b5780637b103999116102255780638812fca2116102005780638812fca21461057d57806391d148541461059057806394c2c24f146105a35780639a42f3aa146105ab575f5ffd5b80637b1039991461053a5780637e69b7b014610561578063817b1cd214610574575f5ffd5b80633ccfd60b14610457578063460358211461045f5780634f2b4234146104725780635059d2f6146105055780635c95c4411461051f57806368a5458514610527575f5ffd5b806323095721116102d657806336013189116102b157806336013189146103dd57806336568abe1461040857806339ec68a31461041b5780633b30414714610444575f5ffd5b80632309572114610395578063248a9ca3146103a85780632f2ff15d146103ca575f5ffd5b806301ffc9a71461031d57806304e8940d1461034557806305261aea1461035c5780630937eb54146103715780630c2d1ed2146103795780630f92649414610382575b5f5ffd5b61033061032b366004614247565b610959565b60405190151581526020015b60405180910390f35b61034e61040081565b60405190815260200161033c565b61036f61036a36600461426e565b61098f565b005b61034e610c28565b61034e60105481565b61036f610390366004614285565b610c58565b61036f6103a336600461426e565b610ebe565b61034e6103b636600461426e565b5f9081526020819052604090206001015490565b61036f6103d83660046142b3565b611002565b6001546103f0906001600160a01b031681565b6040516001600160a01b03909116815260200161033c565b61036f6104163660046142b3565b61102c565b61042e6104293660046142e1565b611064565b60405161033c9a99989796959493929190614301565b61036f61045236600461426e565b611175565b61036f6114b4565b61034e61046d3660046143cd565b611648565b6104d36104803660046143e6565b5f9283526009602090815260408085209385529281528284206001600160a01b039290921684525290208054600182015460029092015461ffff82169360ff630100000084048116936201000090041690565b60405161033c95949392919094855260208501939093529015156040840152606083015260ff16608082015260a00190565b61050d600281565b60405160ff909116815260200161033c565b61034e600481565b61034e61053536600461441c565b61168d565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b61034e61056f36600461426e565b611727565b61034e600d5481565b61034e61058b366004614468565b611b15565b61033061059e3660046142b3565b611b6c565b61034e603f81565b61036f6105b93660046144b6565b611b94565b61034e5f81565b61034e60065481565b61036f6105dc3660046144eb565b611e98565b6103306105ef3660046142b3565b600a60209081525f928352604080842090915290825290205460ff1681565b61036f61061c36600461426e565b611f3b565b61034e608081565b61036f61063736600461426e565b61216b565b61050d5f81565b61034e60135481565b61034e600e5481565b61036f6122fd565b61050d61066b3660046142e1565b6123d0565b61034e7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61076960408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152506040805161012081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b810483166060830152600160801b810483166080830152600160c01b900490911660a082015260055461ffff80821660c084015260ff6201000083041660e084015263010000009091041661010082015290565b60405161033c9190614506565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b61036f6107ab3660046142b3565b6123e2565b61036f6107be3660046142b3565b612406565b61034e6107d13660046144eb565b600c6020525f908152604090205481565b61050d600181565b6108676107f836600461426e565b5f9081526007602052604090208054600182015460029092015460ff80831694600160381b84046001600160a01b0316936101008104831693620100008204841693600160201b830481169363010000008404821693600160301b8104831693600160281b9091049092169190565b60405161033c9a999897969594939291906145ce565b61034e600f5481565b61034e610894366004614654565b61289c565b61036f6108a73660046142e1565b612bc0565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b6109286108e13660046144eb565b6001600160a01b03165f908152600b6020526040902080546001820154600283015460039093015491939092916001600160401b03811691600160401b90910461ffff1690565b604080519586526020860194909452928401919091526001600160401b03166060830152608082015260a00161033c565b5f6001600160e01b03198216637965db0b60e01b148061098957506301ffc9a760e01b6001600160e01b03198316145b92915050565b610997612d72565b5f6109a182612da0565b80549091505f906109be90600190600160201b900460ff166146f2565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416610a165760405163c6c19e3b60e01b815260048101859052602481018390526044015b60405180910390fd5b82545f9060ff630100000082048116600160201b9092041610610a4d576002820154600160c01b90046001600160401b0316610a5c565b60038201546001600160401b03165b9050806001600160401b03164211610a925760405163693a141f60e01b81526001600160401b0382166004820152602401610a0d565b5f610a9d8685612deb565b855460ff8216620100000262ffff00199091161761020017865590505f80610ac6888785612e4f565b91509150815f03610aeb5750855465ff00000000001916600160281b1786555f610b81565b6006870160ff8416600214610b01576002610b04565b60015b60ff1660038110610b1757610b1761470b565b0154610b23908261471f565b87600201819055508060105f828254610b3c919061471f565b9250508190555080600e5f828254610b54919061471f565b90915550506003808801839055600688019060ff8516908110610b7957610b7961470b565b015460058801555b60011960ff841601610b9757610b978888612ee8565b600287810154600489015489546040805160ff8981169096148152602081018c905290810193909352606083018690526080830185905260a0830191909152600160281b9004909116151560c082015288907f27fb7f7370d42dbf845c33a79f37998c2925ece96e40fa70bee779c7179fb4939060e00160405180910390a250505050505050610c25612f7d565b50565b5f601054600f54600e54600d54610c3f919061471f565b610c49919061471f565b610c539190614732565b905090565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610c8281612fa3565b81351580610c9257506020820135155b80610cb35750610ca86060830160408401614764565b6001600160401b0316155b80610cd8575062278d00610ccd6060840160408501614764565b6001600160401b0316115b80610cf95750610cee6080830160608401614764565b6001600160401b0316155b80610d1e575062278d00610d136080840160608501614764565b6001600160401b0316115b80610d3f5750610d3460a0830160808401614764565b6001600160401b0316155b80610d64575062278d00610d5960a0840160808501614764565b6001600160401b0316115b80610d8a57506301e13380610d7f60c0840160a08501614764565b6001600160401b0316115b80610da65750610da060e0830160c08401614799565b61ffff16155b80610dc457506004610dbf610100840160e085016147b4565b60ff16115b80610de55750612710610ddf61012084016101008501614799565b61ffff16115b15610e0357604051630e52390960e41b815260040160405180910390fd5b603f6001610e18610100850160e086016147b4565b600160ff919091161b610e3160e0860160c08701614799565b610e409061ffff16600161471f565b610e4a91906147cf565b610e549190614732565b1115610e7357604051630e52390960e41b815260040160405180910390fd5b816002610e80828261480a565b9050507fad801c81a8c3b2c6cf840bc92c337ecb2d08c22e347bd317bc08ef29ad81bc1182604051610eb2919061496d565b60405180910390a15050565b610ec6612d72565b805f03610ee657604051631f2a200560e01b815260040160405180910390fd5b335f908152600b602052604090208054821115610f235780546040516322df051360e11b8152610a0d918491600401918252602082015260400190565b80545f90610f32908490614732565b90508015801590610f44575060035481105b15610f70576003546040516378e030db60e01b8152610a0d918391600401918252602082015260400190565b6004545f90610f8f90600160c01b90046001600160401b031642614a30565b6002840185905560038401805467ffffffffffffffff19166001600160401b03831690811790915560408051878152602081019290925291925033917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c91015b60405180910390a2505050610c25612f7d565b5f8281526020819052604090206001015461101c81612fa3565b6110268383612fad565b50505050565b6001600160a01b03811633146110555760405163334bd91960e11b815260040160405180910390fd5b61105f828261303c565b505050565b5f8281526008602090815260408083208484529091528120805460028201546003830154849384938493849384938493849384936060939261ffff600160e01b8204169260ff600160f81b830416926001600160401b03600160a01b909304831692600160801b8304811692600160c01b900481169116600987016001015460098801600201546005890154600f8a0180546040805160208084028201810190925282815261ffff909c169b91839183018282801561114a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161112c575b505050505090509a509a509a509a509a509a509a509a509a509a50509295989b9194979a5092959850565b61117d612d72565b5f61118782612da0565b80549091505f906111a490600190600160201b900460ff166146f2565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416156111f85760405163053cba5560e41b81526004810185905260248101839052604401610a0d565b805460048083015460405163cadf338f60e01b8152918201525f9182916001600160a01b039091169063cadf338f906024016040805180830381865afa158015611244573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112689190614a5e565b915091508161129457604051630ad28fff60e01b81526004810187905260248101859052604401610a0d565b82546001600160f81b0316600160f81b17835560018301545f906112c9906001600160401b03600160a01b9091041642614a30565b60028501549091505f906112e6906001600160401b031683614a30565b60028601549091505f9061130a90600160401b90046001600160401b031683614a30565b6002870180546fffffffffffffffffffffffffffffffff16600160801b6001600160401b03878116919091026001600160c01b031691909117600160c01b868316021790915560038801805467ffffffffffffffff191691831691909117905590505f6113798a8989886130a5565b600f8801549091505f816001600160401b0381111561139a5761139a614a88565b6040519080825280602002602001820160405280156113c3578160200160208202803683370190505b5090505f5b82811015611453575f8d81526009602090815260408083208e84529091528120600f8c018054919291849081106114015761140161470b565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054825161ffff909116908390839081106114405761144061470b565b60209081029190910101526001016113c8565b508b7fa649d2a0bdbbbf034be030e2d57a0ee51733dc4691b1294d10d5b5ad325687f48b8b600f01848d60060154888c8c8c604051611499989796959493929190614ad6565b60405180910390a25050505050505050505050610c25612f7d565b6114bc612d72565b335f908152600b60205260408120600281015490918190036114f1576040516316f68e4b60e01b815260040160405180910390fd5b60038201546001600160401b0316421015611530576003820154604051637ddba8a760e11b81526001600160401b039091166004820152602401610a0d565b600182015482545f9161154291614732565b90505f8183106115525781611554565b825b9050805f036115865783546001850154604051635ab9830160e01b815260048101929092526024820152604401610a0d565b5f6115918285614732565b6002860181905590505f8190036115b65760038501805467ffffffffffffffff191690555b6115c08583613214565b6115f46001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846132d8565b8454604080518481526020810192909252810182905233907f75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a219060600160405180910390a25050505050611646612f7d565b565b6104005f908152601160205261167e7f81831ef6791bea085c8c093c74c54b93269f2dc444a21bd6e084594ec55bbbae8361330d565b6001600160d01b031692915050565b6001600160a01b0382165f908152600b6020526040812060030154600160401b900461ffff168015806116e957505f8181526012602052604090206001600160a01b038516906116dd908561330d565b6001600160a01b031614155b156116f7575f915050610989565b61170b611705600183614732565b846133bd565b61171582856133bd565b61171f9190614732565b949350505050565b5f611730612d72565b5f61173a83612da0565b80549091505f9061175790600190600160201b900460ff166146f2565b5f85815260086020908152604080832060ff9485168085529252909120805491935091600160f81b909104166117aa5760405163c6c19e3b60e01b81526004810186905260248101839052604401610a0d565b6002810154600160c01b90046001600160401b031642116117f557600281015460405163dc952ccd60e01b8152600160c01b9091046001600160401b03166004820152602401610a0d565b60038101546001600160401b0316421115611834576003810154604051633446d52f60e11b81526001600160401b039091166004820152602401610a0d565b825460ff630100000082048116600160201b909204161061186b576040516327144bd560e01b815260048101869052602401610a0d565b5f60026118788785612deb565b60ff161461188757600261188a565b60015b90505f8260050154600261189e91906147cf565b83549091505f906118bb90600160e01b900461ffff166002614b8a565b6118c6906001614ba7565b90506118d385600161471f565b6040805161012081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b810483166060830152600160801b810483166080830152600160c01b900490911660a082015260055461ffff80821660c084015260ff6201000083041660e08401526301000000909104166101008201529097505f6119688a8a85888887613418565b905061197589600161471f565b885464ff000000001916600160201b60ff92831602178955849060068a01908716600381106119a6576119a661470b565b015f8282546119b5919061471f565b9250508190555083600e5f8282546119cd919061471f565b90915550611a0890506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308761353e565b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af1158015611a50573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a749190614bc1565b600483018190558254600154604080518e815260ff8b16602082015290810189905261ffff88166060820152600160a01b9092046001600160401b031660808301526001600160a01b031660a082015260c0810182905290915033908c907f830b7514883d9f87b70f517bd30258133c2d60cece845bc58cbdfda1956674c89060e00160405180910390a3505050505050505050611b10612f7d565b919050565b6040805160ff871660208201529081018590526001600160a01b03841660608201526080810183905260a081018290525f9060c0016040516020818303038152906040528051906020012090505b95945050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b611b9c612d72565b5f611ba684612da0565b80549091505f90611bc390600190600160201b900460ff166146f2565b5f86815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416611c165760405163c6c19e3b60e01b81526004810187905260248101839052604401610a0d565b6002810154600160801b90046001600160401b03164211611c615760028101546040516312fa585b60e11b8152600160801b9091046001600160401b03166004820152602401610a0d565b6002810154600160c01b90046001600160401b0316421115611cad57600281015460405163c005755360e01b8152600160c01b9091046001600160401b03166004820152602401610a0d565b5f868152600960209081526040808320858452825280832033845290915281208054909161ffff9091169003611d065760405163076181fb60e41b81526004810188905260248101849052336044820152606401610a0d565b80546301000000900460ff16611d2f5760405163205e472d60e21b815260040160405180910390fd5b805462010000900460ff1615611d585760405163a89ac15160e01b815260040160405180910390fd5b60ff8616600114801590611d70575060ff8616600214155b15611d9357604051632cbc741560e21b815260ff87166004820152602401610a0d565b8060020154611da58787338b88611b15565b14611dc357604051635054097b60e01b815260040160405180910390fd5b805460ff871662010000810262ff00001983168117845561ffff90811692169190911790600984019060038110611dfc57611dfc61470b565b015f828254611e0b919061471f565b90915550506001810154600c830160ff881660038110611e2d57611e2d61470b565b015f828254611e3c919061471f565b909155505080546040805185815260ff8916602082015261ffff9092168282015251339189917fdf9a2665012e9d2928c0461c1bc1f06984b5a327b34da15da85e4c1590fcd77b9181900360600190a35050505061105f612f7d565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55611ec281612fa3565b6001600160a01b038216611ee95760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b038481166001600160a01b0319831681179093556040519116919082907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9905f90a3505050565b611f43612d72565b805f03611f6357604051631f2a200560e01b815260040160405180910390fd5b335f908152600b602052604081208054909190611f8190849061471f565b600354909150811015611fb5576003546040516378e030db60e01b8152610a0d918391600401918252602082015260400190565b6003820154600160401b900461ffff165f8190036120cd57601454801561205b576014611fe3600183614732565b81548110611ff357611ff361470b565b905f5260205f2090601091828204019190066002029054906101000a900461ffff1661ffff169150601480548061202c5761202c614bd8565b5f8281526020902060105f1990920191820401805461ffff6002600f8516026101000a02191690559055612095565b6104006013540361207f576040516336579d1b60e21b815260040160405180910390fd5b60135f815461208d90614bec565b918290555091505b60038401805461ffff60401b1916600160401b61ffff8516021790555f8281526012602052604090206120c9904333613574565b5050505b818355600d80548591905f906120e490849061471f565b909155506120f690508185600161358e565b61212b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308761353e565b604080518581526020810184905290810182905233907fb4caaf29adda3eefee3ad552a8e85058589bf834c7466cae4ee58787f70589ed90606001610fef565b612173612d72565b5f61217d82612da0565b80549091505f9061219a90600190600160201b900460ff166146f2565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416156121ee5760405163053cba5560e41b81526004810185905260248101839052604401610a0d565b60015481546001600160a01b039182169116819003612220576040516350cdadb160e11b815260040160405180910390fd5b81546001600160a01b0319166001600160a01b03821690811783556040805163338cdca160e01b815290515f929163338cdca1916004808301926020929190829003018187875af1158015612277573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061229b9190614bc1565b60048401819055604080518681526001600160a01b038516602082015290810182905290915086907fadd0b20e5363711501a89020ef5833583cd696f941f2e1c886cfe0c580b610f59060600160405180910390a25050505050610c25612f7d565b612305612d72565b335f908152600c60205260408120549081900361233557604051630686827b60e51b815260040160405180910390fd5b335f908152600c60205260408120819055600f8054839290612358908490614732565b9091555061239290506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836132d8565b60405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200160405180910390a250611646612f7d565b5f6123db8383612deb565b9392505050565b5f828152602081905260409020600101546123fc81612fa3565b611026838361303c565b61240e612d72565b5f82815260076020526040902060028154610100900460ff166002811115612438576124386145ba565b146124595760405163b05c6c3d60e01b815260048101849052602401610a0d565b5f838152600a602090815260408083206001600160a01b038616845290915290205460ff16156124ae576040516385e701ff60e01b8152600481018490526001600160a01b0383166024820152604401610a0d565b5f838152600a602090815260408083206001600160a01b03861684529091528120805460ff191660011790558154819081908190819062010000810460ff90811691600160281b8104821691600160201b90910416835b81811015612720575f8c815260096020908152604080832084845282528083206001600160a01b038f16845290915290206001015480156126385760019550831561255b57612554818b61471f565b9950612638565b8460ff1660095f8f81526020019081526020015f205f8481526020019081526020015f205f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f0160029054906101000a900460ff1660ff160361262b576125c2818b61471f565b99505f8b60030154828d600201546125da91906147cf565b6125e49190614c18565b9050808c6002015f8282546125f99190614732565b92505081905550818c6003015f8282546126139190614732565b909155506126239050818a61471f565b985050612638565b612635818a61471f565b98505b5f8d8152600860209081526040808320858452909152902060018101546001600160a01b03808f1691160361271657600196508415612687576005810154612680908961471f565b9750612716565b805460ff808816600160f01b9092041603612716575f8c6005015482600501548e600401546126b691906147cf565b6126c09190614c18565b9050808d6004015f8282546126d59190614732565b9250508190555081600501548d6005015f8282546126f39190614732565b9091555050600582015461270890829061471f565b612712908a61471f565b9850505b5050600101612505565b50836127515760405163b361b5fb60e01b8152600481018c90526001600160a01b038b166024820152604401610a0d565b6001600160a01b038a165f908152600b6020526040812090612773898b61471f565b111561279b57612783888a61471f565b816001015f8282546127959190614732565b90915550505b87156127c2578760105f8282546127b29190614732565b909155506127c290508189613214565b5f6127cd878961471f565b905080156128305780600e5f8282546127e69190614732565b90915550506001600160a01b038c165f908152600c60205260408120805483929061281290849061471f565b9250508190555080600f5f82825461282a919061471f565b90915550505b604080518b8152602081018b9052908101899052606081018890526001600160a01b038d16908e907f87d09af8200fae5b8337d00d3d8a1d11bdf0adbd3489af5cd7778b40c338e9649060800160405180910390a35050505050505050505050612898612f7d565b5050565b5f6128a5612d72565b600260ff871611156128ce5760405162240c1960e51b815260ff87166004820152602401610a0d565b8215806128db5750608083115b156128f95760405163325de78f60e21b815260040160405180910390fd5b604080516101208101825260025480825260035460208301526004546001600160401b0380821694840194909452600160401b810484166060840152600160801b810484166080840152600160c01b900490921660a082015260055461ffff80821660c084015260ff6201000083041660e0840152630100000090910416610100820152908310156129ab5780516040516319cf01cb60e31b8152610a0d918591600401918252602082015260400190565b6129b5878761361f565b60065f81546129c390614bec565b91829055505f818152600760205260409020805461010061ffff1990911660ff8b161717815560e0830151919350906129fd906001614c2b565b815466ffffff01000000600160d81b031916630100000060ff9290921691909102670100000000000000600160d81b0319161733600160381b021781556001810187905583600682016002018190555083600e5f828254612a5e919061471f565b925050819055505f612a79845f8560c0015160028988613418565b825464ff000000001916600160201b1783559050612ac26001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308861353e565b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af1158015612b0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b2e9190614bc1565b9050808260040181905550888a60ff16867f8eb20f0862d683d2fa05d42d54ded56b5c0e3fad2dc65a6b1e167c73b5330031338c8c8c5f8c60c001518b5f0160149054906101000a90046001600160401b031660015f9054906101000a90046001600160a01b03168c604051612bac99989796959493929190614c44565b60405180910390a450505050611b63612f7d565b612bc8612d72565b5f612bd283612da0565b80549091505f90612bef90600190600160201b900460ff166146f2565b5f85815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416612c425760405163c6c19e3b60e01b81526004810186905260248101839052604401610a0d565b6002810154600160801b90046001600160401b0316421115612c8e57600281015460405163a7ee32bd60e01b8152600160801b9091046001600160401b03166004820152602401610a0d565b5f858152600960209081526040808320858452825280832033845290915281208054909161ffff9091169003612ce75760405163076181fb60e41b81526004810187905260248101849052336044820152606401610a0d565b80546301000000900460ff1615612d11576040516317fd8aab60e31b815260040160405180910390fd5b805463ff00000019166301000000178155600281018590556040805184815260208101879052339188917fc42ab4b9a7bf63be73b8c9cc73eadef6f917f2b48e0a23fd431045e6a6bb1279910160405180910390a350505050612898612f7d565b612d7a613894565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f81815260076020526040902060018154610100900460ff166002811115612dca57612dca6145ba565b14611b1057604051630e372c1f60e41b815260048101839052602401610a0d565b5f5b5f8381526008602090815260408083208584529091529020600a810154600b8201541115612e1f576002915050610989565b600a810154151580612e2f575082155b15612e3e576001915050610989565b612e4783614ccf565b925050612ded565b5f5f5f5b848111612edf575f8681526008602090815260408083208484529091529020600c810160ff861660038110612e8a57612e8a61470b565b0154612e96908561471f565b935080600c018560ff1660038110612eb057612eb061470b565b01548160070154612ec19190614732565b612ecb908461471f565b92505080612ed890614bec565b9050612e53565b50935093915050565b5f612ef383836138d6565b9050805f03612f0157505050565b80600e5f828254612f12919061471f565b90915550506005545f9061271090612f35906301000000900461ffff16846147cf565b612f3f9190614c18565b905082600501545f03612f4f57505f5b60048301819055612f608183614732565b836002015f828254612f72919061471f565b909155505050505050565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610c258133613c3c565b5f612fb88383611b6c565b613035575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612fed3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610989565b505f610989565b5f6130478383611b6c565b15613035575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610989565b81546104005f908152601160205290600160a01b90046001600160401b0316816130ef7f81831ef6791bea085c8c093c74c54b93269f2dc444a21bd6e084594ec55bbbae8361330d565b85546001600160d01b03919091169150600160e01b900461ffff165f82900361311c57925061171f915050565b60068601545f5b828110156132075760408051602081018990529081018b9052606081018a9052608081018290525f90859060a001604051602081830303815290604052805190602001205f1c6131739190614ce4565b90505f6131808288613c75565b5f8181526012602052604081209192509061319b908961330d565b90506131e960095f8f81526020019081526020015f205f8e81526020019081526020015f205f836001600160a01b03166001600160a01b031681526020019081526020015f208c8388613cfb565b6131f9576131f689614bec565b98505b505050806001019050613123565b5050505050949350505050565b60038201548254600160401b90910461ffff1690829084905f90613239908490614732565b9250508190555081600d5f8282546132519190614732565b90915550613262905081835f61358e565b82545f0361105f5760038301805461ffff60401b19169055601480546001810182555f91909152601081047fce6d7b5282bd9a3661ae061feed1dbda4e52ab073b1f9285be6e155d9c38d4ec01805461ffff8481166002600f909516949094026101000a93840293021916919091179055505050565b6132e58383836001613e12565b61105f57604051635274afe760e01b81526001600160a01b0384166004820152602401610a0d565b81545f9081816005811115613369575f61332684613e74565b6133309085614732565b5f8881526020902090915081015465ffffffffffff908116908716101561335957809150613367565b61336481600161471f565b92505b505b5f61337687878585613fc6565b905080156133b05761339a8761338d600184614732565b5f91825260209091200190565b54600160301b90046001600160d01b03166133b2565b5f5b979650505050505050565b5f825b8015613411575f8181526011602052604090206133dd908461330d565b6133f0906001600160d01b03168361471f565b91506133fe8119600161471f565b61340a90821682614732565b90506133c0565b5092915050565b5f86815260086020908152604080832088845290915290206001805482546001600160a01b0319166001600160a01b039091161782556134589043614732565b815460ff909516600160f01b0260ff60f01b1961ffff909716600160e01b0261ffff60e01b196001600160401b03938416600160a01b9081029190911669ffffffffffffffffffff60a01b19909816979097171796909616959095178155600181018054600583019490945560208301516006830155604083015186169094023367ffffffffffffffff60a01b19166001600160e01b0319909416939093179290921790925560608201516002820180546080909401518516600160401b026fffffffffffffffffffffffffffffffff1990941691909416179190911790915592915050565b61354c84848484600161401c565b61102657604051635274afe760e01b81526001600160a01b0385166004820152602401610a0d565b5f80613581858585614089565b915091505b935093915050565b435f613599846141d9565b9050845b6104008111613617575f8181526011602052604081206135bc90614210565b90506135f484866135d6576135d18584614cf7565b6135e0565b6135e08584614d16565b5f8581526011602052604090209190613574565b506136049150508119600161471f565b6136109082168261471f565b905061359d565b505050505050565b60ff82166136eb576001604051631a6b568d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d35ab46890602401602060405180830381865afa15801561368c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136b09190614d35565b60038111156136c1576136c16145ba565b146128985760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b5f1960ff8316016137d85760a081901c151580613706575080155b15613727576040516357616f6560e01b815260048101829052602401610a0d565b604051633367cca560e01b81526001600160a01b0382811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633367cca590602401602060405180830381865afa15801561378b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137af9190614d53565b6128985760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b6040516369a2783160e11b8152600481018290525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d344f06290602401602060405180830381865afa15801561383d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138619190614d6c565b6001600160a01b0316036128985760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361164657604051633ee5aeb560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561393c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139609190614bc1565b600184015484549192509060ff165f5a90505f60ff8316613a1357604051636c29ff1d60e11b8152600481018590523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d853fe3a906044015b6020604051808303815f875af1925050508015613a04575060408051601f3d908101601f19168201909252613a0191810190614bc1565b60015b15613af1576001915050613af1565b5f1960ff841601613a72576040516339587ee760e21b81526001600160a01b0385811660048301523060248301527f0000000000000000000000000000000000000000000000000000000000000000169063e561fb9c906044016139ca565b604051637c1e7d9b60e11b8152600481018590523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f83cfb36906044015f604051808303815f87803b158015613ad7575f5ffd5b505af1925050508015613ae8575060015b15613af1575060015b80158015613b095750613b05603f83614c18565b5a11155b15613b27576040516351d6a91b60e01b815260040160405180910390fd5b865466ff0000000000001916600160301b821515021787556040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015613ba3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613bc79190614bc1565b9050858111613bd6575f613be0565b613be08682614732565b6040805160ff8716815260208101889052841515818301526060810183905290519198508a917f8bd275962e1d4cf5803cbeab62ccf74bfe524d06de4572b72acf04ac982264599181900360800190a250505050505092915050565b613c468282611b6c565b6128985760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a0d565b5f8080613c856002610400614c18565b90505b8015613cef575f613cbb85601183613ca0868861471f565b81526020019081526020015f2061330d90919063ffffffff16565b6001600160d01b03169050858111613ce657613cd7828461471f565b9250613ce38187614732565b95505b5060011c613c88565b5061171f81600161471f565b6001600160a01b0382165f908152600b60205260408120600181015481548491613d2491614732565b1015613d33575f91505061171f565b82816001015f828254613d46919061471f565b9091555050855461ffff165f03613d8757600f850180546001810182555f91825260209091200180546001600160a01b0319166001600160a01b0386161790555b855460019087905f90613d9f90849061ffff16614ba7565b92506101000a81548161ffff021916908361ffff16021790555082866001015f828254613dcc919061471f565b9250508190555082856007015f828254613de6919061471f565b925050819055506001856008015f828254613e01919061471f565b909155506001979650505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613e68578383151615613e5c573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211613e81575090565b816001600160801b8210613e9a5760809190911c9060401b5b600160401b8210613eb05760409190911c9060201b5b600160201b8210613ec65760209190911c9060101b5b620100008210613edb5760109190911c9060081b5b6101008210613eef5760089190911c9060041b5b60108210613f025760049190911c9060021b5b60048210613f0e5760011b5b600302600190811c90818581613f2657613f26614c04565b048201901c90506001818581613f3e57613f3e614c04565b048201901c90506001818581613f5657613f56614c04565b048201901c90506001818581613f6e57613f6e614c04565b048201901c90506001818581613f8657613f86614c04565b048201901c90506001818581613f9e57613f9e614c04565b048201901c9050613fbd818581613fb757613fb7614c04565b04821190565b90039392505050565b5f5b81831015614014575f85815260209020838316600285851804019081015465ffffffffffff868116911611156140005780925061400e565b61400b81600161471f565b93505b50613fc8565b509392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661407857838315161561406c573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b82545f908190801561417f575f6140a58761338d600185614732565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156140e857604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361412157825465ffffffffffff16600160301b6001600160d01b03891602178355614171565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061358692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081613586565b5f6001600160d01b0382111561420c576040516306dfcc6560e41b815260d0600482015260248101839052604401610a0d565b5090565b80545f90801561423f576142298361338d600184614732565b54600160301b90046001600160d01b03166123db565b5f9392505050565b5f60208284031215614257575f5ffd5b81356001600160e01b0319811681146123db575f5ffd5b5f6020828403121561427e575f5ffd5b5035919050565b5f610120828403128015614297575f5ffd5b509092915050565b6001600160a01b0381168114610c25575f5ffd5b5f5f604083850312156142c4575f5ffd5b8235915060208301356142d68161429f565b809150509250929050565b5f5f604083850312156142f2575f5ffd5b50508035926020909101359150565b8a815289151560208201526001600160401b03891660408201526001600160401b03881660608201526001600160401b03871660808201526001600160401b03861660a08201528460c08201528360e0820152826101008201526101406101208201525f61014082015f8451808352602083019250602086015f5b828110156143a35781516001600160a01b031685526020948501949091019060010161437c565b50929f9e505050505050505050505050505050565b803565ffffffffffff81168114611b10575f5ffd5b5f602082840312156143dd575f5ffd5b6123db826143b8565b5f5f5f606084860312156143f8575f5ffd5b833592506020840135915060408401356144118161429f565b809150509250925092565b5f5f6040838503121561442d575f5ffd5b82356144388161429f565b9150614446602084016143b8565b90509250929050565b60ff81168114610c25575f5ffd5b8035611b108161444f565b5f5f5f5f5f60a0868803121561447c575f5ffd5b85356144878161444f565b945060208601359350604086013561449e8161429f565b94979396509394606081013594506080013592915050565b5f5f5f606084860312156144c8575f5ffd5b8335925060208401356144da8161444f565b929592945050506040919091013590565b5f602082840312156144fb575f5ffd5b81356123db8161429f565b5f6101208201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b036060840151166060830152608083015161455c60808401826001600160401b03169052565b5060a083015161457760a08401826001600160401b03169052565b5060c083015161458d60c084018261ffff169052565b5060e08301516145a260e084018260ff169052565b5061010083015161341161010084018261ffff169052565b634e487b7160e01b5f52602160045260245ffd5b60ff8b168152602081018a90526001600160a01b038916604082015261014081016003891061460b57634e487b7160e01b5f52602160045260245ffd5b886060830152614620608083018960ff169052565b8660a08301528560c083015261463a60e083018615159052565b921515610100820152610120015298975050505050505050565b5f5f5f5f5f60808688031215614668575f5ffd5b85356146738161444f565b94506020860135935060408601356001600160401b03811115614694575f5ffd5b8601601f810188136146a4575f5ffd5b80356001600160401b038111156146b9575f5ffd5b8860208284010111156146ca575f5ffd5b959894975060200195606001359392505050565b634e487b7160e01b5f52601160045260245ffd5b60ff8281168282160390811115610989576109896146de565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610989576109896146de565b81810381811115610989576109896146de565b6001600160401b0381168114610c25575f5ffd5b8035611b1081614745565b5f60208284031215614774575f5ffd5b81356123db81614745565b61ffff81168114610c25575f5ffd5b8035611b108161477f565b5f602082840312156147a9575f5ffd5b81356123db8161477f565b5f602082840312156147c4575f5ffd5b81356123db8161444f565b8082028115828204841417610989576109896146de565b5f813561098981614745565b5f81356109898161477f565b5f81356109898161444f565b813581556020820135600182015560028101604083013561482a81614745565b6001600160401b0381166001600160401b031983541617825550614885614853606085016147e6565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b6148c0614894608085016147e6565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b6148f36148cf60a085016147e6565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b506003810161491a61490760c085016147f2565b825461ffff191661ffff91909116178255565b61494161492960e085016147fe565b825462ff0000191660109190911b62ff000016178255565b61105f61495161010085016147f2565b825464ffff000000191660189190911b64ffff00000016178255565b81358152602080830135908201526101208101604083013561498e81614745565b6001600160401b031660408301526149a860608401614759565b6001600160401b031660608301526149c260808401614759565b6001600160401b031660808301526149dc60a08401614759565b6001600160401b031660a08301526149f660c0840161478e565b61ffff1660c0830152614a0b60e0840161445d565b60ff1660e0830152614a20610100840161478e565b61ffff8116610100840152613411565b6001600160401b038181168382160190811115610989576109896146de565b80518015158114611b10575f5ffd5b5f5f60408385031215614a6f575f5ffd5b614a7883614a4f565b9150602083015190509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f8151808452602084019350602083015f5b82811015614acc578151865260209586019590910190600101614aae565b5093949350505050565b5f61010082018a83526101006020840152808a54808352610120850191508b5f5260205f2092505f5b81811015614b265783546001600160a01b0316835260019384019360209093019201614aff565b50508381036040850152614b3a818b614a9c565b92505050866060830152856080830152614b5f60a08301866001600160401b03169052565b6001600160401b03841660c08301526001600160401b03831660e08301529998505050505050505050565b61ffff8181168382160290811690818114613411576134116146de565b61ffff8181168382160190811115610989576109896146de565b5f60208284031215614bd1575f5ffd5b5051919050565b634e487b7160e01b5f52603160045260245ffd5b5f60018201614bfd57614bfd6146de565b5060010190565b634e487b7160e01b5f52601260045260245ffd5b5f82614c2657614c26614c04565b500490565b60ff8181168382160190811115610989576109896146de565b6001600160a01b038a16815261010060208201819052810188905287896101208301375f61012089830101525f610120601f19601f8b0116830101905087604083015286606083015261ffff861660808301526001600160401b03851660a0830152614cbb60c08301856001600160a01b03169052565b8260e08301529a9950505050505050505050565b5f81614cdd57614cdd6146de565b505f190190565b5f82614cf257614cf2614c04565b500690565b6001600160d01b038281168282160390811115610989576109896146de565b6001600160d01b038181168382160190811115610989576109896146de565b5f60208284031215614d45575f5ffd5b8151600481106123db575f5ffd5b5f60208284031215614d63575f5ffd5b6123db82614a4f565b5f60208284031215614d7c575f5ffd5b81516123db8161429f56fea26469706673582212207933fa27dcc5adeac35fe4bcc6089e332f6b7b9c95601eaf69d1de6c9dd95ad064736f6c634300081e0033",
}

// DisputeVoting is an auto generated Go binding around an Ethereum contract.
type DisputeVoting struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeVoting) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeVoting creates a new instance of DisputeVoting.
func NewDisputeVoting() *DisputeVoting {
	parsed, err := DisputeVotingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeVoting{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeVoting) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address token_, address anchor_, address registry_, address randomness_) returns()
func (disputeVoting *DisputeVoting) PackConstructor(admin common.Address, token_ common.Address, anchor_ common.Address, registry_ common.Address, randomness_ common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("", admin, token_, anchor_, registry_, randomness_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (disputeVoting *DisputeVoting) PackDEFAULTADMINROLE() []byte {
	enc, err := disputeVoting.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (disputeVoting *DisputeVoting) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return disputeVoting.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (disputeVoting *DisputeVoting) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := disputeVoting.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (disputeVoting *DisputeVoting) PackGOVERNORROLE() []byte {
	enc, err := disputeVoting.abi.Pack("GOVERNOR_ROLE")
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
func (disputeVoting *DisputeVoting) TryPackGOVERNORROLE() ([]byte, error) {
	return disputeVoting.abi.Pack("GOVERNOR_ROLE")
}

// UnpackGOVERNORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccc57490.
//
// Solidity: function GOVERNOR_ROLE() view returns(bytes32)
func (disputeVoting *DisputeVoting) UnpackGOVERNORROLE(data []byte) ([32]byte, error) {
	out, err := disputeVoting.abi.Unpack("GOVERNOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKINDBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb55f259e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_BATCH() view returns(uint8)
func (disputeVoting *DisputeVoting) PackKINDBATCH() []byte {
	enc, err := disputeVoting.abi.Pack("KIND_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb55f259e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_BATCH() view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackKINDBATCH() ([]byte, error) {
	return disputeVoting.abi.Pack("KIND_BATCH")
}

// UnpackKINDBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb55f259e.
//
// Solidity: function KIND_BATCH() view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackKINDBATCH(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("KIND_BATCH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDNUMBER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fe9f9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_NUMBER() view returns(uint8)
func (disputeVoting *DisputeVoting) PackKINDNUMBER() []byte {
	enc, err := disputeVoting.abi.Pack("KIND_NUMBER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDNUMBER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fe9f9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_NUMBER() view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackKINDNUMBER() ([]byte, error) {
	return disputeVoting.abi.Pack("KIND_NUMBER")
}

// UnpackKINDNUMBER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7fe9f9a.
//
// Solidity: function KIND_NUMBER() view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackKINDNUMBER(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("KIND_NUMBER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDOPERATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2551c73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_OPERATOR() view returns(uint8)
func (disputeVoting *DisputeVoting) PackKINDOPERATOR() []byte {
	enc, err := disputeVoting.abi.Pack("KIND_OPERATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDOPERATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2551c73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_OPERATOR() view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackKINDOPERATOR() ([]byte, error) {
	return disputeVoting.abi.Pack("KIND_OPERATOR")
}

// UnpackKINDOPERATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2551c73.
//
// Solidity: function KIND_OPERATOR() view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackKINDOPERATOR(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("KIND_OPERATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXAPPEALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c95c441.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_APPEALS() view returns(uint256)
func (disputeVoting *DisputeVoting) PackMAXAPPEALS() []byte {
	enc, err := disputeVoting.abi.Pack("MAX_APPEALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXAPPEALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c95c441.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_APPEALS() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackMAXAPPEALS() ([]byte, error) {
	return disputeVoting.abi.Pack("MAX_APPEALS")
}

// UnpackMAXAPPEALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c95c441.
//
// Solidity: function MAX_APPEALS() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackMAXAPPEALS(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("MAX_APPEALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (disputeVoting *DisputeVoting) PackMAXCIDLENGTH() []byte {
	enc, err := disputeVoting.abi.Pack("MAX_CID_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCIDLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa82da60d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackMAXCIDLENGTH() ([]byte, error) {
	return disputeVoting.abi.Pack("MAX_CID_LENGTH")
}

// UnpackMAXCIDLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa82da60d.
//
// Solidity: function MAX_CID_LENGTH() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackMAXCIDLENGTH(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("MAX_CID_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXJURORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e8940d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_JURORS() view returns(uint256)
func (disputeVoting *DisputeVoting) PackMAXJURORS() []byte {
	enc, err := disputeVoting.abi.Pack("MAX_JURORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXJURORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e8940d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_JURORS() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackMAXJURORS() ([]byte, error) {
	return disputeVoting.abi.Pack("MAX_JURORS")
}

// UnpackMAXJURORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04e8940d.
//
// Solidity: function MAX_JURORS() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackMAXJURORS(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("MAX_JURORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (disputeVoting *DisputeVoting) PackMAXSEATS() []byte {
	enc, err := disputeVoting.abi.Pack("MAX_SEATS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEATS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94c2c24f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackMAXSEATS() ([]byte, error) {
	return disputeVoting.abi.Pack("MAX_SEATS")
}

// UnpackMAXSEATS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94c2c24f.
//
// Solidity: function MAX_SEATS() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackMAXSEATS(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("MAX_SEATS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREJECT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6c0203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REJECT() view returns(uint8)
func (disputeVoting *DisputeVoting) PackREJECT() []byte {
	enc, err := disputeVoting.abi.Pack("REJECT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREJECT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe6c0203.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REJECT() view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackREJECT() ([]byte, error) {
	return disputeVoting.abi.Pack("REJECT")
}

// UnpackREJECT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe6c0203.
//
// Solidity: function REJECT() view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackREJECT(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("REJECT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059d2f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPHOLD() view returns(uint8)
func (disputeVoting *DisputeVoting) PackUPHOLD() []byte {
	enc, err := disputeVoting.abi.Pack("UPHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059d2f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPHOLD() view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackUPHOLD() ([]byte, error) {
	return disputeVoting.abi.Pack("UPHOLD")
}

// UnpackUPHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5059d2f6.
//
// Solidity: function UPHOLD() view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackUPHOLD(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("UPHOLD", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAccountedBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0937eb54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountedBalance() view returns(uint256)
func (disputeVoting *DisputeVoting) PackAccountedBalance() []byte {
	enc, err := disputeVoting.abi.Pack("accountedBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountedBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0937eb54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountedBalance() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackAccountedBalance() ([]byte, error) {
	return disputeVoting.abi.Pack("accountedBalance")
}

// UnpackAccountedBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0937eb54.
//
// Solidity: function accountedBalance() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackAccountedBalance(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("accountedBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fb73b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor() view returns(address)
func (disputeVoting *DisputeVoting) PackAnchor() []byte {
	enc, err := disputeVoting.abi.Pack("anchor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fb73b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor() view returns(address)
func (disputeVoting *DisputeVoting) TryPackAnchor() ([]byte, error) {
	return disputeVoting.abi.Pack("anchor")
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3fb73b4.
//
// Solidity: function anchor() view returns(address)
func (disputeVoting *DisputeVoting) UnpackAnchor(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("anchor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAppeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e69b7b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appeal(uint256 disputeId) returns(uint256 round)
func (disputeVoting *DisputeVoting) PackAppeal(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("appeal", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e69b7b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appeal(uint256 disputeId) returns(uint256 round)
func (disputeVoting *DisputeVoting) TryPackAppeal(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("appeal", disputeId)
}

// UnpackAppeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e69b7b0.
//
// Solidity: function appeal(uint256 disputeId) returns(uint256 round)
func (disputeVoting *DisputeVoting) UnpackAppeal(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("appeal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddd5e1b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 disputeId, address account) returns()
func (disputeVoting *DisputeVoting) PackClaim(disputeId *big.Int, account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("claim", disputeId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddd5e1b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 disputeId, address account) returns()
func (disputeVoting *DisputeVoting) TryPackClaim(disputeId *big.Int, account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("claim", disputeId, account)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 disputeId, bytes32 commitment) returns()
func (disputeVoting *DisputeVoting) PackCommit(disputeId *big.Int, commitment [32]byte) []byte {
	enc, err := disputeVoting.abi.Pack("commit", disputeId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 disputeId, bytes32 commitment) returns()
func (disputeVoting *DisputeVoting) TryPackCommit(disputeId *big.Int, commitment [32]byte) ([]byte, error) {
	return disputeVoting.abi.Pack("commit", disputeId, commitment)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8812fca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint8 choice, bytes32 salt, address juror, uint256 disputeId, uint256 round) pure returns(bytes32)
func (disputeVoting *DisputeVoting) PackCommitmentOf(choice uint8, salt [32]byte, juror common.Address, disputeId *big.Int, round *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("commitmentOf", choice, salt, juror, disputeId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8812fca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint8 choice, bytes32 salt, address juror, uint256 disputeId, uint256 round) pure returns(bytes32)
func (disputeVoting *DisputeVoting) TryPackCommitmentOf(choice uint8, salt [32]byte, juror common.Address, disputeId *big.Int, round *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("commitmentOf", choice, salt, juror, disputeId, round)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8812fca2.
//
// Solidity: function commitmentOf(uint8 choice, bytes32 salt, address juror, uint256 disputeId, uint256 round) pure returns(bytes32)
func (disputeVoting *DisputeVoting) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := disputeVoting.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (disputeVoting *DisputeVoting) PackDisputeCount() []byte {
	enc, err := disputeVoting.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackDisputeCount() ([]byte, error) {
	return disputeVoting.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc29f4827.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeFunds() view returns(uint256)
func (disputeVoting *DisputeVoting) PackDisputeFunds() []byte {
	enc, err := disputeVoting.abi.Pack("disputeFunds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc29f4827.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeFunds() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackDisputeFunds() ([]byte, error) {
	return disputeVoting.abi.Pack("disputeFunds")
}

// UnpackDisputeFunds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc29f4827.
//
// Solidity: function disputeFunds() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackDisputeFunds(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("disputeFunds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b304147.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function draw(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) PackDraw(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("draw", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b304147.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function draw(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) TryPackDraw(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("draw", disputeId)
}

// PackDrawWeightAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a54585.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawWeightAt(address juror, uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) PackDrawWeightAt(juror common.Address, blockNumber *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("drawWeightAt", juror, blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawWeightAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a54585.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawWeightAt(address juror, uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackDrawWeightAt(juror common.Address, blockNumber *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("drawWeightAt", juror, blockNumber)
}

// UnpackDrawWeightAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68a54585.
//
// Solidity: function drawWeightAt(address juror, uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackDrawWeightAt(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("drawWeightAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) PackFinalize(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("finalize", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) TryPackFinalize(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("finalize", disputeId)
}

// PackForfeitedUnsettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c2d1ed2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forfeitedUnsettled() view returns(uint256)
func (disputeVoting *DisputeVoting) PackForfeitedUnsettled() []byte {
	enc, err := disputeVoting.abi.Pack("forfeitedUnsettled")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForfeitedUnsettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c2d1ed2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forfeitedUnsettled() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackForfeitedUnsettled() ([]byte, error) {
	return disputeVoting.abi.Pack("forfeitedUnsettled")
}

// UnpackForfeitedUnsettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c2d1ed2.
//
// Solidity: function forfeitedUnsettled() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackForfeitedUnsettled(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("forfeitedUnsettled", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDispute(uint256 disputeId) view returns(uint8 kind, bytes32 subject, address disputer, uint8 status, uint8 outcome, uint256 roundCount, uint256 maxRounds, bool executed, bool refundAll, uint256 pool)
func (disputeVoting *DisputeVoting) PackGetDispute(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("getDispute", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3a96cbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDispute(uint256 disputeId) view returns(uint8 kind, bytes32 subject, address disputer, uint8 status, uint8 outcome, uint256 roundCount, uint256 maxRounds, bool executed, bool refundAll, uint256 pool)
func (disputeVoting *DisputeVoting) TryPackGetDispute(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("getDispute", disputeId)
}

// GetDisputeOutput serves as a container for the return parameters of contract
// method GetDispute.
type GetDisputeOutput struct {
	Kind       uint8
	Subject    [32]byte
	Disputer   common.Address
	Status     uint8
	Outcome    uint8
	RoundCount *big.Int
	MaxRounds  *big.Int
	Executed   bool
	RefundAll  bool
	Pool       *big.Int
}

// UnpackGetDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3a96cbd.
//
// Solidity: function getDispute(uint256 disputeId) view returns(uint8 kind, bytes32 subject, address disputer, uint8 status, uint8 outcome, uint256 roundCount, uint256 maxRounds, bool executed, bool refundAll, uint256 pool)
func (disputeVoting *DisputeVoting) UnpackGetDispute(data []byte) (GetDisputeOutput, error) {
	out, err := disputeVoting.abi.Unpack("getDispute", data)
	outstruct := new(GetDisputeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Kind = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Subject = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Disputer = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Outcome = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.RoundCount = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.MaxRounds = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	outstruct.Executed = *abi.ConvertType(out[7], new(bool)).(*bool)
	outstruct.RefundAll = *abi.ConvertType(out[8], new(bool)).(*bool)
	outstruct.Pool = abi.ConvertType(out[9], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (disputeVoting *DisputeVoting) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := disputeVoting.abi.Pack("getRoleAdmin", role)
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
func (disputeVoting *DisputeVoting) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return disputeVoting.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (disputeVoting *DisputeVoting) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := disputeVoting.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ec68a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRound(uint256 disputeId, uint256 round) view returns(uint256 seats, bool drawn, uint64 snapshotBlock, uint64 commitDeadline, uint64 revealDeadline, uint64 appealDeadline, uint256 rejectVotes, uint256 upholdVotes, uint256 pledge, address[] jurors)
func (disputeVoting *DisputeVoting) PackGetRound(disputeId *big.Int, round *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("getRound", disputeId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ec68a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRound(uint256 disputeId, uint256 round) view returns(uint256 seats, bool drawn, uint64 snapshotBlock, uint64 commitDeadline, uint64 revealDeadline, uint64 appealDeadline, uint256 rejectVotes, uint256 upholdVotes, uint256 pledge, address[] jurors)
func (disputeVoting *DisputeVoting) TryPackGetRound(disputeId *big.Int, round *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("getRound", disputeId, round)
}

// GetRoundOutput serves as a container for the return parameters of contract
// method GetRound.
type GetRoundOutput struct {
	Seats          *big.Int
	Drawn          bool
	SnapshotBlock  uint64
	CommitDeadline uint64
	RevealDeadline uint64
	AppealDeadline uint64
	RejectVotes    *big.Int
	UpholdVotes    *big.Int
	Pledge         *big.Int
	Jurors         []common.Address
}

// UnpackGetRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39ec68a3.
//
// Solidity: function getRound(uint256 disputeId, uint256 round) view returns(uint256 seats, bool drawn, uint64 snapshotBlock, uint64 commitDeadline, uint64 revealDeadline, uint64 appealDeadline, uint256 rejectVotes, uint256 upholdVotes, uint256 pledge, address[] jurors)
func (disputeVoting *DisputeVoting) UnpackGetRound(data []byte) (GetRoundOutput, error) {
	out, err := disputeVoting.abi.Unpack("getRound", data)
	outstruct := new(GetRoundOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seats = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Drawn = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.SnapshotBlock = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.CommitDeadline = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.RevealDeadline = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.AppealDeadline = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.RejectVotes = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	outstruct.UpholdVotes = abi.ConvertType(out[7], new(big.Int)).(*big.Int)
	outstruct.Pledge = abi.ConvertType(out[8], new(big.Int)).(*big.Int)
	outstruct.Jurors = *abi.ConvertType(out[9], new([]common.Address)).(*[]common.Address)
	return *outstruct, nil
}

// PackGetVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b4234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVote(uint256 disputeId, uint256 round, address juror) view returns(uint256 seats, uint256 locked, bool committed, bytes32 commitment, uint8 choice)
func (disputeVoting *DisputeVoting) PackGetVote(disputeId *big.Int, round *big.Int, juror common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("getVote", disputeId, round, juror)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b4234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVote(uint256 disputeId, uint256 round, address juror) view returns(uint256 seats, uint256 locked, bool committed, bytes32 commitment, uint8 choice)
func (disputeVoting *DisputeVoting) TryPackGetVote(disputeId *big.Int, round *big.Int, juror common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("getVote", disputeId, round, juror)
}

// GetVoteOutput serves as a container for the return parameters of contract
// method GetVote.
type GetVoteOutput struct {
	Seats      *big.Int
	Locked     *big.Int
	Committed  bool
	Commitment [32]byte
	Choice     uint8
}

// UnpackGetVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f2b4234.
//
// Solidity: function getVote(uint256 disputeId, uint256 round, address juror) view returns(uint256 seats, uint256 locked, bool committed, bytes32 commitment, uint8 choice)
func (disputeVoting *DisputeVoting) UnpackGetVote(data []byte) (GetVoteOutput, error) {
	out, err := disputeVoting.abi.Unpack("getVote", data)
	outstruct := new(GetVoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Seats = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Committed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Commitment = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.Choice = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (disputeVoting *DisputeVoting) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("grantRole", role, account)
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
func (disputeVoting *DisputeVoting) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (disputeVoting *DisputeVoting) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("hasRole", role, account)
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
func (disputeVoting *DisputeVoting) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (disputeVoting *DisputeVoting) UnpackHasRole(data []byte) (bool, error) {
	out, err := disputeVoting.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJurorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfddf544b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jurorInfo(address juror) view returns(uint256 staked, uint256 locked, uint256 unstakeAmount, uint64 unstakeAt, uint256 slot)
func (disputeVoting *DisputeVoting) PackJurorInfo(juror common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("jurorInfo", juror)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJurorInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfddf544b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jurorInfo(address juror) view returns(uint256 staked, uint256 locked, uint256 unstakeAmount, uint64 unstakeAt, uint256 slot)
func (disputeVoting *DisputeVoting) TryPackJurorInfo(juror common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("jurorInfo", juror)
}

// JurorInfoOutput serves as a container for the return parameters of contract
// method JurorInfo.
type JurorInfoOutput struct {
	Staked        *big.Int
	Locked        *big.Int
	UnstakeAmount *big.Int
	UnstakeAt     uint64
	Slot          *big.Int
}

// UnpackJurorInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfddf544b.
//
// Solidity: function jurorInfo(address juror) view returns(uint256 staked, uint256 locked, uint256 unstakeAmount, uint64 unstakeAt, uint256 slot)
func (disputeVoting *DisputeVoting) UnpackJurorInfo(data []byte) (JurorInfoOutput, error) {
	out, err := disputeVoting.abi.Unpack("jurorInfo", data)
	outstruct := new(JurorInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Staked = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UnstakeAmount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UnstakeAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Slot = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xead652d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(uint8 kind, bytes32 subject, bytes evidenceCid, uint256 pledge) returns(uint256 disputeId)
func (disputeVoting *DisputeVoting) PackOpenDispute(kind uint8, subject [32]byte, evidenceCid []byte, pledge *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("openDispute", kind, subject, evidenceCid, pledge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xead652d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(uint8 kind, bytes32 subject, bytes evidenceCid, uint256 pledge) returns(uint256 disputeId)
func (disputeVoting *DisputeVoting) TryPackOpenDispute(kind uint8, subject [32]byte, evidenceCid []byte, pledge *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("openDispute", kind, subject, evidenceCid, pledge)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xead652d9.
//
// Solidity: function openDispute(uint8 kind, bytes32 subject, bytes evidenceCid, uint256 pledge) returns(uint256 disputeId)
func (disputeVoting *DisputeVoting) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address account) view returns(uint256)
func (disputeVoting *DisputeVoting) PackOwed(account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("owed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address account) view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackOwed(account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("owed", account)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address account) view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16))
func (disputeVoting *DisputeVoting) PackParams() []byte {
	enc, err := disputeVoting.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16))
func (disputeVoting *DisputeVoting) TryPackParams() ([]byte, error) {
	return disputeVoting.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16))
func (disputeVoting *DisputeVoting) UnpackParams(data []byte) (DisputeVotingParams, error) {
	out, err := disputeVoting.abi.Unpack("params", data)
	if err != nil {
		return *new(DisputeVotingParams), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeVotingParams)).(*DisputeVotingParams)
	return out0, nil
}

// PackRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36013189.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function randomness() view returns(address)
func (disputeVoting *DisputeVoting) PackRandomness() []byte {
	enc, err := disputeVoting.abi.Pack("randomness")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36013189.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function randomness() view returns(address)
func (disputeVoting *DisputeVoting) TryPackRandomness() ([]byte, error) {
	return disputeVoting.abi.Pack("randomness")
}

// UnpackRandomness is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36013189.
//
// Solidity: function randomness() view returns(address)
func (disputeVoting *DisputeVoting) UnpackRandomness(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("randomness", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (disputeVoting *DisputeVoting) PackRegistry() []byte {
	enc, err := disputeVoting.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (disputeVoting *DisputeVoting) TryPackRegistry() ([]byte, error) {
	return disputeVoting.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (disputeVoting *DisputeVoting) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (disputeVoting *DisputeVoting) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("renounceRole", role, callerConfirmation)
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
func (disputeVoting *DisputeVoting) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (disputeVoting *DisputeVoting) PackRequestUnstake(amount *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("requestUnstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (disputeVoting *DisputeVoting) TryPackRequestUnstake(amount *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("requestUnstake", amount)
}

// PackRerequestRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa94df5f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rerequestRandomness(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) PackRerequestRandomness(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("rerequestRandomness", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRerequestRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa94df5f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rerequestRandomness(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) TryPackRerequestRandomness(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("rerequestRandomness", disputeId)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a42f3aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 disputeId, uint8 choice, bytes32 salt) returns()
func (disputeVoting *DisputeVoting) PackReveal(disputeId *big.Int, choice uint8, salt [32]byte) []byte {
	enc, err := disputeVoting.abi.Pack("reveal", disputeId, choice, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a42f3aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 disputeId, uint8 choice, bytes32 salt) returns()
func (disputeVoting *DisputeVoting) TryPackReveal(disputeId *big.Int, choice uint8, salt [32]byte) ([]byte, error) {
	return disputeVoting.abi.Pack("reveal", disputeId, choice, salt)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (disputeVoting *DisputeVoting) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("revokeRole", role, account)
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
func (disputeVoting *DisputeVoting) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("revokeRole", role, account)
}

// PackRoundResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8e9b303.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundResult(uint256 disputeId, uint256 round) view returns(uint8)
func (disputeVoting *DisputeVoting) PackRoundResult(disputeId *big.Int, round *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("roundResult", disputeId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8e9b303.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundResult(uint256 disputeId, uint256 round) view returns(uint8)
func (disputeVoting *DisputeVoting) TryPackRoundResult(disputeId *big.Int, round *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("roundResult", disputeId, round)
}

// UnpackRoundResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8e9b303.
//
// Solidity: function roundResult(uint256 disputeId, uint256 round) view returns(uint8)
func (disputeVoting *DisputeVoting) UnpackRoundResult(data []byte) (uint8, error) {
	out, err := disputeVoting.abi.Unpack("roundResult", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSetParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f926494.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParameters((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16) p) returns()
func (disputeVoting *DisputeVoting) PackSetParameters(p DisputeVotingParams) []byte {
	enc, err := disputeVoting.abi.Pack("setParameters", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f926494.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParameters((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16) p) returns()
func (disputeVoting *DisputeVoting) TryPackSetParameters(p DisputeVotingParams) ([]byte, error) {
	return disputeVoting.abi.Pack("setParameters", p)
}

// PackSetRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37a85e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRandomness(address source) returns()
func (disputeVoting *DisputeVoting) PackSetRandomness(source common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("setRandomness", source)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRandomness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37a85e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRandomness(address source) returns()
func (disputeVoting *DisputeVoting) TryPackSetRandomness(source common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("setRandomness", source)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65c6b2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(uint256 id, address account) view returns(bool)
func (disputeVoting *DisputeVoting) PackSettled(id *big.Int, account common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("settled", id, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65c6b2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(uint256 id, address account) view returns(bool)
func (disputeVoting *DisputeVoting) TryPackSettled(id *big.Int, account common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("settled", id, account)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa65c6b2a.
//
// Solidity: function settled(uint256 id, address account) view returns(bool)
func (disputeVoting *DisputeVoting) UnpackSettled(data []byte) (bool, error) {
	out, err := disputeVoting.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSlotsUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee2d1cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotsUsed() view returns(uint256)
func (disputeVoting *DisputeVoting) PackSlotsUsed() []byte {
	enc, err := disputeVoting.abi.Pack("slotsUsed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotsUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee2d1cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotsUsed() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackSlotsUsed() ([]byte, error) {
	return disputeVoting.abi.Pack("slotsUsed")
}

// UnpackSlotsUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbee2d1cf.
//
// Solidity: function slotsUsed() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackSlotsUsed(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("slotsUsed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (disputeVoting *DisputeVoting) PackStake(amount *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (disputeVoting *DisputeVoting) TryPackStake(amount *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("stake", amount)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (disputeVoting *DisputeVoting) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := disputeVoting.abi.Pack("supportsInterface", interfaceId)
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
func (disputeVoting *DisputeVoting) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return disputeVoting.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (disputeVoting *DisputeVoting) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := disputeVoting.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (disputeVoting *DisputeVoting) PackToken() []byte {
	enc, err := disputeVoting.abi.Pack("token")
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
func (disputeVoting *DisputeVoting) TryPackToken() ([]byte, error) {
	return disputeVoting.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (disputeVoting *DisputeVoting) UnpackToken(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeVoting *DisputeVoting) PackTotalOwed() []byte {
	enc, err := disputeVoting.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackTotalOwed() ([]byte, error) {
	return disputeVoting.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (disputeVoting *DisputeVoting) PackTotalStaked() []byte {
	enc, err := disputeVoting.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackTotalStaked() ([]byte, error) {
	return disputeVoting.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("totalStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalWeightAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46035821.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalWeightAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) PackTotalWeightAt(blockNumber *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("totalWeightAt", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalWeightAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46035821.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalWeightAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackTotalWeightAt(blockNumber *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("totalWeightAt", blockNumber)
}

// UnpackTotalWeightAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46035821.
//
// Solidity: function totalWeightAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackTotalWeightAt(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("totalWeightAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (disputeVoting *DisputeVoting) PackWithdraw() []byte {
	enc, err := disputeVoting.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (disputeVoting *DisputeVoting) TryPackWithdraw() ([]byte, error) {
	return disputeVoting.abi.Pack("withdraw")
}

// PackWithdrawRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b8981c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawRewards() returns()
func (disputeVoting *DisputeVoting) PackWithdrawRewards() []byte {
	enc, err := disputeVoting.abi.Pack("withdrawRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b8981c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawRewards() returns()
func (disputeVoting *DisputeVoting) TryPackWithdrawRewards() ([]byte, error) {
	return disputeVoting.abi.Pack("withdrawRewards")
}

// DisputeVotingAppealed represents a Appealed event raised by the DisputeVoting contract.
type DisputeVotingAppealed struct {
	DisputeId     *big.Int
	Round         *big.Int
	Appellant     common.Address
	Side          uint8
	Pledge        *big.Int
	Seats         *big.Int
	SnapshotBlock uint64
	Randomness    common.Address
	RequestId     *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeVotingAppealedEventName = "Appealed"

// ContractEventName returns the user-defined event name.
func (DisputeVotingAppealed) ContractEventName() string {
	return DisputeVotingAppealedEventName
}

// UnpackAppealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Appealed(uint256 indexed disputeId, uint256 round, address indexed appellant, uint8 side, uint256 pledge, uint256 seats, uint64 snapshotBlock, address randomness, uint256 requestId)
func (disputeVoting *DisputeVoting) UnpackAppealedEvent(log *types.Log) (*DisputeVotingAppealed, error) {
	event := "Appealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingAppealed)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingDisputeOpened represents a DisputeOpened event raised by the DisputeVoting contract.
type DisputeVotingDisputeOpened struct {
	DisputeId     *big.Int
	Kind          uint8
	Subject       [32]byte
	Disputer      common.Address
	EvidenceCid   []byte
	Pledge        *big.Int
	Round         *big.Int
	Seats         *big.Int
	SnapshotBlock uint64
	Randomness    common.Address
	RequestId     *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeVotingDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (DisputeVotingDisputeOpened) ContractEventName() string {
	return DisputeVotingDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed disputeId, uint8 indexed kind, bytes32 indexed subject, address disputer, bytes evidenceCid, uint256 pledge, uint256 round, uint256 seats, uint64 snapshotBlock, address randomness, uint256 requestId)
func (disputeVoting *DisputeVoting) UnpackDisputeOpenedEvent(log *types.Log) (*DisputeVotingDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingDisputeOpened)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingDisputeResolved represents a DisputeResolved event raised by the DisputeVoting contract.
type DisputeVotingDisputeResolved struct {
	DisputeId      *big.Int
	Upheld         bool
	FinalRound     *big.Int
	JurorPool      *big.Int
	CoherentLocked *big.Int
	Forfeited      *big.Int
	PledgerBounty  *big.Int
	RefundAll      bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputeVotingDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (DisputeVotingDisputeResolved) ContractEventName() string {
	return DisputeVotingDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed disputeId, bool upheld, uint256 finalRound, uint256 jurorPool, uint256 coherentLocked, uint256 forfeited, uint256 pledgerBounty, bool refundAll)
func (disputeVoting *DisputeVoting) UnpackDisputeResolvedEvent(log *types.Log) (*DisputeVotingDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingDisputeResolved)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingDisputeSettled represents a DisputeSettled event raised by the DisputeVoting contract.
type DisputeVotingDisputeSettled struct {
	DisputeId    *big.Int
	Account      common.Address
	Unlocked     *big.Int
	Forfeited    *big.Int
	JurorReward  *big.Int
	PledgeRefund *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DisputeVotingDisputeSettledEventName = "DisputeSettled"

// ContractEventName returns the user-defined event name.
func (DisputeVotingDisputeSettled) ContractEventName() string {
	return DisputeVotingDisputeSettledEventName
}

// UnpackDisputeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSettled(uint256 indexed disputeId, address indexed account, uint256 unlocked, uint256 forfeited, uint256 jurorReward, uint256 pledgeRefund)
func (disputeVoting *DisputeVoting) UnpackDisputeSettledEvent(log *types.Log) (*DisputeVotingDisputeSettled, error) {
	event := "DisputeSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingDisputeSettled)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingJurorsDrawn represents a JurorsDrawn event raised by the DisputeVoting contract.
type DisputeVotingJurorsDrawn struct {
	DisputeId      *big.Int
	Round          *big.Int
	Jurors         []common.Address
	Seats          []*big.Int
	LockPerSeat    *big.Int
	VoidSeats      *big.Int
	CommitDeadline uint64
	RevealDeadline uint64
	AppealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputeVotingJurorsDrawnEventName = "JurorsDrawn"

// ContractEventName returns the user-defined event name.
func (DisputeVotingJurorsDrawn) ContractEventName() string {
	return DisputeVotingJurorsDrawnEventName
}

// UnpackJurorsDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JurorsDrawn(uint256 indexed disputeId, uint256 round, address[] jurors, uint256[] seats, uint256 lockPerSeat, uint256 voidSeats, uint64 commitDeadline, uint64 revealDeadline, uint64 appealDeadline)
func (disputeVoting *DisputeVoting) UnpackJurorsDrawnEvent(log *types.Log) (*DisputeVotingJurorsDrawn, error) {
	event := "JurorsDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingJurorsDrawn)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingOutcomeExecuted represents a OutcomeExecuted event raised by the DisputeVoting contract.
type DisputeVotingOutcomeExecuted struct {
	DisputeId       *big.Int
	Kind            uint8
	Subject         [32]byte
	Success         bool
	SlashedReceived *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DisputeVotingOutcomeExecutedEventName = "OutcomeExecuted"

// ContractEventName returns the user-defined event name.
func (DisputeVotingOutcomeExecuted) ContractEventName() string {
	return DisputeVotingOutcomeExecutedEventName
}

// UnpackOutcomeExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutcomeExecuted(uint256 indexed disputeId, uint8 kind, bytes32 subject, bool success, uint256 slashedReceived)
func (disputeVoting *DisputeVoting) UnpackOutcomeExecutedEvent(log *types.Log) (*DisputeVotingOutcomeExecuted, error) {
	event := "OutcomeExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingOutcomeExecuted)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingParametersSet represents a ParametersSet event raised by the DisputeVoting contract.
type DisputeVotingParametersSet struct {
	Params DisputeVotingParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeVotingParametersSetEventName = "ParametersSet"

// ContractEventName returns the user-defined event name.
func (DisputeVotingParametersSet) ContractEventName() string {
	return DisputeVotingParametersSetEventName
}

// UnpackParametersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParametersSet((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16) params)
func (disputeVoting *DisputeVoting) UnpackParametersSetEvent(log *types.Log) (*DisputeVotingParametersSet, error) {
	event := "ParametersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingParametersSet)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRandomnessRerequested represents a RandomnessRerequested event raised by the DisputeVoting contract.
type DisputeVotingRandomnessRerequested struct {
	DisputeId  *big.Int
	Round      *big.Int
	Randomness common.Address
	RequestId  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRandomnessRerequestedEventName = "RandomnessRerequested"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRandomnessRerequested) ContractEventName() string {
	return DisputeVotingRandomnessRerequestedEventName
}

// UnpackRandomnessRerequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RandomnessRerequested(uint256 indexed disputeId, uint256 round, address randomness, uint256 requestId)
func (disputeVoting *DisputeVoting) UnpackRandomnessRerequestedEvent(log *types.Log) (*DisputeVotingRandomnessRerequested, error) {
	event := "RandomnessRerequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRandomnessRerequested)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRandomnessSourceSet represents a RandomnessSourceSet event raised by the DisputeVoting contract.
type DisputeVotingRandomnessSourceSet struct {
	Previous common.Address
	Source   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRandomnessSourceSetEventName = "RandomnessSourceSet"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRandomnessSourceSet) ContractEventName() string {
	return DisputeVotingRandomnessSourceSetEventName
}

// UnpackRandomnessSourceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RandomnessSourceSet(address indexed previous, address indexed source)
func (disputeVoting *DisputeVoting) UnpackRandomnessSourceSetEvent(log *types.Log) (*DisputeVotingRandomnessSourceSet, error) {
	event := "RandomnessSourceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRandomnessSourceSet)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRewardPaid represents a RewardPaid event raised by the DisputeVoting contract.
type DisputeVotingRewardPaid struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRewardPaidEventName = "RewardPaid"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRewardPaid) ContractEventName() string {
	return DisputeVotingRewardPaidEventName
}

// UnpackRewardPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardPaid(address indexed account, uint256 amount)
func (disputeVoting *DisputeVoting) UnpackRewardPaidEvent(log *types.Log) (*DisputeVotingRewardPaid, error) {
	event := "RewardPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRewardPaid)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRoleAdminChanged represents a RoleAdminChanged event raised by the DisputeVoting contract.
type DisputeVotingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRoleAdminChanged) ContractEventName() string {
	return DisputeVotingRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (disputeVoting *DisputeVoting) UnpackRoleAdminChangedEvent(log *types.Log) (*DisputeVotingRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRoleGranted represents a RoleGranted event raised by the DisputeVoting contract.
type DisputeVotingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRoleGranted) ContractEventName() string {
	return DisputeVotingRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (disputeVoting *DisputeVoting) UnpackRoleGrantedEvent(log *types.Log) (*DisputeVotingRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRoleGranted)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingRoleRevoked represents a RoleRevoked event raised by the DisputeVoting contract.
type DisputeVotingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeVotingRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DisputeVotingRoleRevoked) ContractEventName() string {
	return DisputeVotingRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (disputeVoting *DisputeVoting) UnpackRoleRevokedEvent(log *types.Log) (*DisputeVotingRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingRoleRevoked)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingStaked represents a Staked event raised by the DisputeVoting contract.
type DisputeVotingStaked struct {
	Juror    common.Address
	Amount   *big.Int
	NewStake *big.Int
	Slot     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeVotingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (DisputeVotingStaked) ContractEventName() string {
	return DisputeVotingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed juror, uint256 amount, uint256 newStake, uint256 slot)
func (disputeVoting *DisputeVoting) UnpackStakedEvent(log *types.Log) (*DisputeVotingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingStaked)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingUnstakeRequested represents a UnstakeRequested event raised by the DisputeVoting contract.
type DisputeVotingUnstakeRequested struct {
	Juror       common.Address
	Amount      *big.Int
	AvailableAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeVotingUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (DisputeVotingUnstakeRequested) ContractEventName() string {
	return DisputeVotingUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed juror, uint256 amount, uint64 availableAt)
func (disputeVoting *DisputeVoting) UnpackUnstakeRequestedEvent(log *types.Log) (*DisputeVotingUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingUnstakeRequested)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingVoteCommitted represents a VoteCommitted event raised by the DisputeVoting contract.
type DisputeVotingVoteCommitted struct {
	DisputeId  *big.Int
	Round      *big.Int
	Juror      common.Address
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeVotingVoteCommittedEventName = "VoteCommitted"

// ContractEventName returns the user-defined event name.
func (DisputeVotingVoteCommitted) ContractEventName() string {
	return DisputeVotingVoteCommittedEventName
}

// UnpackVoteCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCommitted(uint256 indexed disputeId, uint256 round, address indexed juror, bytes32 commitment)
func (disputeVoting *DisputeVoting) UnpackVoteCommittedEvent(log *types.Log) (*DisputeVotingVoteCommitted, error) {
	event := "VoteCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingVoteCommitted)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingVoteRevealed represents a VoteRevealed event raised by the DisputeVoting contract.
type DisputeVotingVoteRevealed struct {
	DisputeId *big.Int
	Round     *big.Int
	Juror     common.Address
	Choice    uint8
	Seats     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeVotingVoteRevealedEventName = "VoteRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeVotingVoteRevealed) ContractEventName() string {
	return DisputeVotingVoteRevealedEventName
}

// UnpackVoteRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteRevealed(uint256 indexed disputeId, uint256 round, address indexed juror, uint8 choice, uint256 seats)
func (disputeVoting *DisputeVoting) UnpackVoteRevealedEvent(log *types.Log) (*DisputeVotingVoteRevealed, error) {
	event := "VoteRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingVoteRevealed)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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

// DisputeVotingWithdrawn represents a Withdrawn event raised by the DisputeVoting contract.
type DisputeVotingWithdrawn struct {
	Juror          common.Address
	Amount         *big.Int
	NewStake       *big.Int
	StillRequested *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputeVotingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DisputeVotingWithdrawn) ContractEventName() string {
	return DisputeVotingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed juror, uint256 amount, uint256 newStake, uint256 stillRequested)
func (disputeVoting *DisputeVoting) UnpackWithdrawnEvent(log *types.Log) (*DisputeVotingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingWithdrawn)
	if len(log.Data) > 0 {
		if err := disputeVoting.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeVoting.abi.Events[event].Inputs {
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
func (disputeVoting *DisputeVoting) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AlreadyDrawn"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AlreadySettled"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AppealNotOpen"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAppealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["AppealPeriodOver"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackAppealPeriodOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["CommitPeriodOver"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackCommitPeriodOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["DisputeNotActive"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackDisputeNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["DisputeNotResolved"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackDisputeNotResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InvalidChoice"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInvalidChoiceError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InvalidEvidence"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInvalidEvidenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InvalidKind"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInvalidKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["InvalidSubject"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackInvalidSubjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["JurorPoolFull"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackJurorPoolFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NoMoreAppeals"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNoMoreAppealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NoUnstakeRequest"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNoUnstakeRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NotDrawn"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NotJuror"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNotJurorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["OutcomeOutOfGas"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackOutcomeOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["PledgeTooLow"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackPledgeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["RandomnessNotReady"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackRandomnessNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["RandomnessSourceUnchanged"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackRandomnessSourceUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["RevealNotOpen"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackRevealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["RevealPeriodOver"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackRevealPeriodOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["SubjectNotDisputable"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackSubjectNotDisputableError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["TooEarlyToFinalize"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackTooEarlyToFinalizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["UnstakeNotReady"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackUnstakeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeVotingAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DisputeVoting contract.
type DisputeVotingAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DisputeVotingAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (disputeVoting *DisputeVoting) UnpackAccessControlBadConfirmationError(raw []byte) (*DisputeVotingAccessControlBadConfirmation, error) {
	out := new(DisputeVotingAccessControlBadConfirmation)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DisputeVoting contract.
type DisputeVotingAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DisputeVotingAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (disputeVoting *DisputeVoting) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DisputeVotingAccessControlUnauthorizedAccount, error) {
	out := new(DisputeVotingAccessControlUnauthorizedAccount)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAlreadyCommitted represents a AlreadyCommitted error raised by the DisputeVoting contract.
type DisputeVotingAlreadyCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted()
func DisputeVotingAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xbfec55587600524a9afa4af6da1e1345f08fce59d99e4869f19166c295681a3a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted()
func (disputeVoting *DisputeVoting) UnpackAlreadyCommittedError(raw []byte) (*DisputeVotingAlreadyCommitted, error) {
	out := new(DisputeVotingAlreadyCommitted)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAlreadyDrawn represents a AlreadyDrawn error raised by the DisputeVoting contract.
type DisputeVotingAlreadyDrawn struct {
	DisputeId *big.Int
	Round     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDrawn(uint256 disputeId, uint256 round)
func DisputeVotingAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0x53cba5500585eff5c7f0a6624b13e0832d5b336fba34d8651075bd725678d241")
}

// UnpackAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDrawn(uint256 disputeId, uint256 round)
func (disputeVoting *DisputeVoting) UnpackAlreadyDrawnError(raw []byte) (*DisputeVotingAlreadyDrawn, error) {
	out := new(DisputeVotingAlreadyDrawn)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAlreadyRevealed represents a AlreadyRevealed error raised by the DisputeVoting contract.
type DisputeVotingAlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed()
func DisputeVotingAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xa89ac151620d5331775119c5df29262a0755c14eb44ace70a903df983497be6e")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed()
func (disputeVoting *DisputeVoting) UnpackAlreadyRevealedError(raw []byte) (*DisputeVotingAlreadyRevealed, error) {
	out := new(DisputeVotingAlreadyRevealed)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAlreadySettled represents a AlreadySettled error raised by the DisputeVoting contract.
type DisputeVotingAlreadySettled struct {
	DisputeId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySettled(uint256 disputeId, address account)
func DisputeVotingAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x85e701ff8d62ff2448d51f33b9396811649102ecaac7aa2f974286332e25455f")
}

// UnpackAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySettled(uint256 disputeId, address account)
func (disputeVoting *DisputeVoting) UnpackAlreadySettledError(raw []byte) (*DisputeVotingAlreadySettled, error) {
	out := new(DisputeVotingAlreadySettled)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAppealNotOpen represents a AppealNotOpen error raised by the DisputeVoting contract.
type DisputeVotingAppealNotOpen struct {
	OpensAfter uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AppealNotOpen(uint64 opensAfter)
func DisputeVotingAppealNotOpenErrorID() common.Hash {
	return common.HexToHash("0xdc952ccdbddc04545121b1ec925b060e6339f85d527964fcc54c801c3ebab851")
}

// UnpackAppealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AppealNotOpen(uint64 opensAfter)
func (disputeVoting *DisputeVoting) UnpackAppealNotOpenError(raw []byte) (*DisputeVotingAppealNotOpen, error) {
	out := new(DisputeVotingAppealNotOpen)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AppealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingAppealPeriodOver represents a AppealPeriodOver error raised by the DisputeVoting contract.
type DisputeVotingAppealPeriodOver struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AppealPeriodOver(uint64 deadline)
func DisputeVotingAppealPeriodOverErrorID() common.Hash {
	return common.HexToHash("0x688daa5e45d76b69bcea2fcf59c9572b30618d2980b73e2e6e9ae40049ebb008")
}

// UnpackAppealPeriodOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AppealPeriodOver(uint64 deadline)
func (disputeVoting *DisputeVoting) UnpackAppealPeriodOverError(raw []byte) (*DisputeVotingAppealPeriodOver, error) {
	out := new(DisputeVotingAppealPeriodOver)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "AppealPeriodOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the DisputeVoting contract.
type DisputeVotingCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func DisputeVotingCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (disputeVoting *DisputeVoting) UnpackCheckpointUnorderedInsertionError(raw []byte) (*DisputeVotingCheckpointUnorderedInsertion, error) {
	out := new(DisputeVotingCheckpointUnorderedInsertion)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingCommitPeriodOver represents a CommitPeriodOver error raised by the DisputeVoting contract.
type DisputeVotingCommitPeriodOver struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitPeriodOver(uint64 deadline)
func DisputeVotingCommitPeriodOverErrorID() common.Hash {
	return common.HexToHash("0xa7ee32bd50068ee3315ec16aa6b7d8c2cae852183750b8d463324332960dfe4f")
}

// UnpackCommitPeriodOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitPeriodOver(uint64 deadline)
func (disputeVoting *DisputeVoting) UnpackCommitPeriodOverError(raw []byte) (*DisputeVotingCommitPeriodOver, error) {
	out := new(DisputeVotingCommitPeriodOver)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "CommitPeriodOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingCommitmentMismatch represents a CommitmentMismatch error raised by the DisputeVoting contract.
type DisputeVotingCommitmentMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch()
func DisputeVotingCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x5054097bb92104fdc128156d244c4d9d3a1008b45209d260b0cb38908eec9de3")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch()
func (disputeVoting *DisputeVoting) UnpackCommitmentMismatchError(raw []byte) (*DisputeVotingCommitmentMismatch, error) {
	out := new(DisputeVotingCommitmentMismatch)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingDisputeNotActive represents a DisputeNotActive error raised by the DisputeVoting contract.
type DisputeVotingDisputeNotActive struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotActive(uint256 disputeId)
func DisputeVotingDisputeNotActiveErrorID() common.Hash {
	return common.HexToHash("0xe372c1f09dae6d02fdfd8fe055aa3c8aec265980d549e33fdd66beed242ab334")
}

// UnpackDisputeNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotActive(uint256 disputeId)
func (disputeVoting *DisputeVoting) UnpackDisputeNotActiveError(raw []byte) (*DisputeVotingDisputeNotActive, error) {
	out := new(DisputeVotingDisputeNotActive)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "DisputeNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingDisputeNotResolved represents a DisputeNotResolved error raised by the DisputeVoting contract.
type DisputeVotingDisputeNotResolved struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotResolved(uint256 disputeId)
func DisputeVotingDisputeNotResolvedErrorID() common.Hash {
	return common.HexToHash("0xb05c6c3d6526bc8120a3327a318d4f317d9a0ab40aa3d744c5efcdac48b6c40b")
}

// UnpackDisputeNotResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotResolved(uint256 disputeId)
func (disputeVoting *DisputeVoting) UnpackDisputeNotResolvedError(raw []byte) (*DisputeVotingDisputeNotResolved, error) {
	out := new(DisputeVotingDisputeNotResolved)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "DisputeNotResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInsufficientStake represents a InsufficientStake error raised by the DisputeVoting contract.
type DisputeVotingInsufficientStake struct {
	Requested *big.Int
	Staked    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 staked)
func DisputeVotingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 staked)
func (disputeVoting *DisputeVoting) UnpackInsufficientStakeError(raw []byte) (*DisputeVotingInsufficientStake, error) {
	out := new(DisputeVotingInsufficientStake)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInvalidChoice represents a InvalidChoice error raised by the DisputeVoting contract.
type DisputeVotingInvalidChoice struct {
	Choice uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChoice(uint8 choice)
func DisputeVotingInvalidChoiceErrorID() common.Hash {
	return common.HexToHash("0xb2f1d054df19734480d29c65200898909e31b37887e5865269353c26a767ae9e")
}

// UnpackInvalidChoiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChoice(uint8 choice)
func (disputeVoting *DisputeVoting) UnpackInvalidChoiceError(raw []byte) (*DisputeVotingInvalidChoice, error) {
	out := new(DisputeVotingInvalidChoice)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InvalidChoice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInvalidEvidence represents a InvalidEvidence error raised by the DisputeVoting contract.
type DisputeVotingInvalidEvidence struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEvidence()
func DisputeVotingInvalidEvidenceErrorID() common.Hash {
	return common.HexToHash("0xc9779e3cd09ff10b811ed85fd247314eb00b92b6d6bad730133e2fa6c692935d")
}

// UnpackInvalidEvidenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEvidence()
func (disputeVoting *DisputeVoting) UnpackInvalidEvidenceError(raw []byte) (*DisputeVotingInvalidEvidence, error) {
	out := new(DisputeVotingInvalidEvidence)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InvalidEvidence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInvalidKind represents a InvalidKind error raised by the DisputeVoting contract.
type DisputeVotingInvalidKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKind(uint8 kind)
func DisputeVotingInvalidKindErrorID() common.Hash {
	return common.HexToHash("0x04818320379d24ecb3568e5322b502c61e7a61c3f98708123d1dbd91b8d72785")
}

// UnpackInvalidKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKind(uint8 kind)
func (disputeVoting *DisputeVoting) UnpackInvalidKindError(raw []byte) (*DisputeVotingInvalidKind, error) {
	out := new(DisputeVotingInvalidKind)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InvalidKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInvalidParameters represents a InvalidParameters error raised by the DisputeVoting contract.
type DisputeVotingInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func DisputeVotingInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (disputeVoting *DisputeVoting) UnpackInvalidParametersError(raw []byte) (*DisputeVotingInvalidParameters, error) {
	out := new(DisputeVotingInvalidParameters)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingInvalidSubject represents a InvalidSubject error raised by the DisputeVoting contract.
type DisputeVotingInvalidSubject struct {
	Subject [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSubject(bytes32 subject)
func DisputeVotingInvalidSubjectErrorID() common.Hash {
	return common.HexToHash("0x57616f6584ddd5ed31ebc25334a31369be42f1ca1d9030cbdfdcafe3a130a902")
}

// UnpackInvalidSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSubject(bytes32 subject)
func (disputeVoting *DisputeVoting) UnpackInvalidSubjectError(raw []byte) (*DisputeVotingInvalidSubject, error) {
	out := new(DisputeVotingInvalidSubject)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "InvalidSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingJurorPoolFull represents a JurorPoolFull error raised by the DisputeVoting contract.
type DisputeVotingJurorPoolFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JurorPoolFull()
func DisputeVotingJurorPoolFullErrorID() common.Hash {
	return common.HexToHash("0xd95e746caa14cdc08ee6ed2e36bd3ba38f885a886f769ca0df9401eacd32a9ed")
}

// UnpackJurorPoolFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JurorPoolFull()
func (disputeVoting *DisputeVoting) UnpackJurorPoolFullError(raw []byte) (*DisputeVotingJurorPoolFull, error) {
	out := new(DisputeVotingJurorPoolFull)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "JurorPoolFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNoMoreAppeals represents a NoMoreAppeals error raised by the DisputeVoting contract.
type DisputeVotingNoMoreAppeals struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMoreAppeals(uint256 disputeId)
func DisputeVotingNoMoreAppealsErrorID() common.Hash {
	return common.HexToHash("0x27144bd5710e5775df3f589a69b1b75bac6781f23e355b486e304a09777702fa")
}

// UnpackNoMoreAppealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMoreAppeals(uint256 disputeId)
func (disputeVoting *DisputeVoting) UnpackNoMoreAppealsError(raw []byte) (*DisputeVotingNoMoreAppeals, error) {
	out := new(DisputeVotingNoMoreAppeals)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NoMoreAppeals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNoUnstakeRequest represents a NoUnstakeRequest error raised by the DisputeVoting contract.
type DisputeVotingNoUnstakeRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUnstakeRequest()
func DisputeVotingNoUnstakeRequestErrorID() common.Hash {
	return common.HexToHash("0x16f68e4b12800f08c76845b9a5d341d32c8b60508ba35dd8671671da44949dcd")
}

// UnpackNoUnstakeRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUnstakeRequest()
func (disputeVoting *DisputeVoting) UnpackNoUnstakeRequestError(raw []byte) (*DisputeVotingNoUnstakeRequest, error) {
	out := new(DisputeVotingNoUnstakeRequest)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NoUnstakeRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNotCommitted represents a NotCommitted error raised by the DisputeVoting contract.
type DisputeVotingNotCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted()
func DisputeVotingNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x81791cb43e68aa2787915f848c31dc1c72f0105a3515ef1351d4a682bdf3133c")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted()
func (disputeVoting *DisputeVoting) UnpackNotCommittedError(raw []byte) (*DisputeVotingNotCommitted, error) {
	out := new(DisputeVotingNotCommitted)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNotDrawn represents a NotDrawn error raised by the DisputeVoting contract.
type DisputeVotingNotDrawn struct {
	DisputeId *big.Int
	Round     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDrawn(uint256 disputeId, uint256 round)
func DisputeVotingNotDrawnErrorID() common.Hash {
	return common.HexToHash("0xc6c19e3b41b4e606ccaa96574663f1d123f06327b7120b48aabd5ab6786fdf19")
}

// UnpackNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDrawn(uint256 disputeId, uint256 round)
func (disputeVoting *DisputeVoting) UnpackNotDrawnError(raw []byte) (*DisputeVotingNotDrawn, error) {
	out := new(DisputeVotingNotDrawn)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNotJuror represents a NotJuror error raised by the DisputeVoting contract.
type DisputeVotingNotJuror struct {
	DisputeId *big.Int
	Round     *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJuror(uint256 disputeId, uint256 round, address account)
func DisputeVotingNotJurorErrorID() common.Hash {
	return common.HexToHash("0x76181fb052c07c1fff4dd61e0cba6b42276651c720bcdd69b2fc92b61c667947")
}

// UnpackNotJurorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJuror(uint256 disputeId, uint256 round, address account)
func (disputeVoting *DisputeVoting) UnpackNotJurorError(raw []byte) (*DisputeVotingNotJuror, error) {
	out := new(DisputeVotingNotJuror)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NotJuror", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNothingToClaim represents a NothingToClaim error raised by the DisputeVoting contract.
type DisputeVotingNothingToClaim struct {
	DisputeId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 disputeId, address account)
func DisputeVotingNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 disputeId, address account)
func (disputeVoting *DisputeVoting) UnpackNothingToClaimError(raw []byte) (*DisputeVotingNothingToClaim, error) {
	out := new(DisputeVotingNothingToClaim)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingNothingToWithdraw represents a NothingToWithdraw error raised by the DisputeVoting contract.
type DisputeVotingNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func DisputeVotingNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (disputeVoting *DisputeVoting) UnpackNothingToWithdrawError(raw []byte) (*DisputeVotingNothingToWithdraw, error) {
	out := new(DisputeVotingNothingToWithdraw)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingOutcomeOutOfGas represents a OutcomeOutOfGas error raised by the DisputeVoting contract.
type DisputeVotingOutcomeOutOfGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutcomeOutOfGas()
func DisputeVotingOutcomeOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x51d6a91b075fb0e435da2b4f35d86a0ef4b028663065382e2541385d2f841f47")
}

// UnpackOutcomeOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutcomeOutOfGas()
func (disputeVoting *DisputeVoting) UnpackOutcomeOutOfGasError(raw []byte) (*DisputeVotingOutcomeOutOfGas, error) {
	out := new(DisputeVotingOutcomeOutOfGas)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "OutcomeOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingPledgeTooLow represents a PledgeTooLow error raised by the DisputeVoting contract.
type DisputeVotingPledgeTooLow struct {
	Pledge    *big.Int
	MinPledge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PledgeTooLow(uint256 pledge, uint256 minPledge)
func DisputeVotingPledgeTooLowErrorID() common.Hash {
	return common.HexToHash("0xce780e58f4362c998475a3ff3b65f337f29472b1647a539097363d3bbab9e147")
}

// UnpackPledgeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PledgeTooLow(uint256 pledge, uint256 minPledge)
func (disputeVoting *DisputeVoting) UnpackPledgeTooLowError(raw []byte) (*DisputeVotingPledgeTooLow, error) {
	out := new(DisputeVotingPledgeTooLow)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "PledgeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingRandomnessNotReady represents a RandomnessNotReady error raised by the DisputeVoting contract.
type DisputeVotingRandomnessNotReady struct {
	DisputeId *big.Int
	Round     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RandomnessNotReady(uint256 disputeId, uint256 round)
func DisputeVotingRandomnessNotReadyErrorID() common.Hash {
	return common.HexToHash("0x0ad28fffc952c97138c42d8f3c731e94698df3358fa5f73c938bfff7d9362bd3")
}

// UnpackRandomnessNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RandomnessNotReady(uint256 disputeId, uint256 round)
func (disputeVoting *DisputeVoting) UnpackRandomnessNotReadyError(raw []byte) (*DisputeVotingRandomnessNotReady, error) {
	out := new(DisputeVotingRandomnessNotReady)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "RandomnessNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingRandomnessSourceUnchanged represents a RandomnessSourceUnchanged error raised by the DisputeVoting contract.
type DisputeVotingRandomnessSourceUnchanged struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RandomnessSourceUnchanged()
func DisputeVotingRandomnessSourceUnchangedErrorID() common.Hash {
	return common.HexToHash("0xa19b5b623f9889fdc1af9cc15df7286c61ed3089fd8cab2797b0523186b82ab4")
}

// UnpackRandomnessSourceUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RandomnessSourceUnchanged()
func (disputeVoting *DisputeVoting) UnpackRandomnessSourceUnchangedError(raw []byte) (*DisputeVotingRandomnessSourceUnchanged, error) {
	out := new(DisputeVotingRandomnessSourceUnchanged)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "RandomnessSourceUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DisputeVoting contract.
type DisputeVotingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DisputeVotingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (disputeVoting *DisputeVoting) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DisputeVotingReentrancyGuardReentrantCall, error) {
	out := new(DisputeVotingReentrancyGuardReentrantCall)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingRevealNotOpen represents a RevealNotOpen error raised by the DisputeVoting contract.
type DisputeVotingRevealNotOpen struct {
	OpensAfter uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOpen(uint64 opensAfter)
func DisputeVotingRevealNotOpenErrorID() common.Hash {
	return common.HexToHash("0x25f4b0b6823e390f1fcd74e0e6dffe8130b041c301119bdc6b711634c2c99940")
}

// UnpackRevealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOpen(uint64 opensAfter)
func (disputeVoting *DisputeVoting) UnpackRevealNotOpenError(raw []byte) (*DisputeVotingRevealNotOpen, error) {
	out := new(DisputeVotingRevealNotOpen)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "RevealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingRevealPeriodOver represents a RevealPeriodOver error raised by the DisputeVoting contract.
type DisputeVotingRevealPeriodOver struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPeriodOver(uint64 deadline)
func DisputeVotingRevealPeriodOverErrorID() common.Hash {
	return common.HexToHash("0xc0057553cd3143f9d0141bc81e2ecfc33e1161785eb5dae2ae4131d1733bd0db")
}

// UnpackRevealPeriodOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPeriodOver(uint64 deadline)
func (disputeVoting *DisputeVoting) UnpackRevealPeriodOverError(raw []byte) (*DisputeVotingRevealPeriodOver, error) {
	out := new(DisputeVotingRevealPeriodOver)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "RevealPeriodOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DisputeVoting contract.
type DisputeVotingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DisputeVotingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (disputeVoting *DisputeVoting) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DisputeVotingSafeCastOverflowedUintDowncast, error) {
	out := new(DisputeVotingSafeCastOverflowedUintDowncast)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DisputeVoting contract.
type DisputeVotingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DisputeVotingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (disputeVoting *DisputeVoting) UnpackSafeERC20FailedOperationError(raw []byte) (*DisputeVotingSafeERC20FailedOperation, error) {
	out := new(DisputeVotingSafeERC20FailedOperation)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingStakeBelowMinimum represents a StakeBelowMinimum error raised by the DisputeVoting contract.
type DisputeVotingStakeBelowMinimum struct {
	NewStake      *big.Int
	MinJurorStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 newStake, uint256 minJurorStake)
func DisputeVotingStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 newStake, uint256 minJurorStake)
func (disputeVoting *DisputeVoting) UnpackStakeBelowMinimumError(raw []byte) (*DisputeVotingStakeBelowMinimum, error) {
	out := new(DisputeVotingStakeBelowMinimum)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingStakeLocked represents a StakeLocked error raised by the DisputeVoting contract.
type DisputeVotingStakeLocked struct {
	Staked *big.Int
	Locked *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint256 staked, uint256 locked)
func DisputeVotingStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x5ab98301a6813e74ead36dc23bd818921850120ffe82c4fc14d15a0639481030")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint256 staked, uint256 locked)
func (disputeVoting *DisputeVoting) UnpackStakeLockedError(raw []byte) (*DisputeVotingStakeLocked, error) {
	out := new(DisputeVotingStakeLocked)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingSubjectNotDisputable represents a SubjectNotDisputable error raised by the DisputeVoting contract.
type DisputeVotingSubjectNotDisputable struct {
	Kind    uint8
	Subject [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubjectNotDisputable(uint8 kind, bytes32 subject)
func DisputeVotingSubjectNotDisputableErrorID() common.Hash {
	return common.HexToHash("0x617bf7b343b52a832b745bc7d0a2410c4f29bb462b96d732225db17de6de9623")
}

// UnpackSubjectNotDisputableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubjectNotDisputable(uint8 kind, bytes32 subject)
func (disputeVoting *DisputeVoting) UnpackSubjectNotDisputableError(raw []byte) (*DisputeVotingSubjectNotDisputable, error) {
	out := new(DisputeVotingSubjectNotDisputable)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "SubjectNotDisputable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingTooEarlyToFinalize represents a TooEarlyToFinalize error raised by the DisputeVoting contract.
type DisputeVotingTooEarlyToFinalize struct {
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarlyToFinalize(uint64 notBefore)
func DisputeVotingTooEarlyToFinalizeErrorID() common.Hash {
	return common.HexToHash("0x693a141f10c24f9c31566851c1c4df5871711684aa51ce4f2a7c74dc508122e6")
}

// UnpackTooEarlyToFinalizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarlyToFinalize(uint64 notBefore)
func (disputeVoting *DisputeVoting) UnpackTooEarlyToFinalizeError(raw []byte) (*DisputeVotingTooEarlyToFinalize, error) {
	out := new(DisputeVotingTooEarlyToFinalize)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "TooEarlyToFinalize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingUnstakeNotReady represents a UnstakeNotReady error raised by the DisputeVoting contract.
type DisputeVotingUnstakeNotReady struct {
	AvailableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeNotReady(uint64 availableAt)
func DisputeVotingUnstakeNotReadyErrorID() common.Hash {
	return common.HexToHash("0xfbb7514e261bdbd2fe576b14c61a24410642601877c1054eeb3b2aef0eab4df6")
}

// UnpackUnstakeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeNotReady(uint64 availableAt)
func (disputeVoting *DisputeVoting) UnpackUnstakeNotReadyError(raw []byte) (*DisputeVotingUnstakeNotReady, error) {
	out := new(DisputeVotingUnstakeNotReady)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "UnstakeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingZeroAddress represents a ZeroAddress error raised by the DisputeVoting contract.
type DisputeVotingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeVotingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeVoting *DisputeVoting) UnpackZeroAddressError(raw []byte) (*DisputeVotingZeroAddress, error) {
	out := new(DisputeVotingZeroAddress)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeVotingZeroAmount represents a ZeroAmount error raised by the DisputeVoting contract.
type DisputeVotingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func DisputeVotingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (disputeVoting *DisputeVoting) UnpackZeroAmountError(raw []byte) (*DisputeVotingZeroAmount, error) {
	out := new(DisputeVotingZeroAmount)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
