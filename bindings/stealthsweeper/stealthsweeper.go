// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stealthsweeper

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

// StealthSweeperPermit is an auto generated low-level Go binding around an user-defined struct.
type StealthSweeperPermit struct {
	Value    *big.Int
	Deadline *big.Int
	V        uint8
	R        [32]byte
	S        [32]byte
}

// StealthSweeperSweep is an auto generated low-level Go binding around an user-defined struct.
type StealthSweeperSweep struct {
	From     common.Address
	To       common.Address
	Fee      *big.Int
	Relayer  common.Address
	Deadline *big.Int
}

// StealthSweeperMetaData contains all meta data concerning the StealthSweeper contract.
var StealthSweeperMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SWEEP_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structStealthSweeper.Sweep\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"sig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structStealthSweeper.Permit\",\"components\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweepDigest\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structStealthSweeper.Sweep\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Swept\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"relayer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"FeeExceedsBalance\",\"inputs\":[{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSweepSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SweepExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongRelayer\",\"inputs\":[{\"name\":\"relayer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "StealthSweeper",
	Bin: "0x610180604052348015610010575f5ffd5b506040516110fd3803806110fd83398101604081905261002f916101af565b6040518060400160405280601381526020017f444f545320537465616c74685377656570657200000000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008e8261016960201b60201c565b6101205261009b81610169565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0381166101575760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b031661016052610237565b5f5f829050601f8151111561019c578260405163305a27a960e01b815260040161019391906101dc565b60405180910390fd5b80516101a782610211565b179392505050565b5f602082840312156101bf575f5ffd5b81516001600160a01b03811681146101d5575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610231575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610e4f6102ae5f395f818161011201528181610464015281816105ce015281816106ca015261071601525f61092601525f6108fb01525f6108a401525f61087c01525f6107d701525f61080101525f61082b0152610e4f5ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806384b0196e1161005857806384b0196e146100df578063acda97c8146100fa578063fc0c546a1461010d578063fe5a563d1461014c575f5ffd5b806326c3998f1461007e5780633644e515146100b85780637ecebe00146100c0575b5f5ffd5b6100a57fee1bdf2959e40ed7105e8bf31ba508af49d34488721f3b7f23dba80ea6c8942181565b6040519081526020015b60405180910390f35b6100a561015f565b6100a56100ce366004610b94565b60026020525f908152604090205481565b6100e761016d565b6040516100af9796959493929190610bef565b6100a5610108366004610c9b565b6101af565b6101347f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100af565b6100a561015a366004610d2d565b61074f565b5f6101686107cb565b905090565b5f6060805f5f5f606061017e6108f4565b61018661091f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f806101c16040870160208801610b94565b6001600160a01b031614806101ea57505f6101df6020870187610b94565b6001600160a01b0316145b156102085760405163d92e233d60e01b815260040160405180910390fd5b846080013542111561023857604051632bea008f60e01b8152608086013560048201526024015b60405180910390fd5b5f6102496080870160608801610b94565b6001600160a01b03161415801561027857503361026c6080870160608801610b94565b6001600160a01b031614155b156102b85761028d6080860160608701610b94565b60405163597508a360e01b81526001600160a01b03909116600482015233602482015260440161022f565b5f6002816102c96020890189610b94565b6001600160a01b03166001600160a01b031681526020019081526020015f205490505f61037e7fee1bdf2959e40ed7105e8bf31ba508af49d34488721f3b7f23dba80ea6c89421885f0160208101906103229190610b94565b61033260408b0160208c01610b94565b60408b013561034760808d0160608e01610b94565b878d608001356040516020016103639796959493929190610d56565b6040516020818303038152906040528051906020012061094a565b90505f5f6103c18389898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061097692505050565b5090925090505f8160038111156103da576103da610d94565b14158061040557506103ef60208a018a610b94565b6001600160a01b0316826001600160a01b031614155b15610423576040516349a46f4b60e01b815260040160405180910390fd5b61042e846001610dbc565b60025f61043e60208d018d610b94565b6001600160a01b03166001600160a01b031681526020019081526020015f20819055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166370a082318b5f0160208101906104a39190610b94565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa1580156104e5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105099190610dcf565b9050808a60400135111561053d576040805163035079b160e01b8152908b013560048201526024810182905260440161022f565b61054b60408b013582610de6565b95503361055e60408c0160208d01610b94565b6001600160a01b031661057460208d018d610b94565b604080518a8152818f013560208201529081018990526001600160a01b0391909116907fb319bf1c0f796c04d0ec2b7881fe0b29949c0512d874a76ed401799830a038249060600160405180910390a46001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf61060060208d018d610b94565b308a3560208c013561061860608e0160408f01610df9565b6040516001600160e01b031960e088901b1681526001600160a01b0395861660048201529490931660248501526044840191909152606483015260ff16608482015260608a013560a482015260808a013560c482015260e4015f604051808303815f87803b158015610688575f5ffd5b505af1925050508015610699575060015b5085156106f2576106f26106b060208c018c610b94565b6106c060408d0160208e01610b94565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190896109bf565b60408a0135156107425761074261070c60208c018c610b94565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903360408e01356109bf565b5050505050949350505050565b5f6107c27fee1bdf2959e40ed7105e8bf31ba508af49d34488721f3b7f23dba80ea6c894216107816020860186610b94565b6107916040870160208801610b94565b60408701356107a66080890160608a01610b94565b8789608001356040516020016103639796959493929190610d56565b90505b92915050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561082357507f000000000000000000000000000000000000000000000000000000000000000046145b1561084d57507f000000000000000000000000000000000000000000000000000000000000000090565b610168604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60606101687f00000000000000000000000000000000000000000000000000000000000000006109fb565b60606101687f00000000000000000000000000000000000000000000000000000000000000006109fb565b5f6107c56109566107cb565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f83516041036109ad576020840151604085015160608601515f1a61099f88828585610a38565b9550955095505050506109b8565b505081515f91506002905b9250925092565b6109cd848484846001610b00565b6109f557604051635274afe760e01b81526001600160a01b038516600482015260240161022f565b50505050565b60605f610a0783610b6d565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610a7157505f91506003905082610af6565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610ac2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610aed57505f925060019150829050610af6565b92505f91508190505b9450945094915050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316610b5c578383151615610b50573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60ff8216601f8111156107c557604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215610ba4575f5ffd5b81356001600160a01b0381168114610bba575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610c0d60e0830189610bc1565b8281036040840152610c1f8189610bc1565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610c74578351835260209384019390920191600101610c56565b50909b9a5050505050505050505050565b5f60a08284031215610c95575f5ffd5b50919050565b5f5f5f5f6101608587031215610caf575f5ffd5b610cb98686610c85565b935060a085013567ffffffffffffffff811115610cd4575f5ffd5b8501601f81018713610ce4575f5ffd5b803567ffffffffffffffff811115610cfa575f5ffd5b876020828401011115610d0b575f5ffd5b60209190910193509150610d228660c08701610c85565b905092959194509250565b5f5f60c08385031215610d3e575f5ffd5b610d488484610c85565b9460a0939093013593505050565b9687526001600160a01b03958616602088015293851660408701526060860192909252909216608084015260a083019190915260c082015260e00190565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156107c5576107c5610da8565b5f60208284031215610ddf575f5ffd5b5051919050565b818103818111156107c5576107c5610da8565b5f60208284031215610e09575f5ffd5b813560ff81168114610bba575f5ffdfea2646970667358221220e49358308c31bc174b4723faaf9839e5895f2580d1d2892fa37472dcedde17ae64736f6c634300081e0033",
}

