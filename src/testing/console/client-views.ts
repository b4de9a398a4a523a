/**
 * The console script's sections: rooms, sessions, recordings and streams (with where each is in its lifecycle),
 * webhook deliveries and violations, each a table kept in step with the last poll.
 * Plain browser JavaScript, part of one script (see script.ts): no backtick, no dollar sign before a brace.
 */
export const CLIENT_VIEWS = `
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
   * Where a recording or stream is in its lifecycle: its file once there is one, else its phase as the sandbox has
   * it (the control API's resources: the API's views have no phase). Only for one older than the newest resources
   * asked for: its last lifecycle event (a delivery about it, or the API's own webhook summary), or else what its
   * fields tell (running until it ends, then its file).
   */
  function phaseOf(item, data, hasFile) {
    if (hasFile) return "file ready";
    const resource = data.resources.get(item.id);
    if (resource) return resource.phase;
    const events = data.deliveries.filter((d) => d.resourceId === item.id).map((d) => d.event);
    if (!events.length && item.webhook && item.webhook.data) events.push(...item.webhook.data.map((d) => d.type));
    const last = events.length ? events[events.length - 1].split("-").pop() : undefined;
    if (last) return last;
    if (!item.end) return "running";
    return hasFile === undefined ? "ended" : "ended, no file yet";
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

  /** The answers that broke the spec and the requests out of contract, newest first, each labelled as which. */
  function renderViolations(data) {
    const answers = data.violations.map((v, index) => ({
      key: "answer-" + index + "-" + v.at,
      what: "answer",
      operation: v.operationId || "(the sandbox itself)",
      problems: v.violations || [],
      ...v,
    }));
    const requests = data.rejectedRequests.map((r) => ({
      key: "request-" + r.id,
      what: "request",
      operation: r.operationId || "(no such operation)",
      ...r,
    }));
    const rows = [...answers, ...requests].sort((a, b) => b.at.localeCompare(a.at) || (a.what === "answer" ? -1 : 1));
    const plural = (count, word) => count + " " + word + (count === 1 ? "" : "s");
    $("violations-count").textContent = plural(answers.length, "answer") + ", " + plural(requests.length, "request");
    reconcile(
      $("violations-body"),
      rows,
      (row) => row.key,
      (row) => JSON.stringify(row),
      (row) =>
        h(
          "tr",
          { class: row.what },
          cell("Time", time(row.at)),
          cell("Out of contract", badge(row.what, row.what === "answer" ? "bad" : "busy")),
          cell("Operation", code(row.operation)),
          cell("Request", code(row.method + " " + row.path)),
          cell("Status", String(row.status)),
          cell(
            "Problems",
            h(
              "ul",
              { class: "plain" },
              row.problems.map((problem) => h("li", {}, code(problem.path), " ", problem.message)),
            ),
          ),
        ),
      "No violations: every request and every answer so far matched the spec.",
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

`;
