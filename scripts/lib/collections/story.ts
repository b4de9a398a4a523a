/**
 * The run of the Postman and Bruno collections as a story, derived from the spec alone: which request follows which,
 * which answer fields feed which variables, what each request's tests check. Both collections are written from this
 * plan, so they run the same story.
 *
 * The rules, all generic (no operation is named here):
 * - Order. Tags in the spec's order; inside a tag, create/start first, then reads whose path parameters are already
 *   set by a create, then other actions, then end/stop, then lists, then the reads that needed a list's id. Teardown (delete,
 *   remove, deactivate, and `end` in a tag that starts nothing) comes last, tags in reverse order, so that nothing
 *   is deleted before a later step needs it. The sandbox's join requests follow the tag whose create makes a room.
 * - Variables. Every path parameter name of the spec is a variable. An operation that creates (create/start, and
 *   the sandbox's join) sets the variables its answer names at the top level (`createRoom` answers `roomId`). A
 *   paged list `GET /x` sets the parameter of its item operation `GET /x/{p}` from its first item (`p`, else `id`),
 *   unless a create has set it.
 * - Inputs. A path parameter, a query parameter or a body property named like a variable takes `{{variable}}` (such
 *   a query parameter is sent, so that lists show only the story's own room); a
 *   body property with `x-collection-variable: <name>` takes `{{<name>}}` instead (for an id whose name differs
 *   from the path parameter it matches).
 * - Tests. Every answer has a 2xx status; a JSON object answer has the schema's required keys and no undocumented
 *   key; a string answer is a JSON string.
 */
import type { SpecOperation } from "../operations.js";

type Json = Record<string, unknown>;

/** What a step reads from its JSON answer into a variable. */
export interface Capture {
  variable: string;
  /** Keys and indexes from the answer's root. */
  path: (string | number)[];
}

/** The documented shape of a step's successful answer, for its test. */
export type AnswerShape =
  | { kind: "object"; required: string[]; documented: string[] }
  | { kind: "string" }
  | { kind: "any" };

export interface StoryStep {
  operationId: string;
  /** The request's name in both collections (the operation's summary). */
  name: string;
  tag: string;
  captures: Capture[];
  answer: AnswerShape;
  /** The name of the step that follows in the run, or null for the last one. */
  next: string | null;
  /** Runs only against the sandbox (the environment's `sandbox` is `true`). */
  sandboxOnly: boolean;
}

/** A request of the sandbox's control API that the story needs (participants joining), described like an operation. */
export interface SandboxStep {
  operationId: string;
  name: string;
  path: string;
  method: "POST";
  pathParams: string[];
  /** The join's answer schema (from the control API's own OpenAPI document). */
  answerSchema: Json;
}

export interface Story {
  steps: StoryStep[];
  /** Every variable a request may read (path parameter names and `x-collection-variable` targets). */
  variables: string[];
}

const CREATING_VERBS = new Set(["create", "start"]);
const READING_VERBS = new Set(["get", "validate"]);
const STOPPING_VERBS = new Set(["end", "stop"]);
const TEARDOWN_RANK: Record<string, number> = { delete: 0, remove: 1, end: 2, deactivate: 3 };

const verbOf = (operationId: string) => /^[a-z]+/.exec(operationId)![0];

