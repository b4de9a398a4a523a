/**
 * The sandbox console (`/_sandbox/console`) in headless Chromium, against a real sandbox with persisted state: what
 * the SDK does shows on the page, what the page does the SDK sees, webhook signatures are checked in the page, and
 * the page keeps working across a restart of the sandbox. A failure shows without any webhook, and the requests the
 * sandbox rejected are listed apart from its answers that broke the spec. One browser, one sandbox, one page for the
 * whole file; the tests run in order and build on each other. Screenshots at 1280×720 and 390×844 go to test-output/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVideoSDK, type NodeVideoSDK } from "../../src/node/index.js";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../src/testing/index.js";
import { chromiumAvailable, launchBrowser, offlineContext } from "../support/browser.js";
import { spec } from "../support/spec.js";
import { eventually, startWebhookReceiver, type WebhookReceiver } from "./support.js";

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test-output");
const WAIT = { timeout: 5000 };

/** The bundled spec, except that getRoom's answer needs a field the sandbox never sends: a violation on demand. */
function specWithBrokenGetRoom(): object {
  const copy = structuredClone(spec) as any;
  copy.paths["/v2/rooms/{roomId}"].get.responses["200"].content["application/json"].schema = {
    type: "object",
    required: ["fieldTheSandboxNeverSends"],
  };
  return copy;
}

