/** A server that echoes the credentials it was sent must not get them into an error: both clients, both entries. */
import { describe, expect, it } from "vitest";
import { type APIError, AuthenticationError, createPathClient, createVideoSDK } from "../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../src/node/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhcGlrZXkiOiJrIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
const SECRET = "S3CR3T-must-never-leak-4f9a1c7e";
const API_KEY = "a1b2c3d4-api-key";
const server = useTestServer();

/** Answers 401 quoting the Authorization header it got, in the body, the message and the status text. */
function echoing(extra: (authorization: string) => string = () => "") {
  server.handle((req, res) => {
    const authorization = String(req.headers.authorization);
    res.statusMessage = `Token ${authorization} is invalid`;
    json(res, 401, { message: `Token ${authorization} is invalid${extra(authorization)}`, token: authorization });
  });
}

function expectHidden(error: APIError, ...credentials: string[]) {
  const kept = JSON.stringify({ message: error.message, body: error.body });
  for (const credential of credentials) expect(kept).not.toContain(credential);
  expect(kept).toContain("[redacted]");
}

describe("credentials echoed by the server", () => {
  it("are redacted from the message and body of the facade's error", async () => {
    echoing();
    const error = await rejectionOf<APIError>(
      createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0 }).rooms.get("x"),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expectHidden(error, TOKEN);
    expect(error.message).toMatch(/^Token \[redacted\] is invalid \[401 GET /);
  });

  it("hide a token's signature quoted on its own, and a status text with no body", async () => {
    const signature = TOKEN.split(".")[2]!;
    server.handle((_req, res) => {
      res.statusMessage = `bad signature ${signature}`;
      res.writeHead(401).end();
    });
    const error = await rejectionOf<APIError>(
      createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0 }).rooms.get("x"),
    );
    expect(error.message).toMatch(/^bad signature \[redacted\] \[401/);
  });

  it("are redacted from a success that is not JSON", async () => {
    server.handle((req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`oops ${req.headers.authorization}`);
    });
    const error = await rejectionOf<APIError>(
      createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0 }).rooms.get("x"),
    );
    expect(error.name).toBe("InvalidResponseError");
    expectHidden(error, TOKEN);
  });

  it("hide a minted token, the API key and the secret, for the Node client", async () => {
    echoing(() => ` for key ${API_KEY} (secret ${SECRET})`);
    const vsdk = createNodeVideoSDK({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, maxRetries: 0 });
    const error = await rejectionOf<APIError>(vsdk.rooms.get("x"));
    const minted = String(server.requests[0]!.headers.authorization);
    expectHidden(error, minted, API_KEY, SECRET);
  });

  it("are redacted from the path client's `error` and its InvalidResponseError", async () => {
    echoing();
    const api = createPathClient({ token: TOKEN, baseUrl: server.url, maxRetries: 0 });
    const { error, response } = await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "x" } } });
    expect(response.status).toBe(401);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).toContain("[redacted]");

    server.handle((req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`oops ${req.headers.authorization}`);
    });
    const thrown = await rejectionOf<APIError>(api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "x" } } }));
    expect(thrown.name).toBe("InvalidResponseError");
    expectHidden(thrown, TOKEN);
  });
});
