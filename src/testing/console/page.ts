/**
 * The sandbox console (`GET /_sandbox/console`): one self-contained HTML page, served by the sandbox, that shows its
 * rooms, sessions, recordings, streams, webhook deliveries and violations live, and drives it through the control
 * API. Everything it loads comes from the sandbox itself; its Content-Security-Policy lets it reach loopback only.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { FAILURE_KINDS } from "../state.js";
import { CONSOLE_SCRIPT } from "./script.js";
import { CONSOLE_STYLE } from "./style.js";

export const CONSOLE_PATH = "/_sandbox/console";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const table = (id: string, caption: string, columns: string[]) => `
      <div class="table" role="region" aria-labelledby="${id}-title" tabindex="0">
        <table>
          <caption class="sr-only">${escapeHtml(caption)}</caption>
          <thead><tr>${columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>
          <tbody id="${id}-body"></tbody>
        </table>
      </div>`;

/** A form control with its label above it. */
const field = (id: string, label: string, control: string) =>
  `<div class="field"><label for="${id}">${escapeHtml(label)}</label>${control}</div>`;

const section = (id: string, title: string, body: string) => `
    <section id="${id}" aria-labelledby="${id}-title">
      <h2 id="${id}-title">${escapeHtml(title)} <span class="count" id="${id}-count"></span></h2>${body}
    </section>`;

const BODY = `
  <a class="skip" href="#actions">Skip to the actions</a>
  <header>
    <h1>VideoSDK sandbox console</h1>
    <nav aria-label="Sections">
      <a href="#rooms">Rooms</a><a href="#sessions">Sessions</a><a href="#streams">Streams and recordings</a>
      <a href="#webhooks">Webhooks</a><a href="#violations">Violations</a><a href="/_sandbox/openapi.json">Control API</a>
    </nav>
    <p id="connection" data-state="connecting"><span id="connection-state" role="status">Connecting to the sandbox…</span><span id="connection-time"></span></p>
  </header>
  <main>
    <section id="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      <form id="token-form" hidden>
        <p id="token-needed">This sandbox runs with credentials of its own: paste a management token for it (kept in this tab only).</p>
        ${field("token-input", "Token", '<input id="token-input" type="password" autocomplete="off" required>')}
        <button type="submit">Use token</button>
      </form>
      <div class="actions">
        <form id="create-form">
          <fieldset>
            <legend>Create a room</legend>
            ${field("create-custom", "Custom room id (optional)", '<input id="create-custom" maxlength="256">')}
            ${field("create-webhook", "Webhook endpoint (optional)", '<input id="create-webhook" type="url" placeholder="http://127.0.0.1:3000/webhooks">')}
            <button type="submit">Create room</button>
          </fieldset>
        </form>
        <form id="fail-form">
          <fieldset>
            <legend>Make it fail</legend>
            ${field("fail-room", "Room", '<select id="fail-room"></select>')}
            ${field("fail-kind", "What", `<select id="fail-kind">${FAILURE_KINDS.map((kind) => `<option value="${kind}">${kind}</option>`).join("")}</select>`)}
            <button type="submit" id="fail-submit" disabled>Make it fail</button>
          </fieldset>
        </form>
        <div>
          <button type="button" id="reset-open" class="danger">Reset sandbox…</button>
          <button type="button" id="token-forget" class="secondary" hidden>Forget token</button>
        </div>
      </div>
      <p id="action-status" class="notice" role="status" aria-live="polite"></p>
    </section>
${section("rooms", "Rooms", table("rooms", "Rooms", ["Room", "Created", "State", "Webhook", "Live session", "Actions"]))}
${section("sessions", "Sessions", table("sessions", "Sessions", ["Session", "Room", "Status", "Started", "Ended", "Participants", "Actions"]))}
${section("streams", "Streams and recordings", table("streams", "Recordings and streams", ["Kind", "Id", "Room", "State", "Started", "Ended", "Result"]))}
    <section id="player" aria-labelledby="player-title" hidden>
      <div class="bar">
        <h2 id="player-title">HLS stream</h2>
        <a id="player-link" target="_blank" rel="noopener">playlist</a>
        <button type="button" id="player-close" class="secondary">Close player</button>
      </div>
      <video id="player-video" controls muted playsinline aria-labelledby="player-title"></video>
      <p id="player-status" class="notice" role="status"></p>
    </section>
${section("webhooks", "Webhooks", table("webhooks", "Webhook deliveries, newest first", ["Time", "Event", "Target", "Delivery", "Status code", "Attempts", "Signature", "Payload"]))}
${section("violations", "Violations", `<p class="muted">What Prism found out of contract: <strong>answers</strong> of the sandbox (a sandbox bug; each was sent as a 500 instead) and the last 200 <strong>requests</strong> it rejected (your client's mistakes, answered with a 400 that names each problem, or a 404 or 405).</p>${table("violations", "Violations and rejected requests, newest first", ["Time", "Out of contract", "Operation", "Request", "Status", "Problems"])}`)}
  </main>
  <dialog id="reset-dialog" aria-labelledby="reset-title">
    <form method="dialog">
      <h2 id="reset-title">Reset the sandbox?</h2>
      <p>Every room, session, recording, stream and webhook delivery is forgotten.</p>
      <button value="cancel" class="secondary" autofocus>Cancel</button>
      <button value="reset" class="danger">Reset</button>
    </form>
  </dialog>`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

/** Loopback only: the page's own origin, and the sandbox's files when they are named by another loopback name. */
const LOOPBACK = "'self' http://127.0.0.1:* http://localhost:*";
const POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${sha256(CONSOLE_SCRIPT)}'`,
  `style-src 'sha256-${sha256(CONSOLE_STYLE)}'`,
  `connect-src ${LOOPBACK}`,
  `media-src ${LOOPBACK} blob:`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

let page: string | undefined;

/** The page's HTML; the same for every sandbox, since it talks to the origin it was loaded from. */
export function consolePage(): string {
  page ??= `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>VideoSDK sandbox console</title>
  <link rel="icon" href="data:,">
  <style>${CONSOLE_STYLE}</style>
</head>
<body>${BODY}
<script>${CONSOLE_SCRIPT}</script>
</body>
</html>
`;
  return page;
}

/** Answers a GET or HEAD of the console. */
export function serveConsole(response: ServerResponse, method: "GET" | "HEAD"): void {
  const body = Buffer.from(consolePage());
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(body.length),
    "content-security-policy": POLICY,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(method === "GET" ? body : undefined);
}
