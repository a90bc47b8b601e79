// `kexie completion bash|zsh|fish`: shell completion scripts written from the commander program
// itself (its commands, options and their choices), so they never fall behind --help.
import type { Command, Option } from "commander";

interface Spec {
  name: string;
  description: string;
  options: Array<{ flags: string[]; description: string; choices: string[] | null; takesValue: boolean }>;
}

function specs(program: Command): Spec[] {
  const opt = (o: Option) => ({
    flags: [o.long, o.short].filter((f): f is string => !!f),
    description: o.description,
    choices: o.argChoices ?? null,
    takesValue: o.required || o.optional,
  });
  const globals = program.options.filter((o) => o.long !== "--version").map(opt);
  return program.commands.map((c) => ({ name: c.name(), description: c.description(), options: [...c.options.map(opt), ...globals, { flags: ["--help", "-h"], description: "display help", choices: null, takesValue: false }] }));
}

const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

function bash(program: Command): string {
  const cmds = specs(program);
  const cases = cmds.map((c) => {
    const values = c.options.filter((o) => o.choices).map((o) => `      ${o.flags.join("|")}) COMPREPLY=($(compgen -W ${q(o.choices!.join(" "))} -- "$cur")); return ;;`);
    const flags = c.options.flatMap((o) => o.flags).join(" ");
    const args = c.name === "completion" ? `COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"))` : `COMPREPLY=($(compgen -f -- "$cur"))`;
    return [
      `    ${c.name})`,
      `      case "$prev" in`,
      ...values.map((v) => `  ${v}`),
      `      esac`,
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${q(flags)} -- "$cur")); else ${args}; fi`,
      `      ;;`,
    ].join("\n");
  });
  return `# kexie completion for bash: source <(kexie completion bash), or save it to
# ~/.local/share/bash-completion/completions/kexie
_kexie() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W ${q([...cmds.map((c) => c.name), "--help", "--version", "--debug", "--no-color"].join(" "))} -- "$cur"))
    return
  fi
  case "$cmd" in
${cases.join("\n")}
  esac
}
complete -o filenames -o bashdefault -F _kexie kexie
`;
}

function zsh(program: Command): string {
  // zsh runs the bash function through bashcompinit, zsh's own bridge for bash completions
  return `# kexie completion for zsh: source <(kexie completion zsh) in ~/.zshrc
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash(program).split("\n").slice(2).join("\n")}`;
}

function fish(program: Command): string {
  const lines = ["# kexie completion for fish: kexie completion fish > ~/.config/fish/completions/kexie.fish", "complete -c kexie -f"];
  for (const c of specs(program)) {
    lines.push(`complete -c kexie -n __fish_use_subcommand -a ${c.name} -d ${q(c.description)}`);
    const when = `-n ${q(`__fish_seen_subcommand_from ${c.name}`)}`;
    if (c.name === "completion") lines.push(`complete -c kexie ${when} -x -a 'bash zsh fish'`);
    else if (c.name !== "schema") lines.push(`complete -c kexie ${when} -F`);
    for (const o of c.options) {
      const long = o.flags.find((f) => f.startsWith("--"))?.slice(2);
      const short = o.flags.find((f) => /^-[^-]$/.test(f))?.slice(1);
      const names = [long ? `-l ${long}` : "", short ? `-s ${short}` : ""].filter(Boolean).join(" ");
      const value = o.choices ? ` -x -a ${q(o.choices.join(" "))}` : o.takesValue ? " -r" : "";
      lines.push(`complete -c kexie ${when} ${names}${value} -d ${q(o.description)}`);
    }
  }
  return lines.join("\n") + "\n";
}

export const SHELLS = ["bash", "zsh", "fish"] as const;

export function completionScript(program: Command, shell: (typeof SHELLS)[number]): string {
  return shell === "bash" ? bash(program) : shell === "zsh" ? zsh(program) : fish(program);
}
