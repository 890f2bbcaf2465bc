#!/usr/bin/env node
// Cross-check helper for forge tests (vm.ffi). Builds an @openzeppelin/merkle-tree
// StandardMerkleTree over deterministic pseudo-random values in DOTS's leaf encoding
// (contracts/libraries/CDRLeaf.sol) and prints, ABI-encoded as one 0x hex string:
//   cdr:     (bytes32 root, CDR[] values, bytes32[] leaves, bytes32[][] proofs)
//   rewards: (bytes32 root, address[] accounts, uint256[] amounts, bytes32[] leaves, bytes32[][] proofs)
// Usage: node tree.js cdr|rewards <seed> <count>
'use strict';
const path = require('path');
const crypto = require('crypto');
// Resolve the npm packages from the repository's node_modules whatever the cwd.
const root = path.resolve(__dirname, '..', '..');
const req = (name) => require(require.resolve(name, { paths: [root] }));
const { StandardMerkleTree } = req('@openzeppelin/merkle-tree');
const { encode } = req('@metamask/abi-utils');

const CDR_TYPES = [
  'address', 'uint64', 'bytes32', 'bytes32', 'bytes32', 'uint64', 'uint64', 'uint64',
  'uint32', 'uint16', 'uint8', 'address', 'address', 'uint16', 'uint8',
];
const CDR_TUPLE = '(' + CDR_TYPES.join(',') + ')';

function usage(msg) {
  process.stderr.write(`tree.js: ${msg}\nusage: node tree.js cdr|rewards <seed> <count>\n`);
  process.exit(2);
}

const [kind, seedArg, countArg] = process.argv.slice(2);
if (kind !== 'cdr' && kind !== 'rewards') usage(`unknown kind ${JSON.stringify(kind)}`);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || count > 100000) usage(`bad count ${JSON.stringify(countArg)}`);
if (seedArg === undefined || seedArg === '') usage('missing seed');

// Deterministic byte stream: sha256(seed || counter).
let counter = 0;
function randBytes(n) {
  const out = Buffer.alloc(n);
  let off = 0;
  while (off < n) {
    const h = crypto.createHash('sha256').update(`${seedArg}:${counter++}`).digest();
    off += h.copy(out, off, 0, Math.min(h.length, n - off));
  }
  return out;
}
const hex = (b) => '0x' + b.toString('hex');
const randUint = (bits) => BigInt(hex(randBytes(bits / 8)));
const randBelow = (n) => randUint(64) % BigInt(n);
const randAddress = () => hex(randBytes(20));

function output(types, values) {
  process.stdout.write('0x' + Buffer.from(encode(types, values)).toString('hex'));
}

if (kind === 'cdr') {
  const operator = randAddress();
  const values = [];
  const start = 1n + randBelow(1000);
  for (let i = 0; i < count; i++) {
    const setup = 1700000000n + randBelow(100000000);
    const answered = randBelow(4) !== 0n;
    const answer = answered ? setup + randBelow(30) : 0n;
    const billable = answered ? randBelow(7200) : 0n;
    const end = (answered ? answer : setup) + billable + randBelow(5);
    // side 1 (originating): the operator is origOperator; 2 (terminating): termOperator
    const side = randBelow(2) === 0n ? 1n : 2n;
    const orig = side === 1n ? operator : randAddress();
    const term = side === 2n ? operator : randAddress();
    values.push([
      operator,
      start + BigInt(i),
      hex(randBytes(32)),
      hex(randBytes(32)),
      hex(randBytes(32)),
      setup,
      answer,
      end,
      billable,
      answered ? 200n : [486n, 487n, 404n, 503n][Number(randBelow(4))],
      answered ? 16n : randBelow(128),
      orig,
      term,
      randBelow(2) === 0n ? 0n : 100n + randBelow(401),
      side,
    ]);
  }
  const tree = StandardMerkleTree.of(values, CDR_TYPES);
  const leaves = values.map((v) => tree.leafHash(v));
  const proofs = values.map((_, i) => tree.getProof(i));
  output(['bytes32', CDR_TUPLE + '[]', 'bytes32[]', 'bytes32[][]'], [tree.root, values, leaves, proofs]);
} else {
  const values = [];
  for (let i = 0; i < count; i++) values.push([randAddress(), randBelow(1000000) * 10n ** 12n + 1n]);
  const tree = StandardMerkleTree.of(values, ['address', 'uint256']);
  const leaves = values.map((v) => tree.leafHash(v));
  const proofs = values.map((_, i) => tree.getProof(i));
  output(
    ['bytes32', 'address[]', 'uint256[]', 'bytes32[]', 'bytes32[][]'],
    [tree.root, values.map((v) => v[0]), values.map((v) => v[1]), leaves, proofs],
  );
}
