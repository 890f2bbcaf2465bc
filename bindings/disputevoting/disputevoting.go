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
	Bin: "0x60e060405234801561000f575f5ffd5b506040516152ad3803806152ad83398101604081905261002e916102f6565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038516158061006f57506001600160a01b038416155b8061008157506001600160a01b038316155b8061009357506001600160a01b038216155b806100a557506001600160a01b038116155b156100c35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384811660805283811660a05282811660c052600180546001600160a01b0319169183169190911790556100fe5f86610232565b506101297f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5586610232565b50604080516101208101825268056bc75e2d63100000808252602082018190526201518082840181905260608301819052608083015262093a8060a0830152600360c08301819052600260e08401819052611388610100850152829055557a093a800000000000015180000000000001518000000000000151806004556005805464ffffffffff191664138802000317905590517fad801c81a8c3b2c6cf840bc92c337ecb2d08c22e347bd317bc08ef29ad81bc11906101ea908390610357565b60405180910390a16040516001600160a01b038316905f907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9908290a35050505050506103f2565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102d2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561028a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102d5565b505f5b92915050565b80516001600160a01b03811681146102f1575f5ffd5b919050565b5f5f5f5f5f60a0868803121561030a575f5ffd5b610313866102db565b9450610321602087016102db565b935061032f604087016102db565b925061033d606087016102db565b915061034b608087016102db565b90509295509295909350565b81518152602080830151908201526040808301516001600160401b039081169183019190915260608084015182169083015260808084015182169083015260a080840151918216908301526101208201905060c08301516103be60c084018261ffff169052565b5060e08301516103d360e084018260ff169052565b506101008301516103eb61010084018261ffff169052565b5092915050565b60805160a05160c051614e286104855f395f818161053f015281816138830152613b1901525f818161077b0152818161296001528181612e9c015281816136ca015281816137d101528181613a220152613ace01525f81816108b1015281816114e20152818161187001528181611f85015281816121ed0152818161291a015281816139820152613be10152614e285ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c8063a217fddf116101af578063ccc57490116100fe578063e3a96cbd1161009e578063f2f0387711610079578063f2f0387714610899578063fc0c546a146108ac578063fddf544b146108d3578063fe6c0203146107e2575f5ffd5b8063e3a96cbd146107ea578063e7fa9f7d1461087d578063ead652d914610886575f5ffd5b8063d547741f116100d9578063d547741f1461079d578063ddd5e1b2146107b0578063df18e047146107c3578063e2551c73146107e2575f5ffd5b8063ccc5749014610670578063cff0ab9614610697578063d3fb73b414610776575f5ffd5b8063a82da60d11610169578063bee2d1cf11610144578063bee2d1cf14610643578063c29f48271461064c578063c7b8981c14610655578063c8e9b3031461065d575f5ffd5b8063a82da60d14610621578063a94df5f214610629578063b55f259e1461063c575f5ffd5b8063a217fddf146105be578063a28889e1146105c5578063a37a85e9146105ce578063a65c6b2a146105e1578063a694fc3a1461060e578063a7fe9f9a14610505575f5ffd5b80633ccfd60b1161026b5780637b103999116102255780638812fca2116102005780638812fca21461057d57806391d148541461059057806394c2c24f146105a35780639a42f3aa146105ab575f5ffd5b80637b1039991461053a5780637e69b7b014610561578063817b1cd214610574575f5ffd5b80633ccfd60b14610457578063460358211461045f5780634f2b4234146104725780635059d2f6146105055780635c95c4411461051f57806368a5458514610527575f5ffd5b806323095721116102d657806336013189116102b157806336013189146103dd57806336568abe1461040857806339ec68a31461041b5780633b30414714610444575f5ffd5b80632309572114610395578063248a9ca3146103a85780632f2ff15d146103ca575f5ffd5b806301ffc9a71461031d57806304e8940d1461034557806305261aea1461035c5780630937eb54146103715780630c2d1ed2146103795780630f92649414610382575b5f5ffd5b61033061032b3660046142b7565b610959565b60405190151581526020015b60405180910390f35b61034e61040081565b60405190815260200161033c565b61036f61036a3660046142de565b61098f565b005b61034e610c3e565b61034e60105481565b61036f6103903660046142f5565b610c6e565b61036f6103a33660046142de565b610ed4565b61034e6103b63660046142de565b5f9081526020819052604090206001015490565b61036f6103d8366004614323565b611018565b6001546103f0906001600160a01b031681565b6040516001600160a01b03909116815260200161033c565b61036f610416366004614323565b611042565b61042e610429366004614351565b61107a565b60405161033c9a99989796959493929190614371565b61036f6104523660046142de565b611182565b61036f6113c9565b61034e61046d36600461443d565b61155d565b6104d3610480366004614456565b5f9283526009602090815260408085209385529281528284206001600160a01b039290921684525290208054600182015460029092015461ffff82169360ff630100000084048116936201000090041690565b60405161033c95949392919094855260208501939093529015156040840152606083015260ff16608082015260a00190565b61050d600281565b60405160ff909116815260200161033c565b61034e600481565b61034e61053536600461448c565b6115a2565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b61034e61056f3660046142de565b61163c565b61034e600d5481565b61034e61058b3660046144d8565b6119a4565b61033061059e366004614323565b6119fb565b61034e603f81565b61036f6105b9366004614526565b611a23565b61034e5f81565b61034e60065481565b61036f6105dc36600461455b565b611d1a565b6103306105ef366004614323565b600a60209081525f928352604080842090915290825290205460ff1681565b61036f61061c3660046142de565b611dbd565b61034e608081565b61036f6106373660046142de565b611fed565b61050d5f81565b61034e60135481565b61034e600e5481565b61036f61217f565b61050d61066b366004614351565b612252565b61034e7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f5581565b61076960408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152506040805161012081018252600254815260035460208201526004546001600160401b0380821693830193909352600160401b810483166060830152600160801b810483166080830152600160c01b900490911660a082015260055461ffff80821660c084015260ff6201000083041660e084015263010000009091041661010082015290565b60405161033c9190614576565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b61036f6107ab366004614323565b612264565b61036f6107be366004614323565b612288565b61034e6107d136600461455b565b600c6020525f908152604090205481565b61050d600181565b6108676107f83660046142de565b5f9081526007602052604090208054600182015460029092015460ff80831694600160381b84046001600160a01b0316936101008104831693620100008204841693600160201b830481169363010000008404821693600160301b8104831693600160281b9091049092169190565b60405161033c9a9998979695949392919061463e565b61034e600f5481565b61034e6108943660046146c4565b61271d565b61036f6108a7366004614351565b612abe565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b6109286108e136600461455b565b6001600160a01b03165f908152600b6020526040902080546001820154600283015460039093015491939092916001600160401b03811691600160401b90910461ffff1690565b604080519586526020860194909452928401919091526001600160401b03166060830152608082015260a00161033c565b5f6001600160e01b03198216637965db0b60e01b148061098957506301ffc9a760e01b6001600160e01b03198316145b92915050565b610997612c70565b5f6109a182612c9e565b80549091505f906109be90600190600160201b900460ff16614762565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416610a165760405163c6c19e3b60e01b815260048101859052602481018390526044015b60405180910390fd5b82545f9060ff630100000082048116600160201b9092041610610a465760028201546001600160401b0316610a5c565b6002820154600160401b90046001600160401b03165b9050806001600160401b03164211610a925760405163693a141f60e01b81526001600160401b0382166004820152602401610a0d565b5f610a9d8685612ce9565b855460ff8216620100000262ffff00199091161761020017865590505f80610ac6888785612d53565b91509150815f03610aeb5750855465ff00000000001916600160281b1786555f610b81565b6006870160ff8416600214610b01576002610b04565b60015b60ff1660038110610b1757610b1761477b565b0154610b23908261478f565b87600201819055508060105f828254610b3c919061478f565b9250508190555080600e5f828254610b54919061478f565b90915550506003808801839055600688019060ff8516908110610b7957610b7961477b565b015460058801555b60011960ff841601610b9757610b978888612dec565b865460ff16610bad57610bad8760010154612e81565b600287810154600489015489546040805160ff8981169096148152602081018c905290810193909352606083018690526080830185905260a0830191909152600160281b9004909116151560c082015288907f27fb7f7370d42dbf845c33a79f37998c2925ece96e40fa70bee779c7179fb4939060e00160405180910390a250505050505050610c3b612f24565b50565b5f601054600f54600e54600d54610c55919061478f565b610c5f919061478f565b610c6991906147a2565b905090565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55610c9881612f4a565b81351580610ca857506020820135155b80610cc95750610cbe60608301604084016147d4565b6001600160401b0316155b80610cee575062278d00610ce360608401604085016147d4565b6001600160401b0316115b80610d0f5750610d0460808301606084016147d4565b6001600160401b0316155b80610d34575062278d00610d2960808401606085016147d4565b6001600160401b0316115b80610d555750610d4a60a08301608084016147d4565b6001600160401b0316155b80610d7a575062278d00610d6f60a08401608085016147d4565b6001600160401b0316115b80610da057506301e13380610d9560c0840160a085016147d4565b6001600160401b0316115b80610dbc5750610db660e0830160c08401614809565b61ffff16155b80610dda57506004610dd5610100840160e08501614824565b60ff16115b80610dfb5750612710610df561012084016101008501614809565b61ffff16115b15610e1957604051630e52390960e41b815260040160405180910390fd5b603f6001610e2e610100850160e08601614824565b600160ff919091161b610e4760e0860160c08701614809565b610e569061ffff16600161478f565b610e60919061483f565b610e6a91906147a2565b1115610e8957604051630e52390960e41b815260040160405180910390fd5b816002610e96828261487a565b9050507fad801c81a8c3b2c6cf840bc92c337ecb2d08c22e347bd317bc08ef29ad81bc1182604051610ec891906149d8565b60405180910390a15050565b610edc612c70565b805f03610efc57604051631f2a200560e01b815260040160405180910390fd5b335f908152600b602052604090208054821115610f395780546040516322df051360e11b8152610a0d918491600401918252602082015260400190565b80545f90610f489084906147a2565b90508015801590610f5a575060035481105b15610f86576003546040516378e030db60e01b8152610a0d918391600401918252602082015260400190565b6004545f90610fa590600160c01b90046001600160401b031642614a9b565b6002840185905560038401805467ffffffffffffffff19166001600160401b03831690811790915560408051878152602081019290925291925033917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c91015b60405180910390a2505050610c3b612f24565b5f8281526020819052604090206001015461103281612f4a565b61103c8383612f54565b50505050565b6001600160a01b038116331461106b5760405163334bd91960e11b815260040160405180910390fd5b6110758282612fe3565b505050565b5f82815260086020818152604080842085855282528084208054600182015460028301546007840154968401546004850154600c860180548851818b0281018b019099528089528b9a8b9a8b9a8b9a8b9a8b9a8b9a8b9a60609a949961ffff600160e01b8604169960ff600160f81b870416996001600160401b03600160a01b9788900481169a9790960486169886861698600160401b90960490961696909593949391839183018282801561115757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611139575b505050505090509a509a509a509a509a509a509a509a509a509a50509295989b9194979a5092959850565b61118a612c70565b5f61119482612c9e565b80549091505f906111b190600190600160201b900460ff16614762565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416156112055760405163053cba5560e41b81526004810185905260248101839052604401610a0d565b8054600382015460405163cadf338f60e01b81525f9283926001600160a01b039091169163cadf338f9161123f9160040190815260200190565b6040805180830381865afa158015611259573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061127d9190614ac9565b91509150816112a957604051630ad28fff60e01b81526004810187905260248101859052604401610a0d565b82546001600160f81b0316600160f81b1783556004546002905f906112d7906001600160401b031642614a9b565b6001860180546001600160401b03808416600160a01b0267ffffffffffffffff60a01b1990921691909117909155600284015491925061131f91600160401b90041682614a9b565b6002868101805467ffffffffffffffff19166001600160401b03938416179055830154600160801b810482169161135e91600160401b90041683614a9b565b6113689190614a9b565b6002860180546001600160401b0392909216600160401b0267ffffffffffffffff60401b199092169190911790555060018101545f6113aa898888878661304c565b90506113b989888885856131b6565b5050505050505050610c3b612f24565b6113d1612c70565b335f908152600b6020526040812060028101549091819003611406576040516316f68e4b60e01b815260040160405180910390fd5b60038201546001600160401b0316421015611445576003820154604051637ddba8a760e11b81526001600160401b039091166004820152602401610a0d565b600182015482545f91611457916147a2565b90505f8183106114675781611469565b825b9050805f0361149b5783546001850154604051635ab9830160e01b815260048101929092526024820152604401610a0d565b5f6114a682856147a2565b6002860181905590505f8190036114cb5760038501805467ffffffffffffffff191690555b6114d58583613309565b6115096001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846133cd565b8454604080518481526020810192909252810182905233907f75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a219060600160405180910390a2505050505061155b612f24565b565b6104005f90815260116020526115937f81831ef6791bea085c8c093c74c54b93269f2dc444a21bd6e084594ec55bbbae83613402565b6001600160d01b031692915050565b6001600160a01b0382165f908152600b6020526040812060030154600160401b900461ffff168015806115fe57505f8181526012602052604090206001600160a01b038516906115f29085613402565b6001600160a01b031614155b1561160c575f915050610989565b61162061161a6001836147a2565b846134b2565b61162a82856134b2565b61163491906147a2565b949350505050565b5f611645612c70565b5f61164f83612c9e565b80549091505f9061166c90600190600160201b900460ff16614762565b5f85815260086020908152604080832060ff9485168085529252909120805491935091600160f81b909104166116bf5760405163c6c19e3b60e01b81526004810186905260248101839052604401610a0d565b60028101546001600160401b031642116116fd57600281015460405163dc952ccd60e01b81526001600160401b039091166004820152602401610a0d565b6002810154600160401b90046001600160401b0316421115611749576002810154604051633446d52f60e11b8152600160401b9091046001600160401b03166004820152602401610a0d565b825460ff630100000082048116600160201b9092041610611780576040516327144bd560e01b815260048101869052602401610a0d565b5f600261178d8785612ce9565b60ff161461179c57600261179f565b60015b90505f826004015460026117b3919061483f565b83549091505f906117d090600160e01b900461ffff166002614af3565b6117db906001614b10565b90506117e885600161478f565b96505f6117f8898984878761350d565b905061180588600161478f565b875464ff000000001916600160201b60ff92831602178855839060068901908616600381106118365761183661477b565b015f828254611845919061478f565b9250508190555082600e5f82825461185d919061478f565b9091555061189890506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866135c9565b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af11580156118e0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119049190614b2a565b600383018190558254600154604080518d815260ff8a16602082015290810188905261ffff87166060820152600160a01b9092046001600160401b031660808301526001600160a01b031660a082015260c0810182905290915033908b907f830b7514883d9f87b70f517bd30258133c2d60cece845bc58cbdfda1956674c89060e00160405180910390a3505050505050505061199f612f24565b919050565b6040805160ff871660208201529081018590526001600160a01b03841660608201526080810183905260a081018290525f9060c0016040516020818303038152906040528051906020012090505b95945050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b611a2b612c70565b5f611a3584612c9e565b80549091505f90611a5290600190600160201b900460ff16614762565b5f86815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416611aa55760405163c6c19e3b60e01b81526004810187905260248101839052604401610a0d565b6001810154600160a01b90046001600160401b03164211611af05760018101546040516312fa585b60e11b8152600160a01b9091046001600160401b03166004820152602401610a0d565b60028101546001600160401b0316421115611b2f57600281015460405163c005755360e01b81526001600160401b039091166004820152602401610a0d565b5f868152600960209081526040808320858452825280832033845290915281208054909161ffff9091169003611b885760405163076181fb60e41b81526004810188905260248101849052336044820152606401610a0d565b80546301000000900460ff16611bb15760405163205e472d60e21b815260040160405180910390fd5b805462010000900460ff1615611bda5760405163a89ac15160e01b815260040160405180910390fd5b60ff8616600114801590611bf2575060ff8616600214155b15611c1557604051632cbc741560e21b815260ff87166004820152602401610a0d565b8060020154611c278787338b886119a4565b14611c4557604051635054097b60e01b815260040160405180910390fd5b805460ff871662010000810262ff00001983168117845561ffff90811692169190911790600684019060038110611c7e57611c7e61477b565b015f828254611c8d919061478f565b909155505060018101546009830160ff881660038110611caf57611caf61477b565b015f828254611cbe919061478f565b909155505080546040805185815260ff8916602082015261ffff9092168282015251339189917fdf9a2665012e9d2928c0461c1bc1f06984b5a327b34da15da85e4c1590fcd77b9181900360600190a350505050611075612f24565b7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55611d4481612f4a565b6001600160a01b038216611d6b5760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b038481166001600160a01b0319831681179093556040519116919082907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9905f90a3505050565b611dc5612c70565b805f03611de557604051631f2a200560e01b815260040160405180910390fd5b335f908152600b602052604081208054909190611e0390849061478f565b600354909150811015611e37576003546040516378e030db60e01b8152610a0d918391600401918252602082015260400190565b6003820154600160401b900461ffff165f819003611f4f576014548015611edd576014611e656001836147a2565b81548110611e7557611e7561477b565b905f5260205f2090601091828204019190066002029054906101000a900461ffff1661ffff1691506014805480611eae57611eae614b41565b5f8281526020902060105f1990920191820401805461ffff6002600f8516026101000a02191690559055611f17565b61040060135403611f01576040516336579d1b60e21b815260040160405180910390fd5b60135f8154611f0f90614b55565b918290555091505b60038401805461ffff60401b1916600160401b61ffff8516021790555f828152601260205260409020611f4b9043336135ff565b5050505b818355600d80548591905f90611f6690849061478f565b90915550611f78905081856001613619565b611fad6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330876135c9565b604080518581526020810184905290810182905233907fb4caaf29adda3eefee3ad552a8e85058589bf834c7466cae4ee58787f70589ed90606001611005565b611ff5612c70565b5f611fff82612c9e565b80549091505f9061201c90600190600160201b900460ff16614762565b5f84815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416156120705760405163053cba5560e41b81526004810185905260248101839052604401610a0d565b60015481546001600160a01b0391821691168190036120a2576040516350cdadb160e11b815260040160405180910390fd5b81546001600160a01b0319166001600160a01b03821690811783556040805163338cdca160e01b815290515f929163338cdca1916004808301926020929190829003018187875af11580156120f9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061211d9190614b2a565b60038401819055604080518681526001600160a01b038516602082015290810182905290915086907fadd0b20e5363711501a89020ef5833583cd696f941f2e1c886cfe0c580b610f59060600160405180910390a25050505050610c3b612f24565b612187612c70565b335f908152600c6020526040812054908190036121b757604051630686827b60e51b815260040160405180910390fd5b335f908152600c60205260408120819055600f80548392906121da9084906147a2565b9091555061221490506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836133cd565b60405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200160405180910390a25061155b612f24565b5f61225d8383612ce9565b9392505050565b5f8281526020819052604090206001015461227e81612f4a565b61103c8383612fe3565b612290612c70565b5f82815260076020526040902060028154610100900460ff1660028111156122ba576122ba61462a565b146122db5760405163b05c6c3d60e01b815260048101849052602401610a0d565b5f838152600a602090815260408083206001600160a01b038616845290915290205460ff1615612330576040516385e701ff60e01b8152600481018490526001600160a01b0383166024820152604401610a0d565b5f838152600a602090815260408083206001600160a01b03861684529091528120805460ff191660011790558154819081908190819062010000810460ff90811691600160281b8104821691600160201b90910416835b818110156125a1575f8c815260096020908152604080832084845282528083206001600160a01b038f16845290915290206001015480156124ba576001955083156123dd576123d6818b61478f565b99506124ba565b8460ff1660095f8f81526020019081526020015f205f8481526020019081526020015f205f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f0160029054906101000a900460ff1660ff16036124ad57612444818b61478f565b99505f8b60030154828d6002015461245c919061483f565b6124669190614b81565b9050808c6002015f82825461247b91906147a2565b92505081905550818c6003015f82825461249591906147a2565b909155506124a59050818a61478f565b9850506124ba565b6124b7818a61478f565b98505b5f8d8152600860209081526040808320858452909152902060018101546001600160a01b03808f1691160361259757600196508415612509576004810154612502908961478f565b9750612597565b805460ff808816600160f01b9092041603612597575f8c6005015482600401548e60040154612538919061483f565b6125429190614b81565b9050808d6004015f82825461255791906147a2565b9091555050600482015460058e0180545f906125749084906147a2565b9091555050600482015461258990829061478f565b612593908a61478f565b9850505b5050600101612387565b50836125d25760405163b361b5fb60e01b8152600481018c90526001600160a01b038b166024820152604401610a0d565b6001600160a01b038a165f908152600b60205260408120906125f4898b61478f565b111561261c57612604888a61478f565b816001015f82825461261691906147a2565b90915550505b8715612643578760105f82825461263391906147a2565b9091555061264390508189613309565b5f61264e878961478f565b905080156126b15780600e5f82825461266791906147a2565b90915550506001600160a01b038c165f908152600c60205260408120805483929061269390849061478f565b9250508190555080600f5f8282546126ab919061478f565b90915550505b604080518b8152602081018b9052908101899052606081018890526001600160a01b038d16908e907f87d09af8200fae5b8337d00d3d8a1d11bdf0adbd3489af5cd7778b40c338e9649060800160405180910390a35050505050505050505050612719612f24565b5050565b5f612726612c70565b600260ff8716111561274f5760405162240c1960e51b815260ff87166004820152602401610a0d565b82158061275c5750608083115b1561277a5760405163325de78f60e21b815260040160405180910390fd5b604080516101208101825260025480825260035460208301526004546001600160401b0380821694840194909452600160401b810484166060840152600160801b810484166080840152600160c01b900490921660a082015260055461ffff80821660c084015260ff6201000083041660e08401526301000000909104166101008201529083101561282c5780516040516319cf01cb60e31b8152610a0d918591600401918252602082015260400190565b61283687876136aa565b60065f815461284490614b55565b91829055505f818152600760205260409020805461010061ffff1990911660ff8b161717815560e08301519193509061287e906001614b94565b815466ffffff01000000600160d81b031916630100000060ff9290921691909102670100000000000000600160d81b0319161733600160381b021781556001810187905583600682016002018190555083600e5f8282546128df919061478f565b925050819055505f6128f9845f8560c0015160028961350d565b825464ff000000001916600160201b17835590506129426001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330886135c9565b60ff89166129c057604051639933e20960e01b8152600481018990527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639933e209906024015f604051808303815f87803b1580156129a9575f5ffd5b505af11580156129bb573d5f5f3e3d5ffd5b505050505b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af1158015612a08573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a2c9190614b2a565b9050808260030181905550888a60ff16867f8eb20f0862d683d2fa05d42d54ded56b5c0e3fad2dc65a6b1e167c73b5330031338c8c8c5f8c60c001518b5f0160149054906101000a90046001600160401b031660015f9054906101000a90046001600160a01b03168c604051612aaa99989796959493929190614bad565b60405180910390a4505050506119f2612f24565b612ac6612c70565b5f612ad083612c9e565b80549091505f90612aed90600190600160201b900460ff16614762565b5f85815260086020908152604080832060ff9485168085529252909120805491935091600160f81b90910416612b405760405163c6c19e3b60e01b81526004810186905260248101839052604401610a0d565b6001810154600160a01b90046001600160401b0316421115612b8c57600181015460405163a7ee32bd60e01b8152600160a01b9091046001600160401b03166004820152602401610a0d565b5f858152600960209081526040808320858452825280832033845290915281208054909161ffff9091169003612be55760405163076181fb60e41b81526004810187905260248101849052336044820152606401610a0d565b80546301000000900460ff1615612c0f576040516317fd8aab60e31b815260040160405180910390fd5b805463ff00000019166301000000178155600281018590556040805184815260208101879052339188917fc42ab4b9a7bf63be73b8c9cc73eadef6f917f2b48e0a23fd431045e6a6bb1279910160405180910390a350505050612719612f24565b612c7861391f565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f81815260076020526040902060018154610100900460ff166002811115612cc857612cc861462a565b1461199f57604051630e372c1f60e41b815260048101839052602401610a0d565b5f5b5f8381526008602090815260408083208584529091529020600681016001015460068201600201541115612d23576002915050610989565b6007810154151580612d33575082155b15612d42576001915050610989565b612d4b83614c38565b925050612ceb565b5f5f5f5b848111612de3575f86815260086020908152604080832084845290915290206009810160ff861660038110612d8e57612d8e61477b565b0154612d9a908561478f565b9350806009018560ff1660038110612db457612db461477b565b01548160050154612dc591906147a2565b612dcf908461478f565b92505080612ddc90614b55565b9050612d57565b50935093915050565b5f612df78383613961565b9050805f03612e0557505050565b80600e5f828254612e16919061478f565b90915550506005545f9061271090612e39906301000000900461ffff168461483f565b612e439190614b81565b905082600501545f03612e5357505f5b60048301819055612e6481836147a2565b836002015f828254612e76919061478f565b909155505050505050565b5f5a604051630a79ba4b60e11b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906314f37496906024015f604051808303815f87803b158015612ee5575f5ffd5b505af1925050508015612ef6575060015b61271957612f05603f82614b81565b5a11612719576040516351d6a91b60e01b815260040160405180910390fd5b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610c3b8133613cc7565b5f612f5f83836119fb565b612fdc575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612f943390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610989565b505f610989565b5f612fee83836119fb565b15612fdc575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610989565b82546104005f908152601160205290600160a01b90046001600160401b0316816130967f81831ef6791bea085c8c093c74c54b93269f2dc444a21bd6e084594ec55bbbae83613402565b86546001600160d01b03919091169150600160e01b900461ffff165f8290036130c35792506119f2915050565b5f5b818110156131a95760408051602081018990529081018b9052606081018a9052608081018290525f90849060a001604051602081830303815290604052805190602001205f1c6131159190614c4d565b90505f6131228287613d00565b5f8181526012602052604081209192509061313d9088613402565b905061318b60095f8f81526020019081526020015f205f8e81526020019081526020015f205f836001600160a01b03166001600160a01b031681526020019081526020015f208c838c613d86565b61319b5761319888614b55565b97505b5050508060010190506130c5565b5050505095945050505050565b600c8301545f816001600160401b038111156131d4576131d4614c60565b6040519080825280602002602001820160405280156131fd578160200160208202803683370190505b5090505f5b8281101561328d575f8881526009602090815260408083208a84529091528120600c880180549192918490811061323b5761323b61477b565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054825161ffff9091169083908390811061327a5761327a61477b565b6020908102919091010152600101613202565b506001850154600286015460405189927fa649d2a0bdbbbf034be030e2d57a0ee51733dc4691b1294d10d5b5ad325687f4926132f8928b92600c8c019288928c928c926001600160401b03600160a01b90920482169281831692600160401b90920490911690614cae565b60405180910390a250505050505050565b60038201548254600160401b90910461ffff1690829084905f9061332e9084906147a2565b9250508190555081600d5f82825461334691906147a2565b90915550613357905081835f613619565b82545f036110755760038301805461ffff60401b19169055601480546001810182555f91909152601081047fce6d7b5282bd9a3661ae061feed1dbda4e52ab073b1f9285be6e155d9c38d4ec01805461ffff8481166002600f909516949094026101000a93840293021916919091179055505050565b6133da8383836001613e82565b61107557604051635274afe760e01b81526001600160a01b0384166004820152602401610a0d565b81545f908181600581111561345e575f61341b84613ee4565b61342590856147a2565b5f8881526020902090915081015465ffffffffffff908116908716101561344e5780915061345c565b61345981600161478f565b92505b505b5f61346b87878585614036565b905080156134a55761348f876134826001846147a2565b5f91825260209091200190565b54600160301b90046001600160d01b03166134a7565b5f5b979650505050505050565b5f825b8015613506575f8181526011602052604090206134d29084613402565b6134e5906001600160d01b03168361478f565b91506134f38119600161478f565b6134ff908216826147a2565b90506134b5565b5092915050565b5f85815260086020908152604080832087845290915290206001805482546001600160a01b0319166001600160a01b0390911617825561354d90436147a2565b815460ff909416600160f01b0260ff60f01b1961ffff909616600160e01b0261ffff60e01b196001600160401b0393909316600160a01b029290921669ffffffffffffffffffff60a01b199095169490941717939093169190911782556001820180546001600160a01b03191633179055600482015592915050565b6135d784848484600161408c565b61103c57604051635274afe760e01b81526001600160a01b0385166004820152602401610a0d565b5f8061360c8585856140f9565b915091505b935093915050565b435f61362484614249565b9050845b61040081116136a2575f81815260116020526040812061364790614280565b905061367f84866136615761365c8584614d62565b61366b565b61366b8584614d81565b5f85815260116020526040902091906135ff565b5061368f9150508119600161478f565b61369b9082168261478f565b9050613628565b505050505050565b60ff8216613776576001604051631a6b568d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d35ab46890602401602060405180830381865afa158015613717573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061373b9190614da0565b600381111561374c5761374c61462a565b146127195760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b5f1960ff8316016138635760a081901c151580613791575080155b156137b2576040516357616f6560e01b815260048101829052602401610a0d565b604051633367cca560e01b81526001600160a01b0382811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633367cca590602401602060405180830381865afa158015613816573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061383a9190614dbe565b6127195760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b6040516369a2783160e11b8152600481018290525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d344f06290602401602060405180830381865afa1580156138c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138ec9190614dd7565b6001600160a01b0316036127195760405163617bf7b360e01b815260ff8316600482015260248101829052604401610a0d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361155b57604051633ee5aeb560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa1580156139c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139eb9190614b2a565b600184015484549192509060ff165f5a90505f60ff8316613a9e57604051636c29ff1d60e11b8152600481018590523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d853fe3a906044015b6020604051808303815f875af1925050508015613a8f575060408051601f3d908101601f19168201909252613a8c91810190614b2a565b60015b15613b7c576001915050613b7c565b5f1960ff841601613afd576040516339587ee760e21b81526001600160a01b0385811660048301523060248301527f0000000000000000000000000000000000000000000000000000000000000000169063e561fb9c90604401613a55565b604051637c1e7d9b60e11b8152600481018590523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f83cfb36906044015f604051808303815f87803b158015613b62575f5ffd5b505af1925050508015613b73575060015b15613b7c575060015b80158015613b945750613b90603f83614b81565b5a11155b15613bb2576040516351d6a91b60e01b815260040160405180910390fd5b865466ff0000000000001916600160301b821515021787556040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015613c2e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c529190614b2a565b9050858111613c61575f613c6b565b613c6b86826147a2565b6040805160ff8716815260208101889052841515818301526060810183905290519198508a917f8bd275962e1d4cf5803cbeab62ccf74bfe524d06de4572b72acf04ac982264599181900360800190a250505050505092915050565b613cd182826119fb565b6127195760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a0d565b5f8080613d106002610400614b81565b90505b8015613d7a575f613d4685601183613d2b868861478f565b81526020019081526020015f2061340290919063ffffffff16565b6001600160d01b03169050858111613d7157613d62828461478f565b9250613d6e81876147a2565b95505b5060011c613d13565b5061163481600161478f565b6001600160a01b0382165f908152600b60205260408120600181015481548491613daf916147a2565b1015613dbe575f915050611634565b82816001015f828254613dd1919061478f565b9091555050855461ffff165f03613e1257600c850180546001810182555f91825260209091200180546001600160a01b0319166001600160a01b0386161790555b855460019087905f90613e2a90849061ffff16614b10565b92506101000a81548161ffff021916908361ffff16021790555082866001015f828254613e57919061478f565b9250508190555082856005015f828254613e71919061478f565b909155506001979650505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613ed8578383151615613ecc573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211613ef1575090565b816001600160801b8210613f0a5760809190911c9060401b5b600160401b8210613f205760409190911c9060201b5b600160201b8210613f365760209190911c9060101b5b620100008210613f4b5760109190911c9060081b5b6101008210613f5f5760089190911c9060041b5b60108210613f725760049190911c9060021b5b60048210613f7e5760011b5b600302600190811c90818581613f9657613f96614b6d565b048201901c90506001818581613fae57613fae614b6d565b048201901c90506001818581613fc657613fc6614b6d565b048201901c90506001818581613fde57613fde614b6d565b048201901c90506001818581613ff657613ff6614b6d565b048201901c9050600181858161400e5761400e614b6d565b048201901c905061402d81858161402757614027614b6d565b04821190565b90039392505050565b5f5b81831015614084575f85815260209020838316600285851804019081015465ffffffffffff868116911611156140705780925061407e565b61407b81600161478f565b93505b50614038565b509392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166140e85783831516156140dc573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b82545f90819080156141ef575f614115876134826001856147a2565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561415857604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361419157825465ffffffffffff16600160301b6001600160d01b038916021783556141e1565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061361192505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081613611565b5f6001600160d01b0382111561427c576040516306dfcc6560e41b815260d0600482015260248101839052604401610a0d565b5090565b80545f9080156142af57614299836134826001846147a2565b54600160301b90046001600160d01b031661225d565b5f9392505050565b5f602082840312156142c7575f5ffd5b81356001600160e01b03198116811461225d575f5ffd5b5f602082840312156142ee575f5ffd5b5035919050565b5f610120828403128015614307575f5ffd5b509092915050565b6001600160a01b0381168114610c3b575f5ffd5b5f5f60408385031215614334575f5ffd5b8235915060208301356143468161430f565b809150509250929050565b5f5f60408385031215614362575f5ffd5b50508035926020909101359150565b8a815289151560208201526001600160401b03891660408201526001600160401b03881660608201526001600160401b03871660808201526001600160401b03861660a08201528460c08201528360e0820152826101008201526101406101208201525f61014082015f8451808352602083019250602086015f5b828110156144135781516001600160a01b03168552602094850194909101906001016143ec565b50929f9e505050505050505050505050505050565b803565ffffffffffff8116811461199f575f5ffd5b5f6020828403121561444d575f5ffd5b61225d82614428565b5f5f5f60608486031215614468575f5ffd5b833592506020840135915060408401356144818161430f565b809150509250925092565b5f5f6040838503121561449d575f5ffd5b82356144a88161430f565b91506144b660208401614428565b90509250929050565b60ff81168114610c3b575f5ffd5b803561199f816144bf565b5f5f5f5f5f60a086880312156144ec575f5ffd5b85356144f7816144bf565b945060208601359350604086013561450e8161430f565b94979396509394606081013594506080013592915050565b5f5f5f60608486031215614538575f5ffd5b83359250602084013561454a816144bf565b929592945050506040919091013590565b5f6020828403121561456b575f5ffd5b813561225d8161430f565b5f6101208201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260808301516145cc60808401826001600160401b03169052565b5060a08301516145e760a08401826001600160401b03169052565b5060c08301516145fd60c084018261ffff169052565b5060e083015161461260e084018260ff169052565b5061010083015161350661010084018261ffff169052565b634e487b7160e01b5f52602160045260245ffd5b60ff8b168152602081018a90526001600160a01b038916604082015261014081016003891061467b57634e487b7160e01b5f52602160045260245ffd5b886060830152614690608083018960ff169052565b8660a08301528560c08301526146aa60e083018615159052565b921515610100820152610120015298975050505050505050565b5f5f5f5f5f608086880312156146d8575f5ffd5b85356146e3816144bf565b94506020860135935060408601356001600160401b03811115614704575f5ffd5b8601601f81018813614714575f5ffd5b80356001600160401b03811115614729575f5ffd5b88602082840101111561473a575f5ffd5b959894975060200195606001359392505050565b634e487b7160e01b5f52601160045260245ffd5b60ff82811682821603908111156109895761098961474e565b634e487b7160e01b5f52603260045260245ffd5b808201808211156109895761098961474e565b818103818111156109895761098961474e565b6001600160401b0381168114610c3b575f5ffd5b803561199f816147b5565b5f602082840312156147e4575f5ffd5b813561225d816147b5565b61ffff81168114610c3b575f5ffd5b803561199f816147ef565b5f60208284031215614819575f5ffd5b813561225d816147ef565b5f60208284031215614834575f5ffd5b813561225d816144bf565b80820281158282048414176109895761098961474e565b5f8135610989816147b5565b5f8135610989816147ef565b5f8135610989816144bf565b813581556020820135600182015560028101604083013561489a816147b5565b6001600160401b0381166001600160401b0319835416178255506148f06148c360608501614856565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b61492b6148ff60808501614856565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61495e61493a60a08501614856565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b506003810161498561497260c08501614862565b825461ffff191661ffff91909116178255565b6149ac61499460e0850161486e565b825462ff0000191660109190911b62ff000016178255565b6110756149bc6101008501614862565b825464ffff000000191660189190911b64ffff00000016178255565b8135815260208083013590820152610120810160408301356149f9816147b5565b6001600160401b03166040830152614a13606084016147c9565b6001600160401b03166060830152614a2d608084016147c9565b6001600160401b03166080830152614a4760a084016147c9565b6001600160401b031660a0830152614a6160c084016147fe565b61ffff1660c0830152614a7660e084016144cd565b60ff1660e0830152614a8b61010084016147fe565b61ffff8116610100840152613506565b6001600160401b0381811683821601908111156109895761098961474e565b8051801515811461199f575f5ffd5b5f5f60408385031215614ada575f5ffd5b614ae383614aba565b9150602083015190509250929050565b61ffff81811683821602908116908181146135065761350661474e565b61ffff81811683821601908111156109895761098961474e565b5f60208284031215614b3a575f5ffd5b5051919050565b634e487b7160e01b5f52603160045260245ffd5b5f60018201614b6657614b6661474e565b5060010190565b634e487b7160e01b5f52601260045260245ffd5b5f82614b8f57614b8f614b6d565b500490565b60ff81811683821601908111156109895761098961474e565b6001600160a01b038a16815261010060208201819052810188905287896101208301375f61012089830101525f610120601f19601f8b0116830101905087604083015286606083015261ffff861660808301526001600160401b03851660a0830152614c2460c08301856001600160a01b03169052565b8260e08301529a9950505050505050505050565b5f81614c4657614c4661474e565b505f190190565b5f82614c5b57614c5b614b6d565b500690565b634e487b7160e01b5f52604160045260245ffd5b5f8151808452602084019350602083015f5b82811015614ca4578151865260209586019590910190600101614c86565b5093949350505050565b5f61010082018a83526101006020840152808a54808352610120850191508b5f5260205f2092505f5b81811015614cfe5783546001600160a01b0316835260019384019360209093019201614cd7565b50508381036040850152614d12818b614c74565b92505050866060830152856080830152614d3760a08301866001600160401b03169052565b6001600160401b03841660c08301526001600160401b03831660e08301529998505050505050505050565b6001600160d01b0382811682821603908111156109895761098961474e565b6001600160d01b0381811683821601908111156109895761098961474e565b5f60208284031215614db0575f5ffd5b81516004811061225d575f5ffd5b5f60208284031215614dce575f5ffd5b61225d82614aba565b5f60208284031215614de7575f5ffd5b815161225d8161430f56fea26469706673582212204ad77ceeddaa3180a2f03455263c44a2e08292275841a31256b49b541141422f64736f6c634300081e0033",
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
