/**
 * A tiny frontend, bundled by the test with esbuild from the universal entry: it creates a room and lists
 * sessions against the mock server named in the page URL (?api=...), across origins.
 */
import { createVideoSDK, NotFoundError } from "../../src/index.js";

const out = document.getElementById("out")!;
const show = (id: string, text: string) => {
  const line = document.createElement("li");
  line.id = id;
  line.textContent = text;
  out.append(line);
};

async function main(): Promise<void> {
  const api = new URL(location.href).searchParams.get("api")!;
  const vsdk = createVideoSDK({ token: "frontend-token-placeholder", baseUrl: api, maxRetries: 0 });
  const room = await vsdk.rooms.create({ customRoomId: "frontend-demo" });
  show("room", `room ${room.roomId}`);
  let sessions = 0;
  for await (const session of vsdk.sessions.list({ roomId: room.roomId }, { maxItems: 3, maxPages: 1 })) {
    sessions++;
    show(`session-${sessions}`, `session ${session.id} ${session.status ?? ""}`.trim());
  }
  show("count", `sessions ${sessions}`);
  try {
    await vsdk.hls.getActive(room.roomId, { headers: { prefer: "code=404" } });
  } catch (error) {
    show("no-hls", error instanceof NotFoundError ? "no active HLS" : `unexpected ${String(error)}`);
  }
  document.body.dataset.done = "true";
}

main().catch((error: unknown) => {
  show("error", String(error));
  document.body.dataset.done = "true";
});
