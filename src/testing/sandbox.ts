/**
 * `startSandbox()`: checks the options, loads the state, and serves the HTTP pipeline (pipeline.ts) on loopback.
 * `/_sandbox/...` is the control API and the files; everything else is the simulated VideoSDK API.
 */
import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { ConfigurationError } from "../errors.js";
import { mintToken } from "./auth.js";
import { CONTROL_OPENAPI, createSandboxControl, type SandboxControl } from "./control.js";
import { stableObjectId } from "./ids.js";
import { sendJson } from "./json-answer.js";
import { moduleFile } from "./module-file.js";
import { createPipeline, type ResponseViolation } from "./pipeline.js";
import { specValidator } from "./prism.js";
import { RejectedRequests } from "./rejected-requests.js";
import { RequestGuard } from "./request-guard.js";
import { Simulator } from "./simulator.js";
import { emptyState, loadState, saveState } from "./state.js";
import type { ViewContext } from "./views.js";
import { WebhookSender } from "./webhooks.js";

export const DEFAULT_API_KEY = "sandbox";
export const DEFAULT_SECRET = "sandbox-secret";
export const DEFAULT_PROCESSING_MS = 2000;

export interface SandboxOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** The API key tokens must carry (`apikey`). Default `sandbox`. */
  apiKey?: string | undefined;
  /** The secret tokens must be signed with (HS256). Default `sandbox-secret`. */
  secret?: string | undefined;
  /** How long each simulated step takes, in ms (starting → started, stopping → stopped, ...). Default 2000. */
  processingMs?: number | undefined;
  /** Keep the state in this JSON file, across restarts. Default: in memory only. */
  stateFile?: string | undefined;
  /** The RSA private key (PEM) that signs webhooks. Default: a 2048-bit key generated once per process. */
  webhookSigningKey?: string | undefined;
  /** Hosts other than loopback that webhooks may be sent to; `*` allows any. Default none. */
  allowWebhookHosts?: readonly string[] | undefined;
  /** Retries of a failed webhook delivery. Default 3. */
  webhookRetries?: number | undefined;
  /** Delay before the first retry (ms), doubled for each next one. Default 1000. */
  webhookRetryDelayMs?: number | undefined;
  /** The origin put in `fileUrl`s and links. Default the sandbox's own URL. */
  publicUrl?: string | undefined;
  /** The OpenAPI document to validate against. Default the package's `openapi.json`. */
  spec?: object | undefined;
  /** Called with one line per request, and for every answer that broke the spec. */
  log?: ((line: string) => void) | undefined;
  /**
   * Host names besides loopback (127.0.0.1, localhost, [::1]) that requests may name in their `Host` header, e.g. a
   * container's name; `*` allows any. The `host` and `publicUrl` options are allowed already. Default none: a
   * DNS-rebound name is refused.
   */
  allowedHosts?: readonly string[] | undefined;
  /**
   * Origins (`http://localhost:5173`) whose pages may call the control API (`/_sandbox/...`); `*` allows any.
   * Default none: only the sandbox's own pages, and clients that are not browsers. The API routes answer any origin.
   */
  controlOrigins?: readonly string[] | undefined;
}

const OPTION_NAMES: readonly (keyof SandboxOptions)[] = [
  "port",
  "host",
  "apiKey",
  "secret",
  "processingMs",
  "stateFile",
  "webhookSigningKey",
  "allowWebhookHosts",
  "webhookRetries",
  "webhookRetryDelayMs",
  "publicUrl",
  "spec",
  "log",
  "allowedHosts",
  "controlOrigins",
];

export type { ResponseViolation } from "./pipeline.js";

export interface Sandbox {
  /** e.g. http://127.0.0.1:4010 */
  baseUrl: string;
  port: number;
  apiKey: string;
  secret: string;
  /** A management token for this sandbox (roles `crawler`, valid 24 hours). */
  token: string;
  /** The PEM public key that verifies webhook signatures (also served at /v2/public/rsa-public-key). */
  webhookPublicKey: string;
  control: SandboxControl;
  /** Answers that broke the spec so far (each was sent as a 500 instead), and failures of the sandbox itself. */
  violations(): ResponseViolation[];
  /** Stops the server, the timers and the webhook deliveries, and saves the state. */
  stop(): Promise<void>;
}

/** A mistake in the sandbox's options, or a port that cannot be used; `field` names the option. */
export class SandboxOptionsError extends ConfigurationError {
  override name = "SandboxOptionsError";
  constructor(message: string, field?: string | undefined) {
    super(message, { field });
  }
}

