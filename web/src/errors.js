// Turns wallet, RPC and contract errors into sentences a person can act on.
import { BaseError, ContractFunctionRevertedError, HttpRequestError, decodeErrorResult } from "viem";
import { formatDots, formatDuration, formatTime } from "./format.js";
import abis from "dots:abis";

const allErrors = [...abis.cdrAnchor, ...abis.numberRegistry, ...abis.rewardToken].filter((x) => x.type === "error");

// What each custom error of the contracts means, as a sentence (args by name).
const sentences = {
  // CDRAnchor
  NothingToClaim: () => "There is nothing to claim: you already claimed everything this operator owes you.",
  InvalidProof: () => "The proof does not match the operator's rewards root on chain. Reload to get a fresh proof.",
  NotNewestFinalBatch: (a) => `A newer batch (${a.newerBatchId}) of this operator went final; the claim must use its root. Reload and claim again.`,
  BatchNotClaimable: (a) => `Batch ${a.batchId} cannot be claimed from now (${["", "it is still pending", "", "it was invalidated"][Number(a.state)] || "state " + a.state}).`,
  UnknownBatch: (a) => `Batch ${a.batchId} does not exist on this chain.`,
  WrongOperator: (a) => `Batch ${a.batchId} belongs to another operator than ${a.operator}.`,
  ExceedsDeclaredTotal: (a) => `The operator's declared rewards total is used up (${formatDots(a.rewardsTotal)}).`,
  // NumberRegistry
  InvalidNumber: (a) => `"${a.e164}" is not a phone number in international form (+ and up to 15 digits).`,
  CommitmentStillLive: () => "This commitment was already made and is still valid: wait for it, or reveal it.",
  CommitmentNotFound: () => "No commitment for this number, salt and wallet is on chain: start the claim again.",
  CommitmentTooNew: (a) => `The commitment is only ${formatDuration(a.age)} old; wait a little longer and reveal again.`,
  CommitmentTooOld: () => "The commitment expired before it was revealed: start the claim again.",
  NumberNotAvailable: () => "Somebody else owns this number.",
  NumberCoolingDown: (a) => `This number was released recently; it can be claimed again from ${formatTime(a.availableAt)}.`,
  NumberNotLive: () => "This number is not registered (or it lapsed).",
  NumberNotLapsed: () => "This number is still registered.",
  NotNumberOwner: () => "Only the number's owner can do this: connect the wallet that owns it.",
  RenewalTooEarly: (a) => `The number already runs until ${formatTime(a.expires)}; renew later.`,
  InvalidCnam: () => "The caller name must be at most 15 plain characters (letters, digits, spaces, punctuation).",
  InvalidFeatures: () => "Unknown feature flags.",
  SipUriTooLong: () => "The SIP address is too long (at most 256 characters).",
  CallerAlreadyBlocked: () => "That caller is already blocked.",
  CallerNotBlocked: () => "That caller is not blocked.",
  PortDeadlinePassed: () => "The port signatures expired: sign again.",
  InvalidOwnerSignature: () => "The owner's port signature does not match: sign again with the owner's wallet.",
  InvalidOperatorSignature: () => "The operator's signature does not match this route or port (operator, SIP address, deadline), or an owner change, route change or cancel made it void: ask the operator to sign again.",
  NumberDisputed: () => "A dispute is open on this number's registration: it cannot be transferred or released until the dispute is resolved.",
  ZeroAddress: () => "An address is missing.",
  // ERC-20
  ERC20InsufficientBalance: (a) => `Not enough DOTS: you have ${formatDots(a.balance)}, ${formatDots(a.needed)} are needed.`,
  ERC20InsufficientAllowance: () => "The registry may not take the deposit yet: approve it first.",
};

function find(err, pred) {
  if (err instanceof BaseError) return err.walk(pred);
  let e = err;
  for (let i = 0; e && i < 8; i++, e = e.cause) if (pred(e)) return e;
  return null;
}

// revertOf gives {name, args} of a contract's custom error inside err, or null.
export function revertOf(err) {
  const r = find(err, (e) => e instanceof ContractFunctionRevertedError);
  if (r?.data?.errorName) return { name: r.data.errorName, args: namedArgs(r.data) };
  const raw = find(err, (e) => typeof e?.data === "string" && e.data.startsWith("0x") && e.data.length >= 10);
  if (raw) {
    try {
      const d = decodeErrorResult({ abi: allErrors, data: raw.data });
      return { name: d.errorName, args: namedArgs(d) };
    } catch {}
  }
  return null;
}

function namedArgs(d) {
  const def = allErrors.find((x) => x.name === d.errorName);
  const out = {};
  (d.args || []).forEach((v, i) => { out[def?.inputs?.[i]?.name || i] = v; });
  return out;
}

export function codeOf(err) {
  const c = find(err, (e) => typeof e?.code === "number");
  return c?.code;
}

// explain gives {title, detail} for any error the page meets.
export function explain(err, rpcUrl) {
  if (!err) return { title: "Something went wrong." };
  if (err.userMessage) return { title: err.userMessage, detail: err.detail };
  const code = codeOf(err);
  if (code === 4001) return { title: "You rejected the request in your wallet.", detail: "Nothing was sent. Try again when you are ready." };
  if (code === 4100) return { title: "The wallet has not authorised this page.", detail: "Connect again and allow this site." };
  if (code === -32002) return { title: "Your wallet already has a request waiting.", detail: "Open the wallet and answer it." };
  const rev = revertOf(err);
  if (rev) {
    const s = sentences[rev.name];
    return { title: s ? s(rev.args) : `The contract refused: ${rev.name}.`, detail: "The transaction was not sent (or it reverted); nothing changed." };
  }
  if (find(err, (e) => e instanceof HttpRequestError) || /Failed to fetch|NetworkError|fetch failed/i.test(String(err?.message))) {
    return { title: "The chain's RPC does not answer.", detail: `Check that ${rpcUrl || "the RPC"} is running and reachable, then reload.` };
  }
  const msg = err.shortMessage || err.message || String(err);
  return { title: msg.split("\n")[0] };
}

export { UserError } from "./usererror.js";
