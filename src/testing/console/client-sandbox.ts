/**
 * The console script's side of the sandbox: the token (minted with Web Crypto for the default credentials, or
 * pasted), the calls, the webhook signature checks (RSASSA-PKCS1-v1_5 SHA-256 over the exact body) and the polling.
 * Plain browser JavaScript, part of one script (see script.ts): no backtick, no dollar sign before a brace.
 */
export const CLIENT_SANDBOX = String.raw`
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

  // ---- webhook deliveries, fetched by change ----------------------------------------------------------------------

  /**
   * Only the deliveries created or changed since the newest change seen (the same one comes back, so that a change
   * in the same millisecond is not missed), merged by id. A new clearedAt means the list was emptied (a reset, a new
   * sandbox): what the answer has is then all there is.
   */
  async function pollDeliveries() {
    const since = app.deliveryCursor ? "?since=" + encodeURIComponent(app.deliveryCursor) : "";
    const answer = await call("GET", "/_sandbox/webhooks" + since);
    if (answer.clearedAt !== app.clearedAt) {
      app.deliveries = new Map();
      app.clearedAt = answer.clearedAt;
      app.deliveryCursor = undefined;
    }
    for (const delivery of answer.deliveries) {
      app.deliveries.set(delivery.id, delivery);
      if (!app.deliveryCursor || delivery.updatedAt > app.deliveryCursor) app.deliveryCursor = delivery.updatedAt;
    }
    // As many as the sandbox keeps: the oldest go first.
    for (const id of app.deliveries.keys()) {
      if (app.deliveries.size <= KEPT_DELIVERIES) break;
      app.deliveries.delete(id);
    }
    return [...app.deliveries.values()];
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
        Promise.all([
          pollDeliveries(),
          call("GET", "/_sandbox/violations"),
          call("GET", "/_sandbox/resources?limit=" + RESOURCES),
        ]),
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
        deliveries: control[0],
        violations: control[1].violations,
        rejectedRequests: control[1].requests,
        resources: new Map(control[2].resources.map((resource) => [resource.id, resource])),
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

`;
