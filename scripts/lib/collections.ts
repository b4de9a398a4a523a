/**
 * The Postman and Bruno collections of generated/collections/, made by their tools' maintained converters
 * (openapi-to-postmanv2, @usebruno/converters) from a copy of the spec prepared for them, then given the auth, the
 * tests and the story's order (scripts/lib/collections/story.ts says how the story is derived).
 */
import { brunoCollection } from "./collections/bruno.js";
import { converterInput } from "./collections/converter-input.js";
import { collectionEnvironments } from "./collections/environments.js";
import { BRUNO_DIR, POSTMAN_COLLECTION_FILE, postmanEnvironmentFile } from "./collections/files.js";
import { postmanCollection, postmanEnvironment } from "./collections/postman.js";
import { planStory, type SandboxStep } from "./collections/story.js";
import type { SpecOperation } from "./operations.js";

type Json = Record<string, unknown>;

const JOIN_PATH = "/_sandbox/rooms/{roomId}/participants";
const JOIN_NAMES = ["Join a participant (sandbox)", "Join a second participant (sandbox)"];

/** Every file of generated/collections/, by path relative to it; `control` is the sandbox's control API document. */
export async function buildCollections(
  spec: Json,
  spec30: Json,
  operations: SpecOperation[],
  control: Json,
): Promise<Record<string, string>> {
  const join = (control.paths as Record<string, Record<string, { responses: Record<string, Json> }>>)[JOIN_PATH]!;
  const joinAnswer = ((join.post!.responses["201"]!.content as Json)["application/json"] as Json).schema as Json;
  const sandboxSteps: SandboxStep[] = JOIN_NAMES.map((name) => ({
    operationId: "joinParticipant",
    name,
    path: JOIN_PATH,
    method: "POST",
    pathParams: ["roomId"],
    answerSchema: joinAnswer,
  }));
  const story = planStory(spec, operations, sandboxSteps);
  const input = converterInput(spec30, {
    variables: story.variables,
    control,
    joinPath: JOIN_PATH,
  });
  const environments = collectionEnvironments(spec);
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

  const [postman, bruno] = await Promise.all([
    postmanCollection(input, story, JOIN_NAMES),
    brunoCollection(input, story, JOIN_NAMES, environments),
  ]);
  const files: Record<string, string> = { [POSTMAN_COLLECTION_FILE]: json(postman) };
  for (const environment of environments) {
    files[postmanEnvironmentFile(environment.id)] = json(postmanEnvironment(environment));
  }
  for (const [name, text] of Object.entries(bruno)) files[`${BRUNO_DIR}/${name}`] = text;
  return files;
}
