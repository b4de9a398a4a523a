/** `npm start`, the main job: the mock API and the docs site come up together, and Ctrl-C stops both. */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("npm start (the local API sandbox)", () => {
  it("serves the mock API and the docs site with no credentials, and stops cleanly on SIGINT", async () => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--mock-port", "0", "--docs-port", "0"],
      {
        cwd: root,
        env: { ...process.env, VIDEOSDK_API_KEY: "", VIDEOSDK_SECRET: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code, signal) => resolve(code ?? (signal ? 0 : null))),
    );

    try {
      const deadline = Date.now() + 90_000;
      while (!/Ctrl-C stops both/.test(output) && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 200));
      expect(output).toMatch(/Ctrl-C stops both/);
      const mockUrl = /mock API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      const docsUrl = /docs site\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;

      const rooms = await fetch(`${mockUrl}/v2/rooms`, { headers: { authorization: "any-token" } });
      expect(rooms.status).toBe(200);
      expect(((await rooms.json()) as { pageInfo: unknown }).pageInfo).toBeDefined();
      expect((await fetch(`${mockUrl}/v2/rooms`)).status).toBe(401);

      const docs = await fetch(`${docsUrl}/`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain("VideoSDK REST API v2");
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
