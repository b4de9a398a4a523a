/**
 * What `videosdk tokens inspect` reports about a token: its header and claims decoded (the signature is not
 * checked: that needs the secret), and whether it has expired. Kept to itself so that a fuller token doctor of the
 * SDK can take its place.
 */
export interface TokenReport {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  issuedAt: string | undefined;
  expiresAt: string | undefined;
  expired: boolean;
  /** Seconds left, negative once expired. */
  expiresInSeconds: number | undefined;
  problems: string[];
}

/** The report, or a message saying why the text is not a JWT (never quoting it). */
export function inspectTokenText(token: string, nowMs = Date.now()): TokenReport | string {
  const parts = token
    .trim()
    .replace(/^Bearer\s+/i, "")
    .split(".");
  if (parts.length !== 3) return `not a JWT: expected three dot-separated parts, got ${parts.length}`;
  const decode = (part: string, what: string): Record<string, unknown> | string => {
    try {
      const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Reported below.
    }
    return `not a JWT: its ${what} is not base64url-encoded JSON`;
  };
  const header = decode(parts[0]!, "header");
  if (typeof header === "string") return header;
  const claims = decode(parts[1]!, "payload");
  if (typeof claims === "string") return claims;
  const seconds = (name: string) => (typeof claims[name] === "number" ? (claims[name] as number) : undefined);
  const iat = seconds("iat");
  const exp = seconds("exp");
  const problems: string[] = [];
  if (header.alg !== "HS256") problems.push(`alg is ${String(header.alg)}; VideoSDK tokens are HS256`);
  if (typeof claims.apikey !== "string") problems.push("no apikey claim");
  if (!Array.isArray(claims.permissions)) problems.push("no permissions claim");
  if (exp === undefined) problems.push("no exp claim");
  const expired = exp !== undefined && exp * 1000 <= nowMs;
  if (expired) problems.push("expired");
  return {
    header,
    claims,
    issuedAt: iat === undefined ? undefined : new Date(iat * 1000).toISOString(),
    expiresAt: exp === undefined ? undefined : new Date(exp * 1000).toISOString(),
    expired,
    expiresInSeconds: exp === undefined ? undefined : Math.round(exp - nowMs / 1000),
    problems,
  };
}
