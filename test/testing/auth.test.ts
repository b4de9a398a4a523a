/**
 * Tokens are checked like VideoSDK checks them: HS256 with the sandbox's secret, its apikey, not expired, and not an
 * rtc-only token. Refusals carry VideoSDK's message; the reason never repeats the token.
 */
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import {
  type APIError,
  AuthenticationError,
  createManagementToken,
  createParticipantToken,
  createVideoSDK,
  inspectToken,
  PermissionDeniedError,
} from "../../src/node/index.js";
import { DEFAULT_API_KEY, DEFAULT_SECRET } from "../../src/testing/index.js";
import { rejectionOf } from "../support/rejection.js";
import { useSandbox } from "./support.js";

const context = useSandbox();

async function rawCall(authorization: string | undefined) {
  const response = await fetch(`${context.sandbox.baseUrl}/v2/rooms`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  return {
    status: response.status,
    body: (await response.json()) as { message: string; reason?: string; code?: string },
  };
}

describe("tokens", () => {
  it("accepts the default credentials, the printed token and the Node entry's own minted tokens", async () => {
    const { sandbox } = context;
    expect([sandbox.apiKey, sandbox.secret]).toEqual([DEFAULT_API_KEY, DEFAULT_SECRET]);
    expect((await rawCall(sandbox.token)).status).toBe(200);
    const vsdk = createVideoSDK({
      apiKey: "sandbox",
      secret: "sandbox-secret",
      baseUrl: sandbox.baseUrl,
      maxRetries: 0,
    });
    expect((await vsdk.rooms.list({})).pageInfo).toBeDefined();
    const minted = createManagementToken({ apiKey: "sandbox", secret: "sandbox-secret", expiresIn: 60 });
    expect((await rawCall(minted)).status).toBe(200);
  });

  it.each([
    [
      "a wrong secret",
      createManagementToken({ apiKey: "sandbox", secret: "not-the-secret" }),
      /signature/,
      "signature_mismatch",
    ],
    [
      "a wrong apikey",
      createManagementToken({ apiKey: "someone-else", secret: "sandbox-secret" }),
      /apikey/,
      "apikey_mismatch",
    ],
    [
      "an expired token",
      jwt.sign(
        {
          apikey: "sandbox",
          permissions: ["allow_join"],
          version: 2,
          roles: ["crawler"],
          exp: Math.floor(Date.now() / 1000) - 10,
        },
        "sandbox-secret",
      ),
      /expired/,
      "expired",
    ],
    [
      "a Bearer prefix",
      `Bearer ${createManagementToken({ apiKey: "sandbox", secret: "sandbox-secret" })}`,
      /Bearer/,
      "bearer_prefix",
    ],
    ["no token at all", undefined, /missing/, "token_missing"],
    ["something that is not a JWT", "not-a-token", /not a JWT/, "not_jwt"],
    [
      "roles without version 2",
      jwt.sign({ apikey: "sandbox", permissions: ["allow_join"], roles: ["crawler"] }, "sandbox-secret"),
      /version/,
      "version_required",
    ],
    [
      "another algorithm",
      jwt.sign({ apikey: "sandbox", permissions: ["allow_join"] }, "sandbox-secret", { algorithm: "HS384" }),
      /HS256/,
      "not_hs256",
    ],
  ])(
    "refuses %s with 401 Token is invalid or expired and the token doctor's code",
    async (_name, token, reason, code) => {
      const answer = await rawCall(token);
      expect(answer.status).toBe(401);
      expect(answer.body.message).toBe("Token is invalid or expired");
      expect(answer.body.reason).toMatch(reason);
      expect(answer.body.code).toBe(code);
      // The doctor finds the same problem in the same token.
      const inspection = await inspectToken(token ?? "", { secret: "sandbox-secret", apiKey: "sandbox" });
      expect(inspection.findings.map((finding) => finding.code)).toContain(code);
      if (token) expect(JSON.stringify(answer.body)).not.toContain(token.replace(/^Bearer /, "").split(".")[2]);
    },
  );

  it("refuses an rtc-only participant token on the server API with 403", async () => {
    const { sandbox } = context;
    const participantToken = createParticipantToken({
      apiKey: "sandbox",
      secret: "sandbox-secret",
      roomId: "abcd-efgh-ijkl",
    });
    expect(jwt.decode(participantToken)).toMatchObject({ roles: ["rtc"] });
    const vsdk = createVideoSDK({ token: participantToken, baseUrl: sandbox.baseUrl, maxRetries: 0 });
    const error = await rejectionOf<APIError>(vsdk.rooms.create({}));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/crawler/);
    expect((await rawCall(participantToken)).body.code).toBe("rtc_only");
  });

  it("gives the client a typed AuthenticationError, and serves the webhook key without a token", async () => {
    const { sandbox } = context;
    const wrong = createVideoSDK({
      apiKey: "sandbox",
      secret: "wrong-secret-placeholder",
      baseUrl: sandbox.baseUrl,
      maxRetries: 0,
    });
    const error = await rejectionOf(wrong.rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/^Token is invalid or expired/);
    expect(error.message).not.toContain("wrong-secret-placeholder");

    const key = await fetch(`${sandbox.baseUrl}/v2/public/rsa-public-key`);
    expect(key.status).toBe(200);
    expect(((await key.json()) as { publicKey: string }).publicKey).toBe(sandbox.webhookPublicKey);
  });

  it("uses the credentials it is given", async () => {
    const { startSandbox } = await import("../../src/testing/index.js");
    const custom = await startSandbox({ port: 0, apiKey: "my-key", secret: "my-secret-placeholder" });
    try {
      const ok = createVideoSDK({
        apiKey: "my-key",
        secret: "my-secret-placeholder",
        baseUrl: custom.baseUrl,
        maxRetries: 0,
      });
      expect((await ok.rooms.create({})).roomId).toBeTruthy();
      const defaults = createVideoSDK({
        apiKey: "sandbox",
        secret: "sandbox-secret",
        baseUrl: custom.baseUrl,
        maxRetries: 0,
      });
      expect(await rejectionOf(defaults.rooms.create({}))).toBeInstanceOf(AuthenticationError);
    } finally {
      await custom.stop();
    }
  });
});
