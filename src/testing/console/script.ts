/**
 * The console's browser script, as text: plain ES2022 for current Chromium and Firefox, with no build step and no
 * dependency. It polls the sandbox it was served by (the API and the control API, same origin) twice a second,
 * renders each list keyed by id so that a row changes only when its item does (an open payload or a focused button
 * survives an update), and verifies every webhook signature itself with Web Crypto.
 *
 * Written inside String.raw: the script must not contain a backtick or a dollar sign followed by a brace.
 */
export const CONSOLE_SCRIPT = String.raw`
"use strict";
(() => {
  // The sandbox's published default credentials: a token is minted with them only when the sandbox says it uses
  // the default API key. A sandbox with credentials of its own needs a token pasted in.
  const DEFAULT_API_KEY = "sandbox";
  const DEFAULT_SECRET = "sandbox-secret";
  // Twice a second, so that a change shows within a second; ?poll=<ms> (100 to 5000) changes it.
  const POLL_MS = Math.min(5000, Math.max(100, Number(new URLSearchParams(location.search).get("poll")) || 500));
  const PER_PAGE = 100;
  const SHOWN_DELIVERIES = 200;
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

  // ---- tokens and calls ------------------------------------------------------------------------------------------

  const base64url = (bytes) =>
    btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  /** A management token (HS256, roles crawler, one hour), as the sandbox's own createSandboxToken makes it. */
  async function mintToken(apiKey, secret) {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(encoder.encode(JSON.stringify({ alg: "HS256", typ: "JWT" })));
    const payload = base64url(
      encoder.encode(
        JSON.stringify({
          apikey: apiKey,
          permissions: ["allow_join", "allow_mod"],
          version: 2,
          roles: ["crawler"],
          iat: now,
          exp: now + 3600,
        }),
      ),
    );
    const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const signature = await crypto.subtle.sign("HMAC", key, encoder.encode(header + "." + payload));
    return { token: header + "." + payload + "." + base64url(signature), expiresAt: (now + 3600) * 1000 };
  }

  async function ensureToken() {
    const pasted = sessionStorage.getItem(TOKEN_STORAGE);
    if (pasted) {
      app.token = pasted;
      app.tokenSource = "pasted";
      return;
    }
    if (app.tokenSource === "minted" && app.expiresAt - Date.now() > 60_000) return;
    // Refused once with this API key: the sandbox has a secret of its own, and asking again only fails again.
    if (app.tokenSource === "refused" && app.refusedKey === app.apiKey) return;
    if (app.apiKey !== DEFAULT_API_KEY || !globalThis.crypto || !crypto.subtle) {
      app.token = undefined;
      app.tokenSource = undefined;
      return;
    }
    const minted = await mintToken(DEFAULT_API_KEY, DEFAULT_SECRET);
    app.token = minted.token;
    app.expiresAt = minted.expiresAt;
    app.tokenSource = "minted";
  }

  class CallError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  /** A call to the sandbox this page came from. API calls carry the token; control calls send JSON. */
  async function call(method, path, body) {
    const headers = {};
    if (!path.startsWith("/_sandbox/")) {
      if (!app.token) throw new CallError("no token", 401);
      headers.authorization = app.token;
    }
    // Every call that changes something says it is JSON, with a body or without: the sandbox may insist on it.
    if (method !== "GET") headers["content-type"] = "application/json";
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      throw new CallError("the sandbox did not answer", 0);
    }
    const text = await response.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!response.ok) {
      const message = parsed && typeof parsed === "object" && parsed.message ? parsed.message : text;
      throw new CallError(method + " " + path + ": " + response.status + " " + message, response.status);
    }
    return parsed;
  }

  const list = (path) => call("GET", path + (path.includes("?") ? "&" : "?") + "perPage=" + PER_PAGE);

  // ---- webhook signatures ----------------------------------------------------------------------------------------

  async function loadPublicKey() {
    app.publicKey = undefined;
    app.verifications.clear();
    if (!globalThis.crypto || !crypto.subtle) return;
    const { publicKey } = await call("GET", "/v2/public/rsa-public-key");
    const der = Uint8Array.from(atob(publicKey.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "")), (c) =>
      c.charCodeAt(0),
    );
    app.publicKey = await crypto.subtle.importKey(
      "spki",
      der,
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["verify"],
    );
  }

  /** RSASSA-PKCS1-v1_5 with SHA-256 over the exact bytes sent, as a receiver checks the videosdk-signature header. */
  function verification(delivery) {
    const known = app.verifications.get(delivery.id);
    if (known) return known;
    if (!app.publicKey) return "not checked";
    app.verifications.set(delivery.id, "checking");
    (async () => {
      let result;
      try {
        const signature = Uint8Array.from(atob(delivery.signature), (c) => c.charCodeAt(0));
        const ok = await crypto.subtle.verify(
          { name: "RSASSA-PKCS1-v1_5" },
          app.publicKey,
          signature,
          encoder.encode(delivery.body),
        );
        result = ok ? "verified" : "invalid signature";
      } catch {
        result = "invalid signature";
      }
      app.verifications.set(delivery.id, result);
      render();
    })();
    return "checking";
  }

  /** Track recordings are listed per room (roomId is required): those of the rooms with the newest sessions. */
  async function listTrackRecordings(sessions) {
    const roomIds = [...new Set(sessions.map((session) => session.roomId))].slice(0, TRACK_ROOMS);
    const pages = await Promise.all(
      roomIds.map((roomId) => list("/v2/recordings/participant/track?roomId=" + encodeURIComponent(roomId))),
    );
    return pages.flatMap((page) => page.data);
  }

  // ---- polling ---------------------------------------------------------------------------------------------------

  let polling = false;
  let again = false;
  let timer;
  /** Polls now, or right after the poll under way. */
  function pollSoon() {
    if (polling) again = true;
    else {
      clearTimeout(timer);
      poll();
    }
  }

  /** A 401 to a token: a minted one means the sandbox has credentials of its own, a pasted one is forgotten. */
  function refused(error) {
    if (error.status !== 401) throw error;
    if (app.tokenSource === "pasted") sessionStorage.removeItem(TOKEN_STORAGE);
    app.token = undefined;
    app.tokenSource = "refused";
    app.refusedKey = app.apiKey;
    return undefined;
  }

  /** Everything the page shows, asked all at once (the health check first only until the page is connected). */
  async function poll() {
    polling = true;
    try {
      const health = call("GET", "/_sandbox/health");
      if (app.online !== true) {
        app.apiKey = (await health).apiKey;
        await ensureToken();
        await loadPublicKey().catch(() => undefined);
      } else await ensureToken();
      const [checked, control, api, trackRecordings] = await Promise.all([
        health,
        Promise.all([call("GET", "/_sandbox/webhooks"), call("GET", "/_sandbox/violations")]),
        app.token
          ? Promise.all(
              ["/v2/rooms", "/v2/sessions", "/v2/recordings", "/v2/recordings/participant", "/v2/hls", "/v2/livestreams"].map(
                list,
              ),
            ).catch(refused)
          : undefined,
        // Per room, for the rooms with the newest sessions as of the last poll.
        app.token && app.data ? listTrackRecordings(app.data.sessions).catch(refused) : undefined,
      ]);
      // Another sandbox answers now (other credentials): connect afresh at the next poll.
      if (checked.apiKey !== app.apiKey) throw new CallError("the sandbox changed", 0);
      const [rooms, sessions, recordings, participantRecordings, hls, livestreams] = api || [];
      app.data = {
        deliveries: control[0].deliveries,
        violations: control[1].violations,
        rooms: rooms ? rooms.data : [],
        roomsTotal: rooms ? rooms.pageInfo.total : 0,
        sessions: sessions ? sessions.data : [],
        recordings: recordings ? recordings.data : [],
        participantRecordings: participantRecordings ? participantRecordings.data : [],
        trackRecordings: trackRecordings || [],
        hls: hls ? hls.data : [],
        livestreams: livestreams ? livestreams.data : [],
      };
      app.online = true;
      app.updatedAt = new Date();
    } catch (error) {
      app.online = false;
      app.lastError = error.message;
    }
    polling = false;
    render();
    timer = setTimeout(poll, again ? 0 : document.hidden ? POLL_MS * 4 : POLL_MS);
    again = false;
  }

  // ---- rendering -------------------------------------------------------------------------------------------------

  function render() {
    renderConnection();
    if (!app.data) return;
    const data = app.data;
    renderRooms(data);
    renderSessions(data);
    renderStreams(data);
    renderWebhooks(data);
    renderViolations(data);
    renderFailRooms(data);
  }

  function renderConnection() {
    const connection = $("connection");
    const state = app.online === undefined ? "connecting" : app.online ? "online" : "offline";
    const text =
      state === "connecting"
        ? "Connecting to the sandbox…"
        : state === "online"
          ? "Live"
          : "The sandbox is not answering (" + app.lastError + "): retrying…";
    // The state is a live region and changes only with the state; the time of the last update is not announced.
    if (connection.dataset.state !== state || $("connection-state").textContent !== text) {
      connection.dataset.state = state;
      $("connection-state").textContent = text;
    }
    $("connection-time").textContent = state === "online" ? " · updated " + app.updatedAt.toLocaleTimeString() : "";
    $("token-form").hidden = !(app.online && !app.token);
    $("token-forget").hidden = app.tokenSource !== "pasted";
  }

  const liveSession = (data, roomId) => data.sessions.find((s) => s.roomId === roomId && s.status === "ongoing");

  function renderRooms(data) {
    $("rooms-count").textContent = String(data.roomsTotal);
    reconcile(
      $("rooms-body"),
      data.rooms,
      (room) => room.roomId,
      (room) => JSON.stringify([room, liveSession(data, room.roomId)]),
      (room) => {
        const session = liveSession(data, room.roomId);
        const connected = session ? session.participants.filter(isConnected).length : 0;
        return h(
          "tr",
          {},
          cell("Room", code(room.roomId), room.customRoomId ? h("div", { class: "muted" }, room.customRoomId) : null),
          cell("Created", time(room.createdAt)),
          cell("State", badge(room.disabled ? "disabled" : "enabled", room.disabled ? "bad" : "good")),
          cell("Webhook", room.webhook && room.webhook.endPoint ? url(room.webhook.endPoint) : h("span", { class: "muted" }, "none")),
          cell(
            "Live session",
            session ? [badge("live"), " " + connected + " participant" + (connected === 1 ? "" : "s")] : "none",
          ),
          cell(
            "Actions",
            h(
              "button",
              {
                type: "button",
                "data-focus": "join",
                "aria-label": "Add a participant to room " + room.roomId,
                disabled: room.disabled,
                onclick: () => addParticipant(room.roomId),
              },
              "Add participant",
            ),
          ),
        );
      },
      "No rooms yet: create one here or through the API.",
    );
  }

  const isConnected = (participant) => participant.timelog.some((entry) => entry.end === null);

  function renderSessions(data) {
    const sessions = [...data.sessions].sort(
      (a, b) => (a.status === b.status ? 0 : a.status === "ongoing" ? -1 : 1) || b.start.localeCompare(a.start),
    );
    $("sessions-count").textContent = String(sessions.filter((s) => s.status === "ongoing").length) + " live";
    reconcile(
      $("sessions-body"),
      sessions,
      (session) => session.id,
      (session) => JSON.stringify(session.participants) + session.status + session.end,
      (session) =>
        h(
          "tr",
          {},
          cell("Session", code(session.id)),
          cell("Room", code(session.roomId)),
          cell("Status", badge(session.status === "ongoing" ? "live" : "ended")),
          cell("Started", time(session.start)),
          cell("Ended", time(session.end)),
          cell(
            "Participants",
            session.participants.length
              ? h(
                  "ul",
                  { class: "participants" },
                  session.participants.map((participant) =>
                    h(
                      "li",
                      {},
                      h("strong", {}, participant.name || participant.participantId),
                      " ",
                      h("span", { class: "muted" }, "(" + participant.participantId + ")"),
                      participant.timelog.map((entry) =>
                        h(
                          "div",
                          { class: "timelog" },
                          "joined ",
                          time(entry.start),
                          entry.end ? [", left ", time(entry.end)] : ", in the session",
                        ),
                      ),
                      session.status === "ongoing" && isConnected(participant)
                        ? h(
                            "button",
                            {
                              type: "button",
                              class: "small",
                              "data-focus": "leave-" + participant.participantId,
                              "aria-label": "Remove " + (participant.name || participant.participantId) + " from room " + session.roomId,
                              onclick: () => removeParticipant(session.roomId, participant.participantId),
                            },
                            "Remove",
                          )
                        : null,
                    ),
                  ),
                )
              : h("span", { class: "muted" }, "none"),
          ),
          cell(
            "Actions",
            session.status === "ongoing"
              ? h(
                  "button",
                  {
                    type: "button",
                    "data-focus": "end",
                    "aria-label": "End session " + session.id + " of room " + session.roomId,
                    onclick: () => endSession(session.roomId, session.id),
                  },
                  "End session",
                )
              : null,
          ),
        ),
      "No sessions yet: add a participant to a room to start one.",
    );
  }

  /**
   * Where a recording or stream is in its lifecycle: its last lifecycle event (a webhook delivery about it, or the
   * API's own webhook summary), or else what its fields tell (running until it ends, then its file).
   */
  function phaseOf(item, data, hasFile) {
    const events = data.deliveries.filter((d) => d.resourceId === item.id).map((d) => d.event);
    if (!events.length && item.webhook && item.webhook.data) events.push(...item.webhook.data.map((d) => d.type));
    const last = events.length ? events[events.length - 1].split("-").pop() : undefined;
    if (hasFile) return "file ready";
    if (last) return last;
    if (!item.end) return "running";
    return hasFile ? "file ready" : hasFile === undefined ? "ended" : "ended, no file yet";
  }

  function streamItems(data) {
    const items = [];
    for (const recording of data.recordings) {
      const file = recording.file && recording.file.fileUrl;
      items.push({ kind: "Meeting recording", item: recording, phase: phaseOf(recording, data, Boolean(file)), file });
    }
    for (const recording of data.participantRecordings) {
      const file = recording.files && recording.files[0] && recording.files[0].fileUrl;
      const who = recording.participantName || recording.participantId;
      items.push({ kind: "Participant recording", detail: who, item: recording, phase: phaseOf(recording, data, Boolean(file)), file });
    }
    for (const recording of data.trackRecordings) {
      const file = recording.files && recording.files[0] && recording.files[0].fileUrl;
      const who = (recording.participantName || recording.participantId) + ", " + recording.kind;
      items.push({ kind: "Track recording", detail: who, item: recording, phase: phaseOf(recording, data, Boolean(file)), file });
    }
    for (const stream of data.hls) items.push({ kind: "HLS stream", item: stream, phase: phaseOf(stream, data, undefined), hls: true });
    for (const stream of data.livestreams)
      items.push({ kind: "RTMP livestream", item: stream, phase: phaseOf(stream, data, undefined), rtmp: true });
    return items.sort((a, b) => String(b.item.start).localeCompare(String(a.item.start)));
  }

  function renderStreams(data) {
    const items = streamItems(data);
    $("streams-count").textContent = String(items.length);
    reconcile(
      $("streams-body"),
      items,
      (entry) => entry.item.id,
      (entry) => JSON.stringify([entry.phase, entry.file, entry.item.end, entry.item.playbackHlsUrl]),
      (entry) =>
        h(
          "tr",
          {},
          cell("Kind", entry.kind, entry.detail ? h("div", { class: "muted" }, entry.detail) : null),
          cell("Id", code(entry.item.id)),
          cell("Room", code(entry.item.roomId)),
          cell("State", badge(entry.phase)),
          cell("Started", time(entry.item.start)),
          cell("Ended", time(entry.item.end)),
          cell("Result", result(entry)),
        ),
      "No recordings or streams yet: start one through the API in a live session.",
    );
  }

  function result(entry) {
    if (entry.file) return h("a", { href: entry.file, target: "_blank", rel: "noopener" }, "file");
    if (entry.hls) {
      if (entry.phase === "failed") return h("span", { class: "muted" }, "none");
      // "running" and "ended" are what a stream without webhooks shows: it may be playable.
      if (!["playable", "stopping", "stopped", "running", "ended"].includes(entry.phase))
        return h("span", { class: "muted" }, "not playable yet");
      return [
        h("a", { href: entry.item.playbackHlsUrl, target: "_blank", rel: "noopener" }, "playlist"),
        " ",
        h(
          "button",
          {
            type: "button",
            class: "small",
            "data-focus": "play",
            "aria-label": "Play HLS stream " + entry.item.id,
            onclick: () => play(entry.item),
          },
          "Play",
        ),
      ];
    }
    if (entry.rtmp)
      return h(
        "ul",
        { class: "plain" },
        (entry.item.outputs || []).map((output) => h("li", {}, url(output.url), " ", h("span", { class: "muted" }, "(stream key hidden)"))),
      );
    return h("span", { class: "muted" }, entry.phase === "failed" ? "none" : "when it stops");
  }

  function renderWebhooks(data) {
    const deliveries = data.deliveries.slice(-SHOWN_DELIVERIES).reverse();
    $("webhooks-count").textContent = String(data.deliveries.length);
    reconcile(
      $("webhooks-body"),
      deliveries,
      (delivery) => delivery.id,
      (delivery) => JSON.stringify([delivery.status, delivery.attempts, delivery.reason, verification(delivery)]),
      (delivery) => {
        const last = delivery.attempts[delivery.attempts.length - 1];
        const answer = last ? (last.status !== undefined ? String(last.status) : last.error || "—") : "—";
        const check = verification(delivery);
        let payload = delivery.body;
        try {
          payload = JSON.stringify(JSON.parse(delivery.body), null, 2);
        } catch {}
        return h(
          "tr",
          {},
          cell("Time", time(delivery.attempts[0] ? delivery.attempts[0].at : undefined)),
          cell("Event", code(delivery.event), h("div", { class: "muted" }, "room " + delivery.roomId)),
          cell("Target", url(delivery.url)),
          cell("Delivery", badge(delivery.status), delivery.reason ? h("div", { class: "muted" }, delivery.reason) : null),
          cell("Status code", answer),
          cell("Attempts", String(delivery.attempts.length)),
          cell("Signature", badge(check, check === "verified" ? "good" : check === "checking" ? "busy" : "bad")),
          cell(
            "Payload",
            h("details", { "data-keep": "payload" }, h("summary", { "data-focus": "payload" }, "Show payload"), h("pre", {}, payload)),
          ),
        );
      },
      "No webhook deliveries yet: give a room a webhook.endPoint (loopback) and start something.",
    );
  }

  function renderViolations(data) {
    const violations = [...data.violations].reverse();
    $("violations-count").textContent = String(violations.length);
    reconcile(
      $("violations-body"),
      violations,
      (v) => v.at + v.method + v.path + v.status,
      (v) => JSON.stringify(v),
      (v) =>
        h(
          "tr",
          {},
          cell("Time", time(v.at)),
          cell("Operation", code(v.operationId || "(the sandbox itself)")),
          cell("Request", code(v.method + " " + v.path)),
          cell("Status", String(v.status)),
          cell(
            "Problems",
            h(
              "ul",
              { class: "plain" },
              (v.violations || []).map((problem) => h("li", {}, code(problem.path), " ", problem.message)),
            ),
          ),
        ),
      "No violations: every answer so far matched the spec.",
    );
  }

  function renderFailRooms(data) {
    const select = $("fail-room");
    const wanted = data.rooms.map((room) => room.roomId);
    const have = [...select.options].map((option) => option.value);
    if (JSON.stringify(wanted) === JSON.stringify(have)) return;
    const chosen = select.value;
    select.replaceChildren(...wanted.map((id) => h("option", { value: id }, id)));
    if (wanted.includes(chosen)) select.value = chosen;
    $("fail-submit").disabled = wanted.length === 0;
  }

  // ---- actions ---------------------------------------------------------------------------------------------------

  async function act(run) {
    try {
      say(await run());
    } catch (error) {
      say(error.message, "bad");
    }
    // The change is shown at once rather than at the next poll.
    pollSoon();
  }

  let participantCount = 0;
  const addParticipant = (roomId) =>
    act(async () => {
      participantCount += 1;
      const name = "Participant " + participantCount;
      const joined = await call("POST", "/_sandbox/rooms/" + encodeURIComponent(roomId) + "/participants", { name });
      return name + " (" + joined.participantId + ") joined room " + roomId + ", session " + joined.sessionId;
    });

  const removeParticipant = (roomId, participantId) =>
    act(async () => {
      await call(
        "DELETE",
        "/_sandbox/rooms/" + encodeURIComponent(roomId) + "/participants/" + encodeURIComponent(participantId),
      );
      return participantId + " left room " + roomId;
    });

  const endSession = (roomId, sessionId) =>
    act(async () => {
      await call("POST", "/v2/sessions/end", { roomId, sessionId });
      return "Session " + sessionId + " of room " + roomId + " ended";
    });

  $("create-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const customRoomId = $("create-custom").value.trim();
    const endPoint = $("create-webhook").value.trim();
    act(async () => {
      const room = await call("POST", "/v2/rooms", {
        ...(customRoomId ? { customRoomId } : {}),
        ...(endPoint ? { webhook: { endPoint } } : {}),
      });
      return "Room " + room.roomId + " created";
    });
  });

  $("fail-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const roomId = $("fail-room").value;
    const kind = $("fail-kind").value;
    act(async () => {
      const answer = await call("POST", "/_sandbox/fail", { roomId, kind });
      return answer.applied === "running"
        ? "The running " + kind + " in room " + roomId + " failed"
        : "The next " + kind + " started in room " + roomId + " will fail";
    });
  });

  $("reset-open").addEventListener("click", () => {
    $("reset-dialog").returnValue = "";
    $("reset-dialog").showModal();
  });
  $("reset-dialog").addEventListener("close", () => {
    if ($("reset-dialog").returnValue !== "reset") return;
    act(async () => {
      await call("POST", "/_sandbox/reset");
      stopPlayer();
      return "The sandbox was reset: every room, session, recording and delivery is gone";
    });
  });

  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = $("token-input").value.trim();
    if (!token) return;
    sessionStorage.setItem(TOKEN_STORAGE, token);
    $("token-input").value = "";
    app.tokenSource = undefined;
    say("Token saved for this tab");
    pollSoon();
  });
  $("token-forget").addEventListener("click", () => {
    sessionStorage.removeItem(TOKEN_STORAGE);
    app.token = undefined;
    app.tokenSource = undefined;
    say("Token forgotten");
  });

  // ---- the HLS player --------------------------------------------------------------------------------------------

  let player;

  function stopPlayer() {
    if (!player) return;
    player.abort.abort();
    const video = $("player-video");
    video.pause();
    video.removeAttribute("src");
    video.load();
    if (player.objectUrl) URL.revokeObjectURL(player.objectUrl);
    player = undefined;
    $("player").hidden = true;
  }

  /**
   * Feeds the stream's fMP4 segments to Media Source Extensions (Chromium, Firefox, desktop Safari): the sandbox's
   * playlists are one init section and one-second segments, which needs no HLS library. Else the browser's own HLS
   * playback (iOS Safari), else the playlist link only.
   */
  function play(stream) {
    stopPlayer();
    const video = $("player-video");
    const abort = new AbortController();
    player = { abort, id: stream.id };
    $("player").hidden = false;
    $("player-title").textContent = "HLS stream " + stream.id + " (room " + stream.roomId + ")";
    $("player-link").href = stream.playbackHlsUrl;
    const status = (text) => ($("player-status").textContent = text);
    // Media Source first: a browser that says it plays HLS natively may still not demux these segments.
    if (globalThis.MediaSource && MediaSource.isTypeSupported(HLS_SAMPLE_TYPE)) {
      status("Loading…");
      playWithMediaSource(player, video, stream.playbackHlsUrl, status).catch((error) => {
        if (!abort.signal.aborted) status("Cannot play here (" + error.message + "): open the playlist in a player");
      });
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = stream.playbackHlsUrl;
      video.addEventListener("error", () => status("The browser cannot play it: open the playlist in a player"), {
        once: true,
        signal: abort.signal,
      });
      status("Playing with the browser's own HLS support");
    } else {
      status("This browser cannot decode the stream (H.264 and Opus in fMP4) here: open the playlist in a player");
    }
    video.play().catch(() => undefined);
    $("player").scrollIntoView({ block: "nearest" });
  }

  async function playWithMediaSource(session, video, playlistUrl, status) {
    const signal = session.abort.signal;
    const source = new MediaSource();
    session.objectUrl = URL.createObjectURL(source);
    video.src = session.objectUrl;
    await new Promise((resolve) => source.addEventListener("sourceopen", resolve, { once: true }));
    const buffer = source.addSourceBuffer(HLS_SAMPLE_TYPE);
    // Every segment is the same one-second sample: appended one after the other, not at its own timestamps.
    buffer.mode = "sequence";
    const append = async (url) => {
      const bytes = await (await fetch(url, { signal })).arrayBuffer();
      await new Promise((resolve, reject) => {
        buffer.addEventListener("updateend", resolve, { once: true });
        buffer.addEventListener("error", () => reject(new Error("the browser refused a segment")), { once: true });
        buffer.appendBuffer(bytes);
      });
    };
    let initialised = false;
    let next = 0;
    while (!signal.aborted) {
      const response = await fetch(playlistUrl, { signal, cache: "no-store" });
      if (!response.ok) throw new Error("the playlist answered " + response.status);
      const playlist = await response.text();
      const lines = playlist.split("\n").map((line) => line.trim());
      const sequence = Number((lines.find((l) => l.startsWith("#EXT-X-MEDIA-SEQUENCE:")) || ":0").split(":")[1]);
      const segments = lines.filter((line) => line && !line.startsWith("#"));
      if (!initialised) {
        const map = /#EXT-X-MAP:URI="([^"]+)"/.exec(playlist);
        if (!map) throw new Error("the playlist has no init section");
        await append(new URL(map[1], playlistUrl));
        initialised = true;
      }
      // At most the newest minute, so that a long stream does not fill the memory.
      next = Math.max(next, sequence + segments.length - 60);
      for (let index = next - sequence; index < segments.length && !signal.aborted; index++) {
        await append(new URL(segments[index], playlistUrl));
        next = sequence + index + 1;
      }
      status("Playing " + (video.buffered.length ? video.buffered.end(0).toFixed(1) : "0") + " s through Media Source");
      if (lines.includes("#EXT-X-ENDLIST")) {
        if (source.readyState === "open") source.endOfStream();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  $("player-close").addEventListener("click", stopPlayer);

  poll();
})();
`;
