/**
 * Reading an untrusted parsed document (YAML, or anything JSON-shaped) while collecting every
 * problem with its place in the document: `rules.yml: apps[2].rules[0].groups: must be a list of
 * strings (got "admins")`. Nothing here throws.
 */
export class Problems {
  readonly list: string[] = [];
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  /** `at` is the place in the document (`apps[0].host`), "" for the document itself. */
  add(at: string, message: string): void {
    this.list.push(at === "" ? `${this.#file}: ${message}` : `${this.#file}: ${at}: ${message}`);
  }
}

/** A value as the problem message quotes it: JSON, cut short. */
export function shown(value: unknown): string {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Refuses keys outside `known`: a misspelt key (`grups`) would otherwise be a silent no-op. */
export function checkKeys(
  value: Readonly<Record<string, unknown>>,
  known: readonly string[],
  at: string,
  problems: Problems,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      problems.add(
        join(at, key),
        `is not a known key; check the spelling (known: ${known.join(", ")})`,
      );
    }
  }
}

/** `apps[0]` + `host` → `apps[0].host`. */
export function join(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

/** A list of non-empty strings, or undefined (with a problem) when it is anything else. */
export function stringList(value: unknown, at: string, problems: Problems): string[] | undefined {
  const list: unknown[] = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) || !list.every((item): item is string => typeof item === "string")) {
    problems.add(at, `must be a list of strings (got ${shown(value)})`);
    return undefined;
  }
  const before = problems.list.length;
  list.forEach((item, index) => {
    if (item.trim() === "") problems.add(`${at}[${index}]`, "is empty; remove it or fill it in");
  });
  return problems.list.length === before ? list : undefined;
}

/** A string, or undefined (with a problem). */
export function string(value: unknown, at: string, problems: Problems): string | undefined {
  if (typeof value === "string") return value;
  problems.add(at, `must be a string (got ${shown(value)})`);
  return undefined;
}
