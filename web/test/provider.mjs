// A test wallet injected before the page loads: it announces itself by EIP-6963 and as
// window.ethereum, forwards requests to anvil (which signs eth_sendTransaction and
// eth_signTypedData_v4 for its accounts), starts on the wrong chain, does not know the
// devnet's chain until asked to add it (4902), and rejects like a person when told to:
// window.__reject = "eth_sendTransaction" (or any method) rejects the next such request with 4001;
// window.__race = async (forward, tx) => {...} runs between the gas estimate and the send of
// the next transaction.
// Exported as a function for playwright's addInitScript({content}).
export function installProvider({ rpc, account: first, chainId, startChainId, otherWallet }) {
  let account = first;
  let chain = startChainId;
  let known = false;
  const listeners = {};
  const emit = (ev, v) => (listeners[ev] || []).forEach((f) => { try { f(v); } catch (e) { console.warn(e); } });
  const err = (code, message) => Object.assign(new Error(message), { code });
  let id = 0;
  const forward = async (method, params) => {
    const res = await fetch(rpc, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params: params || [] }) });
    const body = await res.json();
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
    return body.result;
  };
  const provider = {
    isTestWallet: true,
    log: [],
    async request({ method, params }) {
      provider.log.push(method);
      if (window.__reject === method) {
        window.__reject = null;
        throw err(4001, "User rejected the request.");
      }
      switch (method) {
        case "eth_requestAccounts":
        case "eth_accounts":
          return [account];
        case "eth_chainId":
          return "0x" + chain.toString(16);
        case "net_version":
          return String(chain);
        case "wallet_switchEthereumChain": {
          const want = parseInt(params[0].chainId, 16);
          if (want === chainId && !known) throw err(4902, "Unrecognized chain ID. Try adding the chain using wallet_addEthereumChain first.");
          chain = want;
          emit("chainChanged", "0x" + chain.toString(16));
          return null;
        }
        case "wallet_addEthereumChain": {
          const p = params[0];
          if (parseInt(p.chainId, 16) !== chainId || !p.rpcUrls?.length) throw err(-32602, "bad chain parameters");
          known = true;
          chain = chainId;
          emit("chainChanged", p.chainId);
          return null;
        }
        case "wallet_watchAsset":
          return true;
        case "eth_sendTransaction":
        case "eth_signTypedData_v4":
          if (chain !== chainId) throw err(4901, "wallet on another chain");
          if (params[0].from && params[0].from.toLowerCase() !== account.toLowerCase() && method === "eth_sendTransaction") throw err(4100, "unknown account");
          if (method === "eth_sendTransaction" && window.__race) {
            // Like a wallet whose person confirms late: the gas is estimated when the prompt
            // opens, then the race runs (e.g. the same transaction from another tab), then
            // the transaction is sent with that gas, so it is mined and reverts.
            const race = window.__race;
            window.__race = null;
            const gas = await forward("eth_estimateGas", [params[0]]);
            await race(forward, params[0]);
            return forward(method, [{ ...params[0], gas }]);
          }
          return forward(method, params);
        default:
          if (chain !== chainId) throw err(4901, "wallet on another chain");
          return forward(method, params);
      }
    },
    on(ev, f) { (listeners[ev] ||= []).push(f); return provider; },
    removeListener(ev, f) { listeners[ev] = (listeners[ev] || []).filter((x) => x !== f); return provider; },
  };
  // The test's stand-in for a person picking another account in the wallet.
  provider.switchAccount = (a) => { account = a; emit("accountsChanged", [a]); };
  window.ethereum = provider;
  const info = { uuid: "5f0c1a5e-dots-test-wallet", name: "Test Wallet", icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Ccircle cx='4' cy='4' r='4' fill='%23e2761b'/%3E%3C/svg%3E", rdns: "net.dots.testwallet" };
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
  if (otherWallet) {
    // A second wallet in the same browser, which must not be used unless picked.
    const other = { request: async () => { throw err(4001, "the other wallet was used"); }, on() {}, removeListener() {} };
    const oinfo = { uuid: "0a7e0000-dots-other-wallet", name: "Other Wallet", icon: info.icon, rdns: "net.dots.other" };
    const again = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info: oinfo, provider: other }) }));
    window.addEventListener("eip6963:requestProvider", again);
    again();
  }
}
