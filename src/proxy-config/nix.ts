// `config traefik` as a Nix attribute set, for NixOS's services.traefik.dynamicConfigOptions:
// an app's routers and service, or with --shared forward-auth's middlewares and service. Both
// formats are written from the same object (traefik.ts), so they cannot drift apart; only the
// notation differs.
import { comment, commandComment, oneLine } from "./comment.ts";
import {
  appArgs,
  PRIORITY_COMMENT,
  SHARED_REF,
  sharedArgs,
  traefikAppDocument,
  traefikSharedDocument,
  type SharedOptions,
  type TraefikAppOptions,
  type TraefikDocument,
} from "./traefik.ts";
import type { Why } from "./yaml.ts";

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

/** A JSON-like value as Nix, indented by `indent` spaces; attributes keep their order. */
function nixValue(value: unknown, indent: number, path: readonly string[], why: Why): string {
  const pad = " ".repeat(indent + 2);
  if (typeof value === "string") return nixString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${String(value)}`);
    return String(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "[ ]";
    const items = value.map(
      (item: unknown, i) => `${pad}${nixValue(item, indent + 2, [...path, String(i)], why)}`,
    );
    return `[\n${items.join("\n")}\n${" ".repeat(indent)}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{ }";
    const lines: string[] = [];
    for (const [key, item] of entries) {
      const at = [...path, key];
      for (const text of why(at) ?? []) lines.push(...comment(indent + 2, text));
      lines.push(`${pad}${nixName(key)} = ${nixValue(item, indent + 2, at, why)};`);
    }
    return `{\n${lines.join("\n")}\n${" ".repeat(indent)}}`;
  }
  throw new Error(`no Nix form for ${typeof value}`);
}

const nixText = (header: readonly string[], doc: TraefikDocument): string =>
  `${[...header, nixValue(doc.config, 0, [], doc.why)].join("\n")}\n`;

/**
 * How the sets go into the option; docs/nixos.md shows it in a whole configuration. The option's
 * type is not types.attrs but a JSON-like value type (nixpkgs nixos/modules/services/web-servers/
 * traefik.nix: pkgs.formats.toml's, attrsOf and listOf inside), so several definitions merge
 * attribute by attribute, lists are joined and equal strings agree. The module writes the result
 * into the one file its file provider reads (providers.file.filename), where the @file names
 * resolve.
 */
const merge = (app: string): string =>
  "In the NixOS configuration, next to the other apps' sets: " +
  "services.traefik.dynamicConfigOptions = lib.mkMerge [ (import ./forward-auth.nix) " +
  `(import ./${app}.nix) ]. The option merges the sets attribute by attribute into the one file ` +
  "Traefik's file provider reads, where the @file names resolve. Give the shared set once: a " +
  "second copy would join its lists (authResponseHeaders, servers) to themselves.";

/**
 * One app's routers and service for services.traefik.dynamicConfigOptions: the attribute set of
 * generateTraefikDynamic's YAML, with its comments.
 */
export function generateNix(o: TraefikAppOptions): string {
  return nixText(
    [
      `# NixOS: ${oneLine(o.host)} behind forward-auth, for services.traefik.dynamicConfigOptions.`,
      "# The same routers and service as `forward-auth config traefik` writes in YAML.",
      ...commandComment("nix", appArgs(o)),
      "#",
      ...comment(
        0,
        `Uses forward-auth's shared pieces: the middlewares ${SHARED_REF.strip} and ` +
          `${SHARED_REF.forwardAuth} and the service ${SHARED_REF.service}, defined once for ` +
          "all apps by `forward-auth config nix --shared` with the same --prefix. Without them " +
          "Traefik refuses these routers (the middleware does not exist) and the app is " +
          "unreachable, never unprotected.",
      ),
      "#",
      ...comment(0, merge(o.name)),
      "#",
      ...comment(0, PRIORITY_COMMENT),
    ],
    traefikAppDocument(o),
  );
}

/**
 * forward-auth's middlewares and service for services.traefik.dynamicConfigOptions: the
 * attribute set of generateTraefikShared's YAML, defined once next to every app's set.
 */
export function generateNixShared(s: SharedOptions): string {
  return nixText(
    [
      "# NixOS: forward-auth's shared pieces, for services.traefik.dynamicConfigOptions.",
      "# The same middlewares and service as `forward-auth config traefik --shared` writes in YAML.",
      ...commandComment("nix", sharedArgs(s)),
      ...comment(
        0,
        "forward-auth's middlewares and service, shared by every app behind it. Each app's set " +
          "(forward-auth config nix --host ...) only refers to these names, with @file; to " +
          "move forward-auth, write this set again with another --auth-address.",
      ),
      "#",
      ...comment(0, merge("<app>")),
    ],
    traefikSharedDocument(s),
  );
}
