// The scanner the subcommands share: splits `--flag value` and `--flag=value`, collects repeats,
// and words the problems every subcommand reports alike.

export interface ScanOptions<V extends string, B extends string> {
  /** Flags that take a value, as `--flag value` or `--flag=value`; repeated values are collected. */
  readonly valueFlags: readonly V[];
  /** Flags that take none: `--flag=value` is a problem. */
  readonly booleanFlags?: readonly B[];
  /** The problem for an option not listed; by default it points at --help. */
  readonly unknown?: (flag: string, token: string) => string;
  /** The problem for an argument that is no option; without it, such arguments are positionals. */
  readonly stray?: (token: string) => string;
  /** Checks each value as it is read, so its problem stands in order; undefined accepts it. */
  readonly onValue?: (flag: V, value: string) => string | undefined;
}

export interface ScannedArgs<V extends string, B extends string> {
  /** Accepted values of each value flag, in order. */
  readonly values: Map<V, string[]>;
  readonly booleans: Set<B>;
  readonly positionals: string[];
  /** Value flags given at all, even without a value: "needs a value" then says enough. */
  readonly seen: Set<V>;
  /** In the order of the arguments; callers add their own. */
  readonly problems: string[];
}

/** Quotes a bad value at the end of a problem, as every subcommand words it. */
export const got = (raw: string): string => `(got ${JSON.stringify(raw)})`;

/** The accepted choices in a problem's prose: "traefik, caddy or nginx". */
export function orList(choices: readonly string[]): string {
  const last = choices.at(-1) ?? "";
  return choices.length > 1 ? `${choices.slice(0, -1).join(", ")} or ${last}` : last;
}

const unknownOption = (flag: string): string =>
  `unknown option ${JSON.stringify(flag)}; see forward-auth --help`;

export function scanArgs<V extends string, B extends string = never>(
  tokens: readonly string[],
  options: ScanOptions<V, B>,
): ScannedArgs<V, B> {
  const { valueFlags, booleanFlags = [], unknown = unknownOption, stray, onValue } = options;
  const scanned: ScannedArgs<V, B> = {
    values: new Map(),
    booleans: new Set(),
    positionals: [],
    seen: new Set(),
    problems: [],
  };
  const { values, problems } = scanned;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const eq = token.indexOf("=");
    const flag = eq > 0 && token.startsWith("--") ? token.slice(0, eq) : token;
    if ((booleanFlags as readonly string[]).includes(flag)) {
      if (flag !== token) problems.push(`${flag}: takes no value (got ${JSON.stringify(token)})`);
      else scanned.booleans.add(flag as B);
      continue;
    }
    if (!(valueFlags as readonly string[]).includes(flag)) {
      if (token.startsWith("-")) problems.push(unknown(flag, token));
      else if (stray !== undefined) problems.push(stray(token));
      else scanned.positionals.push(token);
      continue;
    }
    const valueFlag = flag as V;
    scanned.seen.add(valueFlag);
    let value: string | undefined;
    if (flag !== token) {
      value = token.slice(eq + 1);
    } else {
      const next = tokens[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") {
      problems.push(`${flag}: needs a value`);
      continue;
    }
    const problem = onValue?.(valueFlag, value);
    if (problem !== undefined) {
      problems.push(problem);
      continue;
    }
    values.set(valueFlag, [...(values.get(valueFlag) ?? []), value]);
  }
  return scanned;
}

/** The one value of a flag that may be given once; a repeat is a problem, and the first counts. */
export function single<V extends string>(
  values: ReadonlyMap<V, readonly string[]>,
  flag: V,
  problems: string[],
): string | undefined {
  const list = values.get(flag);
  if (list !== undefined && list.length > 1) problems.push(`${flag}: given more than once`);
  return list?.[0];
}
