// Small DOM helpers: h() builds elements, notice() shows what happened.

// h("p", {class: "x", onclick: f}, "text", child...) builds an element.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

// notice shows a message in the page's live region. kind: info, ok, error, pending.
export function notice(kind, title, detail) {
  const box = document.getElementById("notices");
  const n = h("div", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" },
    h("strong", {}, title), detail ? h("span", {}, " " + detail) : null,
    h("button", { class: "close", "aria-label": "Dismiss", onclick: () => n.remove() }, "×"));
  box.prepend(n);
  if (kind === "ok" || kind === "info") setTimeout(() => n.remove(), 15_000);
  while (box.children.length > 4) box.lastChild.remove();
  return n;
}

// busy disables a button while fn runs.
export async function busy(button, fn) {
  const text = button.textContent;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await fn();
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = text;
  }
}

export function field(label, input, hint) {
  const id = input.id || "f" + Math.random().toString(36).slice(2);
  input.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("small", {}, hint) : null);
}
