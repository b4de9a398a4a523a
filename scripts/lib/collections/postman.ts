/**
 * The Postman collection (v2.1) and its environments. openapi-to-postmanv2 converts the converters' input; this
 * module only adds what the converter cannot know: the auth (`Authorization: {{token}}` and the minting
 * pre-request script), each request's tests and next step, the story's order, and ids that stay the same.
 */
import { createRequire } from "node:module";
import type { CollectionEnvironment } from "./environments.js";
import { postmanSandboxOnlyScript, postmanTestScript, postmanTokenScript } from "./scripts.js";
import { stableUuid } from "./stable-id.js";
import type { Story, StoryStep } from "./story.js";

type Json = Record<string, unknown>;

interface PostmanItem extends Json {
  name: string;
  item?: PostmanItem[];
}

interface ConvertResult {
  result: boolean;
  reason?: string;
  output?: { type: string; data: Json }[];
}

const converter = createRequire(import.meta.url)("openapi-to-postmanv2") as {
  convertV2(
    input: { type: "json"; data: Json },
    options: Json,
    callback: (error: Error | null, result: ConvertResult) => void,
  ): void;
};

const OPTIONS = {
  folderStrategy: "Tags",
  requestNameSource: "Fallback",
  parametersResolution: "Example",
  enableOptionalParameters: false,
  alwaysInheritAuthentication: true,
  includeWebhooks: false,
  includeDeprecated: true,
  indentCharacter: "Space",
};

const script = (listen: "prerequest" | "test", text: string) => ({
  listen,
  script: { type: "text/javascript", exec: text.trimEnd().split("\n") },
});

/** The collection, from the converters' input and the story. */
export async function postmanCollection(input: Json, story: Story, joinNames: string[]): Promise<Json> {
  const converted = await new Promise<Json>((resolve, reject) =>
    converter.convertV2({ type: "json", data: structuredClone(input) }, OPTIONS, (error, result) => {
      if (error) reject(error);
      else if (!result.result || !result.output?.[0]) reject(new Error(`openapi-to-postmanv2: ${result.reason}`));
      else resolve(result.output[0].data);
    }),
  );
  const folders = converted.item as PostmanItem[];
  duplicateJoin(folders, joinNames);

  const steps = new Map(story.steps.map((step) => [step.name, step]));
  const position = new Map(story.steps.map((step, index) => [step.name, index]));
  for (const folder of folders) {
    folder.item = (folder.item ?? []).sort((a, b) => position.get(a.name)! - position.get(b.name)!);
    for (const item of folder.item) decorate(item, steps.get(item.name));
  }
  folders.sort((a, b) => firstStep(a, position) - firstStep(b, position));

  const collection: Json = {
    info: {
      ...(converted.info as Json),
      _postman_id: stableUuid("postman collection"),
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    item: folders,
    auth: {
      type: "apikey",
      apikey: [
        { key: "key", value: "Authorization", type: "string" },
        { key: "value", value: "{{token}}", type: "string" },
        { key: "in", value: "header", type: "string" },
      ],
    },
    event: [script("prerequest", postmanTokenScript)],
    variable: story.variables.map((name) => ({ key: name, value: "" })),
  };
  stabiliseIds(collection, "postman");
  return collection;
}

/** The join request runs twice (two participants: one is removed before the session ends), under two names. */
function duplicateJoin(folders: PostmanItem[], names: string[]): void {
  const folder = folders.find((candidate) =>
    candidate.item?.some(
      (item) => (item.request as Json)?.method === "POST" && /_sandbox/.test(JSON.stringify(item.request)),
    ),
  );
  const join = folder?.item?.[0];
  if (!folder || !join) throw new Error("openapi-to-postmanv2 made no sandbox join request");
  folder.item = names.map((name) => ({
    ...structuredClone(join),
    name,
    request: { ...(structuredClone(join.request) as Json), name },
  }));
}

function firstStep(folder: PostmanItem, position: Map<string, number>): number {
  return Math.min(...(folder.item ?? []).map((item) => position.get(item.name) ?? Number.POSITIVE_INFINITY));
}

function decorate(item: PostmanItem, step: StoryStep | undefined): void {
  if (!step) throw new Error(`the Postman collection has a request the story does not know: ${item.name}`);
  const request = item.request as Json;
  delete request.auth;
  // Optional query parameters stay off, except the ones the story fills in (lists of the story's own room).
  for (const query of ((request.url as Json).query as Json[] | undefined) ?? []) {
    if (String(query.value).startsWith("{{")) delete query.disabled;
  }
  item.event = [
    ...(step.sandboxOnly ? [script("prerequest", postmanSandboxOnlyScript)] : []),
    script("test", postmanTestScript(step)),
  ];
  // The answers' examples keep only their body: the rest repeats the request.
  for (const response of (item.response as Json[] | undefined) ?? []) delete response.originalRequest;
}

/** Replaces every converter-made `id` with one derived from where it is. */
function stabiliseIds(node: unknown, where: string): void {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) stabiliseIds(child, `${where}/${(child as Json)?.name ?? index}`);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const object = node as Json;
  if (typeof object.id === "string") object.id = stableUuid(where);
  for (const [key, value] of Object.entries(object)) if (key !== "id") stabiliseIds(value, `${where}/${key}`);
}

/** A Postman environment file. */
export function postmanEnvironment(environment: CollectionEnvironment): Json {
  return {
    id: stableUuid(`postman environment ${environment.id}`),
    name: `VideoSDK ${environment.name}`,
    values: environment.variables.map((variable) => ({
      key: variable.name,
      value: variable.value,
      type: variable.secret ? "secret" : "default",
      enabled: true,
    })),
    _postman_variable_scope: "environment",
  };
}