/** Starts a sandbox. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const settings = checkOptions(options);
  const guard = new RequestGuard({
    allowedHosts: [
      ...settings.allowedHosts,
      settings.host,
      ...(options.publicUrl === undefined ? [] : [new URL(options.publicUrl).hostname]),
    ],
    controlOrigins: settings.controlOrigins,
  });
  const spec = options.spec ?? bundledSpec();
  const [validator, controlValidator, privateKey, state] = await Promise.all([
    specValidator(spec),
    specValidator(CONTROL_OPENAPI as object),
    signingKey(options.webhookSigningKey),
    Promise.resolve().then(() => (settings.stateFile ? loadState(settings.stateFile) : emptyState())),
  ]);
  const webhookPublicKey = createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString();
  const webhooks = new WebhookSender({
    privateKey,
    retries: settings.webhookRetries,
    retryDelayMs: settings.webhookRetryDelayMs,
    allowHosts: settings.allowWebhookHosts,
  });
  const user = { id: stableObjectId(settings.apiKey), email: "sandbox@example.com", name: "Sandbox" };
  let baseUrl = "";
  let publicUrl = "";
  const violations: ResponseViolation[] = [];
  const rejected = new RejectedRequests();

  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = undefined;
    if (settings.stateFile) saveState(settings.stateFile, simulator.state);
  };
  const simulator = new Simulator({
    state,
    processingMs: settings.processingMs,
    webhooks,
    context: (): ViewContext => ({
      baseUrl: publicUrl,
      user,
      apiKey: settings.apiKey,
      nowMs: Date.now(),
      webhookSummary: (id) => webhooks.summary(id),
    }),
    message: messages(spec),
    webhookPublicKey,
    changed: () => {
      // Many changes in a row (a burst of calls) make one write.
      if (settings.stateFile && !saveTimer) saveTimer = setTimeout(save, 20);
    },
  });

  const handler = createPipeline({
    validator,
    controlValidator,
    simulator,
    webhooks,
    violations,
    rejected,
    apiKey: settings.apiKey,
    credentials: { apiKey: settings.apiKey, secret: settings.secret },
    guard,
    log: settings.log,
  });
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      // A bug of the sandbox: recorded with the violations, so that a test suite checking them fails.
      const method = request.method ?? "GET";
      const path = (request.url ?? "/").split("?")[0]!;
      const message = (error as Error).message ?? String(error);
      violations.push({
        at: new Date().toISOString(),
        method,
        path,
        operationId: "",
        status: 500,
        violations: [{ path: "sandbox", message }],
      });
      settings.log?.(`sandbox: ${method} ${path} failed: ${(error as Error).stack ?? message}`);
      if (!response.headersSent)
        sendJson(response, 500, { message: `The sandbox failed to answer (a sandbox bug): ${message}` });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await listen(server, settings.port, settings.host);
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host === "0.0.0.0" || settings.host === "::" ? "127.0.0.1" : settings.host}:${port}`;
  publicUrl = (options.publicUrl ?? baseUrl).replace(/\/+$/, "");
  simulator.resume();

  let stopping: Promise<void> | undefined;
  return {
    baseUrl,
    port,
    apiKey: settings.apiKey,
    secret: settings.secret,
    token: mintToken({ apiKey: settings.apiKey, secret: settings.secret }),
    webhookPublicKey,
    control: createSandboxControl(baseUrl),
    violations: () => [...violations],
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        simulator.stop();
        webhooks.stop();
        save();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return stopping;
    },
  };
}

// ---- options ------------------------------------------------------------------------------------------------------

interface Settings {
  port: number;
  host: string;
  apiKey: string;
  secret: string;
  processingMs: number;
  stateFile: string | undefined;
  allowWebhookHosts: string[];
  webhookRetries: number;
  webhookRetryDelayMs: number;
  log: ((line: string) => void) | undefined;
  allowedHosts: string[];
  controlOrigins: string[];
}

function checkOptions(options: SandboxOptions): Settings {
  if (options === null || typeof options !== "object")
    throw new SandboxOptionsError("options must be an object", "options");
  for (const key of Object.keys(options)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      // Catches typos such as `processingMS` that would otherwise leave the default in place unnoticed.
      const hint = OPTION_NAMES.find((name) => name.toLowerCase() === key.toLowerCase());
      throw new SandboxOptionsError(
        `unknown option "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; allowed: ${OPTION_NAMES.join(", ")}`,
        key,
      );
    }
  }
  const names = (name: "allowedHosts" | "controlOrigins", value: unknown): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item !== ""))
      throw new SandboxOptionsError(`${name} must be an array of non-empty strings`, name);
    return value as string[];
  };
  const integer = (name: string, value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max)
      throw new SandboxOptionsError(`${name} must be an integer from 0 to ${max}, got ${JSON.stringify(value)}`, name);
    return value;
  };
  const nonEmpty = (name: string, value: unknown, fallback: string) => {
    if (value === undefined) return fallback;
    if (typeof value !== "string" || value.trim() === "")
      throw new SandboxOptionsError(`${name} must be a non-empty string`, name);
    return value;
  };
  if (options.log !== undefined && typeof options.log !== "function")
    throw new SandboxOptionsError("log must be a function", "log");
  if (options.allowWebhookHosts !== undefined && !Array.isArray(options.allowWebhookHosts))
    throw new SandboxOptionsError("allowWebhookHosts must be an array of host names", "allowWebhookHosts");
  if (options.publicUrl !== undefined) {
    try {
      new URL(options.publicUrl);
    } catch {
      throw new SandboxOptionsError(
        `publicUrl must be an absolute URL, got ${JSON.stringify(options.publicUrl)}`,
        "publicUrl",
      );
    }
  }
  if (options.spec !== undefined && (options.spec === null || typeof options.spec !== "object"))
    throw new SandboxOptionsError("spec must be an OpenAPI document (an object)", "spec");
  return {
    port: integer("port", options.port, 4010, 65_535),
    host: nonEmpty("host", options.host, "127.0.0.1"),
    apiKey: nonEmpty("apiKey", options.apiKey, DEFAULT_API_KEY),
    secret: nonEmpty("secret", options.secret, DEFAULT_SECRET),
    processingMs: integer("processingMs", options.processingMs, DEFAULT_PROCESSING_MS, 3_600_000),
    stateFile: options.stateFile === undefined ? undefined : nonEmpty("stateFile", options.stateFile, ""),
    allowWebhookHosts: (options.allowWebhookHosts ?? []).map((host) => String(host).toLowerCase()),
    webhookRetries: integer("webhookRetries", options.webhookRetries, 3, 10),
    webhookRetryDelayMs: integer("webhookRetryDelayMs", options.webhookRetryDelayMs, 1000, 60_000),
    log: options.log,
    allowedHosts: names("allowedHosts", options.allowedHosts),
    controlOrigins: names("controlOrigins", options.controlOrigins),
  };
}

let generatedKey: Promise<KeyObject> | undefined;

/** The given key, or one RSA 2048 key generated for all the sandboxes of this process (generating takes ~0.2 s). */
function signingKey(pem: string | undefined): Promise<KeyObject> {
  if (pem !== undefined) {
    try {
      return Promise.resolve(createPrivateKey(pem));
    } catch (error) {
      return Promise.reject(
        new SandboxOptionsError(
          `webhookSigningKey is not a PEM private key (${(error as Error).message})`,
          "webhookSigningKey",
        ),
      );
    }
  }
  generatedKey ??= promisify(generateKeyPair)("rsa", { modulusLength: 2048 }).then(({ privateKey }) => privateKey);
  return generatedKey;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(
          new SandboxOptionsError(
            `port ${port} on ${host} is in use: choose another port (0 picks a free one)`,
            "port",
          ),
        );
      else if (error.code === "EACCES")
        reject(
          new SandboxOptionsError(
            `port ${port} on ${host} is not allowed for this user: choose one above 1023`,
            "port",
          ),
        );
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

// ---- the spec -----------------------------------------------------------------------------------------------------

let bundled: object | undefined;

/** The package's generated/openapi.json, found from this module whether it runs from src/ or from dist/. */
function bundledSpec(): object {
  if (bundled) return bundled;
  let dir = path.dirname(moduleFile());
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(dir, "generated/openapi.json");
    if (existsSync(candidate)) {
      bundled = JSON.parse(readFileSync(candidate, "utf8")) as object;
      return bundled;
    }
    dir = path.dirname(dir);
  }
  throw new SandboxOptionsError(
    "generated/openapi.json was not found next to videosdk-api/testing: reinstall the package",
  );
}

/** The text of each operation's bare-string answer, from the spec's first example (`"Recording started successfully"`). */
function messages(spec: object): (operationId: string) => string {
  const texts = new Map<string, string>();
  type Examples = Record<string, { value?: unknown }>;
  type Operation = {
    operationId?: unknown;
    responses?: Record<string, { content?: Record<string, { examples?: Examples }> }>;
  };
  const paths = (spec as { paths?: Record<string, Record<string, Operation | undefined>> }).paths ?? {};
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const examples = operation?.responses?.["200"]?.content?.["application/json"]?.examples;
      const value = examples ? (Object.values(examples)[0] as { value?: unknown } | undefined)?.value : undefined;
      const text = typeof value === "string" ? value : (value as { message?: unknown } | undefined)?.message;
      if (typeof operation?.operationId === "string" && typeof text === "string")
        texts.set(operation.operationId, text);
    }
  }
  return (operationId) => texts.get(operationId) ?? "Done";
}
