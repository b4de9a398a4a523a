/**
 * The console script's settings, its state and its DOM helpers: `h()` builds elements (text always as text, never
 * as HTML), `reconcile()` keeps one row per item and rebuilds a row only when its item changed.
 * Plain browser JavaScript, part of one script (see script.ts): no backtick, no dollar sign before a brace.
 */
export const CLIENT_CORE = String.raw`
  // The sandbox's published default credentials: a token is minted with them only when the sandbox says it uses
  // the default API key. A sandbox with credentials of its own needs a token pasted in.
  const DEFAULT_API_KEY = "sandbox";
  const DEFAULT_SECRET = "sandbox-secret";
  // Twice a second, so that a change shows within a second; ?poll=<ms> (100 to 5000) changes it.
  const POLL_MS = Math.min(5000, Math.max(100, Number(new URLSearchParams(location.search).get("poll")) || 500));
  const PER_PAGE = 100;
  const SHOWN_DELIVERIES = 200;
  // The deliveries the sandbox keeps, and how many of its newest lifecycle resources are asked for.
  const KEPT_DELIVERIES = 1000;
  const RESOURCES = 500;
  const TRACK_ROOMS = 10;
  const TOKEN_STORAGE = "videosdk-sandbox-console-token";
  // The sandbox's HLS sample: H.264 video and Opus audio in fragmented MP4.
  const HLS_SAMPLE_TYPE = 'video/mp4; codecs="avc1.42E01E, opus"';

  const encoder = new TextEncoder();
  const $ = (id) => document.getElementById(id);

  const app = {
    apiKey: undefined,
    token: undefined,
    tokenSource: undefined,
    online: undefined,
    expiresAt: 0,
    refusedKey: undefined,
    publicKey: undefined,
    verifications: new Map(),
    deliveries: new Map(),
    deliveryCursor: undefined,
    clearedAt: undefined,
    data: undefined,
    updatedAt: undefined,
  };

  // ---- DOM -------------------------------------------------------------------------------------------------------

  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else if (name === "text") element.textContent = value;
      else element.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const time = (iso) => {
    if (!iso) return "—";
    const date = new Date(iso);
    return h("time", { datetime: iso, title: date.toLocaleString() }, date.toLocaleTimeString());
  };
  const code = (text) => h("code", {}, text);
  const url = (text) => h("code", { class: "url" }, text);
  const badge = (text, tone) => h("span", { class: "badge " + (tone || toneOf(text)) }, text);
  function toneOf(state) {
    if (["failed", "invalid signature", "skipped"].includes(state)) return "bad";
    if (["stopped", "delivered", "verified", "ended", "file ready", "playable"].includes(state)) return "good";
    if (["pending", "starting", "stopping", "processing", "checking"].includes(state)) return "busy";
    return "live";
  }
  /** One cell, labelled for the narrow layout where each row becomes a card. */
  const cell = (label, ...content) => h("td", { "data-label": label }, h("div", {}, ...content));

  /**
   * Puts one row per item in tbody, in order, rebuilding a row only when its signature changed. A rebuilt row keeps
   * which of its details were open and which of its controls had the focus.
   */
  const rendered = new WeakMap();
  function reconcile(tbody, items, key, signature, render, empty) {
    const before = rendered.get(tbody) || new Map();
    const after = new Map();
    const list = items.length ? items : [null];
    let previous = null;
    for (const item of list) {
      const id = item === null ? "\u0000empty" : key(item);
      const sig = item === null ? empty : signature(item);
      let entry = before.get(id);
      if (!entry || entry.sig !== sig) {
        const row = item === null ? emptyRow(tbody, empty) : render(item);
        row.dataset.key = id;
        if (entry) {
          carryOver(entry.row, row);
          entry.row.replaceWith(row);
        }
        entry = { sig, row };
      }
      after.set(id, entry);
      const wanted = previous ? previous.nextSibling : tbody.firstChild;
      if (wanted !== entry.row) tbody.insertBefore(entry.row, wanted);
      previous = entry.row;
    }
    for (const [id, entry] of before) if (!after.has(id)) entry.row.remove();
    rendered.set(tbody, after);
  }
  function emptyRow(tbody, text) {
    const columns = tbody.closest("table").querySelectorAll("thead th").length;
    return h("tr", { class: "empty" }, h("td", { colspan: columns }, text));
  }
  function carryOver(from, to) {
    for (const details of from.querySelectorAll("details[open][data-keep]")) {
      const twin = to.querySelector('details[data-keep="' + details.dataset.keep + '"]');
      if (twin) twin.open = true;
    }
    const focused = document.activeElement;
    if (focused && from.contains(focused) && focused.dataset.focus) {
      const twin = to.querySelector('[data-focus="' + focused.dataset.focus + '"]');
      if (twin) queueMicrotask(() => twin.focus());
    }
  }

  function say(message, tone) {
    const status = $("action-status");
    status.textContent = message;
    status.className = tone === "bad" ? "notice bad" : "notice";
  }

`;
