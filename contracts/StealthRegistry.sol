// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

/// @title StealthRegistry
/// @notice An ERC-6538-style registry of stealth meta-addresses: a number owner registers once
/// the spending and viewing public keys (scheme 1, secp256k1: 33 + 33 bytes, compressed) under
/// which oracles pay its rewards to a fresh stealth address per reward epoch (ERC-5564). An
/// empty meta-address withdraws the registration (rewards are then paid at the owner's address,
/// in public). Registration on behalf (a relayer sends the owner's EIP-712 signature) keeps it
/// gasless. No admin, no upgrade.
contract StealthRegistry is EIP712 {
    /// @notice ERC-5564 scheme 1: secp256k1 with view tags.
    uint256 public constant SCHEME_SECP256K1 = 1;
    /// @notice Length of a scheme-1 meta-address.
    uint256 public constant META_ADDRESS_LENGTH = 66;

    /// @notice The EIP-712 type of a registration on behalf of `registrant`.
    bytes32 public constant ERC6538REGISTRY_ENTRY_TYPE_HASH =
        keccak256("Erc6538RegistryEntry(uint256 schemeId,bytes stealthMetaAddress,uint256 nonce)");

    /// @notice registrant => scheme => meta-address (empty: none).
    mapping(address registrant => mapping(uint256 schemeId => bytes)) public stealthMetaAddressOf;
    /// @notice The next nonce a registration on behalf of `registrant` must carry.
    mapping(address registrant => uint256) public nonceOf;

    /// @notice A registrant set (or, with empty bytes, withdrew) its meta-address for a scheme.
    event StealthMetaAddressSet(address indexed registrant, uint256 indexed schemeId, bytes stealthMetaAddress);
    /// @notice A registrant invalidated its outstanding signatures.
    event NonceIncremented(address indexed registrant, uint256 newNonce);

    /// @notice Only scheme 1 is supported.
    error UnsupportedScheme(uint256 schemeId);
    /// @notice A scheme-1 meta-address is 66 bytes of two compressed keys (or empty to withdraw).
    error InvalidMetaAddress(uint256 length);
    /// @notice The signature is not the registrant's over this entry and nonce.
    error InvalidSignature();

    constructor() EIP712("ERC6538Registry", "1.0") {}

    /// @notice Register (or withdraw, with empty bytes) the caller's meta-address.
    /// @param schemeId Must be 1 (secp256k1 with view tags).
    /// @param stealthMetaAddress Spending public key || viewing public key, each 33 bytes
    /// compressed; empty to withdraw.
    function registerKeys(uint256 schemeId, bytes calldata stealthMetaAddress) external {
        _set(msg.sender, schemeId, stealthMetaAddress);
    }

    /// @notice Register `registrant`'s meta-address with its EIP-712 signature (ERC-1271 for
    /// contract accounts); anyone may send it. The signature binds scheme, meta-address and the
    /// registrant's nonce, so it is good once.
    /// @param registrant The account registering.
    /// @param schemeId Must be 1.
    /// @param signature The registrant's signature of Erc6538RegistryEntry(schemeId,
    /// stealthMetaAddress, nonceOf[registrant]).
    /// @param stealthMetaAddress As in registerKeys.
    function registerKeysOnBehalf(
        address registrant,
        uint256 schemeId,
        bytes calldata signature,
        bytes calldata stealthMetaAddress
    ) external {
        uint256 nonce = nonceOf[registrant]++;
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(ERC6538REGISTRY_ENTRY_TYPE_HASH, schemeId, keccak256(stealthMetaAddress), nonce))
        );
        if (!SignatureChecker.isValidSignatureNow(registrant, digest, signature)) revert InvalidSignature();
        _set(registrant, schemeId, stealthMetaAddress);
    }

    /// @notice Invalidate the caller's unused registration signatures.
    function incrementNonce() external {
        uint256 n = ++nonceOf[msg.sender];
        emit NonceIncremented(msg.sender, n);
    }

    /// @notice The EIP-712 domain separator of registrations on behalf.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _set(address registrant, uint256 schemeId, bytes calldata meta) private {
        if (schemeId != SCHEME_SECP256K1) revert UnsupportedScheme(schemeId);
        if (meta.length != 0) {
            if (meta.length != META_ADDRESS_LENGTH) revert InvalidMetaAddress(meta.length);
            bytes1 a = meta[0];
            bytes1 b = meta[33];
            if ((a != 0x02 && a != 0x03) || (b != 0x02 && b != 0x03)) revert InvalidMetaAddress(meta.length);
        }
        stealthMetaAddressOf[registrant][schemeId] = meta;
        emit StealthMetaAddressSet(registrant, schemeId, meta);
    }
}
