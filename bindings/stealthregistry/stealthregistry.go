// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stealthregistry

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

// StealthRegistryMetaData contains all meta data concerning the StealthRegistry contract.
var StealthRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ERC6538REGISTRY_ENTRY_TYPE_HASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"META_ADDRESS_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SCHEME_SECP256K1\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"incrementNonce\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nonceOf\",\"inputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerKeys\",\"inputs\":[{\"name\":\"schemeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stealthMetaAddress\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerKeysOnBehalf\",\"inputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schemeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"stealthMetaAddress\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stealthMetaAddressOf\",\"inputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"schemeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NonceIncremented\",\"inputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StealthMetaAddressSet\",\"inputs\":[{\"name\":\"registrant\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"schemeId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"stealthMetaAddress\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InvalidMetaAddress\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"UnsupportedScheme\",\"inputs\":[{\"name\":\"schemeId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "StealthRegistry",
	Bin: "0x610160604052348015610010575f5ffd5b506040518060400160405280600f81526020016e45524336353338526567697374727960881b815250604051806040016040528060038152602001620312e360ec1b8152506100648261010b60201b60201c565b610120526100718161010b565b61014052815160208084019190912060e052815190820120610100524660a0526100fd60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101ac565b5f5f829050601f8151111561013e578260405163305a27a960e01b81526004016101359190610151565b60405180910390fd5b805161014982610186565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101a6575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610dd76101fd5f395f61078101525f61075601525f61065a01525f61063201525f61058d01525f6105b701525f6105e10152610dd75ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c80637aa8b5ad116100635780637aa8b5ad146100f257806384b0196e14610112578063c81793751461012d578063ed2a2d6414610135578063fe04b10614610154575f5ffd5b8063042c7aa31461009f57806324c32f9b146100b45780633644e515146100cf578063428d3d0b146100d7578063627cdcb9146100ea575b5f5ffd5b6100b26100ad3660046109c4565b61017b565b005b6100bc604281565b6040519081526020015b60405180910390f35b6100bc61018c565b6100b26100e5366004610a27565b61019a565b6100b26102b9565b610105610100366004610ab0565b610314565b6040516100c69190610b06565b61011a6103b6565b6040516100c69796959493929190610b18565b6100bc600181565b6100bc610143366004610bae565b60036020525f908152604090205481565b6100bc7fad167d3025c204a322703b7e9c41f6179d0d174570f484391f50080b960d41d681565b610187338484846103f8565b505050565b5f610195610581565b905090565b6001600160a01b0386165f908152600360205260408120805490826101be83610bc7565b9190505590505f6102447fad167d3025c204a322703b7e9c41f6179d0d174570f484391f50080b960d41d68886866040516101fa929190610beb565b604051908190038120610229939291879060200193845260208401929092526040830152606082015260800190565b604051602081830303815290604052805190602001206106aa565b9050610286888288888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506106dc92505050565b6102a357604051638baa579f60e01b815260040160405180910390fd5b6102af888886866103f8565b5050505050505050565b335f908152600360205260408120805482906102d490610bc7565b918290555060405181815290915033907fa82a649bbd060c9099cd7b7326e2b0dc9e9af0836480e0f849dc9eaa79710b3b9060200160405180910390a250565b600260209081525f92835260408084209091529082529020805461033790610bfa565b80601f016020809104026020016040519081016040528092919081815260200182805461036390610bfa565b80156103ae5780601f10610385576101008083540402835291602001916103ae565b820191905f5260205f20905b81548152906001019060200180831161039157829003601f168201915b505050505081565b5f6060805f5f5f60606103c761074f565b6103cf61077a565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b600183146104215760405163142269ff60e21b8152600481018490526024015b60405180910390fd5b8015610509576042811461044b5760405163c5d7d10360e01b815260048101829052602401610418565b5f82825f81811061045e5761045e610c46565b9050013560f81c60f81b90505f8383602181811061047e5761047e610c46565b6001600160f81b03199201358216925050600160f91b908316148015906104b35750600360f81b6001600160f81b0319831614155b806104e55750600160f91b6001600160f81b03198216148015906104e55750600360f81b6001600160f81b0319821614155b156105065760405163c5d7d10360e01b815260048101849052602401610418565b50505b6001600160a01b0384165f9081526002602090815260408083208684529091529020610536828483610ca5565b5082846001600160a01b03167f4e739a47dfa4fd3cfa92f8fe760cebe125565927e5c422cb28e7aa388a067af98484604051610573929190610d5f565b60405180910390a350505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156105d957507f000000000000000000000000000000000000000000000000000000000000000046145b1561060357507f000000000000000000000000000000000000000000000000000000000000000090565b610195604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6106d66106b6610581565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b5f836001600160a01b03163b5f0361073a575f5f6106fa85856107a5565b5090925090505f81600381111561071357610713610d8d565b1480156107315750856001600160a01b0316826001600160a01b0316145b92505050610748565b6107458484846107ee565b90505b9392505050565b60606101957f0000000000000000000000000000000000000000000000000000000000000000610853565b60606101957f0000000000000000000000000000000000000000000000000000000000000000610853565b5f5f5f83516041036107dc576020840151604085015160608601515f1a6107ce88828585610890565b9550955095505050506107e7565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b60605f61085f83610958565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156108c957505f9150600390508261094e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561091a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661094557505f92506001915082905061094e565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156106d657604051632cd44ac360e21b815260040160405180910390fd5b5f5f83601f84011261098f575f5ffd5b50813567ffffffffffffffff8111156109a6575f5ffd5b6020830191508360208285010111156109bd575f5ffd5b9250929050565b5f5f5f604084860312156109d6575f5ffd5b83359250602084013567ffffffffffffffff8111156109f3575f5ffd5b6109ff8682870161097f565b9497909650939450505050565b80356001600160a01b0381168114610a22575f5ffd5b919050565b5f5f5f5f5f5f60808789031215610a3c575f5ffd5b610a4587610a0c565b955060208701359450604087013567ffffffffffffffff811115610a67575f5ffd5b610a7389828a0161097f565b909550935050606087013567ffffffffffffffff811115610a92575f5ffd5b610a9e89828a0161097f565b979a9699509497509295939492505050565b5f5f60408385031215610ac1575f5ffd5b610aca83610a0c565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107486020830184610ad8565b60ff60f81b8816815260e060208201525f610b3660e0830189610ad8565b8281036040840152610b488189610ad8565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610b9d578351835260209384019390920191600101610b7f565b50909b9a5050505050505050505050565b5f60208284031215610bbe575f5ffd5b61074882610a0c565b5f60018201610be457634e487b7160e01b5f52601160045260245ffd5b5060010190565b818382375f9101908152919050565b600181811c90821680610c0e57607f821691505b602082108103610c2c57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b601f82111561018757805f5260205f20601f840160051c81016020851015610c7f5750805b601f840160051c820191505b81811015610c9e575f8155600101610c8b565b5050505050565b67ffffffffffffffff831115610cbd57610cbd610c32565b610cd183610ccb8354610bfa565b83610c5a565b5f601f841160018114610d02575f8515610ceb5750838201355b5f19600387901b1c1916600186901b178355610c9e565b5f83815260208120601f198716915b82811015610d315786850135825560209485019460019092019101610d11565b5086821015610d4d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52602160045260245ffdfea264697066735822122002378a8faeee35c79fc50e306168358f9737a0264c1641fc41a7228ae4745a5b64736f6c634300081e0033",
}

