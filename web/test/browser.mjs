// Drives the wallet page in Debian's headless Chromium with playwright-core, against the
// real indexer and anvil the Go test (web/browser_test.go) started. Env: PAGE_URL, RPC_URL,
// ACCOUNT, CHAIN_ID, PORT_OPERATOR, GOOD_BATCH, BAD_BATCH, GOOD_CDR, BAD_CDR, SHOTS,
// SIP_NODE_URL (operator B's SIP node), SIP_PASSWORD.
// Prints one line per step; exits 1 on the first failure.
import { chromium } from "playwright-core";
import { installProvider } from "./provider.mjs";

const env = (k) => {
  if (!process.env[k]) throw new Error(`${k} is not set`);
  return process.env[k];
};
const PAGE = env("PAGE_URL"), RPC = env("RPC_URL"), ACCOUNT = env("ACCOUNT"), CHAIN = Number(env("CHAIN_ID"));
const SHOTS = env("SHOTS");
const T = 20_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const problems = [];
const pages = [];
let allowed = null; // console errors a step causes on purpose
const t0 = Date.now();
const step = (s) => console.log(`step ${((Date.now() - t0) / 1000).toFixed(1)}s: ${s}`);

async function open(viewport, name, extra = {}) {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await ctx.newPage();
  page.on("console", (m) => { if (m.type() === "error" && !(allowed && allowed.test(m.text()))) problems.push(`${name} console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`${name} page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`${name} request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.addInitScript({ content: `(${installProvider.toString()})(${JSON.stringify({ rpc: RPC, account: ACCOUNT, chainId: CHAIN, startChainId: 1, ...extra })});` });
  await page.goto(PAGE);
  pages.push(page);
  return { ctx, page };
}

// openManage opens a number card's "Manage" section unless it is open.
async function openManage(card) {
  if (!(await card.locator("details").evaluate((d) => d.open))) await card.locator("summary").click();
}

const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

async function anvil(method, params) {
  const res = await fetch(RPC, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const b = await res.json();
  if (b.error) throw new Error(`${method}: ${b.error.message}`);
  return b.result;
}

async function connect(page) {
  await page.getByRole("button", { name: /Connect.*Test Wallet/ }).click();
  step("connected; the wallet starts on chain 1: the page offers the switch");
  await page.locator("#switch-chain").waitFor({ timeout: T });
  await shot(page, page.viewportSize().width < 500 ? "phone-wrong-chain" : "wrong-chain");
  await page.locator("#switch-chain").click();
  await page.locator("#chain-banner").waitFor({ state: "hidden", timeout: T });
  step("switched (the wallet did not know the chain: 4902, then wallet_addEthereumChain)");
}

try {
  // ---- desktop
  const { page } = await open({ width: 1200, height: 900 }, "desktop");
  await page.getByRole("button", { name: /Connect/ }).waitFor({ timeout: T });
  await shot(page, "connect");
  await connect(page);
  const log = await page.evaluate(() => window.ethereum.log);
  if (!log.includes("wallet_addEthereumChain")) throw new Error("the page did not add the chain after 4902: " + log.join(","));
  await page.locator("#total-claimable").waitFor({ timeout: T });
  const total = await page.locator("#total-claimable").textContent();
  if (total.startsWith("0 ")) throw new Error("nothing claimable shown: " + total);
  await shot(page, "rewards");
  console.log("claimable: " + total);

  // A rejected transaction: the page says so, nothing is sent.
  await page.evaluate(() => { window.__reject = "eth_sendTransaction"; });
  await page.locator("#claim-all").click();
  await page.getByText("You rejected the request in your wallet.").first().waitFor({ timeout: T });
  step("rejected claim explained");
  await shot(page, "rejected");

  if (total !== env("FIRST_CLAIMABLE")) throw new Error(`claimable ${total}, want ${env("FIRST_CLAIMABLE")}`);
  // A newer batch of the operator goes final after the page built its claim: move anvil's
  // clock past its challenge window and wait for the indexer to see the block.
  await anvil("evm_increaseTime", [7200]);
  await anvil("evm_mine", []);
  const head = Number(await anvil("eth_blockNumber", []));
  for (let i = 0; ; i++) {
    const hz = await (await fetch(new URL("/healthz", PAGE))).json();
    if (hz.indexedHead >= head) break;
    if (i > 100) throw new Error("the indexer did not reach block " + head);
    await new Promise((r) => setTimeout(r, 100));
  }
  step("batch 4 went final behind the page's back");

  // The claim: the page's proofs are for batch 1's and 3's roots. CDRAnchor pays against
  // any final root, so that claim pays 0.1734; the page sees batch 4's larger amount and
  // claims the rest with its proof once more.
  await page.locator("#claim-all").click();
  await page.locator("#nothing").waitFor({ timeout: 60_000 });
  const claimedTexts = await page.getByText(/^Claimed /).allTextContents();
  for (const want of [`Claimed ${env("FIRST_CLAIMABLE")}.`, `Claimed ${env("RETRIED_CLAIM")}.`]) {
    if (!claimedTexts.includes(want)) throw new Error(`notices ${JSON.stringify(claimedTexts)}, want ${want}`);
  }
  step("claimed; the page now says nothing is left");
  console.log("claimed-notice: " + (await page.getByText(/^Claimed /).first().textContent()));
  if (!(await page.locator("#claim-all").isDisabled())) throw new Error("claim button still enabled after claiming");
  await shot(page, "claimed");

  await page.getByRole("button", { name: "Add DOTS to my wallet" }).click();
  await page.waitForFunction(() => window.ethereum.log.includes("wallet_watchAsset"), null, { timeout: T });
  step("wallet_watchAsset asked");

  // A number: commit, a visible countdown, reveal.
  await page.getByRole("link", { name: "My numbers" }).click();
  await page.locator("#claim-number").waitFor({ timeout: T });
  await page.locator("#claim-number").fill("+44 20 7946 0100");
  await page.locator("#commit").click();
  const row = page.locator('.pending-claim[data-number="+442079460100"]');
  await row.locator(".countdown", { hasText: "reveal in" }).waitFor({ timeout: 30_000 });
  step("committed; countdown: " + (await row.locator(".countdown").textContent()));
  await shot(page, "number-countdown");
  // The salt survives a reload.
  await page.reload();
  await page.getByRole("button", { name: /Connect/ }).click();
  await page.locator("#switch-chain").click();
  await row.locator(".countdown").waitFor({ timeout: T });
  await row.locator("button.reveal:not([disabled])").waitFor({ timeout: 30_000 });
  await row.locator("button.reveal").click();
  const card = page.locator('.card[data-number="+442079460100"]');
  await card.waitFor({ timeout: 60_000 });
  const title = await card.locator("h3").textContent();
  if (title !== "+44 20 7946 0100") throw new Error("number shown as " + title);
  step("number claimed after the reload: " + title);
  await shot(page, "numbers");

  // CNAM through the page.
  await openManage(card);
  await card.locator('fieldset:has(legend:text("Caller name")) input').fill("ALICE");
  await card.getByRole("button", { name: "Save name" }).click();
  await page.locator('.card[data-number="+442079460100"] .cnam', { hasText: "ALICE" }).waitFor({ timeout: 30_000 });
  step("CNAM set");

  // Route to operator C: the page shows the consent message; operator B's signature is
  // refused with a sentence, operator C's is accepted.
  const cardR = page.locator('.card[data-number="+442079460100"]');
  await openManage(cardR);
  const rf = cardR.locator("fieldset.route-form");
  await rf.locator("select").selectOption(env("ROUTE_OPERATOR"));
  await rf.locator("input").first().fill("sip:+442079460100@c.example");
  await rf.getByRole("button", { name: "Change the route" }).click();
  await rf.locator("pre.route-typed-data").waitFor({ timeout: T });
  const rtyped = await rf.locator("pre.route-typed-data").textContent();
  await rf.locator("input.route-operator-sig").fill(await anvil("eth_signTypedData_v4", [env("PORT_OPERATOR"), rtyped]));
  await rf.getByRole("button", { name: "Save the route" }).click();
  await page.getByText("The operator's signature does not match this route or port").first().waitFor({ timeout: T });
  step("route consent signed by the wrong operator: refused before sending");
  await rf.locator("input.route-operator-sig").fill(await anvil("eth_signTypedData_v4", [env("ROUTE_OPERATOR"), rtyped]));
  await rf.getByRole("button", { name: "Save the route" }).click();
  await page.locator('.card[data-number="+442079460100"] .route', { hasText: "c.example" }).waitFor({ timeout: 30_000 });
  step("route set with operator C's consent: " + (await page.locator('.card[data-number="+442079460100"] .route').textContent()));

  // Port: the owner signs in the wallet, the receiving operator signs the typed data shown.
  const card2 = page.locator('.card[data-number="+442079460100"]');
  await openManage(card2);
  const port = card2.locator("fieldset.port");
  await port.locator("select").selectOption(env("PORT_OPERATOR"));
  await port.locator("input").first().fill("sip:+442079460100@b.example");
  await port.getByRole("button", { name: "Sign the port request" }).click();
  await port.locator("pre.typed-data").waitFor({ timeout: T });
  const typed = await port.locator("pre.typed-data").textContent();
  // The operator signs the JSON the page shows, as it is.
  const opSig = await anvil("eth_signTypedData_v4", [env("PORT_OPERATOR"), typed]);
  await port.locator("input.operator-sig").fill(opSig);
  await shot(page, "port-signed");
  await port.getByRole("button", { name: "Send the port" }).click();
  await page.getByText("Port: done.").waitFor({ timeout: 30_000 });
  step("ported with both signatures");

  // Block a caller; the list shows the number as people write it.
  const card3 = page.locator('.card[data-number="+442079460100"]');
  await openManage(card3);
  await card3.locator('fieldset:has(legend:text("Block a caller")) input').fill("+1 415 555 0123");
  await card3.getByRole("button", { name: "Block", exact: true }).click();
  await page.locator('.card[data-number="+442079460100"] ul.blocked li', { hasText: "+1 415 555 0123" }).waitFor({ timeout: 30_000 });
  step("caller blocked");
  // Blocking the same caller again: the contract's custom error, as a sentence.
  const card5 = page.locator('.card[data-number="+442079460100"]');
  await openManage(card5);
  await card5.locator('fieldset:has(legend:text("Block a caller")) input').fill("+14155550123");
  await card5.getByRole("button", { name: "Block", exact: true }).click();
  await page.getByText("That caller is already blocked.").first().waitFor({ timeout: T });
  step("revert decoded: CallerAlreadyBlocked");

  // Renew: the expiry moves one term on; renewing again at once is refused with a sentence.
  const cardN = () => page.locator('.card[data-number="+442079460100"]');
  const expiresText = () => cardN().locator("dt:text('Expires') + dd").textContent();
  const exp0 = await expiresText();
  await openManage(cardN());
  await cardN().getByRole("button", { name: "Renew for another term" }).click();
  await page.waitForFunction((old) => {
    const dd = [...document.querySelectorAll('.card[data-number="+442079460100"] dt')].find((d) => d.textContent === "Expires")?.nextElementSibling;
    return dd && dd.textContent !== old;
  }, exp0, { timeout: 30_000 });
  step(`renewed: ${exp0} -> ${await expiresText()}`);
  await openManage(cardN());
  await cardN().getByRole("button", { name: "Renew for another term" }).click();
  await page.getByText(/The number already runs until .*; renew later\./).first().waitFor({ timeout: T });
  step("second renewal refused: RenewalTooEarly");

  // Features: Voice and SMS.
  await openManage(cardN());
  for (const f of ["Voice", "SMS"]) await cardN().locator("label.check", { hasText: f }).locator("input").check();
  await cardN().getByRole("button", { name: "Save features" }).click();
  await page.locator('.card[data-number="+442079460100"] dt:text("Features") + dd', { hasText: "Voice, SMS" }).waitFor({ timeout: 30_000 });
  step("features set: Voice, SMS");

  // Unblock, confirmed late: the same unblock went through from "another tab" after the
  // wallet estimated gas, so this one is mined and reverts; the page decodes why and shows
  // the transaction.
  await page.evaluate(() => { window.__race = async (forward, tx) => { await forward("eth_sendTransaction", [tx]); }; });
  await cardN().locator("ul.blocked li", { hasText: "+1 415 555 0123" }).getByRole("button", { name: "Unblock" }).click();
  const reverted = page.locator(".notice.error", { hasText: "That caller is not blocked." }).first();
  await reverted.waitFor({ timeout: 30_000 });
  const revertedTx = await reverted.locator("code.reverted-tx").textContent();
  if (!/^0x[0-9a-f]{64}$/.test(revertedTx)) throw new Error("reverted transaction hash " + revertedTx);
  console.log("reverted-tx: " + revertedTx);
  await page.locator('.card[data-number="+442079460100"] dt:text("Blocked") + dd', { hasText: "nobody" }).waitFor({ timeout: 30_000 });
  step("unblock mined and reverted (the other tab's unblock went first), explained with its hash");
  await shot(page, "reverted");

  // SIP password on operator B's real SIP node: the page reads the node's /v1/info, the
  // owner signs the credential (digest HA1s, not the password) and the node accepts it.
  const card4 = page.locator('.card[data-number="+442079460100"]');
  await openManage(card4);
  const sip = card4.locator("fieldset.sip");
  await sip.locator("input.sip-password").fill(env("SIP_PASSWORD"));
  // The configuration names operator B's node: the page offers it.
  if (await sip.locator("input.sip-node").inputValue() !== env("SIP_NODE_URL")) throw new Error("SIP node not offered: " + await sip.locator("input.sip-node").inputValue());
  // Not a SIP node (the indexer's origin): refused before anything is signed.
  const signed = await page.evaluate(() => window.ethereum.log.filter((m) => m === "eth_signTypedData_v4").length);
  allowed = /status of 404/;
  await sip.locator("input.sip-node").fill(new URL(PAGE).origin);
  await sip.getByRole("button", { name: "Sign and set the password" }).click();
  await page.getByText("The SIP node's /v1/info answered 404.").first().waitFor({ timeout: T });
  allowed = null;
  step("a URL that is not a SIP node: explained, nothing signed");
  await sip.locator("input.sip-node").fill(env("SIP_NODE_URL"));
  await sip.getByRole("button", { name: "Sign and set the password" }).click();
  const sipSet = await sip.locator("p.sip-set").textContent({ timeout: T });
  if (!sipSet.includes("realm dots.browser")) throw new Error("SIP password notice: " + sipSet);
  if (await page.evaluate((n) => window.ethereum.log.filter((m) => m === "eth_signTypedData_v4").length - n, signed) !== 1) throw new Error("the credential was not signed once in the wallet");
  step("SIP password set on the operator's node: " + sipSet);
  await shot(page, "sip-password");

  // Transfer one number, release another (both confirmed in the page's dialog).
  page.on("dialog", (d) => d.accept());
  const cardT = page.locator('.card[data-number="+442079460101"]');
  await openManage(cardT);
  await cardT.locator('fieldset:has(legend:text("Transfer")) input').fill(env("TRANSFER_TO"));
  await cardT.getByRole("button", { name: "Transfer", exact: true }).click();
  await page.locator('.card[data-number="+442079460101"]').waitFor({ state: "detached", timeout: 30_000 });
  step("transferred +44 20 7946 0101: it left My numbers");
  const cardL = page.locator('.card[data-number="+442079460102"]');
  await openManage(cardL);
  await cardL.getByRole("button", { name: "Release this number" }).click();
  await page.locator('.card[data-number="+442079460102"]').waitFor({ state: "detached", timeout: 30_000 });
  step("released +44 20 7946 0102");

  // Auditor: a good batch, a tampered one, and dropped CDR files.
  await page.getByRole("link", { name: "Auditor" }).click();
  await page.locator(`tr[data-batch="${env("GOOD_BATCH")}"]`).waitFor({ timeout: T });
  await shot(page, "batches");
  await page.locator(`tr[data-batch="${env("GOOD_BATCH")}"] button`).click();
  await page.locator("#verify").click();
  await page.locator("#batch-detail .verdict.ok").waitFor({ timeout: 30_000 });
  step("good batch verified");
  await shot(page, "verify-good");
  await page.locator(`tr[data-batch="${env("BAD_BATCH")}"] button`).click();
  await page.locator("#verify").click();
  await page.locator("#batch-detail .verdict.error").waitFor({ timeout: 30_000 });
  step("tampered batch refused: " + (await page.locator("#batch-detail ul.steps li.error").first().textContent()));
  await shot(page, "verify-tampered");
  await page.locator("#cdr-file").setInputFiles(env("GOOD_CDR"));
  await page.locator("#cdr-result .verdict.ok").waitFor({ timeout: 30_000 });
  step("good CDR file verified");
  await page.locator("#cdr-file").setInputFiles(env("BAD_CDR"));
  await page.locator("#cdr-result .verdict.error").waitFor({ timeout: 30_000 });
  step("tampered CDR file refused");
  await shot(page, "verify-cdr");

  // ---- phone
  const phone = await open({ width: 390, height: 844 }, "phone", { otherWallet: true });
  const p = phone.page;
  await p.getByRole("button", { name: "Connect Other Wallet" }).waitFor({ timeout: T });
  step("two wallets announced by EIP-6963: both listed");
  await connect(p);
  await p.locator("#balance").waitFor({ timeout: T });
  await shot(p, "phone-rewards");
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - 390);
  if (overflow > 1) throw new Error(`the rewards page is ${overflow}px wider than the phone`);
  await p.getByRole("link", { name: "My numbers" }).click();
  await p.locator('.card[data-number="+442079460100"]').waitFor({ timeout: T });
  await shot(p, "phone-numbers");
  await p.getByRole("link", { name: "Auditor" }).click();
  await p.locator(`tr[data-batch="${env("GOOD_BATCH")}"]`).waitFor({ timeout: T });
  await shot(p, "phone-audit");
  const overflow2 = await p.evaluate(() => document.documentElement.scrollWidth - 390);
  if (overflow2 > 1) throw new Error(`the auditor page is ${overflow2}px wider than the phone`);
  step("phone viewport fits");

  // The indexer cannot answer rewards: the page builds the claims from the chain and IPFS.
  allowed = /status of 503/;
  await p.route("**/v1/rewards/**", (r) => r.fulfill({ status: 503, contentType: "application/json", body: '{"error":"down for the test","status":503}' }));
  await p.getByRole("link", { name: "Rewards" }).click();
  await p.locator("#from-ipfs").click();
  await p.locator("#ipfs-rewards li.ipfs-item", { hasText: "earned 0.2 DOTS, nothing left to claim" }).waitFor({ timeout: 30_000 });
  await p.locator("#ipfs-rewards li.ipfs-item", { hasText: "earned 0.05 DOTS, nothing left to claim" }).waitFor({ timeout: T });
  await shot(p, "phone-rewards-from-ipfs");
  const overflow3 = await p.evaluate(() => document.documentElement.scrollWidth - 390);
  if (overflow3 > 1) throw new Error(`the rewards page with the IPFS fallback is ${overflow3}px wider than the phone`);
  await p.unroute("**/v1/rewards/**");
  allowed = null;
  step("rewards found from IPFS without the indexer");

  // Another account picked in the wallet: the page follows it.
  await p.evaluate((a) => window.ethereum.switchAccount(a), env("PORT_OPERATOR"));
  await p.locator("#account", { hasText: env("PORT_OPERATOR").slice(0, 6) }).waitFor({ timeout: T });
  step("accountsChanged followed");

  // ---- the chain's RPC is down
  const down = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const dp = await down.newPage();
  await dp.addInitScript({ content: `(${installProvider.toString()})(${JSON.stringify({ rpc: RPC, account: ACCOUNT, chainId: CHAIN, startChainId: CHAIN })});` });
  await dp.route(RPC.replace(/\/?$/, "/**"), (r) => r.abort("connectionrefused"));
  await dp.route(RPC, (r) => r.abort("connectionrefused"));
  await dp.goto(PAGE);
  await dp.getByRole("button", { name: /Connect/ }).click();
  await dp.getByText("The chain's RPC does not answer.").first().waitFor({ timeout: 30_000 });
  await shot(dp, "rpc-down");
  step("RPC down explained");

  // ---- no wallet at all
  const bare = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const bp = await bare.newPage();
  bp.on("console", (m) => { if (m.type() === "error") problems.push(`no-wallet console error: ${m.text()}`); });
  await bp.goto(PAGE);
  await bp.locator("#no-wallet", { hasText: "Install MetaMask" }).waitFor({ timeout: T });
  await shot(bp, "no-wallet");
  step("no wallet: the page says how to get one");

  if (problems.length) throw new Error("console errors:\n" + problems.join("\n"));
  console.log("ok");
} catch (err) {
  console.error("FAIL: " + (err.stack || err));
  for (const [i, p] of pages.entries()) {
    await p.screenshot({ path: `${SHOTS}/failure-${i}.png`, fullPage: true }).catch(() => {});
    console.error("notices: " + (await p.locator("#notices").innerText().catch(() => "")));
  }
  if (problems.length) console.error(problems.join("\n"));
  await browser.close();
  process.exit(1);
}
await browser.close();
