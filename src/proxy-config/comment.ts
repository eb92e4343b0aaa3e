// Comment lines shared by the generators whose formats comment with `#` (YAML, Nix, labels).

/**
 * A line break inside a comment would end it and turn the rest of the line into configuration.
 * The CLI never lets one into a value, but the generators do not rely on that.
 */
export const oneLine = (text: string): string => text.replace(/[\r\n]+/g, " ");

/** Wraps prose into `# ` comment lines of at most `width` characters at the given indent. */
export function comment(indent: number, text: string, width = 100): string[] {
  const pad = `${" ".repeat(indent)}# `;
  const lines: string[] = [];
  let line = "";
  for (const word of oneLine(text).split(" ")) {
    if (line !== "" && pad.length + line.length + 1 + word.length > width) {
      lines.push(pad + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(pad + line);
  return lines;
}

/** The command that writes this output again, wrapped into comment lines. */
export function commandComment(target: string, args: readonly string[], width = 100): string[] {
  const lines: string[] = [];
  let line = `# Written by: forward-auth config ${target}`;
  for (const arg of args.map(oneLine)) {
    if (line.length + 1 + arg.length > width) {
      lines.push(line);
      line = `#   ${arg}`;
    } else {
      line = `${line} ${arg}`;
    }
  }
  lines.push(line);
  return lines;
}
