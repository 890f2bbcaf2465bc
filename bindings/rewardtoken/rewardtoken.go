// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rewardtoken

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

// RewardTokenMetaData contains all meta data concerning the RewardToken contract.
var RewardTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"minter_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"genesisHolders\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"genesisAmounts\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GENESIS_CAP\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimMint\",\"inputs\":[{\"name\":\"ledger\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimedOf\",\"inputs\":[{\"name\":\"ledger\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"genesisSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minter\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ExceedsDeclaredTotal\",\"inputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rewardsTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GenesisCapExceeded\",\"inputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GenesisLengthMismatch\",\"inputs\":[{\"name\":\"holders\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amounts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidLedger\",\"inputs\":[{\"name\":\"ledger\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotMinter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"cumulativeAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"SupplyOverflow\",\"inputs\":[{\"name\":\"supply\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "RewardToken",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051611bb6380380611bb683398101604081905261002f91610548565b60405180604001604052806004815260200163444f545360e01b81525080604051806040016040528060018152602001603160f81b81525060405180604001604052806004815260200163444f545360e01b81525060405180604001604052806004815260200163444f545360e01b81525081600390816100b0919061069f565b5060046100bd828261069f565b5050506100cf826102a660201b60201c565b610120526100dc816102a6565b61014052815160208084019190912060e052815190820120610100524660a05261016860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0383166101995760405163d92e233d60e01b815260040160405180910390fd5b80518251146101cd5781518151604051636ac9b4fb60e11b8152600481019290925260248201526044015b60405180910390fd5b6001600160a01b038316610160525f805b8351811015610298578281815181106101f9576101f9610759565b60200260200101518261020c919061076d565b91506a52b7d2dcc80cd2e400000082111561024e57604051635e9d72fd60e11b8152600481018390526a52b7d2dcc80cd2e400000060248201526044016101c4565b61029084828151811061026357610263610759565b602002602001015184838151811061027d5761027d610759565b60200260200101516102e360201b60201c565b6001016101de565b5061018052506107ea915050565b5f5f829050601f815111156102d0578260405163305a27a960e01b81526004016101c49190610792565b80516102db826107c7565b179392505050565b6001600160a01b03821661030c5760405163ec442f0560e01b81525f60048201526024016101c4565b6103175f838361031b565b5050565b6001600160a01b03831661036d575f81600854610338919061076d565b90506001600160801b0381111561036557604051630f402a6560e41b8152600481018290526024016101c4565b6008556103d1565b6001600160a01b0383165f90815260096020526040902080546001600160801b038116838110156103ca5760405163391434e360e21b81526001600160a01b038716600482015260248101829052604481018590526064016101c4565b5082900390555b6001600160a01b0382166103ed5760088054829003905561040b565b6001600160a01b0382165f9081526009602052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161045091815260200190565b60405180910390a3505050565b80516001600160a01b0381168114610473575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156104b4576104b4610478565b604052919050565b5f6001600160401b038211156104d4576104d4610478565b5060051b60200190565b5f82601f8301126104ed575f5ffd5b81516105006104fb826104bc565b61048c565b8082825260208201915060208360051b860101925085831115610521575f5ffd5b602085015b8381101561053e578051835260209283019201610526565b5095945050505050565b5f5f5f6060848603121561055a575f5ffd5b6105638461045d565b60208501519093506001600160401b0381111561057e575f5ffd5b8401601f8101861361058e575f5ffd5b805161059c6104fb826104bc565b8082825260208201915060208360051b8501019250888311156105bd575f5ffd5b6020840193505b828410156105e6576105d58461045d565b8252602093840193909101906105c4565b6040880151909550925050506001600160401b03811115610605575f5ffd5b610611868287016104de565b9150509250925092565b600181811c9082168061062f57607f821691505b60208210810361064d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561069a57805f5260205f20601f840160051c810160208510156106785750805b601f840160051c820191505b81811015610697575f8155600101610684565b50505b505050565b81516001600160401b038111156106b8576106b8610478565b6106cc816106c6845461061b565b84610653565b6020601f8211600181146106fe575f83156106e75750848201515b5f19600385901b1c1916600184901b178455610697565b5f84815260208120601f198516915b8281101561072d578785015182556020948501946001909201910161070d565b508482101561074a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561078c57634e487b7160e01b5f52601160045260245ffd5b92915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561064d575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516113606108565f395f6101e601525f818161013801526103ce01525f610bb801525f610b8d01525f610b3601525f610b0e01525f610a6901525f610a9301525f610abd01526113605ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c80635efd5b161161009e57806395d89b411161006e57806395d89b411461027b578063a9059cbb14610283578063d505accf14610296578063dd62ed3e146102ab578063fab65d16146102e3575f5ffd5b80635efd5b161461020a57806370a082311461021c5780637ecebe001461024d57806384b0196e14610260575f5ffd5b806323b872dd116100e457806323b872dd146101a75780632fea431c146101ba578063313ce567146101cd5780633644e515146101dc5780634bbf179b146101e4575f5ffd5b806306fdde03146101155780630754617214610133578063095ea7b31461017257806318160ddd14610195575b5f5ffd5b61011d6102f6565b60405161012a919061105e565b60405180910390f35b61015a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161012a565b610185610180366004611092565b610386565b604051901515815260200161012a565b6008545b60405190815260200161012a565b6101856101b53660046110ba565b61039f565b6101996101c83660046110f4565b6103c2565b6040516012815260200161012a565b610199610704565b7f0000000000000000000000000000000000000000000000000000000000000000610199565b6101996a52b7d2dcc80cd2e400000081565b61019961022a366004611136565b6001600160a01b03165f908152600960205260409020546001600160801b031690565b61019961025b366004611136565b610712565b61026861072f565b60405161012a979695949392919061114f565b61011d610771565b610185610291366004611092565b610780565b6102a96102a43660046111e5565b61078d565b005b6101996102b9366004611252565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101996102f1366004611283565b6108c3565b606060038054610305906112a4565b80601f0160208091040260200160405190810160405280929190818152602001828054610331906112a4565b801561037c5780601f106103535761010080835404028352916020019161037c565b820191905f5260205f20905b81548152906001019060200180831161035f57829003601f168201915b5050505050905090565b5f3361039381858561093b565b60019150505b92915050565b5f336103ac85828561094d565b6103b78585856109c9565b506001949350505050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461041357604051631b0e18f960e11b81523360048201526024015b60405180910390fd5b851580610422575062ffffff86115b156104435760405163d2ccf4b560e01b81526004810187905260240161040a565b6001600160a01b03851661046c5760405163ec442f0560e01b81525f600482015260240161040a565b6008546001600160a01b0386165f908152600960209081526040808320815160608101835290546001600160801b0381168252600160801b810462ffffff16938201849052600160981b90046001600160681b031691810191909152918115806104d557508982145b156104ee575060408201516001600160681b0316610512565b505f898152600a602090815260408083206001600160a01b038c1684529091529020545b80881161053c5760405163db2e106360e01b8152600481018990526024810182905260440161040a565b61054681896112f0565b9450856105538689611303565b1115610587576105638588611303565b60405163113c7c8760e11b815260048101919091526024810187905260440161040a565b5f6105928686611303565b90506001600160801b038111156105bf57604051630f402a6560e41b81526004810182905260240161040a565b600881905583516105da9087906001600160801b0316611303565b6001600160801b031684528215806105f157508a83145b1561061d5762ffffff8b16602085015261060a89610a26565b6001600160681b03166040850152610642565b5f8b8152600a602090815260408083206001600160a01b038e16845290915290208990555b6001600160a01b038a165f818152600960209081526040808320885181548a8501518b8501516001600160681b0316600160981b0272ffffffffffffffffffffffffffffffffffffff62ffffff909216600160801b0272ffffffffffffffffffffffffffffffffffffff199093166001600160801b03909416939093179190911716179055518981527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3505050505095945050505050565b5f61070d610a5d565b905090565b6001600160a01b0381165f90815260076020526040812054610399565b5f6060805f5f5f6060610740610b86565b610748610bb1565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b606060048054610305906112a4565b5f336103938185856109c9565b834211156107b15760405163313c898160e11b81526004810185905260240161040a565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107fc8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61085682610bdc565b90505f61086582878787610c08565b9050896001600160a01b0316816001600160a01b0316146108ac576040516325c0072360e11b81526001600160a01b0380831660048301528b16602482015260440161040a565b6108b78a8a8a61093b565b50505050505050505050565b6001600160a01b0381165f90815260096020526040812083158015906108f557508054600160801b900462ffffff1684145b156109125754600160981b90046001600160681b03169050610399565b50505f918252600a602090815260408084206001600160a01b0393909316845291905290205490565b6109488383836001610c34565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156109c357818110156109b557604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161040a565b6109c384848484035f610c34565b50505050565b6001600160a01b0383166109f257604051634b637e8f60e11b81525f600482015260240161040a565b6001600160a01b038216610a1b5760405163ec442f0560e01b81525f600482015260240161040a565b610948838383610d06565b5f6001600160681b03821115610a59576040516306dfcc6560e41b8152606860048201526024810183905260440161040a565b5090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ab557507f000000000000000000000000000000000000000000000000000000000000000046145b15610adf57507f000000000000000000000000000000000000000000000000000000000000000090565b61070d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b606061070d7f0000000000000000000000000000000000000000000000000000000000000000610e48565b606061070d7f0000000000000000000000000000000000000000000000000000000000000000610e48565b5f610399610be8610a5d565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610c1888888888610e85565b925092509250610c288282610f4d565b50909695505050505050565b6001600160a01b038416610c5d5760405163e602df0560e01b81525f600482015260240161040a565b6001600160a01b038316610c8657604051634a1406b160e11b81525f600482015260240161040a565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156109c357826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610cf891815260200190565b60405180910390a350505050565b6001600160a01b038316610d58575f81600854610d239190611303565b90506001600160801b03811115610d5057604051630f402a6560e41b81526004810182905260240161040a565b600855610dbc565b6001600160a01b0383165f90815260096020526040902080546001600160801b03811683811015610db55760405163391434e360e21b81526001600160a01b0387166004820152602481018290526044810185905260640161040a565b5082900390555b6001600160a01b038216610dd857600880548290039055610df6565b6001600160a01b0382165f9081526009602052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e3b91815260200190565b60405180910390a3505050565b60605f610e5483611009565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610ebe57505f91506003905082610f43565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610f0f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610f3a57505f925060019150829050610f43565b92505f91508190505b9450945094915050565b5f826003811115610f6057610f60611316565b03610f69575050565b6001826003811115610f7d57610f7d611316565b03610f9b5760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610faf57610faf611316565b03610fd05760405163fce698f760e01b81526004810182905260240161040a565b6003826003811115610fe457610fe4611316565b03611005576040516335e2f38360e21b81526004810182905260240161040a565b5050565b5f60ff8216601f81111561039957604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6110706020830184611030565b9392505050565b80356001600160a01b038116811461108d575f5ffd5b919050565b5f5f604083850312156110a3575f5ffd5b6110ac83611077565b946020939093013593505050565b5f5f5f606084860312156110cc575f5ffd5b6110d584611077565b92506110e360208501611077565b929592945050506040919091013590565b5f5f5f5f5f60a08688031215611108575f5ffd5b8535945061111860208701611077565b94979496505050506040830135926060810135926080909101359150565b5f60208284031215611146575f5ffd5b61107082611077565b60ff60f81b8816815260e060208201525f61116d60e0830189611030565b828103604084015261117f8189611030565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156111d45783518352602093840193909201916001016111b6565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156111fb575f5ffd5b61120488611077565b965061121260208901611077565b95506040880135945060608801359350608088013560ff81168114611235575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611263575f5ffd5b61126c83611077565b915061127a60208401611077565b90509250929050565b5f5f60408385031215611294575f5ffd5b8235915061127a60208401611077565b600181811c908216806112b857607f821691505b6020821081036112d657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610399576103996112dc565b80820180821115610399576103996112dc565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220b87433abb8704d92ed930a9d2a95608b450da45f22219472fb03395636fd04d464736f6c634300081e0033",
}

