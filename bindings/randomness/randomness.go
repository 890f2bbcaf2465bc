// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package randomness

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

// PrevrandaoRandomnessMetaData contains all meta data concerning the PrevrandaoRandomness contract.
var PrevrandaoRandomnessMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"delayBlocks_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"REVEAL_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delayBlocks\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"revealed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"value\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"targetBlockOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"valueOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"ready\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"value\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"RandomnessRequested\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"targetBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessRetargeted\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"oldTargetBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"newTargetBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RandomnessRevealed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"value\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"revealBlock\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"revealer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyRevealed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooEarly\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"targetBlock\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroDelay\",\"inputs\":[]}]",
	ID:  "PrevrandaoRandomness",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161059838038061059883398101604081905261002e91610068565b806001600160401b03165f0361005757604051631a615ced60e11b815260040160405180910390fd5b6001600160401b0316608052610095565b5f60208284031215610078575f5ffd5b81516001600160401b038116811461008e575f5ffd5b9392505050565b6080516104de6100ba5f395f818160f10152818161018901526102e901526104de5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80635badbe4c116100585780635badbe4c146100e4578063ad9c0c2e146100ec578063c2ca0ac514610113578063cadf338f1461013d575f5ffd5b806317e931cf1461007e578063338cdca11461009a578063473016e4146100a2575b5f5ffd5b61008761010081565b6040519081526020015b60405180910390f35b61008761016e565b6100cb6100b036600461042c565b5f9081526001602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff9091168152602001610091565b6100875f5481565b6100cb7f000000000000000000000000000000000000000000000000000000000000000081565b61012661012136600461042c565b610218565b604080519215158352602083019190915201610091565b61012661014b36600461042c565b5f9081526001602081905260409091208054910154600160401b90910460ff1691565b5f5f5f815461017c90610457565b918290555090505f6101ae7f00000000000000000000000000000000000000000000000000000000000000004361046f565b5f83815260016020908152604091829020805467ffffffffffffffff191667ffffffffffffffff85169081179091559151918252919250339184917fbfa49c32f3e255f69c9305a2271616d54ddbce050646b5d78f9facab6f95283a910160405180910390a35090565b5f818152600160205260408120805482919067ffffffffffffffff1680830361025c57604051631f79bbe760e01b8152600481018690526024015b60405180910390fd5b8154600160401b900460ff1615610289576040516328e95e2560e21b815260048101869052602401610253565b8067ffffffffffffffff164310156102c7576040516345936d7760e01b81526004810186905267ffffffffffffffff82166024820152604401610253565b6102dd61010067ffffffffffffffff8316610495565b431061037a575f61030e7f00000000000000000000000000000000000000000000000000000000000000004361046f565b835467ffffffffffffffff191667ffffffffffffffff8281169182178655604080519186168252602082019290925291925087917f3aec2f8fcbf1dfa09a1b58e1894d5ab23fc3801ff7f36189fbca531277ea64a3910160405180910390a2505f958695509350505050565b6040805144602082015290810186905267ffffffffffffffff821640606082015260800160408051601f198184030181528282528051602091820120855468ff00000000000000001916600160401b178655600186018190558084524367ffffffffffffffff16918401919091523391830191909152935085907f31676ea4a34e30ff6e8bf965149a389826b73a4800e1321613d2f8134ca865f89060600160405180910390a2600193505050915091565b5f6020828403121561043c575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161046857610468610443565b5060010190565b67ffffffffffffffff818116838216019081111561048f5761048f610443565b92915050565b8082018082111561048f5761048f61044356fea2646970667358221220276b9e43f5fb67c7f6fae61a8be7f8122def4d579dece13e84459d8670139d8e64736f6c634300081e0033",
}

// PrevrandaoRandomness is an auto generated Go binding around an Ethereum contract.
type PrevrandaoRandomness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PrevrandaoRandomness) GetABI() abi.ABI {
	return c.abi
}

// NewPrevrandaoRandomness creates a new instance of PrevrandaoRandomness.
func NewPrevrandaoRandomness() *PrevrandaoRandomness {
	parsed, err := PrevrandaoRandomnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PrevrandaoRandomness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PrevrandaoRandomness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 delayBlocks_) returns()
