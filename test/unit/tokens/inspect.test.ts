/**
 * The token doctor: every finding code is reported for the token that has that problem (and not for a good token),
 * findings come in the order to fix them, the result is plain data holding neither the token nor the secret, and
 * the authentication guide lists exactly the codes the doctor has.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import {
  inspectToken,
  mintManagementToken,
  mintParticipantToken,
  TokenError,
  type TokenFindingCode,
} from "../../../src/index.js";
import { TOKEN_FINDING_CODES } from "../../../src/node/index.js";
import { rejectionOf } from "../../support/rejection.js";

const SECRET = "S3CR3T-doctor-never-leaks-91b2";
const API_KEY = "doctor-api-key";
const NOW_MS = 1_700_000_000_000;
const NOW_S = NOW_MS / 1000;
const now = () => NOW_MS;
const good = { apikey: API_KEY, permissions: ["allow_join", "allow_mod"], iat: NOW_S, exp: NOW_S + 3600 };

/** An HS256 token around exactly these claims, however wrong (jsonwebtoken would refuse to sign some). */
function signed(claims: object, secret = SECRET): string {
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${segment({ alg: "HS256", typ: "JWT" })}.${segment(claims)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}
const codes = async (token: string, options: Parameters<typeof inspectToken>[1] = { secret: SECRET, now }) =>
  (await inspectToken(token, options)).findings.map((finding) => finding.code);

describe("inspectToken", () => {
  it("finds nothing wrong with the SDK's own tokens, and says what each may do", async () => {
    const management = await mintManagementToken({ apiKey: API_KEY, secret: SECRET }, { now });
    const inspection = await inspectToken(management, { secret: SECRET, apiKey: API_KEY, now });
    expect(inspection).toStrictEqual({
      valid: true,
      header: { alg: "HS256", typ: "JWT" },
      claims: { ...good, version: 2, roles: ["crawler"], exp: NOW_S + 7200 },
      expiresAt: new Date((NOW_S + 7200) * 1000).toISOString(),
      findings: [expect.objectContaining({ code: "crawler_only", severity: "warning" })],
    });
    // Plain data: it survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(inspection))).toStrictEqual(inspection);
    const participant = await mintParticipantToken({ apiKey: API_KEY, secret: SECRET }, { now });
    expect(await codes(participant)).toEqual(["rtc_only"]);
    expect(await codes(signed(good))).toEqual([]);
  });

  const cases: [TokenFindingCode, () => string, Parameters<typeof inspectToken>[1]?][] = [
    ["token_missing", () => ""],
    ["bearer_prefix", () => `Bearer ${signed(good)}`],
    ["not_jwt", () => "not-a-token"],
    ["not_jwt", () => `${signed(good)}\n`],
    ["bad_base64url", () => `eyJhbGciOiJIUzI1NiJ9.not*base64.c2ln`],
    ["bad_base64url", () => `${signed(good).split(".").slice(0, 2).join(".")}.sig+with/padding==`],
    ["not_hs256", () => jwt.sign(good, SECRET, { algorithm: "HS384", noTimestamp: true })],
    ["signature_mismatch", () => signed(good, "another-secret")],
    ["signature_unchecked", () => signed(good), { now }],
    ["apikey_mismatch", () => signed(good), { secret: SECRET, apiKey: "another-key", now }],
    ["missing_apikey", () => signed({ ...good, apikey: undefined })],
    ["missing_permissions", () => signed({ ...good, permissions: [] })],
    ["unknown_permission", () => signed({ ...good, permissions: ["allow_everything"] })],
    ["permissions_conflict", () => signed({ ...good, permissions: ["ask_join", "allow_join"] })],
    ["unknown_role", () => signed({ ...good, version: 2, roles: ["admin"] })],
    ["invalid_claim", () => signed({ ...good, exp: "tomorrow" })],
    ["invalid_claim", () => signed({ ...good, version: 3 })],
    ["version_required", () => signed({ ...good, roomId: "abcd-efgh-ijkl" })],
    ["expired", () => signed({ ...good, exp: NOW_S - 3 * 3600 - 12 * 60 })],
    ["not_yet_valid", () => signed({ ...good, nbf: NOW_S + 600 })],
    ["issued_in_future", () => signed({ ...good, iat: NOW_S + 600 })],
    ["no_expiry", () => signed({ ...good, exp: undefined })],
    ["rtc_only", () => signed({ ...good, version: 2, roles: ["rtc"] })],
    ["crawler_only", () => signed({ ...good, version: 2, roles: ["crawler"] })],
  ];

  it.each(cases)("reports %s", async (code, token, options) => {
    const found = await codes(token(), options ?? { secret: SECRET, now });
    expect(found).toContain(code);
  });

  it("covers every code it exports", () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(TOKEN_FINDING_CODES));
  });

  it("says by how long a token expired, allows a small clock skew, and lists findings in the order to fix them", async () => {
    const expired = await inspectToken(signed({ ...good, exp: NOW_S - 3 * 3600 - 12 * 60 }), { secret: SECRET, now });
    expect(expired.valid).toBe(false);
    expect(expired.findings[0]!.message).toMatch(/expired 3 h 12 min ago/);
    expect(await codes(signed({ ...good, iat: NOW_S + 30, nbf: NOW_S + 30 }))).toEqual([]);

    const everything = signed(
      { permissions: ["ask_join", "allow_mod"], roles: ["rtc"], roomId: "r", exp: NOW_S - 10 },
      "another-secret",
    );
    const found = await codes(`Bearer ${everything}`);
    expect(found).toEqual([
      "bearer_prefix",
      "signature_mismatch",
      "missing_apikey",
      "permissions_conflict",
      "version_required",
      "expired",
      "rtc_only",
    ]);
    expect([...found].sort((a, b) => TOKEN_FINDING_CODES.indexOf(a) - TOKEN_FINDING_CODES.indexOf(b))).toEqual(found);
  });

  it("never puts the token or the secret in its result or its errors", async () => {
    const token = signed({ ...good, roles: ["rtc"] }, "another-secret");
    const signature = token.split(".")[2]!;
    for (const candidate of [token, `Bearer ${token}`, `${token}.extra`, token.replace(/\./, "!")]) {
      const dump = JSON.stringify(await inspectToken(candidate, { secret: SECRET, now }));
      expect(dump).not.toContain(SECRET);
      expect(dump).not.toContain(signature);
      expect(dump).not.toContain(candidate);
    }
    for (const [options, field] of [
      [{ secret: "" }, "secret"],
      [{ apiKey: 42 }, "apiKey"],
      [{ now: "soon" }, "now"],
      [{ secrets: SECRET }, "secrets"],
    ] as const) {
      const error = await rejectionOf<TokenError>(inspectToken(token, options as never));
      expect(error).toBeInstanceOf(TokenError);
      expect(error.field).toBe(field);
      expect(`${error.message}${error.stack}`).not.toContain(SECRET);
      expect(`${error.message}${error.stack}`).not.toContain(signature);
    }
    expect((await rejectionOf<TokenError>(inspectToken(42 as never))).field).toBe("token");
  });
});

describe("the authentication guide", () => {
  it('lists exactly the doctor\'s codes under "Why was my token refused"', () => {
    const guide = readFileSync(
      path.resolve(import.meta.dirname, "../../../scripts/docs-guides/01-authentication.md"),
      "utf8",
    );
    const section = guide.split(/^## /m).find((part) => part.startsWith("Why was my token refused"));
    expect(section, "the guide has a 'Why was my token refused' section").toBeDefined();
    const listed = [...section!.matchAll(/^\|\s*`([a-z_0-9]+)`\s*\|/gm)].map((match) => match[1]);
    expect(listed).toEqual([...TOKEN_FINDING_CODES]);
  });
});
