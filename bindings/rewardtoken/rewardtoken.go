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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"minter_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"genesisHolders\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"genesisAmounts\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GENESIS_CAP\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"genesisSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minter\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GenesisCapExceeded\",\"inputs\":[{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GenesisLengthMismatch\",\"inputs\":[{\"name\":\"holders\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amounts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotMinter\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "RewardToken",
	Bin: "0x6101a0604052348015610010575f5ffd5b5060405161177638038061177683398101604081905261002f9161052c565b60405180604001604052806004815260200163444f545360e01b81525080604051806040016040528060018152602001603160f81b81525060405180604001604052806004815260200163444f545360e01b81525060405180604001604052806004815260200163444f545360e01b81525081600390816100b09190610683565b5060046100bd8282610683565b5050506100cf826102a660201b60201c565b610120526100dc816102a6565b61014052815160208084019190912060e052815190820120610100524660a05261016860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0383166101995760405163d92e233d60e01b815260040160405180910390fd5b80518251146101cd5781518151604051636ac9b4fb60e11b8152600481019290925260248201526044015b60405180910390fd5b6001600160a01b038316610160525f805b8351811015610258576102298482815181106101fc576101fc61073d565b60200260200101518483815181106102165761021661073d565b60200260200101516102e360201b60201c565b82818151811061023b5761023b61073d565b60200260200101518261024e9190610751565b91506001016101de565b506a52b7d2dcc80cd2e400000081111561029957604051635e9d72fd60e11b8152600481018290526a52b7d2dcc80cd2e400000060248201526044016101c4565b61018052506107ce915050565b5f5f829050601f815111156102d0578260405163305a27a960e01b81526004016101c49190610776565b80516102db826107ab565b179392505050565b6001600160a01b03821661030c5760405163ec442f0560e01b81525f60048201526024016101c4565b6103175f838361031b565b5050565b6001600160a01b038316610345578060025f82825461033a9190610751565b909155506103b59050565b6001600160a01b0383165f90815260208190526040902054818110156103975760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101c4565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103d1576002805482900390556103ef565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161043491815260200190565b60405180910390a3505050565b80516001600160a01b0381168114610457575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156104985761049861045c565b604052919050565b5f6001600160401b038211156104b8576104b861045c565b5060051b60200190565b5f82601f8301126104d1575f5ffd5b81516104e46104df826104a0565b610470565b8082825260208201915060208360051b860101925085831115610505575f5ffd5b602085015b8381101561052257805183526020928301920161050a565b5095945050505050565b5f5f5f6060848603121561053e575f5ffd5b61054784610441565b60208501519093506001600160401b03811115610562575f5ffd5b8401601f81018613610572575f5ffd5b80516105806104df826104a0565b8082825260208201915060208360051b8501019250888311156105a1575f5ffd5b6020840193505b828410156105ca576105b984610441565b8252602093840193909101906105a8565b6040880151909550925050506001600160401b038111156105e9575f5ffd5b6105f5868287016104c2565b9150509250925092565b600181811c9082168061061357607f821691505b60208210810361063157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561067e57805f5260205f20601f840160051c8101602085101561065c5750805b601f840160051c820191505b8181101561067b575f8155600101610668565b50505b505050565b81516001600160401b0381111561069c5761069c61045c565b6106b0816106aa84546105ff565b84610637565b6020601f8211600181146106e2575f83156106cb5750848201515b5f19600385901b1c1916600184901b17845561067b565b5f84815260208120601f198516915b8281101561071157878501518255602094850194600190920191016106f1565b508482101561072e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561077057634e487b7160e01b5f52601160045260245ffd5b92915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610631575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516101605161018051610f3c61083a5f395f6101dd01525f818161012d01526103b401525f61083201525f61080701525f61077c01525f61075401525f6106af01525f6106d901525f6107030152610f3c5ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80634bbf179b1161009e57806384b0196e1161006e57806384b0196e1461024e57806395d89b4114610269578063a9059cbb14610271578063d505accf14610284578063dd62ed3e14610297575f5ffd5b80634bbf179b146101db5780635efd5b161461020157806370a08231146102135780637ecebe001461023b575f5ffd5b806323b872dd116100d957806323b872dd1461019c578063313ce567146101af5780633644e515146101be57806340c10f19146101c6575f5ffd5b806306fdde031461010a5780630754617214610128578063095ea7b31461016757806318160ddd1461018a575b5f5ffd5b6101126102cf565b60405161011f9190610cb8565b60405180910390f35b61014f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011f565b61017a610175366004610cec565b61035f565b604051901515815260200161011f565b6002545b60405190815260200161011f565b61017a6101aa366004610d14565b610378565b6040516012815260200161011f565b61018e61039b565b6101d96101d4366004610cec565b6103a9565b005b7f000000000000000000000000000000000000000000000000000000000000000061018e565b61018e6a52b7d2dcc80cd2e400000081565b61018e610221366004610d4e565b6001600160a01b03165f9081526020819052604090205490565b61018e610249366004610d4e565b610407565b610256610424565b60405161011f9796959493929190610d67565b610112610466565b61017a61027f366004610cec565b610475565b6101d9610292366004610dfd565b610482565b61018e6102a5366004610e6a565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546102de90610e9b565b80601f016020809104026020016040519081016040528092919081815260200182805461030a90610e9b565b80156103555780601f1061032c57610100808354040283529160200191610355565b820191905f5260205f20905b81548152906001019060200180831161033857829003601f168201915b5050505050905090565b5f3361036c8185856105b8565b60019150505b92915050565b5f336103858582856105ca565b610390858585610646565b506001949350505050565b5f6103a46106a3565b905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103f957604051631b0e18f960e11b81523360048201526024015b60405180910390fd5b61040382826107cc565b5050565b6001600160a01b0381165f90815260076020526040812054610372565b5f6060805f5f5f6060610435610800565b61043d61082b565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6060600480546102de90610e9b565b5f3361036c818585610646565b834211156104a65760405163313c898160e11b8152600481018590526024016103f0565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886104f18c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61054b82610856565b90505f61055a82878787610882565b9050896001600160a01b0316816001600160a01b0316146105a1576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016103f0565b6105ac8a8a8a6105b8565b50505050505050505050565b6105c583838360016108ae565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610640578181101561063257604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016103f0565b61064084848484035f6108ae565b50505050565b6001600160a01b03831661066f57604051634b637e8f60e11b81525f60048201526024016103f0565b6001600160a01b0382166106985760405163ec442f0560e01b81525f60048201526024016103f0565b6105c5838383610980565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156106fb57507f000000000000000000000000000000000000000000000000000000000000000046145b1561072557507f000000000000000000000000000000000000000000000000000000000000000090565b6103a4604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6001600160a01b0382166107f55760405163ec442f0560e01b81525f60048201526024016103f0565b6104035f8383610980565b60606103a47f0000000000000000000000000000000000000000000000000000000000000000610aa6565b60606103a47f0000000000000000000000000000000000000000000000000000000000000000610aa6565b5f6103726108626106a3565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f61089288888888610ae3565b9250925092506108a28282610bab565b50909695505050505050565b6001600160a01b0384166108d75760405163e602df0560e01b81525f60048201526024016103f0565b6001600160a01b03831661090057604051634a1406b160e11b81525f60048201526024016103f0565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561064057826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161097291815260200190565b60405180910390a350505050565b6001600160a01b0383166109aa578060025f82825461099f9190610ed3565b90915550610a1a9050565b6001600160a01b0383165f90815260208190526040902054818110156109fc5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016103f0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610a3657600280548290039055610a54565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610a9991815260200190565b60405180910390a3505050565b60605f610ab283610c63565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b1c57505f91506003905082610ba1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610b6d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610b9857505f925060019150829050610ba1565b92505f91508190505b9450945094915050565b5f826003811115610bbe57610bbe610ef2565b03610bc7575050565b6001826003811115610bdb57610bdb610ef2565b03610bf95760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610c0d57610c0d610ef2565b03610c2e5760405163fce698f760e01b8152600481018290526024016103f0565b6003826003811115610c4257610c42610ef2565b03610403576040516335e2f38360e21b8152600481018290526024016103f0565b5f60ff8216601f81111561037257604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cca6020830184610c8a565b9392505050565b80356001600160a01b0381168114610ce7575f5ffd5b919050565b5f5f60408385031215610cfd575f5ffd5b610d0683610cd1565b946020939093013593505050565b5f5f5f60608486031215610d26575f5ffd5b610d2f84610cd1565b9250610d3d60208501610cd1565b929592945050506040919091013590565b5f60208284031215610d5e575f5ffd5b610cca82610cd1565b60ff60f81b8816815260e060208201525f610d8560e0830189610c8a565b8281036040840152610d978189610c8a565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610dec578351835260209384019390920191600101610dce565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215610e13575f5ffd5b610e1c88610cd1565b9650610e2a60208901610cd1565b95506040880135945060608801359350608088013560ff81168114610e4d575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215610e7b575f5ffd5b610e8483610cd1565b9150610e9260208401610cd1565b90509250929050565b600181811c90821680610eaf57607f821691505b602082108103610ecd57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561037257634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea26469706673582212201f82adbbcfa5bed7dcbfcab6a4ab7d391b8ff50fcbc9973d7a87bd134dad15dd64736f6c634300081e0033",
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

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (rewardToken *RewardToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := rewardToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (rewardToken *RewardToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return rewardToken.abi.Pack("mint", to, amount)
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
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["GenesisCapExceeded"].ID.Bytes()[:4]) {
		return rewardToken.UnpackGenesisCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["GenesisLengthMismatch"].ID.Bytes()[:4]) {
		return rewardToken.UnpackGenesisLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return rewardToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rewardToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return rewardToken.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rewardToken.UnpackStringTooLongError(raw[4:])
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
