// Wallet discovery (EIP-6963, then window.ethereum), connection, and the chain switch.
import { toHex } from "viem";

// discover collects the wallets that announce themselves (EIP-6963) within waitMs; when
// none does, window.ethereum (if any) is the one wallet.
export function discover(onChange, waitMs = 400) {
  const found = new Map();
  const add = (info, provider) => {
    if (!provider || found.has(info.uuid)) return;
    found.set(info.uuid, { info, provider });
    onChange([...found.values()]);
  };
  window.addEventListener("eip6963:announceProvider", (e) => add(e.detail.info, e.detail.provider));
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  return new Promise((resolve) => setTimeout(() => {
    if (found.size === 0 && window.ethereum) {
      add({ uuid: "window.ethereum", name: window.ethereum.isMetaMask ? "MetaMask" : "Browser wallet", icon: "" }, window.ethereum);
    }
    resolve([...found.values()]);
  }, waitMs));
}

// Wallet is one connected provider with its account and chain.
export class Wallet {
  constructor(entry, cfg, onChange) {
    this.provider = entry.provider;
    this.name = entry.info.name;
    this.cfg = cfg;
    this.account = null;
    this.chainId = null;
    this.onChange = onChange;
    this.listeners = {
      accountsChanged: (a) => { this.account = a?.[0] || null; this.onChange(this); },
      chainChanged: (c) => { this.chainId = Number(c); this.onChange(this); },
      disconnect: () => { this.account = null; this.onChange(this); },
    };
  }

  async connect() {
    const accounts = await this.provider.request({ method: "eth_requestAccounts" });
    this.account = accounts?.[0] || null;
    this.chainId = Number(await this.provider.request({ method: "eth_chainId" }));
    for (const [ev, fn] of Object.entries(this.listeners)) this.provider.on?.(ev, fn);
    return this;
  }

  detach() {
    for (const [ev, fn] of Object.entries(this.listeners)) this.provider.removeListener?.(ev, fn);
  }

  get rightChain() {
    return this.chainId === this.cfg.chainId;
  }

  // switchChain asks the wallet to use the deployment's chain, adding it when the wallet
  // does not know it (error 4902).
  async switchChain() {
    const chainId = toHex(this.cfg.chainId);
    try {
      await this.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
    } catch (err) {
      const code = err?.code ?? err?.data?.originalError?.code;
      if (code !== 4902) throw err;
      await this.provider.request({
        method: "wallet_addEthereumChain",
        params: [{ chainId, chainName: this.cfg.chainName, rpcUrls: [this.cfg.rpcUrl],
          nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 } }],
      });
    }
    this.chainId = Number(await this.provider.request({ method: "eth_chainId" }));
  }

  // watchAsset offers DOTS to the wallet's token list.
  watchAsset() {
    return this.provider.request({
      method: "wallet_watchAsset",
      params: { type: "ERC20", options: { address: this.cfg.contracts.rewardToken, symbol: "DOTS", decimals: 18 } },
    });
  }
}
