/**
 * The generated tool table (generated/mcp-tools.json) as clients will read it: every input schema is JSON Schema
 * 2020-12 that ajv compiles in strict mode, free of what clients refuse, and the names and hints follow the rules
 * the guide states. Also: the missing-SDK error, and the name patterns of `--tools`.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { keyFacts } from "../../scripts/lib/mcp-tools.js";
import { ConfigurationError, VideoSDKError } from "../../src/errors.js";
import { loadMcpSdk, McpSdkMissingError } from "../../src/mcp/sdk.js";
import { allTools, namePattern, selectTools } from "../../src/mcp/tool-table.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** Every keyword used anywhere in a schema. */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywords(item, found);
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      found.add(key);
      // Under `properties` the keys are field names, not keywords.
      if (key === "properties") for (const property of Object.values(value as object)) keywords(property, found);
      else if (key !== "enum" && key !== "default" && key !== "const") keywords(value, found);
    }
  }
  return found;
}

describe("generated/mcp-tools.json", () => {
  it("compiles every input schema with ajv's 2020-12 mode, strict, with no construct clients refuse", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const tool of allTools) {
      const schema = tool.definition.inputSchema;
      expect(() => ajv.compile(schema), tool.definition.name).not.toThrow();
      expect(schema).toMatchObject({ type: "object", additionalProperties: false });
      const used = keywords(schema);
      for (const refused of ["$ref", "$defs", "oneOf", "allOf", "example", "discriminator", "nullable", "readOnly"]) {
        expect(used.has(refused), `${tool.definition.name} uses ${refused}`).toBe(false);
      }
      expect(
        [...used].filter((key) => key.startsWith("x-")),
        tool.definition.name,
      ).toEqual([]);
    }
  });

  it("names every tool ^[a-z0-9_]{1,40}$, once, from the facade's namespace and method", () => {
    const names = allTools.map((tool) => tool.definition.name);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,40}$/);
    expect(new Set(names).size).toBe(names.length);
    const byName = new Map(allTools.map((tool) => [tool.definition.name, tool]));
    expect(byName.get("rooms_create")?.operationId).toBe("createRoom");
    expect(byName.get("sessions_list_active_participants")?.operationId).toBe("listActiveSessionParticipants");
    expect(byName.get("hls_wait_until_playable")).toMatchObject({ kind: "waiter", waiter: "waitUntilPlayable" });
  });

  it("marks GET operations and waiters read-only, and the ending verbs destructive", () => {
    for (const tool of allTools) {
      const info = operations[tool.operationId as keyof typeof operations];
      const { annotations } = tool.definition;
      expect(annotations.readOnlyHint, tool.definition.name).toBe(info.method === "GET");
      expect(annotations.openWorldHint).toBe(true);
      const verb = /^[a-z]+/.exec(info.methodName)![0];
      const destructive = tool.kind === "operation" && ["delete", "deactivate", "stop", "end", "remove"].includes(verb);
      expect(annotations.destructiveHint, tool.definition.name).toBe(destructive);
      expect(tool.destructive).toBe(destructive);
    }
  });

  it("merges path, query and body into one object, with the path parameters required", () => {
    const getRecording = allTools.find((tool) => tool.definition.name === "recordings_get")!;
    expect(getRecording.arguments).toEqual({ path: ["recordingId"], query: ["withTranscription"], body: [] });
    expect(getRecording.definition.inputSchema.required).toEqual(["recordingId"]);
    const start = allTools.find((tool) => tool.definition.name === "recordings_start")!;
    expect(start.arguments.body).toContain("roomId");
    expect(start.definition.inputSchema.required).toContain("roomId");
    const list = allTools.find((tool) => tool.definition.name === "rooms_list")!;
    expect(list.arguments.query).toEqual(expect.arrayContaining(["page", "perPage"]));
    expect(list.paginated).toBe(true);
  });

  it("bounds every waiter's timeoutSeconds by a cap of at most 600", () => {
    for (const tool of allTools.filter((candidate) => candidate.kind === "waiter")) {
      const timeout = tool.definition.inputSchema.properties.timeoutSeconds!;
      expect(timeout.maximum).toBe(tool.timeoutSeconds!.max);
      expect(tool.timeoutSeconds!.max).toBeLessThanOrEqual(600);
      expect(tool.timeoutSeconds!.default).toBeLessThanOrEqual(tool.timeoutSeconds!.max);
    }
  });
});

describe("tool selection", () => {
  it("matches names with * as the only wildcard", () => {
    expect(namePattern("rooms_*").test("rooms_create")).toBe(true);
    expect(namePattern("rooms_*").test("sessions_list")).toBe(false);
    expect(namePattern("hls_get").test("hls_get_active")).toBe(false);
    expect(namePattern("a.b").test("axb")).toBe(false);
  });

  it("refuses a pattern that matches no tool, naming the option", () => {
    const error = (() => {
      try {
        selectTools({ exclude: ["nothing_*"] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ field: "exclude", message: expect.stringContaining('"nothing_*" matches no tool') });
  });
});

describe("descriptions", () => {
  it("keep whole sentences of the first paragraph within the budget", () => {
    expect(keyFacts("One. Two is longer.\n\nLater paragraph.", 100)).toBe("One. Two is longer.");
    expect(keyFacts("One sentence. Another sentence that goes past.", 20)).toBe("One sentence.");
    expect(keyFacts("A single sentence far too long for the budget", 20)).toBe("A single sentence…");
  });
});

describe("the MCP SDK, an optional peer dependency", () => {
  it("fails with a typed error naming the package to install when it is missing", () => {
    const error = (() => {
      try {
        loadMcpSdk("@modelcontextprotocol/not-installed");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(McpSdkMissingError);
    expect(error).toBeInstanceOf(VideoSDKError);
    expect((error as McpSdkMissingError).packageName).toBe("@modelcontextprotocol/sdk");
    expect((error as Error).message).toContain("npm install @modelcontextprotocol/sdk");
  });
});
