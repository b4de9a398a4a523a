/** What the transport's fault tests share: a token, a room answer, one local server per file and a client for it. */
import { createVideoSDK } from "../../src/index.js";
import { type TestServer, useTestServer } from "../support/http-server.js";

export const TOKEN = "header.payload-PLACEHOLDER.signature";
export const room = { roomId: "abcd-efgh-ijkl", id: "623d49c760a18e699abcc8a4" };

/** The file's server (started before its tests, closed after) and a client of it with short retry delays. */
export function useTransportFixture(): {
  server: TestServer;
  client: (overrides?: Record<string, unknown>) => ReturnType<typeof createVideoSDK>;
} {
  const server = useTestServer();
  return {
    server,
    client: (overrides = {}) =>
      createVideoSDK({ token: TOKEN, baseUrl: server.url, initialRetryDelay: 5, ...overrides }),
  };
}
