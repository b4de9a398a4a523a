/**
 * The copy of the spec that openapi-to-postmanv2 and @usebruno/converters are given: the OpenAPI 3.0 variant (both
 * read `nullable` and `example` correctly, and mistake 3.1's type lists and `const`), changed only in what the
 * converters handle badly or what the story needs. The spec itself stays as it is.
 * - Every request body gets an `example` (the converters ignore named `examples` and would fake values from the
 *   schema): the named example its media type's `x-collection-example` names, else its first, with the ids the run
 *   knows replaced by `{{variables}}`.
 * - Path parameters, and query parameters named like a variable, get `{{variable}}` as their example; any other
 *   parameter without an example gets a fixed one (the converters would make up a random value).
 * - Only the success answer is kept: the shared error answers would repeat seven examples on every request.
 * - Webhooks are dropped (neither tool calls them), and the sandbox's join request is added, tagged `sandbox`.
 */
import { resolveRef } from "./story.js";

type Json = Record<string, unknown>;

export interface ConverterInputOptions {
  variables: string[];
  /** The sandbox's control API document (`CONTROL_OPENAPI`), whose join operation the story uses. */
  control: Json;
  joinPath: string;
}

export const SANDBOX_TAG = "sandbox";
const METHODS = ["get", "post", "put", "patch", "delete"];

export function converterInput(spec30: Json, options: ConverterInputOptions): Json {
  const spec = structuredClone(spec30);
  const variables = new Set(options.variables);
  delete spec["x-webhooks"];
  delete spec["x-tagGroups"];

  const paths = spec.paths as Record<string, Json>;
  for (const item of Object.values(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (op) prepareOperation(spec, op, variables);
    }
  }

  const join = structuredClone(
    ((options.control.paths as Record<string, Json>)[options.joinPath] as Json).post as Json,
  );
  join.tags = [SANDBOX_TAG];
  join.description = "A participant joins the room, as a client SDK would: a session needs one. The sandbox only.";
  join.parameters = [{ name: "roomId", in: "path", required: true, schema: { type: "string" }, example: "{{roomId}}" }];
  // An empty JSON body: the sandbox takes state-changing control calls only as JSON (or with its control header),
  // so that a web page cannot make them.
  join.requestBody = { required: true, content: { "application/json": { schema: { type: "object" }, example: {} } } };
  join.responses = { "201": (join.responses as Json)["201"] };
  paths[options.joinPath] = { post: join };

  const used = new Set(
    Object.values(paths).flatMap((item) =>
      METHODS.flatMap((method) => ((item[method] as Json | undefined)?.tags as string[] | undefined) ?? []),
    ),
  );
  spec.tags = [
    ...((spec.tags as Json[] | undefined) ?? []).filter((tag) => used.has(tag.name as string)),
    { name: SANDBOX_TAG, description: "The local sandbox's control API (not part of VideoSDK's API)." },
  ];
  return spec;
}

function prepareOperation(spec: Json, op: Json, variables: Set<string>): void {
  op.parameters = ((op.parameters as Json[] | undefined) ?? []).map((raw) => {
    const parameter = resolveRef(spec, raw)!;
    const name = parameter.name as string;
    if (parameter.in === "path" || (parameter.in === "query" && variables.has(name))) {
      const copy = structuredClone(parameter);
      delete copy.examples;
      copy.example = `{{${name}}}`;
      return copy;
    }
    if (
      parameter.example !== undefined ||
      parameter.examples ||
      (parameter.schema as Json | undefined)?.example !== undefined
    )
      return raw;
    // Without an example the converter fakes a random value; the collections must come out the same every time.
    return { ...parameter, example: placeholder(resolveRef(spec, parameter.schema) ?? {}) };
  });

  const body = resolveRef(spec, op.requestBody);
  const media = (body?.content as Json | undefined)?.["application/json"] as Json | undefined;
  if (body && media) {
    const examples = (media.examples as Json | undefined) ?? {};
    const chosen = media["x-collection-example"] as string | undefined;
    if (chosen && !examples[chosen])
      throw new Error(`${op.operationId as string}: x-collection-example ${chosen} is not one of its examples`);
    const named = chosen ? examples[chosen] : Object.values(examples)[0];
    const value = resolveRef(spec, named)?.value ?? media.example;
    if (value === undefined) throw new Error(`${op.operationId as string}: a request body needs a named example`);
    op.requestBody = {
      ...body,
      content: {
        "application/json": {
          schema: media.schema,
          example: withVariables(spec, value, media.schema, variables),
        },
      },
    };
  }

  const success = (op.responses as Json)["200"];
  op.responses = { "200": success };
}

/** The example with every string property named like a variable (or marked `x-collection-variable`) templated. */
function withVariables(spec: Json, value: unknown, schema: unknown, variables: Set<string>): unknown {
  const resolved = resolveRef(spec, schema);
  if (Array.isArray(value)) return value.map((item) => withVariables(spec, item, resolved?.items, variables));
  if (value === null || typeof value !== "object") return value;
  const properties = (resolved?.properties ?? {}) as Json;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const propertySchema = resolveRef(spec, properties[key]);
      const target =
        (propertySchema?.["x-collection-variable"] as string | undefined) ?? (variables.has(key) ? key : "");
      if (typeof item === "string" && target) return [key, `{{${target}}}`];
      return [key, withVariables(spec, item, propertySchema, variables)];
    }),
  );
}

/** A fixed value for a parameter with no example: its default, its first enum value, or a neutral value. */
function placeholder(schema: Json): unknown {
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === "boolean") return false;
  if (schema.type === "integer" || schema.type === "number") return schema.minimum ?? 1;
  return "";
}
