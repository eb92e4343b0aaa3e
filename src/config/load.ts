import { hostName } from "../proxy/forwarded.ts";
import { domainCovers } from "../proxy/host-names.ts";
import type { Config } from "./config.ts";
import { SECRET_NAMES, SETTING_NAMES, SETTING_ROWS, SETTINGS, type Setting } from "./settings.ts";
import { closestName } from "./suggest.ts";

export type Env = Readonly<Record<string, string | undefined>>;
/** The user the process runs as: named when a `*_FILE` cannot be read (permissions). */
export interface ProcessUser {
  readonly uid: number;
  readonly gid: number;
}
export interface LoadOptions {
  /** process.getuid() and getgid() where the platform has them; main.ts reads them. */
  readonly user?: ProcessUser | undefined;
}
export type LoadResult =
  | { readonly ok: true; readonly config: Config; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const P = "FORWARD_AUTH_";
/** Every name that may be set: the settings and the `_FILE` form of each secret. */
const SETTABLE: readonly string[] = [
  ...SETTING_NAMES,
  ...SECRET_NAMES.map((name) => `${name}_FILE`),
];

/** A `FORWARD_AUTH_*` variable that is no setting. */
interface UnknownVariable {
  /** Its own problem line. */
  readonly problem: string;
  /** The setting it was probably meant to be, and what that setting's "is required" adds. */
  readonly meant?: { readonly name: string; readonly hint: string };
}

/**
 * Every variable named like a setting that is none. Ignoring one fails open: a misspelt
 * FORWARD_AUTH_ALLOWED_GROUP would start the service with no group restriction at all. The
 * prefix is compared without letter case, since forward_auth_allowed_groups is the same slip.
 */
function unknownVariables(env: Env): UnknownVariable[] {
  const unknown: UnknownVariable[] = [];
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (value === undefined || !upper.startsWith(P) || SETTABLE.includes(name)) continue;
    if (SETTABLE.includes(upper)) {
      // Environment names are case-sensitive: forward_auth_secret_file is not read at all.
      unknown.push({
        problem: `${name}: setting names are upper-case; rename it to ${upper}`,
        meant: {
          name:
            upper.endsWith("_FILE") && !SETTING_NAMES.includes(upper) ? upper.slice(0, -5) : upper,
          hint: `(${name} is set, in lower case); rename it to ${upper}`,
        },
      });
      continue;
    }
    const base = upper.endsWith("_FILE") ? upper.slice(0, -5) : undefined;
    if (base !== undefined && SETTING_NAMES.includes(base)) {
      // Only the secrets have a _FILE form; FORWARD_AUTH_ISSUER_FILE would be silently ignored.
      const secrets = `${SECRET_NAMES.slice(0, -1).join(", ")} and ${SECRET_NAMES.at(-1) ?? ""}`;
      unknown.push({
        problem: `${name}: is not a forward-auth setting; only ${secrets} can be read from a file, so set ${base} itself`,
        meant: {
          name: base,
          hint: `(${name} is set, but only ${secrets} have a _FILE form); set ${base} itself`,
        },
      });
      continue;
    }
    const closest = closestName(
      name.slice(P.length),
      SETTABLE.map((known) => known.slice(P.length)),
    );
    unknown.push(
      closest === undefined
        ? {
            problem: `${name}: is not a forward-auth setting; correct its name or remove it (docs/configuration.md lists every setting)`,
          }
        : {
            problem: `${name}: is not a forward-auth setting; did you mean ${P}${closest}?`,
            meant: {
              name: P + closest,
              hint: `(${name} is set: a misspelling?); rename ${name} to ${P}${closest}`,
            },
          },
    );
  }
  return unknown;
}

/** How to fix a `*_FILE` that readFile refused, by the error code it gave. */
function unreadableFix(code: string | undefined, user: ProcessUser | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      // Docker bind-mounts a compose secret with the host file's owner and mode, and the image
      // runs as the node user (uid 1000), not root: `umask 077` leaves the file unreadable.
      return user === undefined
        ? "; make it readable by the user the service runs as"
        : `; the service runs as uid ${user.uid} (gid ${user.gid}): chown ${user.uid}:${user.gid} the file on the host, or chmod 0444 it`;
    case "ENOENT":
      return "; nothing is at that path as the service sees it: in a container, give the path inside the container (compose mounts a secret at /run/secrets/<name>)";
    case "EISDIR":
      return "; it is a directory: give the path of the file in it";
    default:
      return "";
  }
}

/** The raw value of a setting: its variable, or for a secret the content of its `_FILE`. */
type Reader = (setting: Setting<unknown>) => string | undefined;

/**
 * Reads raw values, reporting a `_FILE` that is set beside its variable, cannot be read or is
 * empty; undefined for those and for an unset or empty variable.
 */
