/**
 * Every command of the command line: one per operation (generated/cli.ts) and the few built in here, each with its
 * flags. Lookups and "did you mean" read this table only.
 */
import { type CliCommand, type CliFlag, cliCommands, cliNamespaces, type globalFlags } from "../../generated/cli.js";

export type GlobalFlag = (typeof globalFlags)[number];

/** A flag as the parser and the help read it; the generated ones also say where their value goes. */
export type FlagSpec = Pick<CliFlag, "name" | "type" | "list" | "enum" | "required" | "summary"> & Partial<CliFlag>;

export interface Command {
  /** `rooms`, `tokens`; empty for single-word commands (`sandbox`). */
  namespace: string;
  name: string;
  summary: string;
  /** Positional arguments, named as shown in help. */
  args: readonly string[];
  /** The last positional argument may be left out. */
  optionalArgs?: boolean;
  flags: readonly FlagSpec[];
  /** The flags of the command line this command takes too. */
  globals: readonly GlobalFlag[];
  /** The generated operation behind it, for API commands. */
  operation?: CliCommand;
}

export const GLOBAL_FLAG_SPECS: Record<GlobalFlag, FlagSpec> = {
  help: { name: "help", type: "boolean", summary: "Show help for this command" },
  data: {
    name: "data",
    type: "string",
    summary: "The whole body (or query) as JSON: '{...}', @file.json or - (stdin)",
  },
  fields: {
    name: "fields",
    type: "string",
    summary: "Print only these fields, comma-separated: id,config.layout.type",
  },
  all: { name: "all", type: "boolean", summary: "Every item of every page, one JSON object a line" },
  max: { name: "max", type: "integer", summary: "At most this many items, across pages, one JSON object a line" },
  "dry-run": { name: "dry-run", type: "boolean", summary: "Print the request as a curl command; send nothing" },
  verbose: { name: "verbose", type: "boolean", summary: "One line per attempt on stderr" },
  wait: { name: "wait", type: "boolean", summary: "Wait until the spec's waiter is satisfied" },
  timeout: { name: "timeout", type: "string", summary: "The longest wait: ms, or 90s, 5m, 1h" },
  "api-key": { name: "api-key", type: "string", summary: "API key to mint tokens with (VIDEOSDK_API_KEY)" },
  secret: { name: "secret", type: "string", summary: "Secret to mint tokens with (VIDEOSDK_SECRET); never printed" },
  token: { name: "token", type: "string", summary: "A token to send instead (VIDEOSDK_TOKEN)" },
  "base-url": { name: "base-url", type: "string", summary: "API origin (VIDEOSDK_BASE_URL), e.g. a sandbox's" },
};

const CREDENTIALS: readonly GlobalFlag[] = ["api-key", "secret", "token", "base-url"];

function apiCommand(operation: CliCommand): Command {
  const input = operation.flags.length > 0;
  const globals: GlobalFlag[] = ["help", ...CREDENTIALS, "fields", "dry-run", "verbose"];
  if (input) globals.push("data");
  if (operation.paged) globals.push("all", "max");
  if (operation.wait) globals.push("wait", "timeout");
  return {
    namespace: operation.namespace,
    name: operation.name,
    summary: operation.summary + (operation.deprecated ? " (deprecated)" : ""),
    args: operation.args,
    flags: operation.flags,
    globals,
    operation,
  };
}

/** Commands that are not operations: tokens, webhook forwarding, the sandbox, shell completion. */
const BUILT_IN: readonly Command[] = [
  {
    namespace: "tokens",
    name: "mint",
    summary: "Mint a token from the API key and secret, and print it",
    args: [],
    flags: [
      {
        name: "permissions",
        type: "string",
        list: true,
        enum: ["allow_join", "ask_join", "allow_mod"],
        summary: "Default allow_join,allow_mod",
      },
      { name: "room-id", type: "string", summary: "Only this room" },
      { name: "participant-id", type: "string", summary: "Only this participant" },
      { name: "role", type: "string", list: true, enum: ["crawler", "rtc"], summary: "Default crawler (the REST API)" },
      { name: "expires-in", type: "string", summary: "Seconds, or 30m, 2h, 7d (at most 30 days); default 2h" },
    ],
    globals: ["help", "api-key", "secret"],
  },
  {
    namespace: "tokens",
    name: "inspect",
    summary:
      "Say why VideoSDK would refuse a token: the token doctor's findings, in the order to fix them (exit 1 when it would be refused); with --secret (or VIDEOSDK_SECRET) it checks the signature",
    args: ["token"],
    flags: [],
    globals: ["help", "api-key", "secret"],
  },
  {
    namespace: "webhooks",
    name: "listen",
    summary: "Receive webhooks, verify each signature, print one line per event and forward it unchanged",
    args: [],
    flags: [
      { name: "forward-to", type: "string", summary: "Forward each delivery here, body and headers unchanged" },
      { name: "port", type: "integer", summary: "Where the receiver listens; default 0 (a free port)" },
      { name: "host", type: "string", summary: "Default 127.0.0.1" },
      { name: "custom-room-id", type: "string", summary: "The customRoomId of the room created for the receiver" },
      { name: "no-register", type: "boolean", summary: "Only listen: create no room (pass the URL as webhookUrl)" },
    ],
    globals: ["help", ...CREDENTIALS, "verbose"],
  },
  {
    namespace: "",
    name: "sandbox",
    summary: "Start the local sandbox: a stateful VideoSDK on your machine (needs @stoplight/prism-http)",
    args: [],
    flags: [
      { name: "port", type: "integer", summary: "Default 4010; 0 picks a free port" },
      { name: "host", type: "string", summary: "Default 127.0.0.1" },
      { name: "processing-ms", type: "integer", summary: "How long each simulated step takes; default 2000" },
      { name: "state", type: "string", summary: "Keep the state in this JSON file, across restarts" },
      { name: "webhook-allow", type: "string", list: true, summary: "Hosts besides loopback webhooks may go to" },
    ],
    globals: ["help", "api-key", "secret", "verbose"],
  },
  {
    namespace: "",
    name: "completion",
    summary: "Print a shell completion script: videosdk completion bash (or zsh)",
    args: ["shell"],
    flags: [],
    globals: ["help"],
  },
];

export const COMMANDS: readonly Command[] = [...cliCommands.map(apiCommand), ...BUILT_IN];

export interface Group {
  name: string;
  summary: string;
}

/** The first words of commands: the spec's namespaces, then `tokens`. */
export const GROUPS: readonly Group[] = [
  ...cliNamespaces,
  { name: "tokens", summary: "Mint and inspect access tokens" },
];

export const SINGLE_COMMANDS = BUILT_IN.filter((command) => command.namespace === "");

export function commandsOf(group: string): Command[] {
  return COMMANDS.filter((command) => command.namespace === group);
}

/** The words a user types for a command: `rooms create`, `sandbox`. */
export function commandWords(command: Command): string {
  return command.namespace ? `${command.namespace} ${command.name}` : command.name;
}
