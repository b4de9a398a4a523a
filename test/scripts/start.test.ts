/**
 * `npm start`, end to end: the sandbox and the docs site with no account, the credentials it prints, no
 * regeneration when only file times changed, and `kill <pid of npm>` leaving nothing on the ports.
 */
import { utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, npmRun, root, stillListening } from "./support.js";

describe("npm start", () => {
  it("serves the sandbox and the docs site, accepts the token it prints, and stops everything on SIGTERM to npm", async () => {
    // Newer file times in spec/ than in generated/ (a fresh clone, a checkout) are no reason to regenerate.
    const now = new Date();
    utimesSync(path.join(root, "spec/openapi.yaml"), now, now);

    const start = npmRun("start", ["--port", "0", "--docs-port", "0"]);
    let apiUrl = "";
    let docsUrl = "";
    try {
      await start.waitFor(/Ctrl-C stops both/, 110_000);
      expect(start.output()).not.toMatch(/regenerating/);
      apiUrl = (await start.waitFor(/API\s+(http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      docsUrl = (await start.waitFor(/docs site\s+(http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      const token = (await start.waitFor(/token\s+(\S+\.\S+\.\S+)/))[1]!;
      expect(start.output()).toMatch(/API key\s+sandbox\n\s+secret\s+sandbox-secret/);

      const rooms = await fetch(`${apiUrl}/v2/rooms`, {
        method: "POST",
        headers: { authorization: token, "content-type": "application/json" },
        body: "{}",
      });
      expect(rooms.status).toBe(200);
      expect((await fetch(`${apiUrl}/v2/rooms`)).status).toBe(401);
      const consoleUrl = (await start.waitFor(/console\s+(http:\/\/127\.0\.0\.1:\d+\/_sandbox\/console)/))[1]!;
      expect(consoleUrl).toBe(`${apiUrl}/_sandbox/console`);
      expect((await fetch(consoleUrl)).headers.get("content-type")).toBe("text/html; charset=utf-8");
      const docs = await fetch(`${docsUrl}/`);
      expect(docs.status).toBe(200);
      const page = await docs.text();
      expect(page.includes("VideoSDK REST API v2"), "the docs page's title").toBe(true);
      expect(page.includes("Sandbox assumptions"), "the Sandbox guide in the docs").toBe(true);
    } finally {
      // SIGTERM to npm itself, as `kill <pid>` does: npm's shell dies without passing it on.
      start.child.kill("SIGTERM");
    }
    await start.exited;
    expect(await stillListening([apiUrl, docsUrl]), "ports still taken after SIGTERM to npm").toEqual([]);
  }, 150_000);

  it("does not print credentials of your own (here from the environment), nor a token signed with them", async () => {
    const start = npmRun(
      "start",
      ["--port", "0", "--docs-port", "0"],
      cleanEnv({ VIDEOSDK_API_KEY: "my-key", VIDEOSDK_SECRET: "my-own-secret-placeholder" }),
    );
    let apiUrl = "";
    try {
      await start.waitFor(/Ctrl-C stops both/, 110_000);
      apiUrl = (await start.waitFor(/API\s+(http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      expect(start.output()).toMatch(/API key\s+my-key/);
      expect(start.output()).not.toContain("my-own-secret-placeholder");
      expect(start.output()).not.toMatch(/token\s+ey/);
    } finally {
      start.interrupt();
    }
    await start.exited;
    expect(await stillListening([apiUrl]), "ports still taken after Ctrl-C").toEqual([]);
  }, 150_000);
});