function rawReader(
  env: Env,
  readFile: (path: string) => string,
  user: ProcessUser | undefined,
  problems: string[],
): Reader {
  return function read({ name, secret }) {
    const direct = env[name];
    const fileVar = `${name}_FILE`;
    const file = secret === true ? env[fileVar] : undefined;
    if (file === undefined || file === "") return direct === "" ? undefined : direct;
    if (direct !== undefined && direct !== "") {
      problems.push(`${name}: set both ${name} and ${fileVar}; keep only one`);
      return undefined;
    }
    let content: string;
    try {
      // Files written by editors and `echo` end in a newline that is not part of the secret.
      content = readFile(file).replace(/\r?\n$/, "");
    } catch (error) {
      const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
      problems.push(
        `${fileVar}: cannot read the file (${code ?? "unreadable"}, got ${JSON.stringify(file)})` +
          unreadableFix(code, user),
      );
      return undefined;
    }
    // An empty file would pass as a set but empty secret: SECRET would hold no key at all.
    if (content === "") {
      problems.push(
        `${fileVar}: the file is empty (got ${JSON.stringify(file)}); put the secret in it`,
      );
      return undefined;
    }
    return content;
  };
}

/** Config while it is read: a field is undefined when its setting is unset or wrong. */
type Values = { -readonly [K in keyof Config]?: Config[K] | undefined };

/** What reading one setting adds to: its problems, warnings and the misspelt names seen. */
interface Reading {
  readonly read: Reader;
  readonly unknown: readonly UnknownVariable[];
  readonly problems: string[];
  readonly warnings: string[];
}

/**
 * One setting's value: parsed from the environment, or its default when unset. A problem line
 * names the variable, the value (a secret only by its length) and the fix.
 */
function readSetting<T>(
  setting: Setting<T>,
  { read, unknown, problems, warnings }: Reading,
): T | undefined {
  const { name, fix } = setting;
  const before = problems.length;
  const raw = read(setting);
  if (raw === undefined) {
    // A `_FILE` that failed has said what is wrong already.
    if (setting.required === true && problems.length === before) {
      // A misspelt required variable: say which one was set instead, and how to correct it.
      const slip = unknown.find(
        ({ meant }) => meant?.name === name || meant?.name === `${name}_FILE`,
      );
      problems.push(
        slip?.meant === undefined
          ? `${name}: is required and not set; ${fix}`
          : `${name}: is required and not set ${slip.meant.hint}`,
      );
    }
    return setting.default === undefined ? undefined : setting.parse(setting.default);
  }
  let value: T;
  try {
    value = setting.parse(raw);
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    const shown = setting.secret === true ? `${raw.length} characters` : JSON.stringify(raw);
    problems.push(`${name}: ${what} (got ${shown}); ${fix}`);
    return undefined;
  }
  for (const problem of setting.problems?.(value) ?? []) problems.push(`${name}: ${problem}`);
  const warning = setting.warning?.(value);
  if (warning !== undefined) warnings.push(`${name}: ${warning}`);
  return value;
}

/** Fills one Config field from its row; generic in the field so its type follows the row's. */
function readField<K extends keyof Config>(
  field: K,
  values: Pick<Values, K>,
  reading: Reading,
): void {
  values[field] = readSetting(SETTINGS[field], reading);
}

/** Rules between settings, checked once each was read on its own. */
function crossFieldProblems({ authHost, cookieDomain }: Values, env: Env): string[] {
  if (authHost === undefined) return [];
  if (cookieDomain === undefined) {
    // Set but invalid: its own problem line says what is wrong; "needs it" would mislead.
    if ((env[SETTINGS.cookieDomain.name] ?? "").trim() !== "") return [];
    return [
      `FORWARD_AUTH_AUTH_HOST: needs FORWARD_AUTH_COOKIE_DOMAIN, so the session set on ${authHost} reaches the apps; set it to their parent domain`,
    ];
  }
  if (!domainCovers(cookieDomain, hostName(authHost))) {
    return [
      `FORWARD_AUTH_AUTH_HOST: is not under FORWARD_AUTH_COOKIE_DOMAIN "${cookieDomain}" (got "${authHost}"); use a host of that domain`,
    ];
  }
  return [];
}

/**
 * Reads the environment once into a frozen Config, collecting every problem so that one start
 * reports them all: each setting of the table (settings.ts) in its order, then the rules between
 * settings, then the variables that are no setting. Secrets are never echoed, only their length.
 */
export function loadConfig(
  env: Env,
  readFile: (path: string) => string,
  options: LoadOptions = {},
): LoadResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const unknown = unknownVariables(env);
  const reading: Reading = {
    read: rawReader(env, readFile, options.user, problems),
    unknown,
    problems,
    warnings,
  };
  const values: Values = {};
  for (const { field } of SETTING_ROWS) readField(field, values, reading);
  problems.push(...crossFieldProblems(values, env));
  for (const variable of unknown) problems.push(variable.problem);
  if (problems.length > 0) return { ok: false, problems };

  // With no problem, every required field holds its value and every other its value, default
  // or undefined; the parsers return frozen lists and records. The token audiences default to
  // another setting, the client id: the one default a row cannot hold.
  const config = {
    ...values,
    tokenAudiences: values.tokenAudiences ?? Object.freeze([values.clientId]),
  } as Config;
  return { ok: true, config: Object.freeze(config), warnings };
}