// StealthSweeper is an auto generated Go binding around an Ethereum contract.
type StealthSweeper struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StealthSweeper) GetABI() abi.ABI {
	return c.abi
}

// NewStealthSweeper creates a new instance of StealthSweeper.
func NewStealthSweeper() *StealthSweeper {
	parsed, err := StealthSweeperMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StealthSweeper{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StealthSweeper) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (stealthSweeper *StealthSweeper) PackConstructor(token_ common.Address) []byte {
	enc, err := stealthSweeper.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (stealthSweeper *StealthSweeper) PackDOMAINSEPARATOR() []byte {
	enc, err := stealthSweeper.abi.Pack("DOMAIN_SEPARATOR")
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
func (stealthSweeper *StealthSweeper) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return stealthSweeper.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (stealthSweeper *StealthSweeper) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := stealthSweeper.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSWEEPTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c3998f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SWEEP_TYPEHASH() view returns(bytes32)
func (stealthSweeper *StealthSweeper) PackSWEEPTYPEHASH() []byte {
	enc, err := stealthSweeper.abi.Pack("SWEEP_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSWEEPTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c3998f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SWEEP_TYPEHASH() view returns(bytes32)
func (stealthSweeper *StealthSweeper) TryPackSWEEPTYPEHASH() ([]byte, error) {
	return stealthSweeper.abi.Pack("SWEEP_TYPEHASH")
}

// UnpackSWEEPTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26c3998f.
//
// Solidity: function SWEEP_TYPEHASH() view returns(bytes32)
func (stealthSweeper *StealthSweeper) UnpackSWEEPTYPEHASH(data []byte) ([32]byte, error) {
	out, err := stealthSweeper.abi.Unpack("SWEEP_TYPEHASH", data)
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
func (stealthSweeper *StealthSweeper) PackEip712Domain() []byte {
	enc, err := stealthSweeper.abi.Pack("eip712Domain")
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
func (stealthSweeper *StealthSweeper) TryPackEip712Domain() ([]byte, error) {
	return stealthSweeper.abi.Pack("eip712Domain")
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
func (stealthSweeper *StealthSweeper) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := stealthSweeper.abi.Unpack("eip712Domain", data)
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

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address from) view returns(uint256)
func (stealthSweeper *StealthSweeper) PackNonces(from common.Address) []byte {
	enc, err := stealthSweeper.abi.Pack("nonces", from)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address from) view returns(uint256)
func (stealthSweeper *StealthSweeper) TryPackNonces(from common.Address) ([]byte, error) {
	return stealthSweeper.abi.Pack("nonces", from)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address from) view returns(uint256)
func (stealthSweeper *StealthSweeper) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := stealthSweeper.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacda97c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep((address,address,uint256,address,uint256) s, bytes sig, (uint256,uint256,uint8,bytes32,bytes32) p) returns(uint256 amount)
func (stealthSweeper *StealthSweeper) PackSweep(s StealthSweeperSweep, sig []byte, p StealthSweeperPermit) []byte {
	enc, err := stealthSweeper.abi.Pack("sweep", s, sig, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacda97c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep((address,address,uint256,address,uint256) s, bytes sig, (uint256,uint256,uint8,bytes32,bytes32) p) returns(uint256 amount)
func (stealthSweeper *StealthSweeper) TryPackSweep(s StealthSweeperSweep, sig []byte, p StealthSweeperPermit) ([]byte, error) {
	return stealthSweeper.abi.Pack("sweep", s, sig, p)
}

// UnpackSweep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacda97c8.
//
// Solidity: function sweep((address,address,uint256,address,uint256) s, bytes sig, (uint256,uint256,uint8,bytes32,bytes32) p) returns(uint256 amount)
func (stealthSweeper *StealthSweeper) UnpackSweep(data []byte) (*big.Int, error) {
	out, err := stealthSweeper.abi.Unpack("sweep", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSweepDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5a563d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepDigest((address,address,uint256,address,uint256) s, uint256 nonce) view returns(bytes32)
func (stealthSweeper *StealthSweeper) PackSweepDigest(s StealthSweeperSweep, nonce *big.Int) []byte {
	enc, err := stealthSweeper.abi.Pack("sweepDigest", s, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe5a563d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepDigest((address,address,uint256,address,uint256) s, uint256 nonce) view returns(bytes32)
func (stealthSweeper *StealthSweeper) TryPackSweepDigest(s StealthSweeperSweep, nonce *big.Int) ([]byte, error) {
	return stealthSweeper.abi.Pack("sweepDigest", s, nonce)
}

// UnpackSweepDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe5a563d.
//
// Solidity: function sweepDigest((address,address,uint256,address,uint256) s, uint256 nonce) view returns(bytes32)
func (stealthSweeper *StealthSweeper) UnpackSweepDigest(data []byte) ([32]byte, error) {
	out, err := stealthSweeper.abi.Unpack("sweepDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (stealthSweeper *StealthSweeper) PackToken() []byte {
	enc, err := stealthSweeper.abi.Pack("token")
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
func (stealthSweeper *StealthSweeper) TryPackToken() ([]byte, error) {
	return stealthSweeper.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (stealthSweeper *StealthSweeper) UnpackToken(data []byte) (common.Address, error) {
	out, err := stealthSweeper.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// StealthSweeperEIP712DomainChanged represents a EIP712DomainChanged event raised by the StealthSweeper contract.
type StealthSweeperEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const StealthSweeperEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (StealthSweeperEIP712DomainChanged) ContractEventName() string {
	return StealthSweeperEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (stealthSweeper *StealthSweeper) UnpackEIP712DomainChangedEvent(log *types.Log) (*StealthSweeperEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stealthSweeper.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StealthSweeperEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := stealthSweeper.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stealthSweeper.abi.Events[event].Inputs {
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

// StealthSweeperSwept represents a Swept event raised by the StealthSweeper contract.
type StealthSweeperSwept struct {
	From    common.Address
	To      common.Address
	Relayer common.Address
	Amount  *big.Int
	Fee     *big.Int
	Nonce   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const StealthSweeperSweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (StealthSweeperSwept) ContractEventName() string {
	return StealthSweeperSweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed from, address indexed to, address indexed relayer, uint256 amount, uint256 fee, uint256 nonce)
func (stealthSweeper *StealthSweeper) UnpackSweptEvent(log *types.Log) (*StealthSweeperSwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stealthSweeper.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StealthSweeperSwept)
	if len(log.Data) > 0 {
		if err := stealthSweeper.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stealthSweeper.abi.Events[event].Inputs {
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
func (stealthSweeper *StealthSweeper) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["FeeExceedsBalance"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackFeeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["InvalidSweepSignature"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackInvalidSweepSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["SweepExpired"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackSweepExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["WrongRelayer"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackWrongRelayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthSweeper.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return stealthSweeper.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StealthSweeperFeeExceedsBalance represents a FeeExceedsBalance error raised by the StealthSweeper contract.
type StealthSweeperFeeExceedsBalance struct {
	Fee     *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeExceedsBalance(uint256 fee, uint256 balance)
func StealthSweeperFeeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x035079b117daaff4c9ba1bc264cc1430fd08321428f11760eb0fcec52af0df10")
}

// UnpackFeeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeExceedsBalance(uint256 fee, uint256 balance)
func (stealthSweeper *StealthSweeper) UnpackFeeExceedsBalanceError(raw []byte) (*StealthSweeperFeeExceedsBalance, error) {
	out := new(StealthSweeperFeeExceedsBalance)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "FeeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperInvalidShortString represents a InvalidShortString error raised by the StealthSweeper contract.
type StealthSweeperInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func StealthSweeperInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (stealthSweeper *StealthSweeper) UnpackInvalidShortStringError(raw []byte) (*StealthSweeperInvalidShortString, error) {
	out := new(StealthSweeperInvalidShortString)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperInvalidSweepSignature represents a InvalidSweepSignature error raised by the StealthSweeper contract.
type StealthSweeperInvalidSweepSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSweepSignature()
func StealthSweeperInvalidSweepSignatureErrorID() common.Hash {
	return common.HexToHash("0x49a46f4bd77c67d52b7c7a23e574e753328e3d8c23e562bfdab5789d1ac1caaf")
}

// UnpackInvalidSweepSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSweepSignature()
func (stealthSweeper *StealthSweeper) UnpackInvalidSweepSignatureError(raw []byte) (*StealthSweeperInvalidSweepSignature, error) {
	out := new(StealthSweeperInvalidSweepSignature)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "InvalidSweepSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the StealthSweeper contract.
type StealthSweeperSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StealthSweeperSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (stealthSweeper *StealthSweeper) UnpackSafeERC20FailedOperationError(raw []byte) (*StealthSweeperSafeERC20FailedOperation, error) {
	out := new(StealthSweeperSafeERC20FailedOperation)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperStringTooLong represents a StringTooLong error raised by the StealthSweeper contract.
type StealthSweeperStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func StealthSweeperStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (stealthSweeper *StealthSweeper) UnpackStringTooLongError(raw []byte) (*StealthSweeperStringTooLong, error) {
	out := new(StealthSweeperStringTooLong)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperSweepExpired represents a SweepExpired error raised by the StealthSweeper contract.
type StealthSweeperSweepExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SweepExpired(uint256 deadline)
func StealthSweeperSweepExpiredErrorID() common.Hash {
	return common.HexToHash("0x2bea008f4a7fb3bb504101aafa4904b20859b3c5eeef1eced56edf5c52225fab")
}

// UnpackSweepExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SweepExpired(uint256 deadline)
func (stealthSweeper *StealthSweeper) UnpackSweepExpiredError(raw []byte) (*StealthSweeperSweepExpired, error) {
	out := new(StealthSweeperSweepExpired)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "SweepExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperWrongRelayer represents a WrongRelayer error raised by the StealthSweeper contract.
type StealthSweeperWrongRelayer struct {
	Relayer common.Address
	Sender  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRelayer(address relayer, address sender)
func StealthSweeperWrongRelayerErrorID() common.Hash {
	return common.HexToHash("0x597508a31e314b6b653a1fd408de2aa52f9766788e958b24e43cea25e37886c9")
}

// UnpackWrongRelayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRelayer(address relayer, address sender)
func (stealthSweeper *StealthSweeper) UnpackWrongRelayerError(raw []byte) (*StealthSweeperWrongRelayer, error) {
	out := new(StealthSweeperWrongRelayer)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "WrongRelayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthSweeperZeroAddress represents a ZeroAddress error raised by the StealthSweeper contract.
type StealthSweeperZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StealthSweeperZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (stealthSweeper *StealthSweeper) UnpackZeroAddressError(raw []byte) (*StealthSweeperZeroAddress, error) {
	out := new(StealthSweeperZeroAddress)
	if err := stealthSweeper.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
