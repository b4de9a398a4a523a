/**
 * The console script's actions (through the control API and the API) and its HLS player, then the first poll.
 * Plain browser JavaScript, part of one script (see script.ts): no backtick, no dollar sign before a brace.
 */
export const CLIENT_ACTIONS = String.raw`
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
`;
