/**
 * The Bruno collection, as `.bru` files. @usebruno/converters converts the converters' input (as `bru import
 * openapi` does), this module adds the auth, the tests, the story's order and the environments, and the CLI's own
 * writer (`createCollectionFromBrunoObject`, what `bru import --collection-format bru` uses) makes the files.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CollectionEnvironment } from "./environments.js";
import { brunoSandboxOnlyScript, brunoTestScript, brunoTokenScript } from "./scripts.js";
import { stableUid } from "./stable-id.js";
import type { Story, StoryStep } from "./story.js";

type Json = Record<string, unknown>;

interface BrunoItem extends Json {
  name: string;
  type: string;
  seq?: number;
  items?: BrunoItem[];
  request?: Json;
}

const require = createRequire(import.meta.url);
const { openApiToBruno } = require("@usebruno/converters") as { openApiToBruno(spec: Json, options: Json): Json };
const { createCollectionFromBrunoObject } = require("@usebruno/cli/src/utils/collection") as {
  createCollectionFromBrunoObject(collection: Json, dir: string, options: { format: "bru" }): Promise<string>;
};

/** The collection's files, by path relative to its folder. */
export async function brunoCollection(
  input: Json,
  story: Story,
  joinNames: string[],
  environments: CollectionEnvironment[],
): Promise<Record<string, string>> {
  const collection = openApiToBruno(structuredClone(input), { groupBy: "tags" }) as Json & { items: BrunoItem[] };
  const folders = collection.items;
  duplicateJoin(folders, joinNames);

  const steps = new Map(story.steps.map((step) => [step.name, step]));
  const position = new Map(story.steps.map((step, index) => [step.name, index]));
  for (const folder of folders) {
    folder.items = (folder.items ?? []).sort((a, b) => position.get(a.name)! - position.get(b.name)!);
    folder.items.forEach((item, index) => {
      item.seq = index + 1;
      decorate(item, steps.get(item.name));
    });
  }
  folders.sort((a, b) => firstStep(a, position) - firstStep(b, position));
  folders.forEach((folder, index) => {
    folder.seq = index + 1;
    const root = (folder.root ?? {}) as { meta?: Json };
    folder.root = { ...root, meta: { ...root.meta, name: folder.name } };
  });

  const root = (collection.root ?? {}) as Json & { request?: Json };
  collection.root = {
    ...root,
    request: {
      ...root.request,
      auth: { mode: "apikey", apikey: { key: "Authorization", value: "{{token}}", placement: "header" } },
      script: { req: brunoTokenScript },
    },
  };
  collection.environments = environments.map((environment) => ({
    uid: stableUid(`bruno environment ${environment.id}`),
    name: environment.name,
    variables: environment.variables.map((variable) => ({
      uid: stableUid(`bruno environment ${environment.id} ${variable.name}`),
      name: variable.name,
      // A secret's value stays on the user's machine, never in the file.
      value: variable.secret ? "" : variable.value,
      type: "text",
      enabled: true,
      secret: variable.secret,
    })),
  }));

  const dir = await mkdtemp(path.join(tmpdir(), "videosdk-bruno-"));
  try {
    await createCollectionFromBrunoObject(collection, dir, { format: "bru" });
    const files: Record<string, string> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full).split(path.sep).join("/")] = await readFile(full, "utf8");
    }
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The join request runs twice (two participants: one is removed before the session ends), under two names. */
function duplicateJoin(folders: BrunoItem[], names: string[]): void {
  const folder = folders.find((candidate) =>
    candidate.items?.some((item) => String(item.request?.url ?? "").includes("/_sandbox/")),
  );
  const join = folder?.items?.[0];
  if (!folder || !join) throw new Error("@usebruno/converters made no sandbox join request");
  folder.items = names.map((name) => ({ ...structuredClone(join), name, filename: undefined }));
}

function firstStep(folder: BrunoItem, position: Map<string, number>): number {
  return Math.min(...(folder.items ?? []).map((item) => position.get(item.name) ?? Number.POSITIVE_INFINITY));
}

function decorate(item: BrunoItem, step: StoryStep | undefined): void {
  if (!step) throw new Error(`the Bruno collection has a request the story does not know: ${item.name}`);
  const request = item.request!;
  request.auth = { mode: "inherit" };
  // Optional query parameters start off, as in Postman; the ones the story fills in stay on.
  const query = ((request.params as Json[] | undefined) ?? []).filter((param) => param.type === "query");
  for (const param of query) param.enabled = String(param.value).startsWith("{{");
  // Bruno sends the URL as written: the enabled query parameters must be in it, as the app writes them.
  const sent = query.filter((param) => param.enabled).map((param) => `${param.name}=${param.value}`);
  if (sent.length) request.url = `${request.url}?${sent.join("&")}`;
  request.script = step.sandboxOnly ? { req: brunoSandboxOnlyScript } : {};
  request.tests = brunoTestScript(step);
  // The answers' examples repeat the spec at length; the docs tab keeps the description.
  item.examples = [];
}
