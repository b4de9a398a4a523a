/**
 * Prism, the spec's validator, in process: its router picks the operation, its request validator checks what the
 * client sent, its response validator checks what the simulator answers. Only Prism's router and validators are
 * loaded (not its mock generator), which keeps a sandbox's start well under a second.
 *
 * Prism is an optional peer dependency of `videosdk-api/testing`: it is loaded on first use, and a missing install
 * is reported with the command that fixes it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { VideoSDKError } from "../errors.js";
import { moduleFile } from "./module-file.js";

/** One thing the spec does not allow, e.g. `{ path: "body.roomId", message: "... required property 'roomId'" }`. */
export interface Violation {
  /** Where: `body`, `body.config.layout.gridSize`, `query.perPage`, `path.roomId`, `header.content-type`. */
  path: string;
  message: string;
}

/** The part of Prism's operation object that the sandbox reads. */
export interface SpecOperation {
  /** The operationId. */
  iid?: string;
  method: string;
  path: string;
  security?: unknown[][];
  request?: { query?: { name: string }[]; headers?: { name: string }[] };
}

export interface HttpInput {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: unknown;
}

export interface HttpOutput {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

export type RouteResult = { operation: SpecOperation } | { status: 404 | 405; message: string };

export interface SpecValidator {
  route(method: string, path: string): RouteResult;
  validateRequest(operation: SpecOperation, input: HttpInput): Violation[];
  /** Errors only: Prism's warnings (an error status the spec does not list) are not violations. */
  validateResponse(operation: SpecOperation, output: HttpOutput): Violation[];
}

type Either<L, R> = { _tag: "Left"; left: L } | { _tag: "Right"; right: R };
interface Diagnostic {
  path?: string[];
  message: string;
  severity: number;
  code?: string | number;
}
interface PrismModules {
  version: string;
  /** Loaded on first use: turning a document into operations is what needs the heavy modules. */
  getHttpOperationsFromSpec(spec: unknown): Promise<SpecOperation[]>;
  route(options: {
    resources: SpecOperation[];
    input: unknown;
  }): Either<{ status?: number; message: string }, SpecOperation>;
  validateInput(options: { resource: SpecOperation; element: unknown }): Either<Diagnostic[], unknown>;
  validateOutput(options: { resource: SpecOperation; element: unknown }): Either<Diagnostic[], unknown>;
}

const ERROR_SEVERITY = 0;
export const PRISM_PACKAGE = "@stoplight/prism-http";

/** Thrown when Prism is not installed next to `videosdk-api`. */
export class PrismMissingError extends VideoSDKError {
  override name = "PrismMissingError";
  constructor(cause: unknown) {
    super(
      `videosdk-api/testing validates with Prism, which is not installed: run \`npm install --save-dev ${PRISM_PACKAGE}\``,
      { cause },
    );
  }
}

let modules: PrismModules | undefined;

function loadPrism(): PrismModules {
  if (modules) return modules;
  const require = createRequire(moduleFile());
  try {
    // Deep paths: the package's main module also loads the mock generator (faker and friends), a second of startup.
    const router = require(`${PRISM_PACKAGE}/dist/router`);
    const validator = require(`${PRISM_PACKAGE}/dist/validator`);
    modules = {
      version: require(`${PRISM_PACKAGE}/package.json`).version,
      getHttpOperationsFromSpec: (spec) =>
        require(`${PRISM_PACKAGE}/dist/utils/operations`).getHttpOperationsFromSpec(spec),
      route: router.default,
      validateInput: validator.validateInput,
      validateOutput: validator.validateOutput,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") throw new PrismMissingError(error);
    throw error;
  }
  return modules;
}

const validators = new WeakMap<object, Promise<SpecValidator>>();

/** A validator for an OpenAPI document, made once per document object and shared by every sandbox using it. */
export function specValidator(spec: object): Promise<SpecValidator> {
  let validator = validators.get(spec);
  if (!validator) {
    validator = createValidator(spec);
    validators.set(spec, validator);
    validator.catch(() => validators.delete(spec));
  }
  return validator;
}

/**
 * Prism's operations for a document. Making them takes a few hundred milliseconds, so they are kept in a cache file
 * (per user, under the system's temporary folder) named by the hash of the document and Prism's version, and the
 * next sandbox reads them in a few milliseconds.
 */
async function operationsOf(prism: PrismModules, spec: object): Promise<SpecOperation[]> {
  const key = createHash("sha256").update(prism.version).update("\0").update(JSON.stringify(spec)).digest("hex");
  const cacheFile = path.join(os.tmpdir(), `videosdk-api-sandbox-${process.getuid?.() ?? "user"}`, `${key}.json`);
  try {
    return JSON.parse(readFileSync(cacheFile, "utf8")) as SpecOperation[];
  } catch {
    // Not cached yet (or unreadable): make them.
  }
  // Prism dereferences in place: give it a copy, so the caller's document stays as it was.
  const operations = await prism.getHttpOperationsFromSpec(structuredClone(spec));
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(operations));
    renameSync(temporary, cacheFile);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return operations;
}

async function createValidator(spec: object): Promise<SpecValidator> {
  const prism = loadPrism();
  const operations = await operationsOf(prism, spec);
  const routes = new Map<string, SpecOperation>();

  return {
    route(method, path) {
      const key = `${method} ${path}`;
      const known = routes.get(key);
      if (known) return { operation: known };
      const result = prism.route({
        resources: operations,
        input: { method: method.toLowerCase(), url: { path } },
      });
      if (result._tag === "Left") {
        const status = result.left.status === 405 ? 405 : 404;
        return {
          status,
          message: status === 405 ? `${method} is not allowed on ${path}` : `no endpoint matches ${path}`,
        };
      }
      // Paths of one template share a route; only exact paths are remembered, and only a bounded number of them.
      if (routes.size < 10_000) routes.set(key, result.right);
      return { operation: result.right };
    },
    validateRequest(operation, input) {
      const result = prism.validateInput({
        resource: operation,
        element: {
          method: input.method.toLowerCase(),
          url: { path: input.path, query: input.query },
          headers: input.headers,
          body: input.body,
        },
      });
      return result._tag === "Left" ? toViolations(operation, result.left) : [];
    },
    validateResponse(operation, output) {
      const result = prism.validateOutput({ resource: operation, element: output });
      return result._tag === "Left"
        ? toViolations(
            operation,
            result.left.filter((diagnostic) => diagnostic.severity === ERROR_SEVERITY),
          )
        : [];
    },
  };
}

/**
 * Prism's diagnostics as violations: parameter names spelled as the spec spells them (Prism lower-cases them), and a
 * missing property named in the path (`body.roomId`, not `body`).
 */
function toViolations(operation: SpecOperation, diagnostics: Diagnostic[]): Violation[] {
  const names = new Map<string, string>();
  for (const parameter of [...(operation.request?.query ?? []), ...(operation.request?.headers ?? [])])
    names.set(parameter.name.toLowerCase(), parameter.name);
  return diagnostics.map((diagnostic) => {
    const segments = [...(diagnostic.path ?? [])];
    let message = diagnostic.message;
    if ((segments[0] === "query" || segments[0] === "header") && segments[1] !== undefined) {
      const spelled = names.get(segments[1]) ?? segments[1];
      message = message.replace(` ${segments[1]} `, ` ${spelled} `);
      segments[1] = spelled;
    }
    const missing = diagnostic.code === "required" ? /required property '([^']+)'/.exec(message)?.[1] : undefined;
    if (missing !== undefined) segments.push(missing);
    return { path: segments.join(".") || "request", message };
  });
}
