/**
 * `.preview()`: the exact request a call would send, and its curl command, built without sending it. Loaded with
 * the first preview, after the facade has checked its options: a program that never previews never downloads it.
 *
 * It imports no code, only types: a module the initial load shares with a lazy one is split by bundlers into a
 * chunk of its own, one more file for every page to fetch.
 */
import type { RequestPreview } from "../facade.js";
import type { OutgoingRequest, RequestOptions, Transport } from "../transport.js";

export async function preview(
  transport: Transport,
  request: OutgoingRequest & { body: string | undefined },
  options: RequestOptions,
  revealToken: boolean | undefined,
): Promise<RequestPreview> {
  const headers = transport.headersFor(request, options);
  headers.authorization = revealToken ? (headers.authorization ?? (await transport.authorization())) : "[redacted]";
  return {
    method: request.method,
    url: request.url,
    headers,
    body: request.body,
    toCurl: () => toCurl(request.method, request.url, headers, request.body),
  };
}

/** A curl command for a request, every argument single-quoted for POSIX shells. */
function toCurl(method: string, url: string, headers: Record<string, string>, body: string | undefined): string {
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
  const parts = ["curl", ...(method === "GET" ? [] : ["-X", method]), quote(url)];
  for (const [name, value] of Object.entries(headers).sort()) parts.push("-H", quote(`${name}: ${value}`));
  if (body !== undefined) parts.push("--data-raw", quote(body));
  return parts.join(" ");
}
