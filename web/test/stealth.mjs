// The Private rewards tab in Debian's headless Chromium (web/stealth_browser_test.go starts
// anvil, IPFS and the indexer): the page says the rewards are public, registers a
// meta-address from the wallet's signature, finds the three stealth payments of three
// epochs, claims them and sweeps them to DEST. Env: PAGE_URL, RPC_URL, ACCOUNT, CHAIN_ID,
// DEST, WANT_TOTAL, SHOTS, CHROMIUM. Exits 1 on the first failure.
import { chromium } from "playwright-core";
import { installProvider } from "./provider.mjs";

const env = (k) => {
  if (!process.env[k]) throw new Error(`${k} is not set`);
  return process.env[k];
};
const T = 30_000;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const problems = [];
const step = (s) => console.log("step: " + s);
try {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await ctx.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript({ content: `(${installProvider.toString()})(${JSON.stringify({ rpc: env("RPC_URL"), account: env("ACCOUNT"), chainId: Number(env("CHAIN_ID")), startChainId: Number(env("CHAIN_ID")) })});` });
  await page.goto(env("PAGE_URL") + "#private");
  await page.getByRole("button", { name: /Connect.*Test Wallet/ }).click();
  const status = page.locator("#private-status");
  await status.waitFor({ timeout: T });
  if (!/public/.test(await status.textContent())) throw new Error("the tab does not say the rewards are public: " + (await status.textContent()));
  step("the page says: rewards are public");
  await page.locator("#make-private").click();
  await page.locator("#private-status.ok").waitFor({ timeout: T });
  step("registered the meta-address derived from the wallet's signature");
  await page.locator("#scan").click();
  await page.locator(".stealth-row").nth(2).waitFor({ timeout: T });
  const rows = await page.locator(".stealth-row").count();
  const total = await page.locator("#private-total").textContent();
  if (rows !== 3 || total !== env("WANT_TOTAL")) throw new Error(`found ${rows} stealth payments totalling ${total}, want 3 and ${env("WANT_TOTAL")}`);
  step(`found ${rows} stealth payments, ${total}`);
  await page.screenshot({ path: `${env("SHOTS")}/private-found.png`, fullPage: true });
  await page.locator("#sweep-to").fill(env("DEST"));
  await page.locator("#sweep").click();
  await page.locator(".notice.ok", { hasText: "Sent" }).waitFor({ timeout: 60_000 });
  step("claimed and swept");
  await page.screenshot({ path: `${env("SHOTS")}/private-swept.png`, fullPage: true });
  if (problems.length) throw new Error(problems.join("\n"));
  console.log("ok");
} catch (err) {
  console.error("FAIL: " + (err.stack || err));
  for (const p of problems) console.error(p);
  await browser.close();
  process.exit(1);
}
await browser.close();
