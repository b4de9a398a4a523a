/** The mock's --dynamic mode: answers generated from the schemas instead of the spec's examples. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../../scripts/lib/mock-server.js";
import { createVideoSDK } from "../../src/index.js";
import { expectValidResponse } from "./support.js";

describe("npm run mock -- --dynamic", () => {
  let mock: MockServer;
  beforeAll(async () => {
    // Seeded, so the generated answers are the same on every run.
    mock = await startMockServer({
      port: 0,
      dynamic: true,
      seed: "videosdk-contract",
      logLevel: "error",
      stdio: "ignore",
    });
  });
  afterAll(() => mock?.stop());

  it("answers with data generated from the schemas, valid for the client", async () => {
    const vsdk = createVideoSDK({ token: "any-token", baseUrl: mock.url, maxRetries: 0 });
    const room = expectValidResponse("createRoom", await vsdk.rooms.create({}));
    expect(room.roomId).toBeTypeOf("string");
    // Generated, not the spec's example room.
    expect(room.roomId).not.toBe("abc-xyzw-lmno");
    expectValidResponse("getSession", await vsdk.sessions.get("621497578bea0d0404c35c4c"));
  });
});
