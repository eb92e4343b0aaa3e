// The Traefik routing of `config traefik` as a Nix attribute set, for NixOS's
// services.traefik.dynamicConfigOptions. The values come from traefik.ts's own data, so the two
// outputs cannot drift apart; only the notation differs.
import type { GenerateOptions } from "./options.ts";
import {
  comment,
  commandComment,
  FORWARD_AUTH_MIDDLEWARE,
  FORWARD_AUTH_SERVICE,
  STRIP_MIDDLEWARE,
  TRAEFIK_WHY,
  traefikDynamicConfig,
  traefikRouting,
} from "./traefik.ts";

/**
 * A Nix string literal. Inside "…" the Nix manual gives three escapes that matter here: \\ and
 * \" for the delimiters, and \${ so that ${ does not start an interpolation. Backslashes go
 * first, so that the backslash of \${ is not doubled. Line breaks and tabs get \n, \r and \t.
 */
export function nixString(s: string): string {
  const escaped = s
    .replaceAll("\\", "\\\\")
    .replaceAll('"', '\\"')
    .replaceAll("${", "\\${")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r")
    .replaceAll("\t", "\\t");
  return `"${escaped}"`;
}

/**
 * A comment ends at a line break, so one inside a value (which the CLI never lets through, but
 * the generator does not rely on that) would turn the rest of the line into Nix code.
 */
const commentLines = (lines: readonly string[]): string[] =>
  lines.map((line) => line.replace(/[\r\n]+/g, " "));

/** Nix's keywords: not usable as bare attribute names. */
const KEYWORDS = new Set([
  "if",
  "then",
  "else",
  "assert",
  "with",
  "let",
  "in",
  "rec",
  "inherit",
  "or",
]);

/** An attribute name: bare when it is a Nix identifier (hyphens allowed), quoted otherwise. */
export function nixName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) && !KEYWORDS.has(name) ? name : nixString(name);
}

/** Comment text for the attribute at `path` (e.g. ["http", "routers", "music"]), if any. */
type Comments = (path: readonly string[]) => string | undefined;

/** A JSON-like value as Nix, indented by `indent` spaces; attributes keep their order. */
function nixValue(value: unknown, indent: number, path: readonly string[], why: Comments): string {
  const pad = " ".repeat(indent + 2);
  if (typeof value === "string") return nixString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${String(value)}`);
    return String(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "[ ]";
    const items = value.map((item: unknown) => `${pad}${nixValue(item, indent + 2, path, why)}`);
    return `[\n${items.join("\n")}\n${" ".repeat(indent)}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{ }";
    const lines: string[] = [];
    for (const [key, item] of entries) {
      const at = [...path, key];
      const text = why(at);
      if (text !== undefined) lines.push(...commentLines(comment(indent + 2, text)));
      lines.push(`${pad}${nixName(key)} = ${nixValue(item, indent + 2, at, why)};`);
    }
    return `{\n${lines.join("\n")}\n${" ".repeat(indent)}}`;
  }
  throw new Error(`no Nix form for ${typeof value}`);
}

/**
 * The attribute set for services.traefik.dynamicConfigOptions: the routers, middlewares and
 * services of generateTraefikDynamic, with its comments.
 */
export function generateNix(o: GenerateOptions): string {
  const routing = traefikRouting(o);
  const whys = new Map<string, string>([
    ...routing.routers.map((r) => [`http/routers/${r.name}`, r.why] as const),
    ...routing.services.map((s) => [`http/services/${s.name}`, s.why] as const),
    [`http/middlewares/${FORWARD_AUTH_MIDDLEWARE}`, TRAEFIK_WHY.forwardAuth],
    [
      `http/middlewares/${FORWARD_AUTH_MIDDLEWARE}/forwardAuth/trustForwardHeader`,
      TRAEFIK_WHY.trustForwardHeader,
    ],
    [
      `http/middlewares/${FORWARD_AUTH_MIDDLEWARE}/forwardAuth/authResponseHeaders`,
      TRAEFIK_WHY.authResponseHeaders,
    ],
    [`http/middlewares/${STRIP_MIDDLEWARE}`, `${TRAEFIK_WHY.strip} ${TRAEFIK_WHY.stripWhere}`],
  ]);
  const out = [
    ...commentLines([
      `# NixOS: ${o.host} behind forward-auth, for services.traefik.dynamicConfigOptions. The same`,
      "# routers, middlewares and services as `forward-auth config traefik` writes in YAML.",
      ...commandComment("nix", o),
      `# Use it as  services.traefik.dynamicConfigOptions = import ./${o.name}.nix;`,
      "# Several apps: merge their files into that one definition with lib.recursiveUpdate (the",
      `# ${FORWARD_AUTH_MIDDLEWARE} and ${STRIP_MIDDLEWARE} middlewares and the ${FORWARD_AUTH_SERVICE} service are`,
      "# the same in each), not as separate definitions of the option: NixOS would concatenate",
      "# their lists (authResponseHeaders, servers).",
      "#",
      ...comment(
        0,
        "Every router has an explicit priority: Traefik's default priority is the length of the " +
          "rule, and two routers that match the same request with the same priority are tried in " +
          "an undefined order.",
      ),
    ]),
    nixValue(traefikDynamicConfig(o), 0, [], (path) => whys.get(path.join("/"))),
  ];
  return `${out.join("\n")}\n`;
}
