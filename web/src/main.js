// The wallet page: loads the deployment's config, finds wallets, and shows the rewards,
// numbers and auditor views.
import { h, clear, notice, busy } from "./ui.js";
import { discover, Wallet } from "./wallet.js";
import { Contracts } from "./contracts.js";
import { Indexer } from "./api.js";
import { explain } from "./errors.js";
import { shortAddr } from "./format.js";
import { RewardsView } from "./rewards.js";
import { NumbersView } from "./numbers.js";
import { AuditorView } from "./auditor.js";
import { PrivateView } from "./private.js";

class App {
  async start() {
    const res = await fetch("config.json");
    if (!res.ok) throw new Error(`config.json: ${res.status}`);
    this.cfg = await res.json();
    this.contracts = new Contracts(this.cfg);
    this.indexer = new Indexer(this.cfg);
    this.wallet = null;
    this.views = {
      rewards: new RewardsView(this, document.getElementById("rewards")),
      numbers: new NumbersView(this, document.getElementById("numbers-view")),
      audit: new AuditorView(this, document.getElementById("audit")),
      private: new PrivateView(this, document.getElementById("private")),
    };
    document.getElementById("network").textContent = `${this.cfg.chainName} · chain ${this.cfg.chainId}`;
    for (const a of document.querySelectorAll("nav a")) a.addEventListener("click", () => setTimeout(() => this.show(), 0));
    window.addEventListener("hashchange", () => this.show());
    this.wallets = await discover((list) => { this.wallets = list; this.renderWallet(); });
    this.renderWallet();
    this.show();
  }

  current() {
    const t = location.hash.replace("#", "");
    return this.views[t] ? t : "rewards";
  }

  show() {
    const cur = this.current();
    if (cur !== this.shown) {
      // What happened on another tab is not news here (a transaction still pending stays).
      for (const n of document.querySelectorAll("#notices .notice:not(.pending)")) n.remove();
      this.shown = cur;
    }
    for (const [name, v] of Object.entries(this.views)) {
      v.el.hidden = name !== cur;
      document.querySelector(`nav a[href="#${name}"]`)?.setAttribute("aria-current", name === cur ? "page" : "false");
    }
    this.views[cur].render().catch((err) => this.fail(err));
  }

  renderWallet() {
    const box = document.getElementById("wallet");
    const banner = document.getElementById("chain-banner");
    clear(banner);
    banner.hidden = true;
    if (this.wallet?.account) {
      clear(box, h("span", { class: "account", id: "account", title: this.wallet.account }, `${this.wallet.name}: ${shortAddr(this.wallet.account)}`),
        h("button", { class: "small", onclick: () => this.disconnect() }, "Disconnect"));
      if (!this.wallet.rightChain) {
        banner.hidden = false;
        clear(banner, h("p", {}, `Your wallet is on chain ${this.wallet.chainId}; this page works on ${this.cfg.chainName} (chain ${this.cfg.chainId}).`),
          h("button", { class: "primary", id: "switch-chain", onclick: (e) => busy(e.target, () => this.switchChain()) }, `Switch to ${this.cfg.chainName}`));
      }
      return;
    }
    if (!this.wallets?.length) {
      clear(box, h("span", { id: "no-wallet" }, "No wallet found. ", h("a", { href: "https://metamask.io/download/", rel: "noopener", target: "_blank" }, "Install MetaMask"),
        " (or any Ethereum wallet) in this browser, then reload. You can still audit batches without one."));
      return;
    }
    clear(box, this.wallets.map((w) => h("button", { class: "primary connect", onclick: (e) => busy(e.target, () => this.connect(w)) },
      w.info.icon ? h("img", { src: w.info.icon, alt: "", width: "20", height: "20" }) : null,
      this.wallets.length > 1 ? `Connect ${w.info.name}` : `Connect wallet (${w.info.name})`)));
  }

  async connect(entry) {
    try {
      this.wallet?.detach();
      const w = new Wallet(entry, this.cfg, () => this.walletChanged());
      await w.connect();
      this.wallet = w;
      this.walletChanged();
    } catch (err) {
      this.fail(err);
    }
  }

  disconnect() {
    this.wallet?.detach();
    this.wallet = null;
    this.walletChanged();
  }

  walletChanged() {
    this.contracts.useWallet(this.wallet?.account ? this.wallet : null);
    this.renderWallet();
    this.show();
  }

  async switchChain() {
    try {
      await this.wallet.switchChain();
      this.walletChanged();
    } catch (err) {
      this.fail(err);
    }
  }

  // requireChain says what to do when the wallet is not connected or on another chain.
  requireChain() {
    if (!this.wallet?.account) { notice("error", "Connect your wallet first."); return false; }
    if (!this.wallet.rightChain) {
      notice("error", `Your wallet is on the wrong chain (${this.wallet.chainId}).`, `Use the button at the top to switch to ${this.cfg.chainName}.`);
      return false;
    }
    return true;
  }

  // chainSkew is how far the chain's clock is ahead of this computer's (seconds).
  async chainSkew() {
    const b = await this.contracts.pub.getBlock();
    return b.timestamp - BigInt(Math.floor(Date.now() / 1000));
  }

  fail(err) {
    const e = explain(err, this.cfg?.rpcUrl);
    const n = notice("error", e.title, e.detail);
    // A transaction that was mined and reverted: its hash, to look it up.
    if (err?.txHash) n.insertBefore(h("span", {}, " It was mined and reverted: ", h("code", { class: "hash reverted-tx" }, err.txHash)), n.lastChild);
  }
}

const app = new App();
window.dotsApp = app;
app.start().catch((err) => {
  document.getElementById("notices").append(h("div", { class: "notice error", role: "alert" }, "The page could not start: " + (err.message || err)));
});