/** Builds the story from the bundled spec, its operation table and the sandbox's join requests. */
export function planStory(spec: Json, operations: SpecOperation[], sandboxSteps: SandboxStep[]): Story {
  const variables = collectVariables(spec, operations);
  const variableSet = new Set(variables);
  const byTag = new Map<string, SpecOperation[]>();
  for (const op of operations) byTag.set(op.namespace, [...(byTag.get(op.namespace) ?? []), op]);

  // Variables set by a step that creates something: a read that needs only these runs right after the creates.
  const created = new Set<string>();
  const sequence: { op: SpecOperation | SandboxStep; captures: Capture[] }[] = [];
  const teardown: SpecOperation[][] = [];
  const add = (op: SpecOperation | SandboxStep, captures: Capture[]) => {
    sequence.push({ op, captures });
    const creates = !("namespace" in op) || CREATING_VERBS.has(verbOf(op.operationId));
    if (creates) for (const capture of captures) created.add(capture.variable);
  };
  const capturesOf = (op: SpecOperation) =>
    operationCaptures(spec, op, operations, variableSet).filter(
      // A list does not replace what the story created: its first item may be someone else's.
      (capture) => CREATING_VERBS.has(verbOf(op.operationId)) || !created.has(capture.variable),
    );
  const ready = (op: SpecOperation) => op.pathParams.every((name) => created.has(name));

  for (const ops of byTag.values()) {
    const startsSomething = ops.some((op) => CREATING_VERBS.has(verbOf(op.operationId)));
    const isTeardown = (op: SpecOperation) => {
      const verb = verbOf(op.operationId);
      return verb in TEARDOWN_RANK && (verb !== "end" || !startsSomething);
    };
    const story = ops.filter((op) => !isTeardown(op));
    const creates = story.filter((op) => CREATING_VERBS.has(verbOf(op.operationId)));
    const reads = story.filter((op) => READING_VERBS.has(verbOf(op.operationId)));
    const stops = story.filter((op) => STOPPING_VERBS.has(verbOf(op.operationId)));
    const lists = story.filter((op) => verbOf(op.operationId) === "list");
    const others = story.filter((op) => ![creates, reads, stops, lists].some((group) => group.includes(op)));

    for (const op of creates) add(op, capturesOf(op));
    const early = reads.filter(ready);
    for (const op of early) add(op, capturesOf(op));
    for (const op of [...others, ...stops, ...lists]) add(op, capturesOf(op));
    for (const op of reads.filter((op) => !early.includes(op))) add(op, capturesOf(op));
    teardown.unshift(
      ops
        .filter(isTeardown)
        .sort((a, b) => TEARDOWN_RANK[verbOf(a.operationId)]! - TEARDOWN_RANK[verbOf(b.operationId)]!),
    );
    // Participants join once there is a room to join: right after the first tag whose creates set their parameters.
    if (
      sandboxSteps.length &&
      sandboxSteps.every((step) => step.pathParams.every((name) => created.has(name))) &&
      !sequence.some((entry) => sandboxSteps.includes(entry.op as SandboxStep))
    ) {
      for (const step of sandboxSteps) add(step, topLevelCaptures(step.answerSchema, spec, variableSet));
    }
  }
  for (const ops of teardown) for (const op of ops) add(op, capturesOf(op));

  const problems = sequence.flatMap(({ op }, index) => {
    const before = new Set(sequence.slice(0, index).flatMap((entry) => entry.captures.map((c) => c.variable)));
    return op.pathParams
      .filter((name) => !before.has(name))
      .map((name) => `${op.operationId} needs {${name}} before any step sets it`);
  });
  if (problems.length) throw new Error(`the collections' story cannot be ordered:\n- ${problems.join("\n- ")}`);

  const names = new Set<string>();
  const steps = sequence.map(({ op, captures }, index): StoryStep => {
    const name = "summary" in op ? op.summary : op.name;
    if (names.has(name)) throw new Error(`two requests of the collections would be named "${name}"`);
    names.add(name);
    const following = sequence[index + 1]?.op;
    return {
      operationId: op.operationId,
      name,
      tag: "namespace" in op ? op.namespace : "sandbox",
      captures,
      answer: answerShape("namespace" in op ? successSchema(spec, op) : op.answerSchema),
      next: following ? ("summary" in following ? following.summary : following.name) : null,
      sandboxOnly: !("namespace" in op),
    };
  });
  return { steps, variables };
}

/** Path parameter names, then `x-collection-variable` targets, each once. */
function collectVariables(spec: Json, operations: SpecOperation[]): string[] {
  const names = new Set(operations.flatMap((op) => op.pathParams));
  walk(spec.components, (node) => {
    const target = (node as Json)["x-collection-variable"];
    if (typeof target === "string") names.add(target);
  });
  return [...names];
}

function walk(node: unknown, visit: (node: unknown) => void): void {
  if (node === null || typeof node !== "object") return;
  visit(node);
  for (const value of Object.values(node)) walk(value, visit);
}

export function resolveRef(spec: Json, node: unknown): Json | undefined {
  let current = node as Json | undefined;
  for (let depth = 0; current && typeof current.$ref === "string" && depth < 20; depth++) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((value, key) => (value as Json | undefined)?.[key], spec) as Json | undefined;
  }
  return current;
}

function operationObject(spec: Json, op: SpecOperation): Json {
  return ((spec.paths as Json)[op.path] as Json)[op.method.toLowerCase()] as Json;
}

/** The JSON schema of the operation's 200 answer. */
function successSchema(spec: Json, op: SpecOperation): Json | undefined {
  const response = resolveRef(spec, (operationObject(spec, op).responses as Json)["200"]);
  const media = (response?.content as Json | undefined)?.["application/json"] as Json | undefined;
  return resolveRef(spec, media?.schema);
}

function answerShape(schema: Json | undefined): AnswerShape {
  if (!schema) return { kind: "any" };
  if (schema.type === "string") return { kind: "string" };
  if (schema.type === "object" && schema.properties) {
    return {
      kind: "object",
      required: ((schema.required as string[] | undefined) ?? []).slice(),
      documented: Object.keys(schema.properties as Json),
    };
  }
  // A union (a session or a confirmation string): only the status is checked.
  return { kind: "any" };
}

function topLevelCaptures(schema: Json | undefined, spec: Json, variables: Set<string>): Capture[] {
  const properties = (resolveRef(spec, schema)?.properties ?? {}) as Json;
  return Object.keys(properties)
    .filter((key) => variables.has(key))
    .map((key) => ({ variable: key, path: [key] }));
}

function operationCaptures(
  spec: Json,
  op: SpecOperation,
  operations: SpecOperation[],
  variables: Set<string>,
): Capture[] {
  if (CREATING_VERBS.has(verbOf(op.operationId))) return topLevelCaptures(successSchema(spec, op), spec, variables);
  if (!op.pagination || op.method !== "GET") return [];
  const item = operations.find(
    (other) =>
      other.method === "GET" &&
      other.path.startsWith(`${op.path}/{`) &&
      /^\/\{[^}/]+\}$/.test(other.path.slice(op.path.length)),
  );
  if (!item) return [];
  const parameter = item.pathParams.at(-1)!;
  let items: Json | undefined = successSchema(spec, op);
  for (const key of op.pagination.items) items = resolveRef(spec, (items?.properties as Json | undefined)?.[key]);
  const itemSchema = resolveRef(spec, items?.items);
  const field = (itemSchema?.properties as Json | undefined)?.[parameter] ? parameter : "id";
  return [{ variable: parameter, path: [...op.pagination.items, 0, field] }];
}
