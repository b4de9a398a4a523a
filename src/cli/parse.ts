/**
 * Splits argv into the command, its positional arguments and its flag values, with the command table deciding
 * which flags exist and which take a value. `--name value`, `--name=value`, repeated list flags, `--` ends flags.
 */
import {
  COMMANDS,
  type Command,
  commandWords,
  type FlagSpec,
  GLOBAL_FLAG_SPECS,
  type GlobalFlag,
  GROUPS,
  SINGLE_COMMANDS,
} from "./command-table.js";
import { UsageError, unknownName } from "./usage-error.js";

export interface ParsedCommandLine {
  /** Undefined when the words name no command yet (`videosdk`, `videosdk rooms`): help is shown. */
  command: Command | undefined;
  /** The group named without a command (`videosdk rooms`). */
  group: string | undefined;
  positionals: string[];
  /** Raw values by flag name; boolean flags hold "true" or "false". */
  values: Map<string, string[]>;
  help: boolean;
}

const ALL_GLOBALS = Object.keys(GLOBAL_FLAG_SPECS) as GlobalFlag[];

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let command: Command | undefined;
  let group: string | undefined;
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flagsGiven: string[] = [];
  let help = false;
  let flagsEnded = false;

  const flagNamed = (name: string): FlagSpec | undefined => {
    if (!command) return ALL_GLOBALS.includes(name as GlobalFlag) ? GLOBAL_FLAG_SPECS[name as GlobalFlag] : undefined;
    const own = command.flags.find((flag) => flag.name === name);
    if (own) return own;
    return command.globals.includes(name as GlobalFlag) ? GLOBAL_FLAG_SPECS[name as GlobalFlag] : undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!flagsEnded && token === "--") {
      flagsEnded = true;
      continue;
    }
    if (!flagsEnded && (token === "-h" || token === "--help")) {
      help = true;
      continue;
    }
    if (!flagsEnded && token.startsWith("-") && token !== "-") {
      const equals = token.indexOf("=");
      const name = token.slice(token.startsWith("--") ? 2 : 1, equals > 0 ? equals : undefined);
      const inline = equals > 0 ? token.slice(equals + 1) : undefined;
      const flag = token.startsWith("--") ? flagNamed(name) : undefined;
      if (!flag) throw unknownFlag(token.slice(0, equals > 0 ? equals : undefined), command);
      let value: string;
      if (flag.type === "boolean") {
        const next = argv[i + 1];
        value = inline ?? (next === "true" || next === "false" ? argv[++i]! : "true");
      } else {
        const next = argv[i + 1];
        if (inline === undefined && next === undefined) {
          throw new UsageError(
            `--${name} needs a value${flag.enum ? `: one of ${flag.enum.join(", ")}` : ""}`,
            `--${name}`,
          );
        }
        value = inline ?? argv[++i]!;
      }
      const list = values.get(name);
      if (list && !flag.list) throw new UsageError(`--${name} is given twice`, `--${name}`);
      if (list) list.push(value);
      else values.set(name, [value]);
      flagsGiven.push(name);
      continue;
    }
    if (command) {
      positionals.push(token);
      continue;
    }
    // Still finding the command: the first words name it.
    if (group === undefined) {
      const single = SINGLE_COMMANDS.find((candidate) => candidate.name === token);
      if (single) {
        command = single;
        continue;
      }
      if (!GROUPS.some((candidate) => candidate.name === token)) {
        throw unknownName(
          "command",
          token,
          [...GROUPS.map((g) => g.name), ...SINGLE_COMMANDS.map((c) => c.name)],
          "Run videosdk --help for the list.",
        );
      }
      group = token;
      continue;
    }
    command = COMMANDS.find((candidate) => candidate.namespace === group && candidate.name === token);
    if (!command) {
      const names = COMMANDS.filter((candidate) => candidate.namespace === group).map(commandWords);
      throw unknownName("command", `${group} ${token}`, names, `Run videosdk ${group} --help for its commands.`);
    }
  }
  // Flags given before the command was known were globals; the command must take them too.
  if (command) {
    for (const name of flagsGiven) {
      if (!flagNamed(name)) throw unknownFlag(`--${name}`, command);
    }
  }
  return { command, group: command ? undefined : group, positionals, values, help };
}

function unknownFlag(given: string, command: Command | undefined): UsageError {
  const known = command
    ? [...command.flags.map((flag) => flag.name), ...command.globals].map((name) => `--${name}`)
    : ALL_GLOBALS.map((name) => `--${name}`);
  const where = command ? `videosdk ${commandWords(command)}` : "videosdk";
  const positional = command?.args.find((arg) => `--${kebabCase(arg)}` === given);
  if (command && positional) {
    const usage = [where, ...command.args.map((arg) => `<${kebabCase(arg)}>`)].join(" ");
    return new UsageError(`${given} is a positional argument here: ${usage}`, given);
  }
  return unknownName("flag", given, known, `Run ${where} --help for its flags.`);
}

/** `roomId` → `room-id`: how argument names are shown. */
export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
