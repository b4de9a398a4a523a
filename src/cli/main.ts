/**
 * `videosdk <namespace> <command> [arguments] [--flags]`: parses, shows help, checks the arguments, then hands
 * the command to the module that runs it, loaded only then.
 */
import { type Command, commandWords, GLOBAL_FLAG_SPECS, type GlobalFlag } from "./command-table.js";
import { EXIT } from "./exit-codes.js";
import { commandHelp, groupHelp, rootHelp, usageOf } from "./help.js";
import { kebabCase, parseCommandLine } from "./parse.js";
import { UsageError } from "./usage-error.js";
import { coerce } from "./values.js";

export async function main(argv: readonly string[]): Promise<number> {
  // The MCP server parses its own flags (src/mcp/command.ts).
  if (argv[0] === "mcp") return (await import("../mcp/command.js")).runMcpCommand(argv.slice(1));
  try {
    const parsed = parseCommandLine(argv);
    const { command, group, positionals, values, help } = parsed;
    if (!command) {
      const text = group ? groupHelp(group) : rootHelp();
      // Asked for, help is the answer; a command left out is a mistake that shows the help.
      (help ? process.stdout : process.stderr).write(text);
      return help ? EXIT.ok : EXIT.usage;
    }
    if (help) {
      process.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    checkPositionals(command, positionals);
    // Every flag's value against its type and enum, before anything is loaded or sent.
    for (const [name, raw] of values) {
      const flag = command.flags.find((candidate) => candidate.name === name) ?? GLOBAL_FLAG_SPECS[name as GlobalFlag];
      if (flag) coerce(flag, raw);
    }
    return await run(command, positionals, values);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`videosdk: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function checkPositionals(command: Command, positionals: readonly string[]): void {
  const least = command.optionalArgs ? command.args.length - 1 : command.args.length;
  if (positionals.length < least) {
    const missing = command.args[positionals.length]!;
    throw new UsageError(`missing <${kebabCase(missing)}>: ${usageOf(command)}`, missing);
  }
  if (positionals.length > command.args.length) {
    const extra = positionals[command.args.length]!;
    // Not quoted back: a stray argument may be a value that was meant for a flag (a secret, even).
    throw new UsageError(
      `${commandWords(command)} takes ${command.args.length || "no"} argument${command.args.length === 1 ? "" : "s"}, got ${positionals.length}: ${usageOf(command)}`,
      extra,
    );
  }
  for (const [index, value] of positionals.entries()) {
    const name = command.args[index]!;
    if (value === "") throw new UsageError(`<${kebabCase(name)}> must not be empty`, name);
  }
}

async function run(command: Command, positionals: readonly string[], values: Map<string, string[]>): Promise<number> {
  if (command.operation) {
    const { runOperation } = await import("./call.js");
    return runOperation(command.operation, positionals, values);
  }
  switch (commandWords(command)) {
    case "tokens mint":
      return (await import("./tokens.js")).mintCommand(values);
    case "tokens inspect":
      return (await import("./tokens.js")).inspectCommand(positionals[0]!, values);
    case "webhooks listen":
      return (await import("./webhooks-listen.js")).listenCommand(values);
    case "sandbox":
      return (await import("./sandbox.js")).sandboxCommand(values);
    case "completion":
      return (await import("./completion.js")).completionCommand(positionals[0]!);
    default:
      throw new UsageError(`no runner for ${commandWords(command)}`, commandWords(command));
  }
}
