/**
 * The path client loads openapi-fetch with its first request, so importing the SDK does not: what is set up before
 * that (use, eject) must behave as on openapi-fetch's own client, in order.
 */
import { describe, expect, it } from "vitest";
import { ConfigurationError, createPathClient } from "../../src/index.js";
import { json, useTestServer } from "../support/http-server.js";

const server = useTestServer((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));

const tagging = (value: string) => ({
  onRequest({ request }: { request: Request }) {
    request.headers.set("x-tag", `${request.headers.get("x-tag") ?? ""}${value}`);
    return request;
  },
});

describe("the path client before openapi-fetch is loaded", () => {
  it("replays use() and eject() made before the first request, in order", async () => {
    const api = createPathClient({ token: "test-token", baseUrl: server.url, maxRetries: 0 });
    const [a, b, c] = [tagging("a"), tagging("b"), tagging("c")];
    api.use(a, b);
    api.eject(a);
    api.use(c);
    server.requests.length = 0;
    const { data } = await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "abcd-efgh-ijkl" } } });
    expect(data?.roomId).toBe("abcd-efgh-ijkl");
    expect(server.requests.at(-1)?.headers["x-tag"]).toBe("bc");
    // Once loaded, the same calls go straight to openapi-fetch's client.
    api.eject(b);
    await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "abcd-efgh-ijkl" } } });
    expect(server.requests.at(-1)?.headers["x-tag"]).toBe("c");
  });

  it("refuses a middleware without a hook at once, with a ConfigurationError naming middleware", () => {
    const api = createPathClient({ token: "test-token", baseUrl: server.url });
    for (const bad of [{}, "onRequest", { onCallEnd() {} }]) {
      let error: unknown;
      try {
        api.use(bad as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).field).toBe("middleware");
    }
  });
});
