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
	JurorFee         *big.Int
	NoVoteBps        uint16
}

// DisputeVotingMetaData contains all meta data concerning the DisputeVoting contract.
var DisputeVotingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"anchor_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"randomness_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BURN_ADDRESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"INITIAL_JUROR_CAPACITY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_NUMBER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_OPERATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_APPEALS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CID_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SEATS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REJECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"UPHOLD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accountedBalance\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"anchor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractICDRAnchor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"appeal\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"appealCost\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commit\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"disputeCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"disputeFunds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"draw\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"drawWeightAt\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"blockNumber\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalize\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forfeitedUnsettled\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getDispute\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"disputer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumDisputeVoting.Status\"},{\"name\":\"outcome\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"roundCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRounds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"executed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"refundAll\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"pool\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRound\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"drawn\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealDeadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rejectVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"upholdVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jurors\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVote\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"seats\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jurorCapacity\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jurorCapacityAt\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jurorInfo\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unstakeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unstakeAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"openDispute\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"evidenceCid\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"openingFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"jurorFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"noVoteBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"randomness\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRandomness\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractINumberRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"releaseSubject\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnstake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rerequestRandomness\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundResult\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setParameters\",\"inputs\":[{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"jurorFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"noVoteBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRandomness\",\"inputs\":[{\"name\":\"source\",\"type\":\"address\",\"internalType\":\"contractIRandomness\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slotsUsed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalOwed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalStaked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalWeightAt\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"undrawnRounds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawRewards\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Appealed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"appellant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"side\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeOpened\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":true,\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"disputer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"evidenceCid\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"pledge\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"snapshotBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeResolved\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"upheld\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"finalRound\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurorPool\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"coherentLocked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forfeited\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"pledgerBounty\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"refundAll\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DisputeSettled\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"unlocked\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"forfeited\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurorReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"pledgeRefund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JurorCapacityGrown\",\"inputs\":[{\"name\":\"capacity\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JurorFeePaid\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JurorsDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"jurors\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"seats\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"lockPerSeat\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voidSeats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"appealDeadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NumberBound\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"node\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutcomeExecuted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"slashedReceived\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParametersSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structDisputeVoting.Params\",\"components\":[{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"commitPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"revealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"appealPeriod\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unstakeDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"jurorsPerDispute\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxAppeals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"slashDisputerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"jurorFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"noVoteBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessRerequested\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"randomness\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessSourceSet\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"source\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SubjectReleased\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryPaid\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasurySet\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnstakeRequested\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"availableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCommitted\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteRevealed\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"choice\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"seats\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"juror\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"stillRequested\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyCommitted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AlreadyDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevealed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AlreadySettled\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AppealNotOpen\",\"inputs\":[{\"name\":\"opensAfter\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AppealPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CommitPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CommitmentMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DisputeNotActive\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DisputeNotResolved\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DrawPending\",\"inputs\":[{\"name\":\"undrawnRounds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidChoice\",\"inputs\":[{\"name\":\"choice\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidEvidence\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidKind\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidParameters\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSubject\",\"inputs\":[{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NoMoreAppeals\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoUnstakeRequest\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotCommitted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotDrawn\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotJuror\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToRelease\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OutcomeOutOfGas\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PledgeTooLow\",\"inputs\":[{\"name\":\"pledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minPledge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RandomnessAlreadyReady\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RandomnessNotReady\",\"inputs\":[{\"name\":\"disputeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RandomnessSourceUnchanged\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RevealNotOpen\",\"inputs\":[{\"name\":\"opensAfter\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RevealPeriodOver\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StakeBelowMinimum\",\"inputs\":[{\"name\":\"newStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minJurorStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StakeLocked\",\"inputs\":[{\"name\":\"staked\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SubjectNotDisputable\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"subject\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"TooEarlyToFinalize\",\"inputs\":[{\"name\":\"notBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnstakeNotReady\",\"inputs\":[{\"name\":\"availableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "DisputeVoting",
	Bin: "0x60e06040526001600455348015610014575f5ffd5b5060405161611138038061611183398101604081905261003391610511565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b038516158061007457506001600160a01b038416155b8061008657506001600160a01b038316155b8061009857506001600160a01b038216155b806100aa57506001600160a01b038116155b156100c85760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384811660805283811660a05282811660c052600180546001600160a01b0319169183169190911790556101035f866102ca565b5061012e7f7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55866102ca565b50604080516101608101825268056bc75e2d63100000808252602082018190526201518092820183905260608201839052608082019290925262093a8060a0820152600360c08201819052600260e08301819052611388610100840152674563918244f4000061012084018190526107d0610140850181905260058690556006959095557a093a800000000000015180000000000001518000000000000151806007556008805464138802000364ffffffffff19909116179055600955600a805461ffff191690941790935582546001600160a01b03191661dead17909255610400918290559061022390601a904390610373565b50507f9b06a3cdb0044d509ef1bd02676861c54743173755496ca563cb9a6b8d9fbe9c816040516102549190610572565b60405180910390a16040516001600160a01b038316905f907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9908290a360405161dead905f907f21eb548722a564f6e09f039f7aa858ae94c911910f3823b37af2250eeca4f403908290a3505050505050610680565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661036a575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103223390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161036d565b505f5b92915050565b5f8061038085858561038d565b915091505b935093915050565b82545f9081908015610499575f6103b6876103a9600185610661565b5f91825260209091200190565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156103fc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361043857825465ffffffffffff1666010000000000006001600160d01b0389160217835561048b565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061038592505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610385565b80516001600160a01b038116811461050c575f5ffd5b919050565b5f5f5f5f5f60a08688031215610525575f5ffd5b61052e866104f6565b945061053c602087016104f6565b935061054a604087016104f6565b9250610558606087016104f6565b9150610566608087016104f6565b90509295509295909350565b5f61016082019050825182526020830151602083015260408301516105a260408401826001600160401b03169052565b5060608301516105bd60608401826001600160401b03169052565b5060808301516105d860808401826001600160401b03169052565b5060a08301516105f360a08401826001600160401b03169052565b5060c083015161060960c084018261ffff169052565b5060e083015161061e60e084018260ff169052565b5061010083015161063661010084018261ffff169052565b5061012083015161012083015261014083015161065a61014084018261ffff169052565b5092915050565b8181038181111561036d57634e487b7160e01b5f52601160045260245ffd5b60805160a05160c0516159e261072f5f395f818161060701528181612f7f015281816137b4015281816138130152818161430b01526145cb01525f818161087001528181612eed0152818161369f0152818161371e0152818161415201528181614259015281816144ab015261455701525f81816109df01528181610dfc0152818161153a015281816119da01528181612122015281816126c50152818161440a01526146b501526159e25ff3fe608060405234801561000f575f5ffd5b50600436106103a9575f3560e01c8063a37a85e9116101ea578063d3fb73b411610114578063ead652d9116100a9578063fc0c546a11610079578063fc0c546a146109da578063fccc281314610a01578063fddf544b14610a0a578063fe6c0203146108d7575f5ffd5b8063ead652d91461098e578063f0cc82d8146109a1578063f0f44260146109b4578063f2f03877146109c7575f5ffd5b8063e2551c73116100e4578063e2551c73146108d7578063e3a96cbd146108df578063e3f93a4e14610972578063e7fa9f7d14610985575f5ffd5b8063d3fb73b41461086b578063d547741f14610892578063ddd5e1b2146108a5578063df18e047146108b8575f5ffd5b8063b55f259e1161018a578063c8e9b3031161015a578063c8e9b30314610738578063c9442f301461074b578063ccc5749014610754578063cff0ab9614610768575f5ffd5b8063b55f259e14610717578063bee2d1cf1461071e578063c29f482714610727578063c7b8981c14610730575f5ffd5b8063a7fe9f9a116101c5578063a7fe9f9a1461058a578063a82da60d146106e9578063a94df5f2146106f1578063b2db404714610704575f5ffd5b8063a37a85e914610696578063a65c6b2a146106a9578063a694fc3a146106d6575f5ffd5b80634ffa20fe116102d65780637e69b7b01161026b57806394c2c24f1161023b57806394c2c24f1461066b5780639a42f3aa14610673578063a217fddf14610686578063a28889e11461068d575f5ffd5b80637e69b7b014610629578063817b1cd21461063c5780638812fca21461064557806391d1485414610658575f5ffd5b806361d027b3116102a657806361d027b3146105d457806368a54585146105e7578063728bbbb5146105fa5780637b10399914610602575f5ffd5b80634ffa20fe146105825780635059d2f61461058a57806359ec827e146105a45780635c95c441146105cc575f5ffd5b80632f2ff15d1161034c5780633b3041471161031c5780633b304147146104c15780633ccfd60b146104d457806346035821146104dc5780634f2b4234146104ef575f5ffd5b80632f2ff15d14610447578063360131891461045a57806336568abe1461048557806339ec68a314610498575f5ffd5b80630c2d1ed2116103875780630c2d1ed2146104005780630eb9b08f146104095780632309572114610412578063248a9ca314610425575f5ffd5b806301ffc9a7146103ad57806305261aea146103d55780630937eb54146103ea575b5f5ffd5b6103c06103bb366004614d99565b610a92565b60405190151581526020015b60405180910390f35b6103e86103e3366004614dc0565b610ac8565b005b6103f2610eb4565b6040519081526020016103cc565b6103f260155481565b6103f261040081565b6103e8610420366004614dc0565b610ee4565b6103f2610433366004614dc0565b5f9081526020819052604090206001015490565b6103e8610455366004614deb565b611028565b60015461046d906001600160a01b031681565b6040516001600160a01b0390911681526020016103cc565b6103e8610493366004614deb565b611052565b6104ab6104a6366004614e19565b61108a565b6040516103cc9a99989796959493929190614e39565b6103e86104cf366004614dc0565b611193565b6103e86113ed565b6103f26104ea366004614f05565b6115b6565b6105506104fd366004614f1e565b5f928352600e602090815260408085209385529281528284206001600160a01b039290921684525290208054600182015460029092015461ffff82169360ff630100000084048116936201000090041690565b6040516103cc95949392919094855260208501939093529015156040840152606083015260ff16608082015260a00190565b6103f2611602565b610592600281565b60405160ff90911681526020016103cc565b6105b76105b2366004614dc0565b611612565b604080519283526020830191909152016103cc565b6103f2600481565b60025461046d906001600160a01b031681565b6103f26105f5366004614f54565b6116b5565b6103f2611751565b61046d7f000000000000000000000000000000000000000000000000000000000000000081565b6103f2610637366004614dc0565b611766565b6103f260125481565b6103f2610653366004614f97565b611b4c565b6103c0610666366004614deb565b611ba3565b6103f2603f81565b6103e8610681366004614fe5565b611bcb565b6103f25f81565b6103f2600b5481565b6103e86106a436600461501a565b611ec2565b6103c06106b7366004614deb565b600f60209081525f928352604080842090915290825290205460ff1681565b6103e86106e4366004614dc0565b611f52565b6103f2608081565b6103e86106ff366004614dc0565b61218a565b6103e8610712366004615035565b6123bb565b6105925f81565b6103f260185481565b6103f260135481565b6103e8612657565b610592610746366004614e19565b61272a565b6103f260035481565b6103f25f51602061598d5f395f51905f5281565b61085e60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152506040805161016081018252600554815260065460208201526007546001600160401b0380821693830193909352600160401b810483166060830152600160801b810483166080830152600160c01b900490911660a082015260085461ffff80821660c084015260ff6201000083041660e084015263010000009091048116610100830152600954610120830152600a541661014082015290565b6040516103cc919061504f565b61046d7f000000000000000000000000000000000000000000000000000000000000000081565b6103e86108a0366004614deb565b61273c565b6103e86108b3366004614deb565b612760565b6103f26108c636600461501a565b60116020525f908152604090205481565b610592600181565b61095c6108ed366004614dc0565b5f908152600c602052604090208054600282015460049092015460ff80831694600160381b84046001600160a01b0316936101008104831693620100008204841693600160201b830481169363010000008404821693600160301b8104831693600160281b9091049092169190565b6040516103cc9a9998979695949392919061514b565b6103f2610980366004614f05565b612c2a565b6103f260145481565b6103f261099c3660046151d1565b612c45565b6103e86109af366004614dc0565b61319d565b6103e86109c236600461501a565b61321b565b6103e86109d5366004614e19565b6132ab565b61046d7f000000000000000000000000000000000000000000000000000000000000000081565b61046d61dead81565b610a61610a1836600461501a565b6001600160a01b03165f90815260106020526040902080546001820154600283015460039093015491939092916001600160401b03811691600160401b90910463ffffffff1690565b604080519586526020860194909452928401919091526001600160401b03166060830152608082015260a0016103cc565b5f6001600160e01b03198216637965db0b60e01b1480610ac257506301ffc9a760e01b6001600160e01b03198316145b92915050565b610ad061345d565b5f610ada8261348b565b80549091505f90610af790600190600160201b900460ff1661526f565b5f848152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b90910416610b4f5760405163c6c19e3b60e01b815260048101859052602481018390526044015b60405180910390fd5b82545f9060ff630100000082048116600160201b9092041610610b7f5760028201546001600160401b0316610b95565b6002820154600160401b90046001600160401b03165b9050806001600160401b03164211610bcb5760405163693a141f60e01b81526001600160401b0382166004820152602401610b46565b5f610bd686856134d6565b855460ff8216620100000262ffff00199091161761020017865590505f80610bff88878561353a565b915091505f825f03610c94575050855465ff00000000001916600160281b17865560038601545f90815b878111610c8e5788545f8b8152600d6020908152604080832085845290915290206004015461271091610c6891600160d81b90910461ffff1690615288565b610c7291906152b3565b610c7c90836152c6565b9150610c87816152d9565b9050610c29565b50610d4e565b6003880154610ca390836152c6565b88600401819055508160155f828254610cbc91906152c6565b925050819055508160135f828254610cd491906152c6565b9091555050600588018390555f6008890160ff861660038110610cf957610cf96152f1565b015490505f60088a0160ff8716600214610d14576002610d17565b60015b60ff1660038110610d2a57610d2a6152f1565b015460078b0183905590508115610d475760068a01819055610d4b565b8092505b50505b60011960ff851601610d7157610d6489896135d3565b610d6e90826152c6565b90505b8754600160e81b900460ff1615610d8d57610d8d89895f613662565b8015610e25578060135f828254610da49190615305565b90915550506002546040518281526001600160a01b039091169081908b907ffa1f6f1e228ed469b73dc3bc874d2ba7ca18f44eaf4bff5ff6c7a4bcb6307c199060200160405180910390a3610e236001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016828461390b565b505b6004880154600689015489546040805160ff8981166002148252602082018d905291810194909452606084018790526080840186905260a0840192909252600160281b900416151560c082015289907f27fb7f7370d42dbf845c33a79f37998c2925ece96e40fa70bee779c7179fb4939060e00160405180910390a25050505050505050610eb1613940565b50565b5f601554601454601354601254610ecb91906152c6565b610ed591906152c6565b610edf9190615305565b905090565b610eec61345d565b805f03610f0c57604051631f2a200560e01b815260040160405180910390fd5b335f9081526010602052604090208054821115610f495780546040516322df051360e11b8152610b46918491600401918252602082015260400190565b80545f90610f58908490615305565b90508015801590610f6a575060065481105b15610f96576006546040516378e030db60e01b8152610b46918391600401918252602082015260400190565b6007545f90610fb590600160c01b90046001600160401b031642615318565b6002840185905560038401805467ffffffffffffffff19166001600160401b03831690811790915560408051878152602081019290925291925033917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c91015b60405180910390a2505050610eb1613940565b5f8281526020819052604090206001015461104281613966565b61104c8383613970565b50505050565b6001600160a01b038116331461107b5760405163334bd91960e11b815260040160405180910390fd5b61108582826139ff565b505050565b5f828152600d602090815260408083208484528252808320805460018201546002830154600784015460088501546004860154600c870180548951818c0281018c01909a52808a528b9a8b9a8b9a8b9a8b9a8b9a8b9a8b9a60609a959961ffff600160e01b8704169960ff600160f81b880416996001600160401b03600160a01b9889900481169a9890970487169887871698600160401b90970490971696949593949391839183018282801561116857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161114a575b505050505090509a509a509a509a509a509a509a509a509a509a50509295989b9194979a5092959850565b61119b61345d565b5f6111a58261348b565b80549091505f906111c290600190600160201b900460ff1661526f565b5f848152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b90910416156112165760405163053cba5560e41b81526004810185905260248101839052604401610b46565b8054600382015460405163cadf338f60e01b81525f9283926001600160a01b039091169163cadf338f916112509160040190815260200190565b6040805180830381865afa15801561126a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061128e9190615346565b91509150816112ba57604051630ad28fff60e01b81526004810187905260248101859052604401610b46565b82546001600160f81b0316600160f81b178355600480545f906112dc90615370565b909155506007546005905f906112fb906001600160401b031642615318565b6001860180546001600160401b03808416600160a01b0267ffffffffffffffff60a01b1990921691909117909155600284015491925061134391600160401b90041682615318565b6002868101805467ffffffffffffffff19166001600160401b03938416179055830154600160801b810482169161138291600160401b90041683615318565b61138c9190615318565b6002860180546001600160401b0392909216600160401b0267ffffffffffffffff60401b199092169190911790555060018101545f6113ce8988888786613a68565b90506113dd8988888585613ba1565b5050505050505050610eb1613940565b6113f561345d565b5f60016004546114059190615305565b9050801561142957604051633f1e8c2d60e01b815260048101829052602401610b46565b335f9081526010602052604081206002810154909181900361145e576040516316f68e4b60e01b815260040160405180910390fd5b60038201546001600160401b031642101561149d576003820154604051637ddba8a760e11b81526001600160401b039091166004820152602401610b46565b600182015482545f916114af91615305565b90505f8183106114bf57816114c1565b825b9050805f036114f35783546001850154604051635ab9830160e01b815260048101929092526024820152604401610b46565b5f6114fe8285615305565b6002860181905590505f8190036115235760038501805467ffffffffffffffff191690555b61152d8583613ce3565b6115616001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461390b565b8454604080518481526020810192909252810182905233907f75e161b3e824b114fc1a33274bd7091918dd4e639cede50b78b15a4eea956a219060600160405180910390a25050505050506115b4613940565b565b5f806115c3601a84613dad565b6001600160d01b0316905080156115f0575f8181526016602052604090206115eb9084613dad565b6115f2565b5f5b6001600160d01b03169392505050565b5f6001600454610edf9190615305565b5f818152600c602052604081208054829190600160201b900460ff1680830361165157604051630e372c1f60e41b815260048101869052602401610b46565b5f858152600d602052604081206116aa91839190611670600184615305565b815260208101919091526040015f205461169690600160e01b900461ffff166002615385565b6116a19060016153a2565b61ffff16613e5d565b935093505050915091565b6001600160a01b0382165f90815260106020526040812060030154600160401b900463ffffffff1680158061171357505f8181526017602052604090206001600160a01b038516906117079085613dad565b6001600160a01b031614155b15611721575f915050610ac2565b61173561172f600183615305565b84613e7c565b61173f8285613e7c565b6117499190615305565b949350505050565b6009546008545f91610edf9161ffff16615288565b5f61176f61345d565b5f6117798361348b565b80549091505f9061179690600190600160201b900460ff1661526f565b5f858152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b909104166117e95760405163c6c19e3b60e01b81526004810186905260248101839052604401610b46565b60028101546001600160401b0316421161182757600281015460405163dc952ccd60e01b81526001600160401b039091166004820152602401610b46565b6002810154600160401b90046001600160401b0316421115611873576002810154604051633446d52f60e11b8152600160401b9091046001600160401b03166004820152602401610b46565b825460ff630100000082048116600160201b90920416106118aa576040516327144bd560e01b815260048101869052602401610b46565b5f60026118b787856134d6565b60ff16146118c65760026118c9565b60015b82549091505f906118e690600160e01b900461ffff166002615385565b6118f19060016153a2565b90506118fe8460016152c6565b95505f5f611910888461ffff16613e5d565b915091505f6119228a8a868887613ed7565b905061192f8960016152c6565b885464ff000000001916600160201b60ff92831602178955839060088a0190871660038110611960576119606152f1565b015f82825461196f91906152c6565b9250508190555081886003015f82825461198991906152c6565b90915550611999905082846152c6565b60135f8282546119a991906152c6565b9091555050600480545f906119bd906152d9565b90915550611a0233306119d085876152c6565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016929190613f93565b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af1158015611a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6e91906153bc565b60038301819055604080518c81526020810186905291925033918d917fc1804da814fdce76696aaba4bb19ef511cb3df753380aa007990df5a80e07ca4910160405180910390a38154600154604080518d815260ff8a16602082015290810187905261ffff88166060820152600160a01b9092046001600160401b031660808301526001600160a01b031660a082015260c0810182905233908c907f830b7514883d9f87b70f517bd30258133c2d60cece845bc58cbdfda1956674c89060e00160405180910390a3505050505050505050611b47613940565b919050565b6040805160ff871660208201529081018590526001600160a01b03841660608201526080810183905260a081018290525f9060c0016040516020818303038152906040528051906020012090505b95945050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b611bd361345d565b5f611bdd8461348b565b80549091505f90611bfa90600190600160201b900460ff1661526f565b5f868152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b90910416611c4d5760405163c6c19e3b60e01b81526004810187905260248101839052604401610b46565b6001810154600160a01b90046001600160401b03164211611c985760018101546040516312fa585b60e11b8152600160a01b9091046001600160401b03166004820152602401610b46565b60028101546001600160401b0316421115611cd757600281015460405163c005755360e01b81526001600160401b039091166004820152602401610b46565b5f868152600e60209081526040808320858452825280832033845290915281208054909161ffff9091169003611d305760405163076181fb60e41b81526004810188905260248101849052336044820152606401610b46565b80546301000000900460ff16611d595760405163205e472d60e21b815260040160405180910390fd5b805462010000900460ff1615611d825760405163a89ac15160e01b815260040160405180910390fd5b60ff8616600114801590611d9a575060ff8616600214155b15611dbd57604051632cbc741560e21b815260ff87166004820152602401610b46565b8060020154611dcf8787338b88611b4c565b14611ded57604051635054097b60e01b815260040160405180910390fd5b805460ff871662010000810262ff00001983168117845561ffff90811692169190911790600684019060038110611e2657611e266152f1565b015f828254611e3591906152c6565b909155505060018101546009830160ff881660038110611e5757611e576152f1565b015f828254611e6691906152c6565b909155505080546040805185815260ff8916602082015261ffff9092168282015251339189917fdf9a2665012e9d2928c0461c1bc1f06984b5a327b34da15da85e4c1590fcd77b9181900360600190a350505050611085613940565b5f51602061598d5f395f51905f52611ed981613966565b6001600160a01b038216611f005760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b038481166001600160a01b0319831681179093556040519116919082907fdafc2de8f313d7e784112f257be84f98d542f695e9d169c30d94e47f742026c9905f90a3505050565b611f5a61345d565b805f03611f7a57604051631f2a200560e01b815260040160405180910390fd5b335f9081526010602052604081208054909190611f989084906152c6565b600654909150811015611fcc576006546040516378e030db60e01b8152610b46918391600401918252602082015260400190565b6003820154600160401b900463ffffffff165f8190036120ec57601954801561207a576019611ffc600183615305565b8154811061200c5761200c6152f1565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1663ffffffff1691506019805480612049576120496153d3565b5f8281526020902060085f1990920191820401805463ffffffff600460078516026101000a021916905590556120a3565b6003546018540361208d5761208d613fc9565b60185f815461209b906152d9565b918290555091505b6120ac82614064565b60038501805463ffffffff60401b1916600160401b63ffffffff938416021790555f8381526017602052604090206120e8914390339061409816565b5050505b818355601280548591905f906121039084906152c6565b909155506121159050818560016140b2565b61214a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087613f93565b604080518581526020810184905290810182905233907fb4caaf29adda3eefee3ad552a8e85058589bf834c7466cae4ee58787f70589ed90606001611015565b61219261345d565b5f61219c8261348b565b80549091505f906121b990600190600160201b900460ff1661526f565b5f848152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b909104161561220d5760405163053cba5560e41b81526004810185905260248101839052604401610b46565b60015481546001600160a01b03918216911681900361223f576040516350cdadb160e11b815260040160405180910390fd5b8154600383015460405163cadf338f60e01b81526001600160a01b039092169163cadf338f916122759160040190815260200190565b6040805180830381865afa9250505080156122ad575060408051601f3d908101601f191682019092526122aa91810190615346565b60015b156122de5781156122db576040516326fb640560e11b81526004810188905260248101869052604401610b46565b50505b81546001600160a01b0319166001600160a01b03821690811783556040805163338cdca160e01b815290515f929163338cdca1916004808301926020929190829003018187875af1158015612335573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061235991906153bc565b60038401819055604080518681526001600160a01b038516602082015290810182905290915086907fadd0b20e5363711501a89020ef5833583cd696f941f2e1c886cfe0c580b610f59060600160405180910390a25050505050610eb1613940565b5f51602061598d5f395f51905f526123d281613966565b813515806123e757506001600160801b038235115b806123fd57506001600160801b03610120830135115b8061241e575061271061241861016084016101408501615401565b61ffff16115b8061242b57506020820135155b8061244c5750612441606083016040840161543b565b6001600160401b0316155b80612471575062278d00612466606084016040850161543b565b6001600160401b0316115b806124925750612487608083016060840161543b565b6001600160401b0316155b806124b7575062278d006124ac608084016060850161543b565b6001600160401b0316115b806124d857506124cd60a083016080840161543b565b6001600160401b0316155b806124fd575062278d006124f260a084016080850161543b565b6001600160401b0316115b8061252357506301e1338061251860c0840160a0850161543b565b6001600160401b0316115b8061253f575061253960e0830160c08401615401565b61ffff16155b8061255d57506004612558610100840160e08501615456565b60ff16115b8061257e575061271061257861012084016101008501615401565b61ffff16115b1561259c57604051630e52390960e41b815260040160405180910390fd5b603f60016125b1610100850160e08601615456565b600160ff919091161b6125ca60e0860160c08701615401565b6125d99061ffff1660016152c6565b6125e39190615288565b6125ed9190615305565b111561260c57604051630e52390960e41b815260040160405180910390fd5b8160056126198282615495565b9050507f9b06a3cdb0044d509ef1bd02676861c54743173755496ca563cb9a6b8d9fbe9c8260405161264b919061562b565b60405180910390a15050565b61265f61345d565b335f908152601160205260408120549081900361268f57604051630686827b60e51b815260040160405180910390fd5b335f908152601160205260408120819055601480548392906126b2908490615305565b909155506126ec90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361390b565b60405181815233907fe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e04869060200160405180910390a2506115b4613940565b5f61273583836134d6565b9392505050565b5f8281526020819052604090206001015461275681613966565b61104c83836139ff565b61276861345d565b5f828152600c6020526040902060028154610100900460ff16600281111561279257612792615137565b146127b35760405163b05c6c3d60e01b815260048101849052602401610b46565b5f838152600f602090815260408083206001600160a01b038616845290915290205460ff1615612808576040516385e701ff60e01b8152600481018490526001600160a01b0383166024820152604401610b46565b5f838152600f602090815260408083206001600160a01b03861684529091528120805460ff191660011790558154819081908190819062010000810460ff90811691600160281b8104821691600160201b90910416835b81811015612aae575f8c8152600e6020908152604080832084845282528083206001600160a01b038f1684529091529020600101548015612992576001955083156128b5576128ae818b6152c6565b9950612992565b8460ff16600e5f8f81526020019081526020015f205f8481526020019081526020015f205f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f0160029054906101000a900460ff1660ff16036129855761291c818b6152c6565b99505f8b60050154828d600401546129349190615288565b61293e91906152b3565b9050808c6004015f8282546129539190615305565b92505081905550818c6005015f82825461296d9190615305565b9091555061297d9050818a6152c6565b985050612992565b61298f818a6152c6565b98505b5f8d8152600d60209081526040808320858452909152902060018101546001600160a01b03808f16911603612aa457600196508415612a16578b546004820154612710916129ec91600160d81b90910461ffff1690615288565b6129f691906152b3565b8160040154612a059190615305565b612a0f90896152c6565b9750612aa4565b805460ff808816600160f01b9092041603612aa4575f8c6007015482600401548e60060154612a459190615288565b612a4f91906152b3565b9050808d6006015f828254612a649190615305565b9091555050600482015460078e0180545f90612a81908490615305565b90915550506004820154612a969082906152c6565b612aa0908a6152c6565b9850505b505060010161285f565b5083612adf5760405163b361b5fb60e01b8152600481018c90526001600160a01b038b166024820152604401610b46565b6001600160a01b038a165f90815260106020526040812090612b01898b6152c6565b1115612b2957612b11888a6152c6565b816001015f828254612b239190615305565b90915550505b8715612b50578760155f828254612b409190615305565b90915550612b5090508189613ce3565b5f612b5b87896152c6565b90508015612bbe578060135f828254612b749190615305565b90915550506001600160a01b038c165f9081526011602052604081208054839290612ba09084906152c6565b925050819055508060145f828254612bb891906152c6565b90915550505b604080518b8152602081018b9052908101899052606081018890526001600160a01b038d16908e907f87d09af8200fae5b8337d00d3d8a1d11bdf0adbd3489af5cd7778b40c338e9649060800160405180910390a35050505050505050505050612c26613940565b5050565b5f612c36601a83613dad565b6001600160d01b031692915050565b5f612c4e61345d565b600260ff87161115612c775760405162240c1960e51b815260ff87166004820152602401610b46565b821580612c845750608083115b15612ca25760405163325de78f60e21b815260040160405180910390fd5b604080516101608101825260055480825260065460208301526007546001600160401b0380821694840194909452600160401b810484166060840152600160801b810484166080840152600160c01b900490921660a082015260085461ffff80821660c084015260ff6201000083041660e084015263010000009091048116610100830152600954610120830152600a541661014082015290831015612d685780516040516319cf01cb60e31b8152610b46918591600401918252602082015260400190565b612d728787614132565b600b5f8154612d80906152d9565b91829055505f818152600c60205260409020805461010061ffff1990911660ff8b161717815560e083015191935090612dba90600161570e565b815461014084015166ffffff01000000600160d81b0319909116630100000060ff9390931692909202670100000000000000600160d81b0319169190911733600160381b021761ffff60d81b1916600160d81b61ffff9283160217825560028201889055600a820185905561012083015160c08401515f92612e3d929116615288565b600383018190559050612e5081866152c6565b60135f828254612e6091906152c6565b925050819055505f612e7a855f8660c0015160028a613ed7565b835464ff000000001916600160201b17845560048054919250905f90612e9f906152d9565b9091555060ff8a16600114612ec057825460ff60e81b1916600160e81b1783555b612ecf33306119d0858a6152c6565b60ff8a16612f5157604051639933e20960e01b8152600481018a90527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639933e209906024015f604051808303815f87803b158015612f36575f5ffd5b505af1158015612f48573d5f5f3e3d5ffd5b50505050613062565b60011960ff8b16016130625760405163138dbdd160e01b8152600481018a90525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063138dbdd19060240160408051808303815f875af1158015612fc4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fe89190615727565b6001870180546001600160c01b031916600160201b6001600160a01b03851690810263ffffffff19169190911763ffffffff84169081179092556040519182529294509092508c9089907fb2d6ec16278d2ca1f65a969cac5bbdf44c570f9ae4aff639477d0c5765b14b289060200160405180910390a450505b6001546040805163338cdca160e01b815290515f926001600160a01b03169163338cdca1916004808301926020929190829003018187875af11580156130aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130ce91906153bc565b60038301819055604080515f815260208101869052919250339188917fc1804da814fdce76696aaba4bb19ef511cb3df753380aa007990df5a80e07ca4910160405180910390a3898b60ff16877f8eb20f0862d683d2fa05d42d54ded56b5c0e3fad2dc65a6b1e167c73b5330031338d8d8d5f8d60c001518b5f0160149054906101000a90046001600160401b031660015f9054906101000a90046001600160a01b03168c6040516131889998979695949392919061575c565b60405180910390a45050505050611b9a613940565b6131a561345d565b5f818152600c6020526040902060028154610100900460ff1660028111156131cf576131cf615137565b1415806131e557508054600160e81b900460ff16155b1561320657604051631af3fffb60e31b815260048101839052602401610b46565b61321282826001613662565b50610eb1613940565b5f51602061598d5f395f51905f5261323281613966565b6001600160a01b0382166132595760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b038481166001600160a01b0319831681179093556040519116919082907f21eb548722a564f6e09f039f7aa858ae94c911910f3823b37af2250eeca4f403905f90a3505050565b6132b361345d565b5f6132bd8361348b565b80549091505f906132da90600190600160201b900460ff1661526f565b5f858152600d6020908152604080832060ff9485168085529252909120805491935091600160f81b9091041661332d5760405163c6c19e3b60e01b81526004810186905260248101839052604401610b46565b6001810154600160a01b90046001600160401b031642111561337957600181015460405163a7ee32bd60e01b8152600160a01b9091046001600160401b03166004820152602401610b46565b5f858152600e60209081526040808320858452825280832033845290915281208054909161ffff90911690036133d25760405163076181fb60e41b81526004810187905260248101849052336044820152606401610b46565b80546301000000900460ff16156133fc576040516317fd8aab60e31b815260040160405180910390fd5b805463ff00000019166301000000178155600281018590556040805184815260208101879052339188917fc42ab4b9a7bf63be73b8c9cc73eadef6f917f2b48e0a23fd431045e6a6bb1279910160405180910390a350505050612c26613940565b6134656143a7565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f818152600c6020526040902060018154610100900460ff1660028111156134b5576134b5615137565b14611b4757604051630e372c1f60e41b815260048101839052602401610b46565b5f5b5f838152600d60209081526040808320858452909152902060078101546008820154111561350a576002915050610ac2565b600781015415158061351a575082155b15613529576001915050610ac2565b61353283615370565b9250506134d8565b5f5f5f5b8481116135ca575f868152600d6020908152604080832084845290915290206009810160ff861660038110613575576135756152f1565b015461358190856152c6565b9350806009018560ff166003811061359b5761359b6152f1565b015481600501546135ac9190615305565b6135b690846152c6565b925050806135c3906152d9565b905061353e565b50935093915050565b5f5f6135df84846143e9565b9050805f036135f1575f915050610ac2565b8060135f82825461360291906152c6565b90915550506008545f9061271090613625906301000000900461ffff1684615288565b61362f91906152b3565b905083600701545f0361363f57505f5b80846006015f82825461365291906152c6565b90915550611b9a90508183615305565b6002820154825460ff60e81b198116845560ff165f5a90505f60ff831661378657841561370857604051630a79ba4b60e11b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906314f37496906024015b5f604051808303815f87803b1580156136e9575f5ffd5b505af11580156136fb573d5f5f3e3d5ffd5b5050505060019050613876565b604051630a79ba4b60e11b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906314f37496906024015f604051808303815f87803b158015613767575f5ffd5b505af1925050508015613778575060015b15613781575060015b613876565b84156137eb57600186015460405163ecfb6bd160e01b81526004810186905263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ecfb6bd1906044016136d2565b600186015460405163ecfb6bd160e01b81526004810186905263ffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ecfb6bd1906044015f604051808303815f87803b15801561385c575f5ffd5b505af192505050801561386d575060015b15613876575060015b806138b757613886603f836152b3565b5a116138a5576040516351d6a91b60e01b815260040160405180910390fd5b855460ff60e81b1916600160e81b1786555b6040805160ff85168152602081018690528215159181019190915287907f0a950bbd1cac2334c43b3f7c0ca61ec1c86cdc56d88ef05788f611e24cb00eb8906060015b60405180910390a250505050505050565b613918838383600161479c565b61108557604051635274afe760e01b81526001600160a01b0384166004820152602401610b46565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610eb181336147fe565b5f61397b8383611ba3565b6139f8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556139b03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610ac2565b505f610ac2565b5f613a0a8383611ba3565b156139f8575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610ac2565b82545f90600160a01b90046001600160401b031681613a88601a83613dad565b86546001600160d01b03919091169150600160e01b900461ffff165f8215613ac6575f838152601660205260409020613ac19085613dad565b613ac8565b5f5b6001600160d01b03169050805f03613ae557509250611b9a915050565b5f5b82811015613b935760408051602081018a90529081018c9052606081018b9052608081018290525f90613b4290849060a001604051602081830303815290604052805190602001205f1c613b3b91906157e7565b8787614837565b5f8d8152600e602090815260408083208f845282528083206001600160a01b03851684529091529020909150613b7a908b838b614865565b613b8a57613b87876152d9565b96505b50600101613ae7565b505050505095945050505050565b600c8301545f816001600160401b03811115613bbf57613bbf6157fa565b604051908082528060200260200182016040528015613be8578160200160208202803683370190505b5090505f5b82811015613c78575f888152600e602090815260408083208a84529091528120600c8801805491929184908110613c2657613c266152f1565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054825161ffff90911690839083908110613c6557613c656152f1565b6020908102919091010152600101613bed565b506001850154600286015460405189927fa649d2a0bdbbbf034be030e2d57a0ee51733dc4691b1294d10d5b5ad325687f4926138fa928b92600c8c019288928c928c926001600160401b03600160a01b90920482169281831692600160401b90920490911690615848565b60038201548254600160401b90910463ffffffff1690829084905f90613d0a908490615305565b925050819055508160125f828254613d229190615305565b90915550613d33905081835f6140b2565b82545f036110855760038301805463ffffffff60401b19169055601980546001810182555f91909152600881047f944998273e477b495144fb8794c914197f3ccb46be2900f4698fd0ef743c969501805463ffffffff84811660046007909516949094026101000a93840293021916919091179055505050565b81545f9081816005811115613e09575f613dc684614961565b613dd09085615305565b5f8881526020902090915081015465ffffffffffff9081169087161015613df957809150613e07565b613e048160016152c6565b92505b505b5f613e1687878585614ab3565b90508015613e5057613e3a87613e2d600184615305565b5f91825260209091200190565b54600160301b90046001600160d01b0316613e52565b5f5b979650505050505050565b60055460095490831b905f90613e739084615288565b90509250929050565b5f825b8015613ed0575f818152601660205260409020613e9c9084613dad565b613eaf906001600160d01b0316836152c6565b9150613ebd811960016152c6565b613ec990821682615305565b9050613e7f565b5092915050565b5f858152600d6020908152604080832087845290915290206001805482546001600160a01b0319166001600160a01b03909116178255613f179043615305565b815460ff909416600160f01b0260ff60f01b1961ffff909616600160e01b0261ffff60e01b196001600160401b0393909316600160a01b029290921669ffffffffffffffffffff60a01b199095169490941717939093169190911782556001820180546001600160a01b03191633179055600482015592915050565b613fa1848484846001614b09565b61104c57604051635274afe760e01b81526001600160a01b0385166004820152602401610b46565b6003545f613fd8826002615288565b5f838152601660205260409020909150439061400d908290613ff990614b76565b5f8581526016602052604090209190614098565b50506140258161401c84614bad565b601a9190614098565b505060038290556040518281527fc683aaf95d19d003472f72ad0f0c2bca5f9ba4e31e60c6aafc7433229128f1d39060200160405180910390a1505050565b5f63ffffffff821115614094576040516306dfcc6560e41b81526020600482015260248101839052604401610b46565b5090565b5f806140a5858585614be0565b915091505b935093915050565b435f6140bd84614bad565b600354909150855b818111614129575f8181526016602052604081206140e290614b76565b905061410685876140fc576140f786846158fc565b613ff9565b613ff9868461591b565b50614116915050811960016152c6565b614122908216826152c6565b90506140c5565b50505050505050565b60ff82166141fe576001604051631a6b568d60e31b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d35ab46890602401602060405180830381865afa15801561419f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906141c3919061593a565b60038111156141d4576141d4615137565b14612c265760405163617bf7b360e01b815260ff8316600482015260248101829052604401610b46565b5f1960ff8316016142eb5760a081901c151580614219575080155b1561423a576040516357616f6560e01b815260048101829052602401610b46565b604051633367cca560e01b81526001600160a01b0382811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633367cca590602401602060405180830381865afa15801561429e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142c29190615958565b612c265760405163617bf7b360e01b815260ff8316600482015260248101829052604401610b46565b6040516369a2783160e11b8152600481018290525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d344f06290602401602060405180830381865afa158015614350573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906143749190615971565b6001600160a01b031603612c265760405163617bf7b360e01b815260ff8316600482015260248101829052604401610b46565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00546002036115b457604051633ee5aeb560e01b815260040160405180910390fd5b6040516370a0823160e01b81523060048201525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa15801561444f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061447391906153bc565b600284015484549192509060ff165f5a90505f8060ff841661452757604051636c29ff1d60e11b8152600481018690523060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d853fe3a906044015b6020604051808303815f875af1925050508015614518575060408051601f3d908101601f19168201909252614515918101906153bc565b60015b15614646576001925050614646565b5f1960ff851601614586576040516339587ee760e21b81526001600160a01b0386811660048301523060248301527f0000000000000000000000000000000000000000000000000000000000000000169063e561fb9c906044016144de565b600188015460405163ac8f5eaf60e01b81526004810187905263ffffffff82166024820152600160201b9091046001600160a01b0390811660448301523060648301527f0000000000000000000000000000000000000000000000000000000000000000169063ac8f5eaf906084016020604051808303815f875af192505050801561462f575060408051601f3d908101601f1916820190925261462c91810190615958565b60015b1561464657885460ff60e81b191689559150600190505b81158015614652575080155b80156146685750614664603f846152b3565b5a11155b15614686576040516351d6a91b60e01b815260040160405180910390fd5b875466ff0000000000001916600160301b831515021788556040516370a0823160e01b81523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015614702573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061472691906153bc565b9050868111614735575f61473f565b61473f8782615305565b6040805160ff8816815260208101899052851515818301526060810183905290519199508b917f8bd275962e1d4cf5803cbeab62ccf74bfe524d06de4572b72acf04ac982264599181900360800190a25050505050505092915050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166147f25783831516156147e6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6148088282611ba3565b612c265760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b46565b5f6117498360175f61484a888888614d30565b81526020019081526020015f20613dad90919063ffffffff16565b6001600160a01b0382165f90815260106020526040812060018101548154849161488e91615305565b101561489d575f915050611749565b82816001015f8282546148b091906152c6565b9091555050855461ffff165f036148f157600c850180546001810182555f91825260209091200180546001600160a01b0319166001600160a01b0386161790555b855460019087905f9061490990849061ffff166153a2565b92506101000a81548161ffff021916908361ffff16021790555082866001015f82825461493691906152c6565b9250508190555082856005015f82825461495091906152c6565b909155506001979650505050505050565b5f6001821161496e575090565b816001600160801b82106149875760809190911c9060401b5b600160401b821061499d5760409190911c9060201b5b600160201b82106149b35760209190911c9060101b5b6201000082106149c85760109190911c9060081b5b61010082106149dc5760089190911c9060041b5b601082106149ef5760049190911c9060021b5b600482106149fb5760011b5b600302600190811c90818581614a1357614a1361529f565b048201901c90506001818581614a2b57614a2b61529f565b048201901c90506001818581614a4357614a4361529f565b048201901c90506001818581614a5b57614a5b61529f565b048201901c90506001818581614a7357614a7361529f565b048201901c90506001818581614a8b57614a8b61529f565b048201901c9050614aaa818581614aa457614aa461529f565b04821190565b90039392505050565b5f5b81831015614b01575f85815260209020838316600285851804019081015465ffffffffffff86811691161115614aed57809250614afb565b614af88160016152c6565b93505b50614ab5565b509392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316614b65578383151615614b59573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80545f908015614ba557614b8f83613e2d600184615305565b54600160301b90046001600160d01b0316612735565b5f9392505050565b5f6001600160d01b03821115614094576040516306dfcc6560e41b815260d0600482015260248101839052604401610b46565b82545f9081908015614cd6575f614bfc87613e2d600185615305565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115614c3f57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603614c7857825465ffffffffffff16600160301b6001600160d01b03891602178355614cc8565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506140aa92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816140aa565b5f8080614d3e6002856152b3565b90505b8015614d8d575f614d598660168361484a86886152c6565b6001600160d01b03169050868111614d8457614d7582846152c6565b9250614d818188615305565b96505b5060011c614d41565b50611b9a8160016152c6565b5f60208284031215614da9575f5ffd5b81356001600160e01b031981168114612735575f5ffd5b5f60208284031215614dd0575f5ffd5b5035919050565b6001600160a01b0381168114610eb1575f5ffd5b5f5f60408385031215614dfc575f5ffd5b823591506020830135614e0e81614dd7565b809150509250929050565b5f5f60408385031215614e2a575f5ffd5b50508035926020909101359150565b8a815289151560208201526001600160401b03891660408201526001600160401b03881660608201526001600160401b03871660808201526001600160401b03861660a08201528460c08201528360e0820152826101008201526101406101208201525f61014082015f8451808352602083019250602086015f5b82811015614edb5781516001600160a01b0316855260209485019490910190600101614eb4565b50929f9e505050505050505050505050505050565b803565ffffffffffff81168114611b47575f5ffd5b5f60208284031215614f15575f5ffd5b61273582614ef0565b5f5f5f60608486031215614f30575f5ffd5b83359250602084013591506040840135614f4981614dd7565b809150509250925092565b5f5f60408385031215614f65575f5ffd5b8235614f7081614dd7565b9150613e7360208401614ef0565b60ff81168114610eb1575f5ffd5b8035611b4781614f7e565b5f5f5f5f5f60a08688031215614fab575f5ffd5b8535614fb681614f7e565b9450602086013593506040860135614fcd81614dd7565b94979396509394606081013594506080013592915050565b5f5f5f60608486031215614ff7575f5ffd5b83359250602084013561500981614f7e565b929592945050506040919091013590565b5f6020828403121561502a575f5ffd5b813561273581614dd7565b5f610160828403128015615047575f5ffd5b509092915050565b5f610160820190508251825260208301516020830152604083015161507f60408401826001600160401b03169052565b50606083015161509a60608401826001600160401b03169052565b5060808301516150b560808401826001600160401b03169052565b5060a08301516150d060a08401826001600160401b03169052565b5060c08301516150e660c084018261ffff169052565b5060e08301516150fb60e084018260ff169052565b5061010083015161511361010084018261ffff169052565b50610120830151610120830152610140830151613ed061014084018261ffff169052565b634e487b7160e01b5f52602160045260245ffd5b60ff8b168152602081018a90526001600160a01b038916604082015261014081016003891061518857634e487b7160e01b5f52602160045260245ffd5b88606083015261519d608083018960ff169052565b8660a08301528560c08301526151b760e083018615159052565b921515610100820152610120015298975050505050505050565b5f5f5f5f5f608086880312156151e5575f5ffd5b85356151f081614f7e565b94506020860135935060408601356001600160401b03811115615211575f5ffd5b8601601f81018813615221575f5ffd5b80356001600160401b03811115615236575f5ffd5b886020828401011115615247575f5ffd5b959894975060200195606001359392505050565b634e487b7160e01b5f52601160045260245ffd5b60ff8281168282160390811115610ac257610ac261525b565b8082028115828204841417610ac257610ac261525b565b634e487b7160e01b5f52601260045260245ffd5b5f826152c1576152c161529f565b500490565b80820180821115610ac257610ac261525b565b5f600182016152ea576152ea61525b565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610ac257610ac261525b565b6001600160401b038181168382160190811115610ac257610ac261525b565b80518015158114611b47575f5ffd5b5f5f60408385031215615357575f5ffd5b61536083615337565b9150602083015190509250929050565b5f8161537e5761537e61525b565b505f190190565b61ffff8181168382160290811690818114613ed057613ed061525b565b61ffff8181168382160190811115610ac257610ac261525b565b5f602082840312156153cc575f5ffd5b5051919050565b634e487b7160e01b5f52603160045260245ffd5b61ffff81168114610eb1575f5ffd5b8035611b47816153e7565b5f60208284031215615411575f5ffd5b8135612735816153e7565b6001600160401b0381168114610eb1575f5ffd5b8035611b478161541c565b5f6020828403121561544b575f5ffd5b81356127358161541c565b5f60208284031215615466575f5ffd5b813561273581614f7e565b5f8135610ac28161541c565b5f8135610ac2816153e7565b5f8135610ac281614f7e565b8135815560208201356001820155600281016154d46154b660408501615471565b825467ffffffffffffffff19166001600160401b0391909116178255565b6155106154e360608501615471565b825467ffffffffffffffff60401b191660409190911b6fffffffffffffffff000000000000000016178255565b61554b61551f60808501615471565b82805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b61557e61555a60a08501615471565b8280546001600160c01b031660c09290921b6001600160c01b031916919091179055565b50600381016155a561559260c0850161547d565b825461ffff191661ffff91909116178255565b6155cc6155b460e08501615489565b825462ff0000191660109190911b62ff000016178255565b6155f86155dc610100850161547d565b825464ffff000000191660189190911b64ffff00000016178255565b506101208201356004820155612c26615614610140840161547d565b6005830161ffff821661ffff198254161781555050565b8135815260208083013590820152610160810161564a60408401615430565b6001600160401b0316604083015261566460608401615430565b6001600160401b0316606083015261567e60808401615430565b6001600160401b0316608083015261569860a08401615430565b6001600160401b031660a08301526156b260c084016153f6565b61ffff1660c08301526156c760e08401614f8c565b60ff1660e08301526156dc61010084016153f6565b61ffff1661010083015261012083810135908301526156fe61014084016153f6565b61ffff8116610140840152613ed0565b60ff8181168382160190811115610ac257610ac261525b565b5f5f60408385031215615738575f5ffd5b825161574381614dd7565b602084015190925063ffffffff81168114614e0e575f5ffd5b6001600160a01b038a16815261010060208201819052810188905287896101208301375f61012089830101525f610120601f19601f8b0116830101905087604083015286606083015261ffff861660808301526001600160401b03851660a08301526157d360c08301856001600160a01b03169052565b8260e08301529a9950505050505050505050565b5f826157f5576157f561529f565b500690565b634e487b7160e01b5f52604160045260245ffd5b5f8151808452602084019350602083015f5b8281101561583e578151865260209586019590910190600101615820565b5093949350505050565b5f61010082018a83526101006020840152808a54808352610120850191508b5f5260205f2092505f5b818110156158985783546001600160a01b0316835260019384019360209093019201615871565b505083810360408501526158ac818b61580e565b925050508660608301528560808301526158d160a08301866001600160401b03169052565b6001600160401b03841660c08301526001600160401b03831660e08301529998505050505050505050565b6001600160d01b038281168282160390811115610ac257610ac261525b565b6001600160d01b038181168382160190811115610ac257610ac261525b565b5f6020828403121561594a575f5ffd5b815160048110612735575f5ffd5b5f60208284031215615968575f5ffd5b61273582615337565b5f60208284031215615981575f5ffd5b815161273581614dd756fe7935bd0ae54bc31f548c14dba4d37c5c64b3f8ca900cb468fb8abd54d5894f55a264697066735822122006eabf9a2ad63cad676aa3efed820c4c7e1b3f33dbb436a1712a0105607a9f9f64736f6c634300081e0033",
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

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (disputeVoting *DisputeVoting) PackBURNADDRESS() []byte {
	enc, err := disputeVoting.abi.Pack("BURN_ADDRESS")
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
func (disputeVoting *DisputeVoting) TryPackBURNADDRESS() ([]byte, error) {
	return disputeVoting.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (disputeVoting *DisputeVoting) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("BURN_ADDRESS", data)
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

// PackINITIALJURORCAPACITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eb9b08f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INITIAL_JUROR_CAPACITY() view returns(uint256)
func (disputeVoting *DisputeVoting) PackINITIALJURORCAPACITY() []byte {
	enc, err := disputeVoting.abi.Pack("INITIAL_JUROR_CAPACITY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINITIALJURORCAPACITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eb9b08f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INITIAL_JUROR_CAPACITY() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackINITIALJURORCAPACITY() ([]byte, error) {
	return disputeVoting.abi.Pack("INITIAL_JUROR_CAPACITY")
}

// UnpackINITIALJURORCAPACITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eb9b08f.
//
// Solidity: function INITIAL_JUROR_CAPACITY() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackINITIALJURORCAPACITY(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("INITIAL_JUROR_CAPACITY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackAppealCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ec827e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appealCost(uint256 disputeId) view returns(uint256 pledge, uint256 fee)
func (disputeVoting *DisputeVoting) PackAppealCost(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("appealCost", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppealCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ec827e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appealCost(uint256 disputeId) view returns(uint256 pledge, uint256 fee)
func (disputeVoting *DisputeVoting) TryPackAppealCost(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("appealCost", disputeId)
}

// AppealCostOutput serves as a container for the return parameters of contract
// method AppealCost.
type AppealCostOutput struct {
	Pledge *big.Int
	Fee    *big.Int
}

// UnpackAppealCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59ec827e.
//
// Solidity: function appealCost(uint256 disputeId) view returns(uint256 pledge, uint256 fee)
func (disputeVoting *DisputeVoting) UnpackAppealCost(data []byte) (AppealCostOutput, error) {
	out, err := disputeVoting.abi.Unpack("appealCost", data)
	outstruct := new(AppealCostOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pledge = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackJurorCapacity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9442f30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jurorCapacity() view returns(uint256)
func (disputeVoting *DisputeVoting) PackJurorCapacity() []byte {
	enc, err := disputeVoting.abi.Pack("jurorCapacity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJurorCapacity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9442f30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jurorCapacity() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackJurorCapacity() ([]byte, error) {
	return disputeVoting.abi.Pack("jurorCapacity")
}

// UnpackJurorCapacity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9442f30.
//
// Solidity: function jurorCapacity() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackJurorCapacity(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("jurorCapacity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJurorCapacityAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f93a4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jurorCapacityAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) PackJurorCapacityAt(blockNumber *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("jurorCapacityAt", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJurorCapacityAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f93a4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jurorCapacityAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackJurorCapacityAt(blockNumber *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("jurorCapacityAt", blockNumber)
}

// UnpackJurorCapacityAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3f93a4e.
//
// Solidity: function jurorCapacityAt(uint48 blockNumber) view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackJurorCapacityAt(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("jurorCapacityAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackOpeningFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x728bbbb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openingFee() view returns(uint256)
func (disputeVoting *DisputeVoting) PackOpeningFee() []byte {
	enc, err := disputeVoting.abi.Pack("openingFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpeningFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x728bbbb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openingFee() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackOpeningFee() ([]byte, error) {
	return disputeVoting.abi.Pack("openingFee")
}

// UnpackOpeningFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x728bbbb5.
//
// Solidity: function openingFee() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackOpeningFee(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("openingFee", data)
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
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16))
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
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16))
func (disputeVoting *DisputeVoting) TryPackParams() ([]byte, error) {
	return disputeVoting.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16))
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

// PackReleaseSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0cc82d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseSubject(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) PackReleaseSubject(disputeId *big.Int) []byte {
	enc, err := disputeVoting.abi.Pack("releaseSubject", disputeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseSubject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0cc82d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseSubject(uint256 disputeId) returns()
func (disputeVoting *DisputeVoting) TryPackReleaseSubject(disputeId *big.Int) ([]byte, error) {
	return disputeVoting.abi.Pack("releaseSubject", disputeId)
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
// the contract method with ID 0xb2db4047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParameters((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16) p) returns()
func (disputeVoting *DisputeVoting) PackSetParameters(p DisputeVotingParams) []byte {
	enc, err := disputeVoting.abi.Pack("setParameters", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParameters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2db4047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParameters((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16) p) returns()
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

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (disputeVoting *DisputeVoting) PackSetTreasury(treasury common.Address) []byte {
	enc, err := disputeVoting.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (disputeVoting *DisputeVoting) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return disputeVoting.abi.Pack("setTreasury", treasury)
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

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (disputeVoting *DisputeVoting) PackTreasury() []byte {
	enc, err := disputeVoting.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (disputeVoting *DisputeVoting) TryPackTreasury() ([]byte, error) {
	return disputeVoting.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (disputeVoting *DisputeVoting) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := disputeVoting.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUndrawnRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ffa20fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undrawnRounds() view returns(uint256)
func (disputeVoting *DisputeVoting) PackUndrawnRounds() []byte {
	enc, err := disputeVoting.abi.Pack("undrawnRounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndrawnRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ffa20fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undrawnRounds() view returns(uint256)
func (disputeVoting *DisputeVoting) TryPackUndrawnRounds() ([]byte, error) {
	return disputeVoting.abi.Pack("undrawnRounds")
}

// UnpackUndrawnRounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ffa20fe.
//
// Solidity: function undrawnRounds() view returns(uint256)
func (disputeVoting *DisputeVoting) UnpackUndrawnRounds(data []byte) (*big.Int, error) {
	out, err := disputeVoting.abi.Unpack("undrawnRounds", data)
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

// DisputeVotingJurorCapacityGrown represents a JurorCapacityGrown event raised by the DisputeVoting contract.
type DisputeVotingJurorCapacityGrown struct {
	Capacity *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeVotingJurorCapacityGrownEventName = "JurorCapacityGrown"

// ContractEventName returns the user-defined event name.
func (DisputeVotingJurorCapacityGrown) ContractEventName() string {
	return DisputeVotingJurorCapacityGrownEventName
}

// UnpackJurorCapacityGrownEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JurorCapacityGrown(uint256 capacity)
func (disputeVoting *DisputeVoting) UnpackJurorCapacityGrownEvent(log *types.Log) (*DisputeVotingJurorCapacityGrown, error) {
	event := "JurorCapacityGrown"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingJurorCapacityGrown)
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

// DisputeVotingJurorFeePaid represents a JurorFeePaid event raised by the DisputeVoting contract.
type DisputeVotingJurorFeePaid struct {
	DisputeId *big.Int
	Round     *big.Int
	Payer     common.Address
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeVotingJurorFeePaidEventName = "JurorFeePaid"

// ContractEventName returns the user-defined event name.
func (DisputeVotingJurorFeePaid) ContractEventName() string {
	return DisputeVotingJurorFeePaidEventName
}

// UnpackJurorFeePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JurorFeePaid(uint256 indexed disputeId, uint256 round, address indexed payer, uint256 fee)
func (disputeVoting *DisputeVoting) UnpackJurorFeePaidEvent(log *types.Log) (*DisputeVotingJurorFeePaid, error) {
	event := "JurorFeePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingJurorFeePaid)
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

// DisputeVotingNumberBound represents a NumberBound event raised by the DisputeVoting contract.
type DisputeVotingNumberBound struct {
	DisputeId *big.Int
	Node      [32]byte
	Owner     common.Address
	Epoch     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeVotingNumberBoundEventName = "NumberBound"

// ContractEventName returns the user-defined event name.
func (DisputeVotingNumberBound) ContractEventName() string {
	return DisputeVotingNumberBoundEventName
}

// UnpackNumberBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NumberBound(uint256 indexed disputeId, bytes32 indexed node, address indexed owner, uint32 epoch)
func (disputeVoting *DisputeVoting) UnpackNumberBoundEvent(log *types.Log) (*DisputeVotingNumberBound, error) {
	event := "NumberBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingNumberBound)
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
// Solidity: event ParametersSet((uint256,uint256,uint64,uint64,uint64,uint64,uint16,uint8,uint16,uint256,uint16) params)
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

// DisputeVotingSubjectReleased represents a SubjectReleased event raised by the DisputeVoting contract.
type DisputeVotingSubjectReleased struct {
	DisputeId *big.Int
	Kind      uint8
	Subject   [32]byte
	Success   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeVotingSubjectReleasedEventName = "SubjectReleased"

// ContractEventName returns the user-defined event name.
func (DisputeVotingSubjectReleased) ContractEventName() string {
	return DisputeVotingSubjectReleasedEventName
}

// UnpackSubjectReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubjectReleased(uint256 indexed disputeId, uint8 kind, bytes32 subject, bool success)
func (disputeVoting *DisputeVoting) UnpackSubjectReleasedEvent(log *types.Log) (*DisputeVotingSubjectReleased, error) {
	event := "SubjectReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingSubjectReleased)
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

// DisputeVotingTreasuryPaid represents a TreasuryPaid event raised by the DisputeVoting contract.
type DisputeVotingTreasuryPaid struct {
	DisputeId *big.Int
	Treasury  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeVotingTreasuryPaidEventName = "TreasuryPaid"

// ContractEventName returns the user-defined event name.
func (DisputeVotingTreasuryPaid) ContractEventName() string {
	return DisputeVotingTreasuryPaidEventName
}

// UnpackTreasuryPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryPaid(uint256 indexed disputeId, address indexed treasury, uint256 amount)
func (disputeVoting *DisputeVoting) UnpackTreasuryPaidEvent(log *types.Log) (*DisputeVotingTreasuryPaid, error) {
	event := "TreasuryPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingTreasuryPaid)
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

// DisputeVotingTreasurySet represents a TreasurySet event raised by the DisputeVoting contract.
type DisputeVotingTreasurySet struct {
	Previous common.Address
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeVotingTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (DisputeVotingTreasurySet) ContractEventName() string {
	return DisputeVotingTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address indexed previous, address indexed treasury)
func (disputeVoting *DisputeVoting) UnpackTreasurySetEvent(log *types.Log) (*DisputeVotingTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeVoting.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeVotingTreasurySet)
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
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["DrawPending"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackDrawPendingError(raw[4:])
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
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["NothingToRelease"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackNothingToReleaseError(raw[4:])
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
	if bytes.Equal(raw[:4], disputeVoting.abi.Errors["RandomnessAlreadyReady"].ID.Bytes()[:4]) {
		return disputeVoting.UnpackRandomnessAlreadyReadyError(raw[4:])
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

// DisputeVotingDrawPending represents a DrawPending error raised by the DisputeVoting contract.
type DisputeVotingDrawPending struct {
	UndrawnRounds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawPending(uint256 undrawnRounds)
func DisputeVotingDrawPendingErrorID() common.Hash {
	return common.HexToHash("0x3f1e8c2d2220dee52d25cb96634d13b2c23a61db59669d770bffe1ead296ec1f")
}

// UnpackDrawPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawPending(uint256 undrawnRounds)
func (disputeVoting *DisputeVoting) UnpackDrawPendingError(raw []byte) (*DisputeVotingDrawPending, error) {
	out := new(DisputeVotingDrawPending)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "DrawPending", raw); err != nil {
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

// DisputeVotingNothingToRelease represents a NothingToRelease error raised by the DisputeVoting contract.
type DisputeVotingNothingToRelease struct {
	DisputeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRelease(uint256 disputeId)
func DisputeVotingNothingToReleaseErrorID() common.Hash {
	return common.HexToHash("0xd79fffd81026d28778226f60a039526467b5d8ad9ee10f72cb3d3b85c774b325")
}

// UnpackNothingToReleaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRelease(uint256 disputeId)
func (disputeVoting *DisputeVoting) UnpackNothingToReleaseError(raw []byte) (*DisputeVotingNothingToRelease, error) {
	out := new(DisputeVotingNothingToRelease)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "NothingToRelease", raw); err != nil {
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

// DisputeVotingRandomnessAlreadyReady represents a RandomnessAlreadyReady error raised by the DisputeVoting contract.
type DisputeVotingRandomnessAlreadyReady struct {
	DisputeId *big.Int
	Round     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RandomnessAlreadyReady(uint256 disputeId, uint256 round)
func DisputeVotingRandomnessAlreadyReadyErrorID() common.Hash {
	return common.HexToHash("0x4df6c80a21e561c673ee74c0a6883677e318b20aaa232c271ea844f2faa29c52")
}

// UnpackRandomnessAlreadyReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RandomnessAlreadyReady(uint256 disputeId, uint256 round)
func (disputeVoting *DisputeVoting) UnpackRandomnessAlreadyReadyError(raw []byte) (*DisputeVotingRandomnessAlreadyReady, error) {
	out := new(DisputeVotingRandomnessAlreadyReady)
	if err := disputeVoting.abi.UnpackIntoInterface(out, "RandomnessAlreadyReady", raw); err != nil {
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
