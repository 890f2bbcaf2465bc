// Independent scheme-1 implementation straight on @noble/curves (not the page's module),
// and the page's module web/src/stealth.js, both fed the Go test's cases on stdin.
import { secp256k1 } from "@noble/curves/secp256k1";
import { keccak_256 } from "@noble/hashes/sha3";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils";
import * as page from "../../web/src/stealth.js";

const N = secp256k1.CURVE.n;
const G = secp256k1.ProjectivePoint.BASE;
const big = (b) => BigInt("0x" + bytesToHex(b)) % N;
const addr = (P) => "0x" + bytesToHex(keccak_256(P.toRawBytes(false).slice(1)).slice(12));

let input = "";
for await (const c of process.stdin) input += c;
const cases = JSON.parse(input);
const out = cases.map((c) => {
  const sig = hexToBytes(c.signature.slice(2));
  const sp = big(keccak_256(sig.slice(0, 32)));
  const vw = big(keccak_256(sig.slice(32, 64)));
  const spPub = G.multiply(sp), vwPub = G.multiply(vw);
  const r = big(hexToBytes(c.ephemeralKey.slice(2)));
  const s = keccak_256(vwPub.multiply(r).toRawBytes(true));
  const stealth = addr(spPub.add(G.multiply(big(s))));
  const stealthKey = (sp + big(s)) % N;
  const keys = page.keysFromSignature(c.signature);
  const meta = page.metaAddress(keys);
  const gen = page.generate(meta, c.ephemeralKey);
  return {
    meta: "st:eth:0x" + bytesToHex(spPub.toRawBytes(true)) + bytesToHex(vwPub.toRawBytes(true)),
    stealth, ephemeralPubKey: "0x" + bytesToHex(G.multiply(r).toRawBytes(true)), viewTag: s[0],
    stealthKey: "0x" + stealthKey.toString(16).padStart(64, "0"),
    page: { meta, stealth: gen.stealth.toLowerCase(), ephemeralPubKey: gen.ephemeralPubKey, viewTag: gen.viewTag,
      stealthKey: page.check(gen, keys) },
  };
});
process.stdout.write(JSON.stringify(out));
