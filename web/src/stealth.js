// ERC-5564 stealth addresses, scheme 1 (secp256k1 with view tags), and the Umbra-style key
// derivation from a wallet signature. The same construction as the Go package stealth/:
//   S = viewingKey·R (= r·viewingPub), s = keccak256(compressed S), viewTag = s[0],
//   stealthPub = spendingPub + s·G, stealth key = spendingKey + s (mod n).
// No DOM here: the module also runs under node (the Go test checks it against Go).
import { secp256k1 } from "@noble/curves/secp256k1";
import { keccak_256 } from "@noble/hashes/sha3";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils";

const N = secp256k1.CURVE.n;
const G = secp256k1.ProjectivePoint.BASE;

// KEY_MESSAGE is what the wallet signs (personal_sign); stealth/stealth.go's KeyMessage.
export const KEY_MESSAGE = "DOTS stealth reward keys v1\n\nSign this message to derive the keys that find and claim your private rewards. Signing costs nothing and sends no transaction. Only sign it on a DOTS page or in the dots CLI.";

const strip = (h) => (h.startsWith("0x") ? h.slice(2) : h);
const hex = (b) => "0x" + bytesToHex(b);
const toBig = (b) => BigInt("0x" + (bytesToHex(b) || "0"));
const scalar = (b) => {
  const k = toBig(b) % N;
  if (k === 0n) throw new Error("stealth: zero scalar");
  return k;
};
const key32 = (k) => hexToBytes(k.toString(16).padStart(64, "0"));

// address of a public key point.
function addressOf(point) {
  const raw = point.toRawBytes(false).slice(1);
  const h = keccak_256(raw);
  return toChecksum(bytesToHex(h.slice(12)));
}

function toChecksum(lower) {
  const h = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = "0x";
  for (let i = 0; i < 40; i++) out += parseInt(h[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

// keysFromSignature: spending = keccak256(r), viewing = keccak256(s), each mod n.
export function keysFromSignature(sigHex) {
  const sig = hexToBytes(strip(sigHex));
  if (sig.length !== 65) throw new Error(`stealth keys: signature of ${sig.length} bytes, want 65`);
  const spending = scalar(keccak_256(sig.slice(0, 32)));
  const viewing = scalar(keccak_256(sig.slice(32, 64)));
  return { spendingKey: hex(key32(spending)), viewingKey: hex(key32(viewing)) };
}

// metaAddress of the keys: "st:eth:0x" + spendingPub(33) + viewingPub(33).
export function metaAddress(keys) {
  const sp = secp256k1.getPublicKey(hexToBytes(strip(keys.spendingKey)), true);
  const vw = secp256k1.getPublicKey(hexToBytes(strip(keys.viewingKey)), true);
  return "st:eth:0x" + bytesToHex(sp) + bytesToHex(vw);
}

// metaBytes is the 66-byte form of a meta-address (hex).
export function metaBytes(meta) {
  const h = strip(meta.replace(/^st:eth:/, ""));
  if (h.length !== 132) throw new Error("stealth meta-address: want 66 bytes");
  return "0x" + h.toLowerCase();
}

function shared(pointHex, keyHex) {
  const P = secp256k1.ProjectivePoint.fromHex(strip(pointHex));
  const S = P.multiply(scalar(hexToBytes(strip(keyHex))));
  return keccak_256(S.toRawBytes(true));
}

// generate derives the stealth address of a meta-address for an ephemeral private key.
export function generate(meta, ephemeralKey) {
  const b = strip(metaBytes(meta));
  const spending = secp256k1.ProjectivePoint.fromHex(b.slice(0, 66));
  const s = shared(b.slice(66), ephemeralKey);
  const P = spending.add(G.multiply(scalar(s)));
  const R = secp256k1.getPublicKey(hexToBytes(strip(ephemeralKey)), true);
  return { stealth: addressOf(P), ephemeralPubKey: hex(R), viewTag: s[0] };
}

// check says whether an announcement {stealth, ephemeralPubKey, viewTag} is for the keys:
// the view tag first, then the address. It returns the stealth private key, or null.
export function check(ann, keys) {
  let s;
  try {
    s = shared(ann.ephemeralPubKey, keys.viewingKey);
  } catch {
    return null;
  }
  if (s[0] !== Number(ann.viewTag)) return null;
  const k = (toBig(hexToBytes(strip(keys.spendingKey))) + scalar(s)) % N;
  if (k === 0n) return null;
  const addr = addressOf(G.multiply(k));
  if (addr.toLowerCase() !== ann.stealth.toLowerCase()) return null;
  return hex(key32(k));
}

// viewTagMatches is check's cheap first step.
export function viewTagMatches(ann, viewingKey) {
  try {
    return shared(ann.ephemeralPubKey, viewingKey)[0] === Number(ann.viewTag);
  } catch {
    return false;
  }
}