describe.skipIf(!chromiumAvailable())("the sandbox console in headless Chromium", () => {
  let stateDir: string;
  let sandboxOptions: SandboxOptions;
  let sandbox: Sandbox;
  let vsdk: NodeVideoSDK;
  let receiver: WebhookReceiver;
  let browser: Browser;
  let context: BrowserContext;
  let outside: string[];
  let page: Page;
  const origins = new Set<string>();
  const problems: string[] = [];
  /** While the sandbox is down on purpose, its refused connections are expected console errors. */
  let restarting = false;
  let forge = false;
  let roomId: string;

  beforeAll(async () => {
    stateDir = mkdtempSync(path.join(tmpdir(), "videosdk-console-"));
    sandboxOptions = {
      port: 0,
      processingMs: 60,
      webhookRetryDelayMs: 20,
      stateFile: path.join(stateDir, "state.json"),
      spec: specWithBrokenGetRoom(),
    };
    [sandbox, browser] = await Promise.all([startSandbox(sandboxOptions), launchBrowser()]);
    vsdk = createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl, maxRetries: 0 });
    receiver = await startWebhookReceiver(vsdk);
    ({ context, outside } = await offlineContext(browser));
    page = await context.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    page.on("response", (response) => {
      if (response.status() >= 400)
        problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if ((message.type() === "error" || message.type() === "warning") && !restarting)
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    // While `forge` is set, the page is also given a copy of a real delivery whose body was changed after signing.
    await page.route(
      (url) => url.pathname === "/_sandbox/webhooks",
      async (route) => {
        if (!forge) return route.fallback();
        const response = await route.fetch();
        const answer = (await response.json()) as { deliveries: unknown[] };
        const forged = { ...(await sandbox.control.webhooks()).at(-1)!, id: "forged" };
        forged.body = forged.body.replace("recording", "rec0rding");
        await route.fulfill({ response, json: { ...answer, deliveries: [...answer.deliveries, forged] } });
      },
    );
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${sandbox.baseUrl}/_sandbox/console?poll=100`);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await receiver?.close();
    await sandbox?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  const row = (section: string, key: string) => page.locator(`#${section}-body tr[data-key="${key}"]`);
  const cell = (section: string, key: string, label: string) => row(section, key).locator(`td[data-label="${label}"]`);

  it("serves one page, with a policy that keeps it on loopback", async () => {
    const response = await fetch(`${sandbox.baseUrl}/_sandbox/console`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\*;/);
    expect(await response.text()).toContain("<title>VideoSDK sandbox console</title>");
    await page.locator("#connection[data-state=online]").waitFor();
  });

  it("shows a room created through the SDK", async () => {
    const room = await vsdk.rooms.create({ webhook: { endPoint: `${receiver.url}/room` } });
    roomId = room.roomId;
    await cell("rooms", roomId, "Webhook").getByText(`${receiver.url}/room`).waitFor();
    expect(await cell("rooms", roomId, "Live session").innerText()).toBe("none");
  });

  it('"Add participant" starts a session that the SDK sees', async () => {
    await page.getByRole("button", { name: `Add a participant to room ${roomId}` }).click();
    const session = await eventually(async () =>
      (await vsdk.sessions.list({ roomId })).data?.find((s) => s.status === "ongoing"),
    );
    expect(session.participants?.map((p) => p.name)).toEqual(["Participant 1"]);
    await cell("sessions", session.id!, "Participants").getByText("Participant 1").waitFor();
    await cell("sessions", session.id!, "Participants").getByText("in the session").waitFor();
    await cell("rooms", roomId, "Live session").getByText("1 participant").waitFor();
    await page
      .getByRole("status")
      .getByText(/Participant 1 \(\w+\) joined room/)
      .waitFor();
  });

  it("follows a recording started through the SDK to its file", async () => {
    await vsdk.recordings.start({ roomId });
    const recording = await eventually(async () => (await vsdk.recordings.list({ roomId })).data?.[0]);
    await cell("streams", recording.id!, "State").getByText("started", { exact: true }).waitFor();
    await vsdk.recordings.end({ roomId });
    await cell("streams", recording.id!, "State").getByText("file ready").waitFor();
    const fileUrl = (await vsdk.recordings.get(recording.id!)).file?.fileUrl;
    expect(fileUrl).toMatch(/\.mp4$/);
    expect(
      await cell("streams", recording.id!, "Result").getByRole("link", { name: "file" }).getAttribute("href"),
    ).toBe(fileUrl);
  });

  it("lists the webhook deliveries, each signature verified in the page", async () => {
    const delivery = (await sandbox.control.webhooks({ event: "recording-stopped", roomId })).at(-1)!;
    await cell("webhooks", delivery.id, "Signature").getByText("verified").waitFor();
    await cell("webhooks", delivery.id, "Delivery").getByText("delivered").waitFor();
    expect(await cell("webhooks", delivery.id, "Status code").innerText()).toBe("200");
    expect(await cell("webhooks", delivery.id, "Attempts").innerText()).toBe("1");
    expect(await cell("webhooks", delivery.id, "Target").innerText()).toBe(`${receiver.url}/room`);
    // The project's own handler accepted the same delivery.
    await receiver.waitFor((received) => received.some((r) => r.event.webhookType === "recording-stopped"));
    await cell("webhooks", delivery.id, "Payload").getByText("Show payload").click();
    expect(await cell("webhooks", delivery.id, "Payload").locator("pre").innerText()).toContain(
      '"webhookType": "recording-stopped"',
    );
    expect(
      await page
        .locator("#webhooks-body td[data-label='Signature']")
        .evaluateAll((cells) => cells.map((c) => c.textContent)),
    ).toEqual(expect.arrayContaining(["verified"]));
    // Once the page has them, its polls ask only for what changed since: nothing, while nothing happens.
    const total = (await sandbox.control.webhooks()).length;
    await page.waitForResponse(
      async (response) =>
        new URL(response.url()).pathname === "/_sandbox/webhooks" &&
        new URL(response.url()).searchParams.has("since") &&
        ((await response.json()) as { deliveries: unknown[] }).deliveries.length < total,
    );
    expect(await page.locator("#webhooks-count").innerText()).toBe(String(total));
  });

  it("does not take a signature that does not match the body", async () => {
    forge = true;
    try {
      await cell("webhooks", "forged", "Signature").getByText("invalid signature").waitFor();
    } finally {
      forge = false;
    }
  });

  it('"Make it fail" makes the next HLS stream fail, and the page shows it failed', async () => {
    await page.getByLabel("Room", { exact: true }).selectOption(roomId);
    await page.getByLabel("What", { exact: true }).selectOption("hls");
    await page.getByRole("button", { name: "Make it fail" }).click();
    await page.getByRole("status").getByText(`The next hls started in room ${roomId} will fail`).waitFor();
    const { id } = await vsdk.hls.start({ roomId });
    await cell("streams", id!, "State").getByText("failed").waitFor();
    await cell("webhooks", (await sandbox.control.waitForWebhook("hls-failed", { roomId })).id, "Signature")
      .getByText("verified")
      .waitFor();
  });

  it("shows a recording failed in a room without any webhook endpoint", async () => {
    const quiet = await vsdk.rooms.create({});
    await sandbox.control.join(quiet.roomId);
    await vsdk.recordings.start({ roomId: quiet.roomId });
    const { id } = await eventually(async () => (await vsdk.recordings.list({ roomId: quiet.roomId })).data?.[0]);
    await cell("streams", id!, "State").getByText("started", { exact: true }).waitFor();
    await page.getByLabel("Room", { exact: true }).selectOption(quiet.roomId);
    await page.getByLabel("What", { exact: true }).selectOption("recording");
    await page.getByRole("button", { name: "Make it fail" }).click();
    await page.getByRole("status").getByText(`The running recording in room ${quiet.roomId} failed`).waitFor();
    await cell("streams", id!, "State").getByText("failed").waitFor();
    expect(await cell("streams", id!, "Result").innerText()).toBe("none");
    // Nothing was sent about it: the page knows from the sandbox's resources.
    expect(await sandbox.control.webhooks({ roomId: quiet.roomId })).toEqual([]);
  });

  it("plays a playable HLS stream in the page, and shows an RTMP stream's state", async () => {
    const { id } = await vsdk.hls.start({ roomId });
    await vsdk.livestreams.start({ roomId, outputs: [{ url: "rtmp://127.0.0.1/live", streamKey: "secret-key" }] });
    await cell("streams", id!, "State").getByText("playable").waitFor();
    await page.getByRole("button", { name: `Play HLS stream ${id}` }).click();
    const buffered = await page.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>("#player-video")!;
      return video.buffered.length > 0 && video.buffered.end(0) > 0.5 ? video.buffered.end(0) : false;
    });
    expect(await buffered.jsonValue()).toBeGreaterThan(0.5);
    const livestream = (await vsdk.livestreams.list({ roomId })).data![0]!;
    await cell("streams", livestream.id!, "State").getByText("started", { exact: true }).waitFor();
    const result = await cell("streams", livestream.id!, "Result").innerText();
    expect(result).toContain("rtmp://127.0.0.1/live");
    expect(result).not.toContain("secret-key");
  });

  it("lists an answer that broke the spec, with its operation and path", async () => {
    await expect(vsdk.rooms.get(roomId)).rejects.toMatchObject({ status: 500 });
    const violation = page.locator("#violations-body tr").filter({ hasText: "getRoom" });
    await violation.waitFor();
    expect(await violation.locator("td[data-label='Request']").innerText()).toBe(`GET /v2/rooms/${roomId}`);
    expect(await violation.locator("td[data-label='Problems']").innerText()).toContain("fieldTheSandboxNeverSends");
    expect(await violation.locator("td[data-label='Out of contract']").innerText()).toBe("answer");
  });

  it("lists a request the sandbox rejected as a request, with its operation and path, apart from the answers", async () => {
    await expect(vsdk.recordings.start({ config: { layout: { gridSize: 99 } } } as never)).rejects.toMatchObject({
      status: 400,
    });
    const rejected = page.locator("#violations-body tr").filter({ hasText: "startRecording" });
    await rejected.waitFor();
    expect(await rejected.locator("td[data-label='Out of contract']").innerText()).toBe("request");
    expect(await rejected.locator("td[data-label='Request']").innerText()).toBe("POST /v2/recordings/start");
    expect(await rejected.locator("td[data-label='Status']").innerText()).toBe("400");
    const problems = await rejected.locator("td[data-label='Problems']").innerText();
    expect(problems).toContain("body.roomId");
    expect(problems).toContain("body.config.layout.gridSize");
    expect(await page.locator("#violations-count").innerText()).toBe("1 answer, 1 request");
    // The client's mistake is not a violation of the sandbox.
    expect(await sandbox.control.violations()).toHaveLength(1);
  });

  it("is readable at 1280×720 and 390×844, every control labelled", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "console-1280x720.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENSHOTS, "console-390x844.png"), fullPage: true });
    // Nothing wider than the phone's screen: tables become cards.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 720 });
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button, input, select, summary, a[href]")]
        .filter((element) => {
          const labels = (element as HTMLInputElement).labels;
          const name =
            element.getAttribute("aria-label") ?? (labels?.length ? labels[0]!.textContent : element.textContent);
          return !name?.trim();
        })
        .map((element) => element.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it("removes a participant and ends a session from the keyboard", async () => {
    const session = (await vsdk.sessions.list({ roomId })).data!.find((s) => s.status === "ongoing")!;
    const [first] = session.participants!;
    await page.getByRole("button", { name: `Remove Participant 1 from room ${roomId}` }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () =>
      (await vsdk.sessions.get(session.id!)).participants?.[0]?.timelog?.every((t) => t.end) ? true : undefined,
    );
    await cell("sessions", session.id!, "Participants").getByText(", left").waitFor();
    expect(first?.participantId).toBeDefined();

    await page.getByRole("button", { name: `Add a participant to room ${roomId}` }).click();
    const next = await eventually(async () =>
      (await vsdk.sessions.list({ roomId })).data?.find((s) => s.status === "ongoing"),
    );
    await page.getByRole("button", { name: `End session ${next.id} of room ${roomId}` }).focus();
    await page.keyboard.press("Enter");
    await eventually(async () => ((await vsdk.sessions.get(next.id!)).status === "ended" ? true : undefined));
    await cell("sessions", next.id!, "Status").getByText("ended").waitFor();
  });

  it("says when the sandbox is down, and carries on with its persisted state once it is back", async () => {
    const { port } = sandbox;
    restarting = true;
    await sandbox.stop();
    await page
      .getByRole("status")
      .getByText(/The sandbox is not answering/)
      .waitFor();
    sandbox = await startSandbox({ ...sandboxOptions, port });
    await page.locator("#connection[data-state=online]").waitFor();
    restarting = false;
    await row("rooms", roomId).waitFor();
  });

  it("resets the sandbox from the keyboard, after asking", async () => {
    const invalid = await fetch(`${sandbox.baseUrl}/v2/rooms?perPage=lots`, {
      headers: { authorization: sandbox.token },
    });
    expect(invalid.status).toBe(400);
    await page.locator("#violations-body tr").filter({ hasText: "listRooms" }).waitFor();
    await page.locator("#reset-open").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Reset the sandbox?" });
    await dialog.waitFor();
    // Cancel has the focus: Enter alone keeps everything.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .getByText(/The sandbox was reset/)
      .waitFor();
    await page.getByText("No rooms yet").waitFor();
    expect((await vsdk.rooms.list()).data).toEqual([]);
    // The deliveries it had fetched piece by piece are gone too, and so are the rejected requests.
    await page.getByText("No webhook deliveries yet").waitFor();
    await page.getByText("No violations").waitFor();
  });

  it("logged no error, and asked nothing of anyone but the sandbox", () => {
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    expect(origins).toEqual(new Set([sandbox.baseUrl]));
    // The one violation is the one the getRoom test caused on purpose (the restarted sandbox starts afresh).
    expect(sandbox.violations()).toEqual([]);
  });
});
