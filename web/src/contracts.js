// Every contract call of the page. ABIs come from the Go bindings at build time
// (build.mjs), so an ABI change is a rebuild. Reads go through the configured RPC (never
// the indexer); writes are simulated there first (so a revert is explained before the
// wallet asks), then sent by the wallet.
import { createPublicClient, createWalletClient, custom, http, keccak256, toBytes, toHex, hashTypedData, getAddress } from "viem";
import { md5 } from "@noble/hashes/legacy";
import { sha256 } from "@noble/hashes/sha2";
import { utf8ToBytes } from "@noble/hashes/utils";
import abis from "dots:abis";
import { UserError } from "./errors.js";

export { abis };

export function chainOf(cfg) {
  return {
    id: cfg.chainId, name: cfg.chainName, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [cfg.rpcUrl] } },
  };
}

// The EIP-712 Port authorisation of NumberRegistry (PORT_TYPEHASH). The page checks it
// against the contract's portDigest before asking anyone to sign.
export function portTypedData(cfg, { node, toOperator, sipUri, nonce, deadline }) {
  return {
    domain: { name: "DOTS NumberRegistry", version: "1", chainId: cfg.chainId, verifyingContract: cfg.contracts.numberRegistry },
    types: {
      Port: [
        { name: "node", type: "bytes32" }, { name: "toOperator", type: "address" }, { name: "sipUriHash", type: "bytes32" },
        { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Port",
    message: { node, toOperator: getAddress(toOperator), sipUriHash: keccak256(toBytes(sipUri)), nonce: BigInt(nonce), deadline: BigInt(deadline) },
  };
}

export const nodeOf = (e164) => keccak256(toBytes(e164));
export const callerHash = (e164) => keccak256(toBytes(e164));

export class Contracts {
  constructor(cfg) {
    this.cfg = cfg;
    this.chain = chainOf(cfg);
    this.pub = createPublicClient({ chain: this.chain, transport: http(cfg.rpcUrl, { retryCount: 1, timeout: 15_000 }) });
    this.wallet = null;
    this.addr = {
      cdrAnchor: cfg.contracts.cdrAnchor, numberRegistry: cfg.contracts.numberRegistry, rewardToken: cfg.contracts.rewardToken,
      stealthRegistry: cfg.contracts.stealthRegistry, stealthSweeper: cfg.contracts.stealthSweeper,
    };
  }

  useWallet(w) {
    this.account = w?.account ? getAddress(w.account) : null;
    this.wallet = w ? createWalletClient({ chain: this.chain, transport: custom(w.provider), account: this.account }) : null;
  }

  read(contract, functionName, args = []) {
    return this.pub.readContract({ address: this.addr[contract], abi: abis[contract], functionName, args });
  }

  // send simulates, asks the wallet to send, and waits for the receipt. onState gets
  // ("pending", hash) and ("mined", receipt). A reverted receipt throws the decoded reason.
  async send(contract, functionName, args, onState = () => {}) {
    if (!this.wallet) throw new UserError("Connect a wallet first.");
    const call = { address: this.addr[contract], abi: abis[contract], functionName, args, account: this.account };
    await this.pub.simulateContract(call);
    const hash = await this.wallet.writeContract({ ...call, chain: this.chain });
    onState("pending", hash);
    const receipt = await this.pub.waitForTransactionReceipt({ hash, pollingInterval: 500, timeout: 300_000 });
    if (receipt.status !== "success") {
      // Replay it where it failed to learn why.
      try {
        await this.pub.simulateContract({ ...call, blockNumber: receipt.blockNumber });
      } catch (err) {
        err.txHash = hash;
        throw err;
      }
      const e = new UserError("The transaction failed on chain.", `Transaction ${hash}.`);
      e.txHash = hash;
      throw e;
    }
    onState("mined", receipt);
    return receipt;
  }

  // events reads a contract's events since the deployment; when the RPC refuses the whole
  // range at once (public RPCs cap it), it reads it in spans of 10,000 blocks.
  async events(contract, eventName, args, fromBlock = BigInt(this.cfg.startBlock || 0)) {
    const q = { address: this.addr[contract], abi: abis[contract], eventName, args };
    try {
      return await this.pub.getContractEvents({ ...q, fromBlock, toBlock: "latest" });
    } catch (err) {
      if (!/range|limit|too many|exceed/i.test(String(err?.details || err?.message))) throw err;
      const head = await this.pub.getBlockNumber();
      const out = [];
      for (let b = fromBlock; b <= head; b += 10_000n) {
        const to = b + 9_999n < head ? b + 9_999n : head;
        out.push(...(await this.pub.getContractEvents({ ...q, fromBlock: b, toBlock: to })));
      }
      return out;
    }
  }

  // ---- DOTS token
  balance(account) { return this.read("rewardToken", "balanceOf", [account]); }

  // ---- rewards
  claimed(operator, account) { return this.read("cdrAnchor", "claimed", [operator, account]); }
  latestFinalBatch(operator) { return this.read("cdrAnchor", "latestFinalBatch", [operator]); }
  claim(c, onState) {
    return this.send("cdrAnchor", "claim", [c.operator, BigInt(c.batchId), c.account, BigInt(c.cumulativeAmount), c.proof], onState);
  }
  claimMany(cs, onState) {
    return this.send("cdrAnchor", "claimMany", [cs.map((c) => ({ operator: c.operator, batchId: BigInt(c.batchId), account: c.account,
      cumulativeAmount: BigInt(c.cumulativeAmount), proof: c.proof }))], onState);
  }

  // ---- batches
  batch(id) { return this.read("cdrAnchor", "batch", [BigInt(id)]); }
  // anchored is the BatchAnchored event of a batch (its CID is only in the event).
  async anchored(id) {
    const logs = await this.events("cdrAnchor", "BatchAnchored", { batchId: BigInt(id) });
    if (!logs.length) throw new UserError(`Batch ${id} was never anchored on this chain.`);
    return logs[logs.length - 1].args;
  }

  // ---- operators
  async operatorsEver() {
    const logs = await this.events("cdrAnchor", "OperatorRegistered", {});
    return [...new Set(logs.map((l) => l.args.operator))];
  }

  async activeOperators() {
    const logs = await this.events("cdrAnchor", "OperatorRegistered", {});
    const ops = [...new Set(logs.map((l) => l.args.operator))];
    const out = [];
    for (const op of ops) {
      const [active, meta] = await Promise.all([this.read("cdrAnchor", "isActiveOperator", [op]), this.read("cdrAnchor", "operatorMetadata", [op])]);
      if (active) out.push({ address: op, metadata: meta });
    }
    return out;
  }

  // ---- numbers
  // numbersOf lists the live numbers account owns, from the registry's events and state.
  async numbersOf(account) {
    const [claimed, transferred] = await Promise.all([
      this.events("numberRegistry", "NumberClaimed", { owner: account }),
      this.events("numberRegistry", "NumberTransferred", { to: account }),
    ]);
    const names = [...new Set([...claimed, ...transferred].map((l) => l.args.e164))];
    const out = [];
    for (const e164 of names) {
      const owner = await this.read("numberRegistry", "ownerOf", [e164]);
      if (owner.toLowerCase() === account.toLowerCase()) out.push(await this.number(e164));
    }
    return out;
  }

  async number(e164) {
    const r = (f) => this.read("numberRegistry", f, [e164]);
    const [owner, expires, deposit, route, cnam, features] = await Promise.all([r("ownerOf"), r("expiresOf"), r("depositOf"), r("routeOf"), r("cnamOf"), r("featuresOf")]);
    const node = nodeOf(e164);
    const [blk, unblk] = await Promise.all([
      this.events("numberRegistry", "CallerBlocked", { node }), this.events("numberRegistry", "CallerUnblocked", { node }),
    ]);
    const hashes = [...new Set([...blk, ...unblk].map((l) => l.args.callerHash))];
    const blocked = [];
    for (const hsh of hashes) if (await this.read("numberRegistry", "isBlocked", [e164, hsh])) blocked.push(hsh);
    return { e164, owner, expires, deposit, operator: route[0], sipUri: route[1], cnam, features, blocked };
  }

  parameters() {
    const r = (f) => this.read("numberRegistry", f);
    return Promise.all([r("minCommitAge"), r("maxCommitAge"), r("depositAmount"), r("term")])
      .then(([minCommitAge, maxCommitAge, depositAmount, term]) => ({ minCommitAge, maxCommitAge, depositAmount, term }));
  }
  isAvailable(e164) { return this.read("numberRegistry", "isAvailable", [e164]); }
  isValidNumber(e164) { return this.read("numberRegistry", "isValidNumber", [e164]); }
  makeCommitment(e164, owner, secret) { return this.read("numberRegistry", "makeCommitment", [e164, owner, secret]); }
  commitmentTime(c) { return this.read("numberRegistry", "commitmentTime", [c]); }
  commit(c, onState) { return this.send("numberRegistry", "commit", [c], onState); }
  async approveDeposit(amount, onState) {
    const allowance = await this.read("rewardToken", "allowance", [this.account, this.addr.numberRegistry]);
    if (allowance >= amount) return null;
    return this.send("rewardToken", "approve", [this.addr.numberRegistry, amount], onState);
  }
  claimNumber(e164, secret, onState) { return this.send("numberRegistry", "claim", [e164, secret], onState); }
  renew(e164, onState) { return this.send("numberRegistry", "renew", [e164], onState); }
  release(e164, onState) { return this.send("numberRegistry", "release", [e164], onState); }
  transfer(e164, to, onState) { return this.send("numberRegistry", "transfer", [e164, to], onState); }
  // setRoute: operatorSig is the operator's Port signature (see portRequest); none for a bare SIP address.
  setRoute(e164, operator, sipUri, deadline, operatorSig, onState) {
    return this.send("numberRegistry", "setRoute", [e164, operator, sipUri, BigInt(deadline), operatorSig], onState);
  }
  setCnam(e164, cnam, onState) { return this.send("numberRegistry", "setCnam", [e164, cnam], onState); }
  setFeatures(e164, bits, onState) { return this.send("numberRegistry", "setFeatures", [e164, bits], onState); }
  blockCaller(e164, caller, onState) { return this.send("numberRegistry", "blockCaller", [e164, callerHash(caller)], onState); }
  unblockCaller(e164, hsh, onState) { return this.send("numberRegistry", "unblockCaller", [e164, hsh], onState); }

  // portRequest is the typed data both parties of a port sign (and an operator signs to
  // consent to a route), checked against the contract's digest.
  async portRequest(e164, toOperator, sipUri, deadline) {
    const node = nodeOf(e164);
    const nonce = await this.read("numberRegistry", "portNonce", [node]);
    const td = portTypedData(this.cfg, { node, toOperator, sipUri, nonce, deadline });
    const onChain = await this.read("numberRegistry", "portDigest", [node, getAddress(toOperator), sipUri, BigInt(deadline)]);
    if (hashTypedData(td) !== onChain) {
      throw new UserError("This page's port message does not match the contract's.", "The page was built for another NumberRegistry version: rebuild it (node web/build.mjs).");
    }
    return td;
  }
  // signTypedData asks the wallet for an eth_signTypedData_v4 signature.
  signTypedData(td) {
    if (!this.wallet) throw new UserError("Connect a wallet first.");
    return this.wallet.signTypedData({ account: this.account, ...td });
  }

  port(e164, toOperator, sipUri, deadline, ownerSig, operatorSig, onState) {
    return this.send("numberRegistry", "port", [e164, toOperator, sipUri, BigInt(deadline), ownerSig, operatorSig], onState);
  }
}

// The SIP credential of the SIP node (sip/credential): the EIP-712 message a number's
// owner signs to set the number's SIP password on an operator's SIP node, posted to the
// node's POST /v1/credentials. The password never leaves the browser: the message carries
// the digest HA1s, MD5 (RFC 2617) and SHA-256 (RFC 8760) of "number:realm:password", the
// digest user name being the E.164 number and realm the node's (GET /v1/info).
//   domain  {name: "DOTS SIP", version: "1", chainId, verifyingContract: NumberRegistry}
export const SIP_CREDENTIAL_TYPE = "SIPCredential(string number,address operator,string realm,bytes16 ha1Md5,bytes32 ha1Sha256,uint256 nonce,uint64 expiry)";

export function sipHA1(number, realm, password) {
  const b = utf8ToBytes(`${number}:${realm}:${password}`);
  return { ha1Md5: toHex(md5(b)), ha1Sha256: toHex(sha256(b)) };
}

export function sipCredentialTypedData(cfg, { number, operator, realm, password, nonce, expiry }) {
  return {
    domain: { name: "DOTS SIP", version: "1", chainId: cfg.chainId, verifyingContract: cfg.contracts.numberRegistry },
    types: {
      SIPCredential: [
        { name: "number", type: "string" }, { name: "operator", type: "address" }, { name: "realm", type: "string" },
        { name: "ha1Md5", type: "bytes16" }, { name: "ha1Sha256", type: "bytes32" },
        { name: "nonce", type: "uint256" }, { name: "expiry", type: "uint64" },
      ],
    },
    primaryType: "SIPCredential",
    message: { number, operator: getAddress(operator), realm, ...sipHA1(number, realm, password), nonce: BigInt(nonce), expiry: BigInt(expiry) },
  };
}

// The body of POST /v1/credentials (the node's credential.Signed): the message's fields,
// nonce as a 0x quantity, expiry as a number, and the signature.
export function sipCredentialBody(td, signature) {
  const m = td.message;
  return JSON.stringify({ number: m.number, operator: m.operator, realm: m.realm, ha1Md5: m.ha1Md5, ha1Sha256: m.ha1Sha256,
    nonce: toHex(m.nonce), expiry: Number(m.expiry), signature });
}
