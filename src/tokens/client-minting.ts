/**
 * What the universal createVideoSDK loads, with a dynamic import, the first time it mints from `{ apiKey, secret }`:
 * a client given a token never carries the signing code.
 */
import type { TokenProvider } from "../internal/credentials.js";
import type { BrowserOptIn } from "./browser.js";
import { type ManagementTokenCredentials, managementTokenProvider } from "./management-tokens.js";
import { mintManagementToken } from "./mint.js";

export function webCryptoTokenProvider(credentials: ManagementTokenCredentials & BrowserOptIn): TokenProvider {
  const { dangerouslyAllowBrowser } = credentials;
  return managementTokenProvider(credentials, (options, clock) =>
    mintManagementToken({ ...options, dangerouslyAllowBrowser }, clock),
  );
}
