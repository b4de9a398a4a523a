/**
 * What the token doctor can find wrong with a token, as stable codes: `inspectToken` reports them, the sandbox puts
 * them in the `code` of its 401/403 bodies, and the authentication guide lists them. Listed in the order a user
 * should fix them: the form of the token, then who signed it, then what it claims, then when it is valid, then
 * what it may do.
 */
export const TOKEN_FINDING_CODES = [
  "token_missing",
  "bearer_prefix",
  "not_jwt",
  "bad_base64url",
  "not_hs256",
  "signature_mismatch",
  "signature_unchecked",
  "apikey_mismatch",
  "missing_apikey",
  "missing_permissions",
  "unknown_permission",
  "permissions_conflict",
  "unknown_role",
  "invalid_claim",
  "version_required",
  "expired",
  "not_yet_valid",
  "issued_in_future",
  "no_expiry",
  "rtc_only",
  "crawler_only",
] as const;

export type TokenFindingCode = (typeof TOKEN_FINDING_CODES)[number];

/** `error`: VideoSDK refuses the token. `warning`: accepted, but not for everything. `info`: what was not checked. */
export type TokenFindingSeverity = "error" | "warning" | "info";

export interface TokenFinding {
  code: TokenFindingCode;
  /** One sentence for the developer. Never quotes the token or the secret. */
  message: string;
  severity: TokenFindingSeverity;
}
