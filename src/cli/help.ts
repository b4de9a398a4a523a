/** Help text at every level, from the command table: the spec's summaries for commands and flags. */
import {
  type Command,
  commandsOf,
  commandWords,
  type FlagSpec,
  GLOBAL_FLAG_SPECS,
  GROUPS,
  SINGLE_COMMANDS,
} from "./command-table.js";
import { kebabCase } from "./parse.js";

const pad = (text: string, width: number) => (text.length + 2 > width ? `${text}  ` : text.padEnd(width));

function rows(entries: [string, string][]): string {
  const width = Math.min(34, Math.max(...entries.map(([name]) => name.length)) + 2);
  return entries.map(([name, text]) => `  ${pad(name, width)}${text}`).join("\n");
}

export function rootHelp(): string {
  return `videosdk: the VideoSDK REST API from the command line

Usage:
  videosdk <namespace> <command> [arguments] [--flags]
  videosdk <namespace> --help        the commands of a namespace
  videosdk <namespace> <command> --help

Namespaces:
${rows(GROUPS.map((group) => [group.name, group.summary]))}

Other commands:
${rows([
  ["webhooks listen", "Receive, verify, print and forward webhooks"],
  ["mcp", "Run the MCP server for AI assistants (videosdk mcp --help)"],
  ...SINGLE_COMMANDS.map((command): [string, string] => [command.name, command.summary]),
])}

Credentials: --api-key and --secret (or VIDEOSDK_API_KEY, VIDEOSDK_SECRET), or --token (VIDEOSDK_TOKEN).
API origin: --base-url (or VIDEOSDK_BASE_URL); a sandbox's is printed by \`videosdk sandbox\`.
Output: JSON on stdout (pretty on a terminal, one line when piped). Exit status: 0 done, 1 the API refused or
failed, 2 a mistake in the command line, 124 a timeout.
`;
}

export function groupHelp(group: string): string {
  const summary = GROUPS.find((candidate) => candidate.name === group)?.summary ?? "";
  const commands = commandsOf(group);
  return `videosdk ${group}: ${summary}

Commands:
${rows(commands.map((command) => [usageOf(command).slice("videosdk ".length + group.length + 1), command.summary]))}

Run videosdk ${group} <command> --help for its flags.
`;
}

export function commandHelp(command: Command): string {
  const lines = [`${usageOf(command)}${command.flags.length || command.globals.length > 1 ? " [--flags]" : ""}`, ""];
  lines.push(command.summary + (command.operation ? ` (${command.operation.operationId})` : "") + ".", "");
  if (command.flags.length) lines.push("Flags:", rows(command.flags.map(flagRow)), "");
  const globals = command.globals.filter((name) => name !== "help").map((name) => GLOBAL_FLAG_SPECS[name]);
  if (globals.length) lines.push("Also:", rows(globals.map(flagRow)), "");
  if (command.operation?.flags.some((flag) => flag.type === "json")) {
    lines.push(
      "Objects: set one field with a dotted flag (--config.layout.type GRID), or the whole object as JSON.",
      "",
    );
  }
  return lines.join("\n");
}

export function usageOf(command: Command): string {
  const args = command.args.map((arg) => `<${kebabCase(arg)}>`);
  if (command.optionalArgs && args.length) args[args.length - 1] = `[${args[args.length - 1]}]`;
  return ["videosdk", commandWords(command), ...args].join(" ");
}

function flagRow(flag: FlagSpec): [string, string] {
  const value =
    flag.type === "boolean"
      ? ""
      : flag.enum
        ? ` ${flag.enum.join("|")}`
        : ` <${flag.type === "json" ? "json" : flag.type === "string" ? "value" : flag.type}>`;
  const notes = [flag.required && "required", flag.list && "repeat, or a,b"].filter(Boolean).join(", ");
  return [`--${flag.name}${value}`, `${flag.summary ?? ""}${notes ? ` (${notes})` : ""}`];
}