// StealthRegistry is an auto generated Go binding around an Ethereum contract.
type StealthRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StealthRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewStealthRegistry creates a new instance of StealthRegistry.
func NewStealthRegistry() *StealthRegistry {
	parsed, err := StealthRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StealthRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StealthRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (stealthRegistry *StealthRegistry) PackDOMAINSEPARATOR() []byte {
	enc, err := stealthRegistry.abi.Pack("DOMAIN_SEPARATOR")
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
func (stealthRegistry *StealthRegistry) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return stealthRegistry.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (stealthRegistry *StealthRegistry) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := stealthRegistry.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackERC6538REGISTRYENTRYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe04b106.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERC6538REGISTRY_ENTRY_TYPE_HASH() view returns(bytes32)
func (stealthRegistry *StealthRegistry) PackERC6538REGISTRYENTRYTYPEHASH() []byte {
	enc, err := stealthRegistry.abi.Pack("ERC6538REGISTRY_ENTRY_TYPE_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERC6538REGISTRYENTRYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe04b106.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERC6538REGISTRY_ENTRY_TYPE_HASH() view returns(bytes32)
func (stealthRegistry *StealthRegistry) TryPackERC6538REGISTRYENTRYTYPEHASH() ([]byte, error) {
	return stealthRegistry.abi.Pack("ERC6538REGISTRY_ENTRY_TYPE_HASH")
}

// UnpackERC6538REGISTRYENTRYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe04b106.
//
// Solidity: function ERC6538REGISTRY_ENTRY_TYPE_HASH() view returns(bytes32)
func (stealthRegistry *StealthRegistry) UnpackERC6538REGISTRYENTRYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := stealthRegistry.abi.Unpack("ERC6538REGISTRY_ENTRY_TYPE_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMETAADDRESSLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24c32f9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function META_ADDRESS_LENGTH() view returns(uint256)
func (stealthRegistry *StealthRegistry) PackMETAADDRESSLENGTH() []byte {
	enc, err := stealthRegistry.abi.Pack("META_ADDRESS_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMETAADDRESSLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24c32f9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function META_ADDRESS_LENGTH() view returns(uint256)
func (stealthRegistry *StealthRegistry) TryPackMETAADDRESSLENGTH() ([]byte, error) {
	return stealthRegistry.abi.Pack("META_ADDRESS_LENGTH")
}

// UnpackMETAADDRESSLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24c32f9b.
//
// Solidity: function META_ADDRESS_LENGTH() view returns(uint256)
func (stealthRegistry *StealthRegistry) UnpackMETAADDRESSLENGTH(data []byte) (*big.Int, error) {
	out, err := stealthRegistry.abi.Unpack("META_ADDRESS_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCHEMESECP256K1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8179375.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCHEME_SECP256K1() view returns(uint256)
func (stealthRegistry *StealthRegistry) PackSCHEMESECP256K1() []byte {
	enc, err := stealthRegistry.abi.Pack("SCHEME_SECP256K1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCHEMESECP256K1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8179375.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCHEME_SECP256K1() view returns(uint256)
func (stealthRegistry *StealthRegistry) TryPackSCHEMESECP256K1() ([]byte, error) {
	return stealthRegistry.abi.Pack("SCHEME_SECP256K1")
}

// UnpackSCHEMESECP256K1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8179375.
//
// Solidity: function SCHEME_SECP256K1() view returns(uint256)
func (stealthRegistry *StealthRegistry) UnpackSCHEMESECP256K1(data []byte) (*big.Int, error) {
	out, err := stealthRegistry.abi.Unpack("SCHEME_SECP256K1", data)
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
func (stealthRegistry *StealthRegistry) PackEip712Domain() []byte {
	enc, err := stealthRegistry.abi.Pack("eip712Domain")
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
func (stealthRegistry *StealthRegistry) TryPackEip712Domain() ([]byte, error) {
	return stealthRegistry.abi.Pack("eip712Domain")
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
func (stealthRegistry *StealthRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := stealthRegistry.abi.Unpack("eip712Domain", data)
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

// PackIncrementNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x627cdcb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function incrementNonce() returns()
func (stealthRegistry *StealthRegistry) PackIncrementNonce() []byte {
	enc, err := stealthRegistry.abi.Pack("incrementNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncrementNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x627cdcb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function incrementNonce() returns()
func (stealthRegistry *StealthRegistry) TryPackIncrementNonce() ([]byte, error) {
	return stealthRegistry.abi.Pack("incrementNonce")
}

// PackNonceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2a2d64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceOf(address registrant) view returns(uint256)
func (stealthRegistry *StealthRegistry) PackNonceOf(registrant common.Address) []byte {
	enc, err := stealthRegistry.abi.Pack("nonceOf", registrant)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2a2d64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceOf(address registrant) view returns(uint256)
func (stealthRegistry *StealthRegistry) TryPackNonceOf(registrant common.Address) ([]byte, error) {
	return stealthRegistry.abi.Pack("nonceOf", registrant)
}

// UnpackNonceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed2a2d64.
//
// Solidity: function nonceOf(address registrant) view returns(uint256)
func (stealthRegistry *StealthRegistry) UnpackNonceOf(data []byte) (*big.Int, error) {
	out, err := stealthRegistry.abi.Unpack("nonceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042c7aa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerKeys(uint256 schemeId, bytes stealthMetaAddress) returns()
func (stealthRegistry *StealthRegistry) PackRegisterKeys(schemeId *big.Int, stealthMetaAddress []byte) []byte {
	enc, err := stealthRegistry.abi.Pack("registerKeys", schemeId, stealthMetaAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x042c7aa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerKeys(uint256 schemeId, bytes stealthMetaAddress) returns()
func (stealthRegistry *StealthRegistry) TryPackRegisterKeys(schemeId *big.Int, stealthMetaAddress []byte) ([]byte, error) {
	return stealthRegistry.abi.Pack("registerKeys", schemeId, stealthMetaAddress)
}

// PackRegisterKeysOnBehalf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x428d3d0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerKeysOnBehalf(address registrant, uint256 schemeId, bytes signature, bytes stealthMetaAddress) returns()
func (stealthRegistry *StealthRegistry) PackRegisterKeysOnBehalf(registrant common.Address, schemeId *big.Int, signature []byte, stealthMetaAddress []byte) []byte {
	enc, err := stealthRegistry.abi.Pack("registerKeysOnBehalf", registrant, schemeId, signature, stealthMetaAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterKeysOnBehalf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x428d3d0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerKeysOnBehalf(address registrant, uint256 schemeId, bytes signature, bytes stealthMetaAddress) returns()
func (stealthRegistry *StealthRegistry) TryPackRegisterKeysOnBehalf(registrant common.Address, schemeId *big.Int, signature []byte, stealthMetaAddress []byte) ([]byte, error) {
	return stealthRegistry.abi.Pack("registerKeysOnBehalf", registrant, schemeId, signature, stealthMetaAddress)
}

// PackStealthMetaAddressOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aa8b5ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stealthMetaAddressOf(address registrant, uint256 schemeId) view returns(bytes)
func (stealthRegistry *StealthRegistry) PackStealthMetaAddressOf(registrant common.Address, schemeId *big.Int) []byte {
	enc, err := stealthRegistry.abi.Pack("stealthMetaAddressOf", registrant, schemeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStealthMetaAddressOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aa8b5ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stealthMetaAddressOf(address registrant, uint256 schemeId) view returns(bytes)
func (stealthRegistry *StealthRegistry) TryPackStealthMetaAddressOf(registrant common.Address, schemeId *big.Int) ([]byte, error) {
	return stealthRegistry.abi.Pack("stealthMetaAddressOf", registrant, schemeId)
}

// UnpackStealthMetaAddressOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7aa8b5ad.
//
// Solidity: function stealthMetaAddressOf(address registrant, uint256 schemeId) view returns(bytes)
func (stealthRegistry *StealthRegistry) UnpackStealthMetaAddressOf(data []byte) ([]byte, error) {
	out, err := stealthRegistry.abi.Unpack("stealthMetaAddressOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// StealthRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the StealthRegistry contract.
type StealthRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const StealthRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (StealthRegistryEIP712DomainChanged) ContractEventName() string {
	return StealthRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (stealthRegistry *StealthRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*StealthRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stealthRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StealthRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := stealthRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stealthRegistry.abi.Events[event].Inputs {
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

// StealthRegistryNonceIncremented represents a NonceIncremented event raised by the StealthRegistry contract.
type StealthRegistryNonceIncremented struct {
	Registrant common.Address
	NewNonce   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const StealthRegistryNonceIncrementedEventName = "NonceIncremented"

// ContractEventName returns the user-defined event name.
func (StealthRegistryNonceIncremented) ContractEventName() string {
	return StealthRegistryNonceIncrementedEventName
}

// UnpackNonceIncrementedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NonceIncremented(address indexed registrant, uint256 newNonce)
func (stealthRegistry *StealthRegistry) UnpackNonceIncrementedEvent(log *types.Log) (*StealthRegistryNonceIncremented, error) {
	event := "NonceIncremented"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stealthRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StealthRegistryNonceIncremented)
	if len(log.Data) > 0 {
		if err := stealthRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stealthRegistry.abi.Events[event].Inputs {
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

// StealthRegistryStealthMetaAddressSet represents a StealthMetaAddressSet event raised by the StealthRegistry contract.
type StealthRegistryStealthMetaAddressSet struct {
	Registrant         common.Address
	SchemeId           *big.Int
	StealthMetaAddress []byte
	Raw                *types.Log // Blockchain specific contextual infos
}

const StealthRegistryStealthMetaAddressSetEventName = "StealthMetaAddressSet"

// ContractEventName returns the user-defined event name.
func (StealthRegistryStealthMetaAddressSet) ContractEventName() string {
	return StealthRegistryStealthMetaAddressSetEventName
}

// UnpackStealthMetaAddressSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StealthMetaAddressSet(address indexed registrant, uint256 indexed schemeId, bytes stealthMetaAddress)
func (stealthRegistry *StealthRegistry) UnpackStealthMetaAddressSetEvent(log *types.Log) (*StealthRegistryStealthMetaAddressSet, error) {
	event := "StealthMetaAddressSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stealthRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StealthRegistryStealthMetaAddressSet)
	if len(log.Data) > 0 {
		if err := stealthRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stealthRegistry.abi.Events[event].Inputs {
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
func (stealthRegistry *StealthRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stealthRegistry.abi.Errors["InvalidMetaAddress"].ID.Bytes()[:4]) {
		return stealthRegistry.UnpackInvalidMetaAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return stealthRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return stealthRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return stealthRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], stealthRegistry.abi.Errors["UnsupportedScheme"].ID.Bytes()[:4]) {
		return stealthRegistry.UnpackUnsupportedSchemeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StealthRegistryInvalidMetaAddress represents a InvalidMetaAddress error raised by the StealthRegistry contract.
type StealthRegistryInvalidMetaAddress struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMetaAddress(uint256 length)
func StealthRegistryInvalidMetaAddressErrorID() common.Hash {
	return common.HexToHash("0xc5d7d1037778f3358dd0d45f978743478915e58509f6438d742a86fcc7afcbea")
}

// UnpackInvalidMetaAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMetaAddress(uint256 length)
func (stealthRegistry *StealthRegistry) UnpackInvalidMetaAddressError(raw []byte) (*StealthRegistryInvalidMetaAddress, error) {
	out := new(StealthRegistryInvalidMetaAddress)
	if err := stealthRegistry.abi.UnpackIntoInterface(out, "InvalidMetaAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthRegistryInvalidShortString represents a InvalidShortString error raised by the StealthRegistry contract.
type StealthRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func StealthRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (stealthRegistry *StealthRegistry) UnpackInvalidShortStringError(raw []byte) (*StealthRegistryInvalidShortString, error) {
	out := new(StealthRegistryInvalidShortString)
	if err := stealthRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthRegistryInvalidSignature represents a InvalidSignature error raised by the StealthRegistry contract.
type StealthRegistryInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func StealthRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (stealthRegistry *StealthRegistry) UnpackInvalidSignatureError(raw []byte) (*StealthRegistryInvalidSignature, error) {
	out := new(StealthRegistryInvalidSignature)
	if err := stealthRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthRegistryStringTooLong represents a StringTooLong error raised by the StealthRegistry contract.
type StealthRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func StealthRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (stealthRegistry *StealthRegistry) UnpackStringTooLongError(raw []byte) (*StealthRegistryStringTooLong, error) {
	out := new(StealthRegistryStringTooLong)
	if err := stealthRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StealthRegistryUnsupportedScheme represents a UnsupportedScheme error raised by the StealthRegistry contract.
type StealthRegistryUnsupportedScheme struct {
	SchemeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedScheme(uint256 schemeId)
func StealthRegistryUnsupportedSchemeErrorID() common.Hash {
	return common.HexToHash("0x5089a7fc8a769fb7cd764dce992ff40a4c85b4e683fc21116aaebb2cb4fc04bd")
}

// UnpackUnsupportedSchemeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedScheme(uint256 schemeId)
func (stealthRegistry *StealthRegistry) UnpackUnsupportedSchemeError(raw []byte) (*StealthRegistryUnsupportedScheme, error) {
	out := new(StealthRegistryUnsupportedScheme)
	if err := stealthRegistry.abi.UnpackIntoInterface(out, "UnsupportedScheme", raw); err != nil {
		return nil, err
	}
	return out, nil
}