// RewardToken is an auto generated Go binding around an Ethereum contract.
type RewardToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardToken) GetABI() abi.ABI {
	return c.abi
}

// NewRewardToken creates a new instance of RewardToken.
func NewRewardToken() *RewardToken {
	parsed, err := RewardTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address minter_, address[] genesisHolders, uint256[] genesisAmounts) returns()
func (rewardToken *RewardToken) PackConstructor(minter_ common.Address, genesisHolders []common.Address, genesisAmounts []*big.Int) []byte {
	enc, err := rewardToken.abi.Pack("", minter_, genesisHolders, genesisAmounts)
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
func (rewardToken *RewardToken) PackDOMAINSEPARATOR() []byte {
	enc, err := rewardToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (rewardToken *RewardToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return rewardToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (rewardToken *RewardToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := rewardToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGENESISCAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5efd5b16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GENESIS_CAP() view returns(uint256)
func (rewardToken *RewardToken) PackGENESISCAP() []byte {
	enc, err := rewardToken.abi.Pack("GENESIS_CAP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGENESISCAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5efd5b16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GENESIS_CAP() view returns(uint256)
func (rewardToken *RewardToken) TryPackGENESISCAP() ([]byte, error) {
	return rewardToken.abi.Pack("GENESIS_CAP")
}

// UnpackGENESISCAP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5efd5b16.
//
// Solidity: function GENESIS_CAP() view returns(uint256)
func (rewardToken *RewardToken) UnpackGENESISCAP(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("GENESIS_CAP", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rewardToken *RewardToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := rewardToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rewardToken *RewardToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return rewardToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rewardToken *RewardToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rewardToken *RewardToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := rewardToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rewardToken *RewardToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return rewardToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rewardToken *RewardToken) UnpackApprove(data []byte) (bool, error) {
	out, err := rewardToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardToken *RewardToken) PackBalanceOf(account common.Address) []byte {
	enc, err := rewardToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardToken *RewardToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return rewardToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardToken *RewardToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fea431c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimMint(uint256 ledger, address account, uint256 cumulativeAmount, uint256 paid, uint256 cap) returns(uint256 amount)
func (rewardToken *RewardToken) PackClaimMint(ledger *big.Int, account common.Address, cumulativeAmount *big.Int, paid *big.Int, cap *big.Int) []byte {
	enc, err := rewardToken.abi.Pack("claimMint", ledger, account, cumulativeAmount, paid, cap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fea431c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimMint(uint256 ledger, address account, uint256 cumulativeAmount, uint256 paid, uint256 cap) returns(uint256 amount)
func (rewardToken *RewardToken) TryPackClaimMint(ledger *big.Int, account common.Address, cumulativeAmount *big.Int, paid *big.Int, cap *big.Int) ([]byte, error) {
	return rewardToken.abi.Pack("claimMint", ledger, account, cumulativeAmount, paid, cap)
}

// UnpackClaimMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fea431c.
//
// Solidity: function claimMint(uint256 ledger, address account, uint256 cumulativeAmount, uint256 paid, uint256 cap) returns(uint256 amount)
func (rewardToken *RewardToken) UnpackClaimMint(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("claimMint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab65d16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimedOf(uint256 ledger, address account) view returns(uint256)
func (rewardToken *RewardToken) PackClaimedOf(ledger *big.Int, account common.Address) []byte {
	enc, err := rewardToken.abi.Pack("claimedOf", ledger, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab65d16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimedOf(uint256 ledger, address account) view returns(uint256)
func (rewardToken *RewardToken) TryPackClaimedOf(ledger *big.Int, account common.Address) ([]byte, error) {
	return rewardToken.abi.Pack("claimedOf", ledger, account)
}

// UnpackClaimedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfab65d16.
//
// Solidity: function claimedOf(uint256 ledger, address account) view returns(uint256)
func (rewardToken *RewardToken) UnpackClaimedOf(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("claimedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (rewardToken *RewardToken) PackDecimals() []byte {
	enc, err := rewardToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (rewardToken *RewardToken) TryPackDecimals() ([]byte, error) {
	return rewardToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (rewardToken *RewardToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := rewardToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardToken *RewardToken) PackEip712Domain() []byte {
	enc, err := rewardToken.abi.Pack("eip712Domain")
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
func (rewardToken *RewardToken) TryPackEip712Domain() ([]byte, error) {
	return rewardToken.abi.Pack("eip712Domain")
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
func (rewardToken *RewardToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := rewardToken.abi.Unpack("eip712Domain", data)
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

// PackGenesisSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bbf179b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisSupply() view returns(uint256)
func (rewardToken *RewardToken) PackGenesisSupply() []byte {
	enc, err := rewardToken.abi.Pack("genesisSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bbf179b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisSupply() view returns(uint256)
func (rewardToken *RewardToken) TryPackGenesisSupply() ([]byte, error) {
	return rewardToken.abi.Pack("genesisSupply")
}

// UnpackGenesisSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bbf179b.
//
// Solidity: function genesisSupply() view returns(uint256)
func (rewardToken *RewardToken) UnpackGenesisSupply(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("genesisSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (rewardToken *RewardToken) PackMinter() []byte {
	enc, err := rewardToken.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (rewardToken *RewardToken) TryPackMinter() ([]byte, error) {
	return rewardToken.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (rewardToken *RewardToken) UnpackMinter(data []byte) (common.Address, error) {
	out, err := rewardToken.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (rewardToken *RewardToken) PackName() []byte {
	enc, err := rewardToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (rewardToken *RewardToken) TryPackName() ([]byte, error) {
	return rewardToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (rewardToken *RewardToken) UnpackName(data []byte) (string, error) {
	out, err := rewardToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rewardToken *RewardToken) PackNonces(owner common.Address) []byte {
	enc, err := rewardToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rewardToken *RewardToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return rewardToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (rewardToken *RewardToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (rewardToken *RewardToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := rewardToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (rewardToken *RewardToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return rewardToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (rewardToken *RewardToken) PackSymbol() []byte {
	enc, err := rewardToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (rewardToken *RewardToken) TryPackSymbol() ([]byte, error) {
	return rewardToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (rewardToken *RewardToken) UnpackSymbol(data []byte) (string, error) {
	out, err := rewardToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (rewardToken *RewardToken) PackTotalSupply() []byte {
	enc, err := rewardToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (rewardToken *RewardToken) TryPackTotalSupply() ([]byte, error) {
	return rewardToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (rewardToken *RewardToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := rewardToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := rewardToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return rewardToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := rewardToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := rewardToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return rewardToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rewardToken *RewardToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := rewardToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// RewardTokenApproval represents a Approval event raised by the RewardToken contract.
type RewardTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (RewardTokenApproval) ContractEventName() string {
	return RewardTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (rewardToken *RewardToken) UnpackApprovalEvent(log *types.Log) (*RewardTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardTokenApproval)
	if len(log.Data) > 0 {
		if err := rewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardToken.abi.Events[event].Inputs {
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

// RewardTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the RewardToken contract.
type RewardTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RewardTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RewardTokenEIP712DomainChanged) ContractEventName() string {
	return RewardTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (rewardToken *RewardToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*RewardTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := rewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardToken.abi.Events[event].Inputs {
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

// RewardTokenTransfer represents a Transfer event raised by the RewardToken contract.
type RewardTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (RewardTokenTransfer) ContractEventName() string {
	return RewardTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (rewardToken *RewardToken) UnpackTransferEvent(log *types.Log) (*RewardTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardTokenTransfer)
	if len(log.Data) > 0 {
		if err := rewardToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardToken.abi.Events[event].Inputs {
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
func (rewardToken *RewardToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return rewardToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return rewardToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return rewardToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return rewardToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ExceedsDeclaredTotal"].ID.Bytes()[:4]) {
		return rewardToken.UnpackExceedsDeclaredTotalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["GenesisCapExceeded"].ID.Bytes()[:4]) {
		return rewardToken.UnpackGenesisCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["GenesisLengthMismatch"].ID.Bytes()[:4]) {
		return rewardToken.UnpackGenesisLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return rewardToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["InvalidLedger"].ID.Bytes()[:4]) {
		return rewardToken.UnpackInvalidLedgerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rewardToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return rewardToken.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewardToken.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rewardToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rewardToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["SupplyOverflow"].ID.Bytes()[:4]) {
		return rewardToken.UnpackSupplyOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rewardToken.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the RewardToken contract.
type RewardTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func RewardTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (rewardToken *RewardToken) UnpackECDSAInvalidSignatureError(raw []byte) (*RewardTokenECDSAInvalidSignature, error) {
	out := new(RewardTokenECDSAInvalidSignature)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the RewardToken contract.
type RewardTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func RewardTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (rewardToken *RewardToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*RewardTokenECDSAInvalidSignatureLength, error) {
	out := new(RewardTokenECDSAInvalidSignatureLength)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the RewardToken contract.
type RewardTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func RewardTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (rewardToken *RewardToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*RewardTokenECDSAInvalidSignatureS, error) {
	out := new(RewardTokenECDSAInvalidSignatureS)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the RewardToken contract.
type RewardTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func RewardTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (rewardToken *RewardToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*RewardTokenERC20InsufficientAllowance, error) {
	out := new(RewardTokenERC20InsufficientAllowance)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the RewardToken contract.
type RewardTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func RewardTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (rewardToken *RewardToken) UnpackERC20InsufficientBalanceError(raw []byte) (*RewardTokenERC20InsufficientBalance, error) {
	out := new(RewardTokenERC20InsufficientBalance)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the RewardToken contract.
type RewardTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func RewardTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (rewardToken *RewardToken) UnpackERC20InvalidApproverError(raw []byte) (*RewardTokenERC20InvalidApprover, error) {
	out := new(RewardTokenERC20InvalidApprover)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the RewardToken contract.
type RewardTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func RewardTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (rewardToken *RewardToken) UnpackERC20InvalidReceiverError(raw []byte) (*RewardTokenERC20InvalidReceiver, error) {
	out := new(RewardTokenERC20InvalidReceiver)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the RewardToken contract.
type RewardTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func RewardTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (rewardToken *RewardToken) UnpackERC20InvalidSenderError(raw []byte) (*RewardTokenERC20InvalidSender, error) {
	out := new(RewardTokenERC20InvalidSender)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the RewardToken contract.
type RewardTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func RewardTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (rewardToken *RewardToken) UnpackERC20InvalidSpenderError(raw []byte) (*RewardTokenERC20InvalidSpender, error) {
	out := new(RewardTokenERC20InvalidSpender)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the RewardToken contract.
type RewardTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func RewardTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (rewardToken *RewardToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*RewardTokenERC2612ExpiredSignature, error) {
	out := new(RewardTokenERC2612ExpiredSignature)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the RewardToken contract.
type RewardTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func RewardTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (rewardToken *RewardToken) UnpackERC2612InvalidSignerError(raw []byte) (*RewardTokenERC2612InvalidSigner, error) {
	out := new(RewardTokenERC2612InvalidSigner)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenExceedsDeclaredTotal represents a ExceedsDeclaredTotal error raised by the RewardToken contract.
type RewardTokenExceedsDeclaredTotal struct {
	Paid         *big.Int
	RewardsTotal *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal)
func RewardTokenExceedsDeclaredTotalErrorID() common.Hash {
	return common.HexToHash("0x2278f90ef2f584bc3c7858519b9458b71b905d826a739c366e4b689713273772")
}

// UnpackExceedsDeclaredTotalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExceedsDeclaredTotal(uint256 paid, uint256 rewardsTotal)
func (rewardToken *RewardToken) UnpackExceedsDeclaredTotalError(raw []byte) (*RewardTokenExceedsDeclaredTotal, error) {
	out := new(RewardTokenExceedsDeclaredTotal)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ExceedsDeclaredTotal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenGenesisCapExceeded represents a GenesisCapExceeded error raised by the RewardToken contract.
type RewardTokenGenesisCapExceeded struct {
	Total *big.Int
	Cap   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisCapExceeded(uint256 total, uint256 cap)
func RewardTokenGenesisCapExceededErrorID() common.Hash {
	return common.HexToHash("0xbd3ae5fa230ee82eb918dae572b6fb6fef9df49632de01c363e92443cd418f9c")
}

// UnpackGenesisCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisCapExceeded(uint256 total, uint256 cap)
func (rewardToken *RewardToken) UnpackGenesisCapExceededError(raw []byte) (*RewardTokenGenesisCapExceeded, error) {
	out := new(RewardTokenGenesisCapExceeded)
	if err := rewardToken.abi.UnpackIntoInterface(out, "GenesisCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenGenesisLengthMismatch represents a GenesisLengthMismatch error raised by the RewardToken contract.
type RewardTokenGenesisLengthMismatch struct {
	Holders *big.Int
	Amounts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisLengthMismatch(uint256 holders, uint256 amounts)
func RewardTokenGenesisLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xd59369f6bd6ac9b7f3d2e176b2e03036a23a885de713e8f98983383813827767")
}

// UnpackGenesisLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisLengthMismatch(uint256 holders, uint256 amounts)
func (rewardToken *RewardToken) UnpackGenesisLengthMismatchError(raw []byte) (*RewardTokenGenesisLengthMismatch, error) {
	out := new(RewardTokenGenesisLengthMismatch)
	if err := rewardToken.abi.UnpackIntoInterface(out, "GenesisLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the RewardToken contract.
type RewardTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func RewardTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (rewardToken *RewardToken) UnpackInvalidAccountNonceError(raw []byte) (*RewardTokenInvalidAccountNonce, error) {
	out := new(RewardTokenInvalidAccountNonce)
	if err := rewardToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenInvalidLedger represents a InvalidLedger error raised by the RewardToken contract.
type RewardTokenInvalidLedger struct {
	Ledger *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLedger(uint256 ledger)
func RewardTokenInvalidLedgerErrorID() common.Hash {
	return common.HexToHash("0xd2ccf4b5a40205e9f5897c4e0d8cce41dea088d2c41757b37383b93265777a6d")
}

// UnpackInvalidLedgerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLedger(uint256 ledger)
func (rewardToken *RewardToken) UnpackInvalidLedgerError(raw []byte) (*RewardTokenInvalidLedger, error) {
	out := new(RewardTokenInvalidLedger)
	if err := rewardToken.abi.UnpackIntoInterface(out, "InvalidLedger", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenInvalidShortString represents a InvalidShortString error raised by the RewardToken contract.
type RewardTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RewardTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (rewardToken *RewardToken) UnpackInvalidShortStringError(raw []byte) (*RewardTokenInvalidShortString, error) {
	out := new(RewardTokenInvalidShortString)
	if err := rewardToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenNotMinter represents a NotMinter error raised by the RewardToken contract.
type RewardTokenNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(address caller)
func RewardTokenNotMinterErrorID() common.Hash {
	return common.HexToHash("0x361c31f27e729a8322ec0a67a437cd1a685fbc0124c358ce2bac49ea8a779111")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(address caller)
func (rewardToken *RewardToken) UnpackNotMinterError(raw []byte) (*RewardTokenNotMinter, error) {
	out := new(RewardTokenNotMinter)
	if err := rewardToken.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenNothingToClaim represents a NothingToClaim error raised by the RewardToken contract.
type RewardTokenNothingToClaim struct {
	CumulativeAmount *big.Int
	Claimed          *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 cumulativeAmount, uint256 claimed)
func RewardTokenNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xdb2e10631d2ee9e0602c2e26b86d79587d1b8bf71115b9c2ddeb9d165f8215a4")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 cumulativeAmount, uint256 claimed)
func (rewardToken *RewardToken) UnpackNothingToClaimError(raw []byte) (*RewardTokenNothingToClaim, error) {
	out := new(RewardTokenNothingToClaim)
	if err := rewardToken.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RewardToken contract.
type RewardTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RewardTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rewardToken *RewardToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RewardTokenSafeCastOverflowedUintDowncast, error) {
	out := new(RewardTokenSafeCastOverflowedUintDowncast)
	if err := rewardToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenStringTooLong represents a StringTooLong error raised by the RewardToken contract.
type RewardTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RewardTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (rewardToken *RewardToken) UnpackStringTooLongError(raw []byte) (*RewardTokenStringTooLong, error) {
	out := new(RewardTokenStringTooLong)
	if err := rewardToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenSupplyOverflow represents a SupplyOverflow error raised by the RewardToken contract.
type RewardTokenSupplyOverflow struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyOverflow(uint256 supply)
func RewardTokenSupplyOverflowErrorID() common.Hash {
	return common.HexToHash("0xf402a650fa38740d864985fed82c60823f8ac7ad6e9b5d604c9355cfaf78ff85")
}

// UnpackSupplyOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyOverflow(uint256 supply)
func (rewardToken *RewardToken) UnpackSupplyOverflowError(raw []byte) (*RewardTokenSupplyOverflow, error) {
	out := new(RewardTokenSupplyOverflow)
	if err := rewardToken.abi.UnpackIntoInterface(out, "SupplyOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardTokenZeroAddress represents a ZeroAddress error raised by the RewardToken contract.
type RewardTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RewardTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rewardToken *RewardToken) UnpackZeroAddressError(raw []byte) (*RewardTokenZeroAddress, error) {
	out := new(RewardTokenZeroAddress)
	if err := rewardToken.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
