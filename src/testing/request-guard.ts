/**
 * What keeps web pages and other host names away from a sandbox on loopback. A browser lets any page send simple
 * requests to 127.0.0.1 and lets a DNS-rebound name reach it, so the sandbox answers only to loopback `Host` names
 * (and those allowed), its control API (`/_sandbox/...`) only to its own pages and allowed origins, and a call that
 * changes the state only with a JSON body or the control header, which no page can send without a CORS preflight.
 * The API routes (`/v2/...`) and the files keep permissive CORS: frontend apps call them from their own origins.
 */

/** Sent by the control client on every call that changes the state; any value. */
export const CONTROL_HEADER = "x-sandbox-control";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface RequestGuardOptions {
  /** Host names besides loopback that requests may name in `Host` (lower case, no port); `*` allows any. */
  allowedHosts: readonly string[];
  /** Origins (`scheme://host:port`) whose pages may call the control API; `*` allows any. */
  controlOrigins: readonly string[];
}

/** Why a request is refused before anything else looks at it, or undefined. */
export type Refusal = { status: 403 | 415; message: string } | undefined;

export class RequestGuard {
  readonly #hosts: Set<string>;
  readonly #anyHost: boolean;
  readonly #origins: Set<string>;
  readonly #anyOrigin: boolean;

  constructor(options: RequestGuardOptions) {
    this.#hosts = new Set([...LOOPBACK_HOSTS, ...options.allowedHosts.map((host) => host.toLowerCase())]);
    this.#anyHost = options.allowedHosts.includes("*");
    this.#origins = new Set(options.controlOrigins.map((origin) => origin.toLowerCase().replace(/\/+$/, "")));
    this.#anyOrigin = options.controlOrigins.includes("*");
  }

  /** A `Host` header that is not loopback nor allowed (DNS rebinding) is refused on every route. */
  host(hostHeader: string | undefined): Refusal {
    if (this.#anyHost) return undefined;
    const name = hostName(hostHeader ?? "");
    if (name !== undefined && this.#hosts.has(name)) return undefined;
    return {
      status: 403,
      message: `The sandbox answers only to loopback host names; ${JSON.stringify(hostHeader ?? "")} is not one (allow it with allowedHosts or --allow-host)`,
    };
  }

  /** Whether a page of `origin` may call the control API: the sandbox's own pages, and the allowed origins. */
  controlOriginAllowed(origin: string | undefined, hostHeader: string | undefined): boolean {
    if (origin === undefined) return true; // not a browser page: curl, the control client, a test
    const lower = origin.toLowerCase();
    return this.#anyOrigin || this.#origins.has(lower) || lower === `http://${(hostHeader ?? "").toLowerCase()}`;
  }

  /** A control call from a page of another origin, or one that changes the state without the JSON or the header. */
  control(method: string, headers: Record<string, string | string[] | undefined>): Refusal {
    const origin = single(headers.origin);
    if (!this.controlOriginAllowed(origin, single(headers.host)))
      return {
        status: 403,
        message: `The control API answers pages of ${origin} only when allowed (controlOrigins or --control-origin)`,
      };
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return undefined;
    if (
      headers[CONTROL_HEADER] !== undefined ||
      /^application\/(.+\+)?json\b/i.test(single(headers["content-type"]) ?? "")
    )
      return undefined;
    return {
      status: 415,
      message: `A control call that changes the state needs content-type: application/json or the ${CONTROL_HEADER} header`,
    };
  }
}

/** The host name of a `Host` header, lower case and without the port (`[::1]` keeps its brackets). */
function hostName(header: string): string | undefined {
  const lower = header.trim().toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return end < 0 ? undefined : lower.slice(0, end + 1);
  }
  const colon = lower.indexOf(":");
  const name = colon < 0 ? lower : lower.slice(0, colon);
  return name === "" ? undefined : name;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
