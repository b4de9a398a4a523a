/**
 * The OpenAPI 3.0.3 variant of the bundled spec, for tools that cannot read 3.1 (Go's kin-openapi, older
 * openapi-generator templates, Perl's OpenAPI::Client offline). @apiture/openapi-down-convert does the bulk of the
 * work (`type: [x, "null"]` to `nullable`, `const` to `enum`, schema `examples` to `example`, `contentEncoding` to
 * `format: byte`, `license.identifier`, `$ref` siblings); the few things it leaves invalid or drops are handled here,
 * each where it happens.
 */
import { Converter } from "@apiture/openapi-down-convert";

type Json = Record<string, unknown>;

export function toOpenApi30(spec: Json): Json {
  const input = structuredClone(spec);
  // The converter deletes `webhooks` (3.0 has none). Keep them as `x-webhooks`, the extension Redoc and other
  // 3.0 tools read; moved before converting, so that their schemas are converted too.
  if (input.webhooks) {
    input["x-webhooks"] = input.webhooks;
    delete input.webhooks;
  }
  const converted = new Converter(input, { verbose: false, allOfTransform: false }).convert() as Json;

  // 3.0's Info Object has no `summary`: it leads the description instead.
  const info = converted.info as { summary?: string; description?: string };
  if (info.summary) {
    info.description = `${info.summary}\n\n${info.description ?? ""}`.trimEnd() + "\n";
    delete info.summary;
  }
  // 3.0 has no `type: "null"`: the converter rewrites `type: [x, "null"]` lists but leaves the 3.1 idiom for a
  // nullable reference, `oneOf: [{$ref}, {type: "null"}]`. Its 3.0 form is `nullable: true` beside `allOf: [{$ref}]`.
  rewriteNullableUnions(converted);
  return converted;
}

function rewriteNullableUnions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteNullableUnions(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const schema = node as Json;
  for (const key of ["oneOf", "anyOf"] as const) {
    const members = schema[key];
    if (!Array.isArray(members)) continue;
    const others = members.filter((member) => (member as Json).type !== "null");
    if (others.length === members.length) continue;
    delete schema[key];
    schema.nullable = true;
    if (others.length === 1) schema.allOf = others;
    else schema[key] = others;
  }
  for (const value of Object.values(schema)) rewriteNullableUnions(value);
}
