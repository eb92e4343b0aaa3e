// A JSON-like value written as block-style YAML with comments: the text of `config traefik`,
// written from the same object that `config nix` writes as Nix (traefik.ts builds it), so the
// two outputs hold the same data by construction.
import { comment } from "./comment.ts";

/** Comment paragraphs for the attribute at `path` (e.g. ["http", "routers", "music"]), if any. */
export type Why = (path: readonly string[]) => readonly string[] | undefined;

/**
 * Plain scalars YAML 1.1 or the 1.2 core schema would read as something other than a string:
 * booleans (yes, on, y ...) and null. Numbers need no list: a plain scalar here starts with a
 * letter.
 */
const RESOLVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/** A string as a plain scalar when it is a name (forward-auth@file, X-authentik-email), else quoted. */
function yamlString(s: string): string {
  // JSON's escapes are valid in a YAML double-quoted scalar; a quoted scalar is always a string.
  return /^[A-Za-z][A-Za-z0-9@._-]*$/.test(s) && !RESOLVED.test(s) ? s : JSON.stringify(s);
}

function scalar(value: unknown): string {
  if (typeof value === "string") return yamlString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${String(value)}`);
    return String(value);
  }
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (isMap(value) && Object.keys(value).length === 0) return "{}";
  throw new Error(`no YAML scalar for ${typeof value}`);
}

const isMap = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : isMap(value) && Object.keys(value).length > 0;

/**
 * A blank line between the sections of http (routers, middlewares, services) and between their
 * entries, as a person would lay the file out.
 */
const spaced = (path: readonly string[]): boolean => path.length === 2 || path.length === 3;

function mapLines(map: object, indent: number, path: readonly string[], why: Why): string[] {
  const out: string[] = [];
  const pad = " ".repeat(indent);
  // Attributes keep the object's order (an integer-like key would come first: JavaScript's rule).
  Object.entries(map).forEach(([key, item]: [string, unknown], i) => {
    const at = [...path, key];
    if (i > 0 && spaced(at)) out.push("");
    for (const text of why(at) ?? []) out.push(...comment(indent, text));
    out.push(
      ...(nonEmpty(item)
        ? [`${pad}${yamlString(key)}:`, ...blockLines(item, indent + 2, at, why)]
        : [`${pad}${yamlString(key)}: ${scalar(item)}`]),
    );
  });
  return out;
}

/** A non-empty map or list, or a scalar, at `indent`. */
function blockLines(value: unknown, indent: number, path: readonly string[], why: Why): string[] {
  if (isMap(value)) return mapLines(value, indent, path, why);
  if (!Array.isArray(value)) return [`${" ".repeat(indent)}${scalar(value)}`];
  const dash = `${" ".repeat(indent)}- `;
  return value.flatMap((item: unknown, i) => {
    if (!nonEmpty(item)) return [`${dash}${scalar(item)}`];
    // A map or list item starts on the dash's line: "- url: ..." with its other lines below.
    const [first = "", ...more] = blockLines(item, indent + 2, [...path, String(i)], why);
    return [`${dash}${first.trimStart()}`, ...more];
  });
}

/** `value` (a map) as the lines of a YAML document, with `why`'s paragraphs as comments. */
export function yamlLines(value: object, why: Why): string[] {
  return mapLines(value, 0, [], why);
}
