/** `--state FILE` / `stateFile`: the sandbox's state survives a restart, steps that were due run after it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createVideoSDK, VideoSDKError } from "../../src/node/index.js";
import { StateFileError, startSandbox } from "../../src/testing/index.js";
import { download, eventually } from "./support.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "videosdk-sandbox-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clientFor = (sandbox: Awaited<ReturnType<typeof startSandbox>>) =>
  createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl, maxRetries: 0 });

describe("state file", () => {
  it("keeps rooms, sessions and recordings across a restart, on another port, and finishes what was due", async () => {
    const stateFile = path.join(dir, "nested", "state.json");
    const first = await startSandbox({ port: 0, stateFile, processingMs: 300 });
    const vsdk = clientFor(first);
    const room = await vsdk.rooms.create({ customRoomId: "kept" });
    const { sessionId } = await first.control.join(room.roomId, { participantId: "p1", name: "Pat" });
    await vsdk.recordings.start({ roomId: room.roomId });
    // Stopped right away: its "stopped" step is due 300 ms later, after the restart.
    await vsdk.recordings.end({ roomId: room.roomId });
    await first.stop();
    expect(JSON.parse(readFileSync(stateFile, "utf8")).rooms).toHaveLength(1);

    const second = await startSandbox({ port: 0, stateFile, processingMs: 300 });
    try {
      expect(second.port).not.toBe(first.port);
      const again = clientFor(second);
      expect((await again.rooms.get("kept")).roomId).toBe(room.roomId);
      expect((await again.sessions.get(sessionId)).participants?.map((p) => p.name)).toEqual(["Pat"]);
      expect((await second.control.participants(room.roomId)).map((p) => p.participantId)).toEqual(["p1"]);
      const file = await eventually(
        async () => (await again.recordings.list({ roomId: room.roomId })).data?.[0]?.file ?? undefined,
      );
      // URLs are made from the running sandbox, so they point at the new port.
      expect(file.fileUrl!.startsWith(second.baseUrl)).toBe(true);
      expect((await download(file.fileUrl!)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it("finishes a post-call transcription that was running when it stopped, also one an earlier sandbox saved", async () => {
    const stateFile = path.join(dir, "transcription.json");
    const first = await startSandbox({ port: 0, stateFile, processingMs: 300 });
    const vsdk = clientFor(first);
    const room = await vsdk.rooms.create({});
    await first.control.join(room.roomId, { name: "Noor" });
    await vsdk.recordings.start({ roomId: room.roomId, transcription: { enabled: true } });
    await vsdk.sessions.end({ roomId: room.roomId });
    const running = await eventually(
      async () => (await vsdk.postTranscriptions.list({ roomId: room.roomId })).transcriptions[0],
    );
    expect(running.status).toBe("running");
    await first.stop();
    const saved = JSON.parse(readFileSync(stateFile, "utf8"));
    expect(saved.postTranscriptions[0]).toMatchObject({
      id: running.id,
      status: "running",
      pending: { to: "completed" },
    });
    expect(saved.pendingTranscriptions).toBeUndefined();

    const second = await startSandbox({ port: 0, stateFile, processingMs: 300 });
    try {
      const done = await clientFor(second).postTranscriptions.waitUntilDone(running.id, {
        interval: 30,
        timeout: 5000,
      });
      expect(done.status).toBe("completed");
    } finally {
      await second.stop();
    }

    // The same transcription as an earlier sandbox kept it: apart from the transcriptions, by composition.
    const legacy = JSON.parse(readFileSync(stateFile, "utf8"));
    legacy.pendingTranscriptions = [{ sourceId: legacy.postTranscriptions[0].sourceId, at: Date.now() + 100 }];
    legacy.postTranscriptions = [];
    writeFileSync(stateFile, JSON.stringify(legacy));
    const third = await startSandbox({ port: 0, stateFile, processingMs: 300 });
    try {
      const again = clientFor(third);
      const [adopted] = (await again.postTranscriptions.list({ roomId: room.roomId })).transcriptions;
      expect(adopted).toMatchObject({ status: "running", roomId: room.roomId });
      expect((await again.postTranscriptions.waitUntilDone(adopted!.id, { interval: 30, timeout: 5000 })).status).toBe(
        "completed",
      );
      // Saved without the old list (the state is written shortly after each change).
      await eventually(() =>
        JSON.parse(readFileSync(stateFile, "utf8")).pendingTranscriptions === undefined ? true : undefined,
      );
    } finally {
      await third.stop();
    }
  });

  it("refuses a damaged or foreign state file, naming it", async () => {
    const damaged = path.join(dir, "damaged.json");
    writeFileSync(damaged, "{ not json");
    const error = await startSandbox({ port: 0, stateFile: damaged }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StateFileError);
    expect(error).toBeInstanceOf(VideoSDKError);
    expect((error as Error).name).toBe("StateFileError");
    await expect(startSandbox({ port: 0, stateFile: damaged })).rejects.toThrow(/damaged\.json is not JSON/);
    const foreign = path.join(dir, "foreign.json");
    writeFileSync(foreign, JSON.stringify({ version: 99 }));
    await expect(startSandbox({ port: 0, stateFile: foreign })).rejects.toThrow(/has version 99/);
  });
});
