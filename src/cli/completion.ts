/** `videosdk completion bash|zsh`: a completion script made from the command table (commands, then flags). */
import { COMMANDS, type Command, GROUPS, SINGLE_COMMANDS } from "./command-table.js";
import { EXIT } from "./exit-codes.js";
import { unknownName } from "./usage-error.js";

const SHELLS = ["bash", "zsh"];

export function completionCommand(shell: string): number {
  if (!SHELLS.includes(shell)) throw unknownName("shell", shell, SHELLS, "Use videosdk completion bash, or zsh.");
  process.stdout.write(shell === "bash" ? bashScript() : zshScript());
  return EXIT.ok;
}

const firstWords = () => [...GROUPS.map((group) => group.name), ...SINGLE_COMMANDS.map((command) => command.name)];
const flagsOf = (command: Command) =>
  [...command.flags.map((flag) => flag.name), ...command.globals].map((name) => `--${name}`).join(" ");
const namesIn = (group: string) =>
  COMMANDS.filter((command) => command.namespace === group)
    .map((command) => command.name)
    .join(" ");

/** Shell `case` arms: the second word by group, the flags by command. */
function cases(indent: string, key: (command: Command) => string): { second: string; flags: string } {
  const groups = [...new Set(COMMANDS.map((command) => command.namespace).filter(Boolean))];
  return {
    second: groups.map((group) => `${indent}${group}) words="${namesIn(group)}" ;;`).join("\n"),
    flags: COMMANDS.map((command) => `${indent}${JSON.stringify(key(command))}) words="${flagsOf(command)}" ;;`).join(
      "\n",
    ),
  };
}

function bashScript(): string {
  const arms = cases("    ", (command) => (command.namespace ? `${command.namespace} ${command.name}` : command.name));
  return `# videosdk completion for bash: eval "$(videosdk completion bash)" in ~/.bashrc
_videosdk() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" words=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${firstWords().join(" ")}"
  elif [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]]; then
    case "\${COMP_WORDS[1]}" in
${arms.second}
    esac
  else
    local key="\${COMP_WORDS[1]} \${COMP_WORDS[2]}"
    case "\${COMP_WORDS[1]}" in sandbox|completion) key="\${COMP_WORDS[1]}" ;; esac
    case "$key" in
${arms.flags}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _videosdk videosdk
`;
}

function zshScript(): string {
  const arms = cases("    ", (command) => (command.namespace ? `${command.namespace} ${command.name}` : command.name));
  return `#compdef videosdk
# videosdk completion for zsh: eval "$(videosdk completion zsh)" in ~/.zshrc (after compinit)
_videosdk() {
  local words_=""
  if (( CURRENT == 2 )); then
    words_="${firstWords().join(" ")}"
  elif (( CURRENT == 3 )) && [[ "$PREFIX" != -* ]]; then
    case "$words[2]" in
${arms.second.replaceAll('words="', 'words_="')}
    esac
  else
    local key="$words[2] $words[3]"
    case "$words[2]" in sandbox|completion) key="$words[2]" ;; esac
    case "$key" in
${arms.flags.replaceAll('words="', 'words_="')}
    esac
  fi
  compadd -- \${=words_}
}
compdef _videosdk videosdk
`;
}
