// The settings table (settings.ts) as people read it: the lines `forward-auth --help` prints and
// docs/configuration.md. Regenerate the page after changing the table:
//   node src/config/reference.ts > docs/configuration.md
// (tests/unit/settings.test.ts fails while the page and the table differ).

import { loadConfig, type Env } from "./load.ts";
import { SECRET_NAMES, SETTING_ROWS, type Setting } from "./settings.ts";

const plain = (text: string): string => text.replaceAll("`", "");
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
const code = (text: string): string => `\`${text}\``;

/** What applies when the variable is unset, in a few words. */
function defaultText(setting: Setting<unknown>): string {
  if (setting.required === true) return "required";
  if (setting.default === "") return "empty";
  if (setting.default !== undefined) return code(setting.default);
  return `unset: ${setting.whenUnset ?? "off"}`;
}

/** The settings part of `forward-auth --help`: each variable as set, then what it does. */
export function settingsHelp(): string {
  const lines = SETTING_ROWS.map(({ setting }) => {
    const as =
      setting.required === true
        ? `${setting.name} (required)`
        : setting.default === undefined || setting.default === ""
          ? setting.name
          : `${setting.name}=${setting.default}`;
    return `  ${as}\n${" ".repeat(24)}${plain(setting.doc)}\n`;
  });
  return (
    "Settings, environment variables read once at start; an empty one is unset, and\n" +
    `the secrets ${SECRET_NAMES.map((name) => name.replace("FORWARD_AUTH_", "")).join(", ")} may be given as\n` +
    "NAME_FILE (the path of a file that holds it). docs/configuration.md describes each.\n" +
    lines.join("")
  );
}

/** A Markdown table laid out as Prettier lays it out, so `prettier --check` accepts the page. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |\n`;
  return line(header) + line(widths.map((width) => "-".repeat(width))) + rows.map(line).join("");
}

/** The problems loadConfig reports for an environment, as the service prints them. */
function startOutput(env: Env, readFile: (path: string) => string = () => ""): string {
  const result = loadConfig(env, readFile, { user: { uid: 1000, gid: 1000 } });
  const problems = result.ok ? [] : result.problems;
  return `forward-auth: invalid configuration\n${problems.map((p) => `  ${p}\n`).join("")}`;
}

const REQUIRED_SET: Env = {
  FORWARD_AUTH_ISSUER: "https://auth.example.com/application/o/app/",
  FORWARD_AUTH_CLIENT_ID: "app",
  FORWARD_AUTH_CLIENT_SECRET: "client-secret",
  FORWARD_AUTH_SECRET: "s".repeat(48),
};

function section(setting: Setting<unknown>): string {
  const facts = [
    setting.required === true
      ? "Required."
      : setting.default !== undefined
        ? `Default: ${defaultText(setting)}.`
        : `Unset: ${setting.whenUnset ?? "off"}.`,
    ...(setting.secret === true
      ? [
          `Secret: shown only as its length; ${code(`${setting.name}_FILE`)} may name a file that holds it instead.`,
        ]
      : []),
    `${setting.required === true ? "If missing or wrong" : "If wrong"}: ${setting.fix}.`,
  ];
  const about = [
    sentence(setting.doc),
    ...(setting.details === undefined ? [] : [setting.details]),
  ];
  return (
    `### ${code(setting.name)}\n\n${about.join(" ")}\n\n` +
    `${facts.map((fact) => `- ${fact}\n`).join("")}\n`
  );
}

/** docs/configuration.md. */
export function configurationReference(): string {
  const summary = table(
    ["variable", "meaning", "default"],
    SETTING_ROWS.map(({ setting }) => [
      `[${code(setting.name)}](#${setting.name.toLowerCase()})`,
      setting.doc,
      defaultText(setting),
    ]),
  );
  const misspelt = startOutput({
    ...REQUIRED_SET,
    FORWARD_AUTH_ISSUER: undefined,
    FORWARD_AUTH_ISUER: "https://auth.example.com/application/o/app/",
    FORWARD_AUTH_ALLOWED_GROUP: "music",
  });
  const unreadable = startOutput(
    {
      ...REQUIRED_SET,
      FORWARD_AUTH_SECRET: undefined,
      FORWARD_AUTH_SECRET_FILE: "/run/secrets/forward_auth_secret",
    },
    () => {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    },
  );
  return `<!-- Generated from src/config/settings.ts by \`node src/config/reference.ts > docs/configuration.md\`; edit the table there, not this page. -->

# Configuration

forward-auth is configured by environment variables, read and validated once at start. Invalid or
missing values stop the process (exit code 2) before it listens, with every problem listed, one
per line, naming the variable, the value and the fix; secrets are only ever shown as a length. An
empty variable counts as unset. Booleans are \`true\`/\`false\` (also \`1\`/\`0\`, \`yes\`/\`no\`,
\`on\`/\`off\`). The secrets can also be given as \`NAME_FILE\`, the path of a file that holds it
(Docker secrets; one trailing newline is dropped): ${SECRET_NAMES.map(code).join(", ")}.

${summary}
## Settings

${SETTING_ROWS.map(({ setting }) => section(setting)).join("")}## Misspelt variables

Any other variable that starts with \`FORWARD_AUTH_\` (in any letter case, even set to an empty
string) stops the start too, because a misspelt setting would otherwise be silently ignored
(\`FORWARD_AUTH_ALLOWED_GROUP=music\` would leave every app open to every user). The problem names
the closest real setting:

\`\`\`text
${misspelt}\`\`\`

## Secrets in files

A \`_FILE\` must be readable by the user the service runs as: in the image that is \`node\` (uid
1000, gid 1000), not root, and Docker mounts a compose secret with the host file's owner and
mode. A file that cannot be read is a start-up problem that says which user must read it, and
how:

\`\`\`text
${unreadable}\`\`\`

A path that does not exist (\`ENOENT\`) is named as the service sees it: inside the container, so
\`/run/secrets/<name>\`, not the path on the host.
`;
}

// Run as a script: print the page.
if (import.meta.main) process.stdout.write(configurationReference());