func (prevrandaoRandomness *PrevrandaoRandomness) PackConstructor(delayBlocks_ uint64) []byte {
	enc, err := prevrandaoRandomness.abi.Pack("", delayBlocks_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e931cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) PackREVEALWINDOW() []byte {
	enc, err := prevrandaoRandomness.abi.Pack("REVEAL_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17e931cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackREVEALWINDOW() ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("REVEAL_WINDOW")
}

// UnpackREVEALWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17e931cf.
//
// Solidity: function REVEAL_WINDOW() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackREVEALWINDOW(data []byte) (*big.Int, error) {
	out, err := prevrandaoRandomness.abi.Unpack("REVEAL_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelayBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9c0c2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delayBlocks() view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) PackDelayBlocks() []byte {
	enc, err := prevrandaoRandomness.abi.Pack("delayBlocks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelayBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9c0c2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delayBlocks() view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackDelayBlocks() ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("delayBlocks")
}

// UnpackDelayBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad9c0c2e.
//
// Solidity: function delayBlocks() view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackDelayBlocks(data []byte) (uint64, error) {
	out, err := prevrandaoRandomness.abi.Unpack("delayBlocks", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338cdca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request() returns(uint256 requestId)
func (prevrandaoRandomness *PrevrandaoRandomness) PackRequest() []byte {
	enc, err := prevrandaoRandomness.abi.Pack("request")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338cdca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request() returns(uint256 requestId)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackRequest() ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("request")
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x338cdca1.
//
// Solidity: function request() returns(uint256 requestId)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := prevrandaoRandomness.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) PackRequestCount() []byte {
	enc, err := prevrandaoRandomness.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackRequestCount() ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := prevrandaoRandomness.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ca0ac5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 requestId) returns(bool revealed, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) PackReveal(requestId *big.Int) []byte {
	enc, err := prevrandaoRandomness.abi.Pack("reveal", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ca0ac5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 requestId) returns(bool revealed, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackReveal(requestId *big.Int) ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("reveal", requestId)
}

// RevealOutput serves as a container for the return parameters of contract
// method Reveal.
type RevealOutput struct {
	Revealed bool
	Value    [32]byte
}

// UnpackReveal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ca0ac5.
//
// Solidity: function reveal(uint256 requestId) returns(bool revealed, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackReveal(data []byte) (RevealOutput, error) {
	out, err := prevrandaoRandomness.abi.Unpack("reveal", data)
	outstruct := new(RevealOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Revealed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackTargetBlockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x473016e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetBlockOf(uint256 requestId) view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) PackTargetBlockOf(requestId *big.Int) []byte {
	enc, err := prevrandaoRandomness.abi.Pack("targetBlockOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetBlockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x473016e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetBlockOf(uint256 requestId) view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackTargetBlockOf(requestId *big.Int) ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("targetBlockOf", requestId)
}

// UnpackTargetBlockOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x473016e4.
//
// Solidity: function targetBlockOf(uint256 requestId) view returns(uint64)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackTargetBlockOf(data []byte) (uint64, error) {
	out, err := prevrandaoRandomness.abi.Unpack("targetBlockOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueOf(uint256 requestId) view returns(bool ready, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) PackValueOf(requestId *big.Int) []byte {
	enc, err := prevrandaoRandomness.abi.Pack("valueOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueOf(uint256 requestId) view returns(bool ready, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) TryPackValueOf(requestId *big.Int) ([]byte, error) {
	return prevrandaoRandomness.abi.Pack("valueOf", requestId)
}

// ValueOfOutput serves as a container for the return parameters of contract
// method ValueOf.
type ValueOfOutput struct {
	Ready bool
	Value [32]byte
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcadf338f.
//
// Solidity: function valueOf(uint256 requestId) view returns(bool ready, bytes32 value)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackValueOf(data []byte) (ValueOfOutput, error) {
	out, err := prevrandaoRandomness.abi.Unpack("valueOf", data)
	outstruct := new(ValueOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ready = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PrevrandaoRandomnessRandomnessRequested represents a RandomnessRequested event raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessRandomnessRequested struct {
	RequestId   *big.Int
	Requester   common.Address
	TargetBlock uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PrevrandaoRandomnessRandomnessRequestedEventName = "RandomnessRequested"

// ContractEventName returns the user-defined event name.
func (PrevrandaoRandomnessRandomnessRequested) ContractEventName() string {
	return PrevrandaoRandomnessRandomnessRequestedEventName
}

// UnpackRandomnessRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RandomnessRequested(uint256 indexed requestId, address indexed requester, uint64 targetBlock)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackRandomnessRequestedEvent(log *types.Log) (*PrevrandaoRandomnessRandomnessRequested, error) {
	event := "RandomnessRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != prevrandaoRandomness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PrevrandaoRandomnessRandomnessRequested)
	if len(log.Data) > 0 {
		if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range prevrandaoRandomness.abi.Events[event].Inputs {
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

// PrevrandaoRandomnessRandomnessRetargeted represents a RandomnessRetargeted event raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessRandomnessRetargeted struct {
	RequestId      *big.Int
	OldTargetBlock uint64
	NewTargetBlock uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const PrevrandaoRandomnessRandomnessRetargetedEventName = "RandomnessRetargeted"

// ContractEventName returns the user-defined event name.
func (PrevrandaoRandomnessRandomnessRetargeted) ContractEventName() string {
	return PrevrandaoRandomnessRandomnessRetargetedEventName
}

// UnpackRandomnessRetargetedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RandomnessRetargeted(uint256 indexed requestId, uint64 oldTargetBlock, uint64 newTargetBlock)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackRandomnessRetargetedEvent(log *types.Log) (*PrevrandaoRandomnessRandomnessRetargeted, error) {
	event := "RandomnessRetargeted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != prevrandaoRandomness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PrevrandaoRandomnessRandomnessRetargeted)
	if len(log.Data) > 0 {
		if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range prevrandaoRandomness.abi.Events[event].Inputs {
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

// PrevrandaoRandomnessRandomnessRevealed represents a RandomnessRevealed event raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessRandomnessRevealed struct {
	RequestId   *big.Int
	Value       [32]byte
	RevealBlock uint64
	Revealer    common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PrevrandaoRandomnessRandomnessRevealedEventName = "RandomnessRevealed"

// ContractEventName returns the user-defined event name.
func (PrevrandaoRandomnessRandomnessRevealed) ContractEventName() string {
	return PrevrandaoRandomnessRandomnessRevealedEventName
}

// UnpackRandomnessRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RandomnessRevealed(uint256 indexed requestId, bytes32 value, uint64 revealBlock, address revealer)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackRandomnessRevealedEvent(log *types.Log) (*PrevrandaoRandomnessRandomnessRevealed, error) {
	event := "RandomnessRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != prevrandaoRandomness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PrevrandaoRandomnessRandomnessRevealed)
	if len(log.Data) > 0 {
		if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range prevrandaoRandomness.abi.Events[event].Inputs {
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
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], prevrandaoRandomness.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return prevrandaoRandomness.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], prevrandaoRandomness.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return prevrandaoRandomness.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], prevrandaoRandomness.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return prevrandaoRandomness.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], prevrandaoRandomness.abi.Errors["ZeroDelay"].ID.Bytes()[:4]) {
		return prevrandaoRandomness.UnpackZeroDelayError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PrevrandaoRandomnessAlreadyRevealed represents a AlreadyRevealed error raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessAlreadyRevealed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 requestId)
func PrevrandaoRandomnessAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xa3a57894e8e3d5326b8ad3c39a1f9e9db194e93d7c8be469c6c61cea34161131")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 requestId)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackAlreadyRevealedError(raw []byte) (*PrevrandaoRandomnessAlreadyRevealed, error) {
	out := new(PrevrandaoRandomnessAlreadyRevealed)
	if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PrevrandaoRandomnessTooEarly represents a TooEarly error raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessTooEarly struct {
	RequestId   *big.Int
	TargetBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint256 requestId, uint64 targetBlock)
func PrevrandaoRandomnessTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x45936d77c40d966e9f91375f5cfaa3a938b6d49e097d268c9e3d1c81e61d3cec")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint256 requestId, uint64 targetBlock)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackTooEarlyError(raw []byte) (*PrevrandaoRandomnessTooEarly, error) {
	out := new(PrevrandaoRandomnessTooEarly)
	if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PrevrandaoRandomnessUnknownRequest represents a UnknownRequest error raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func PrevrandaoRandomnessUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackUnknownRequestError(raw []byte) (*PrevrandaoRandomnessUnknownRequest, error) {
	out := new(PrevrandaoRandomnessUnknownRequest)
	if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PrevrandaoRandomnessZeroDelay represents a ZeroDelay error raised by the PrevrandaoRandomness contract.
type PrevrandaoRandomnessZeroDelay struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDelay()
func PrevrandaoRandomnessZeroDelayErrorID() common.Hash {
	return common.HexToHash("0x34c2b9dab051f3b49e0b9121d90ae110f06df318864d2741799dc06f9b92cebc")
}

// UnpackZeroDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDelay()
func (prevrandaoRandomness *PrevrandaoRandomness) UnpackZeroDelayError(raw []byte) (*PrevrandaoRandomnessZeroDelay, error) {
	out := new(PrevrandaoRandomnessZeroDelay)
	if err := prevrandaoRandomness.abi.UnpackIntoInterface(out, "ZeroDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}
