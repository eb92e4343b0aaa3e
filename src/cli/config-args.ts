// `forward-auth config <target> [options]`: the arguments, parsed once into what a generator
// writes (one app's routing, or the pieces every Traefik app shares), with every problem collected.
import { got, orList, scanArgs, single as singleValue } from "./args.ts";
import { parsePathPrefix } from "../config/parsers.ts";
import { isHostName, isLabel } from "../proxy/host-names.ts";
import { NPM_DETAILS_UPSTREAM } from "../proxy-config/npm.ts";
import {
  GENERATE_FORMATS,
  type GenerateFormat,
  type GenerateOptions,
} from "../proxy-config/options.ts";
import { FORWARD_AUTH_SERVICE, type SharedOptions } from "../proxy-config/traefik.ts";

const DEFAULT_AUTH_ADDRESS = "http://forward-auth:9000";
const DEFAULT_PREFIX = "/outpost.goauthentik.io";
/** Keeps public-path priorities (2000 + length) below the outpost router's 3000. */
const MAX_PUBLIC_LENGTH = 255;

const VALUE_FLAGS = [
  "--host",
  "--upstream",
  "--public",
  "--auth-address",
  "--prefix",
  "--name",
  "--format",
] as const;
type Flag = (typeof VALUE_FLAGS)[number];

/** What `config` writes, as its problems list them. */
const TARGETS = orList(GENERATE_FORMATS);

/** A DNS host name: letters, digits and inner hyphens in dot-separated labels. */
function parseHost(raw: string): string {
  const host = raw.toLowerCase();
  if (!isHostName(host)) {
    throw new Error(`must be a host name like music.example.com ${got(raw)}`);
  }
  return host;
}

/** scheme://host[:port] only: a path would change what nginx proxy_pass and Caddy send. */
function parseOrigin(raw: string, example: string): string {
  const fail = (): never => {
    throw new Error(`must be an http:// or https:// URL like ${example} ${got(raw)}`);
  };
  if (!/^https?:\/\//i.test(raw)) return fail();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail();
  }
  // The host ends up inside rules and config files: plain names and IP literals only.
  if (!/^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/.test(url.hostname)) return fail();
  if (url.username !== "" || url.password !== "") {
    throw new Error(`must not contain a user name or password ${got(raw)}`);
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || /[?#]/.test(raw)) {
    throw new Error(`must have no path, query or fragment, like ${example} ${got(raw)}`);
  }
  return url.origin;
}

function parsePublic(raw: string, prefix: string | undefined): string {
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)+$/.test(raw)) {
    throw new Error(
      `must start and end with / and hold only letters, digits, ".", "_", "~", "-" and /, ` +
        `like /rest/ ${got(raw)}`,
    );
  }
  if (raw.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error(`must not contain . or .. segments ${got(raw)}`);
  }
  if (raw.length > MAX_PUBLIC_LENGTH) {
    throw new Error(`must be at most ${MAX_PUBLIC_LENGTH} characters ${got(raw)}`);
  }
  if (prefix !== undefined && raw.startsWith(`${prefix}/`)) {
    throw new Error(`must not be forward-auth's prefix ${prefix}/ or under it ${got(raw)}`);
  }
  return raw;
}

function parseName(raw: string): string {
  if (!isLabel(raw)) {
    throw new Error(
      `must be lower-case letters, digits and inner "-", at most 63 characters ${got(raw)}`,
    );
  }
  if (raw === FORWARD_AUTH_SERVICE) {
    throw new Error(`"${raw}" is the name of forward-auth's own service; choose another`);
  }
  return raw;
}

export type ParsedConfig =
  | {
      readonly ok: true;
      readonly kind: "app";
      readonly format: GenerateFormat;
      readonly options: GenerateOptions;
    }
  | {
      readonly ok: true;
      readonly kind: "shared";
      readonly format: SharedFormat;
      readonly shared: SharedOptions;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The outputs that have --shared: the Traefik file provider's YAML and its NixOS form. */
export type SharedFormat = "traefik" | "nix";
const isShared = (format: GenerateFormat | undefined): format is SharedFormat =>
  format === "traefik" || format === "nix";

/** Flags that describe one app; the shared Traefik file has none of them. */
const APP_FLAGS = ["--host", "--upstream", "--public", "--name"] as const;

/** Parses `config <target> --flag value ...`, collecting every problem. */
export function parseConfigArgs(args: readonly string[]): ParsedConfig {
  const problems: string[] = [];
  const [target, ...rest] = args;

  let format: GenerateFormat | undefined;
  if (target === undefined || target.startsWith("-")) {
    problems.push(`config: missing what to write; expected ${TARGETS}`);
  } else if ((GENERATE_FORMATS as readonly string[]).includes(target)) {
    format = target as GenerateFormat;
  } else {
    problems.push(`config: unknown target ${JSON.stringify(target)}; expected ${TARGETS}`);
  }

  const tokens = target === undefined || target.startsWith("-") ? args : rest;
  const {
    values,
    seen,
    booleans,
    problems: scanProblems,
  } = scanArgs(tokens, {
    valueFlags: VALUE_FLAGS,
    booleanFlags: ["--shared"],
    stray: (token) =>
      `unexpected argument ${JSON.stringify(token)}; options take the form --flag value`,
  });
  problems.push(...scanProblems);
  const single = (flag: Flag): string | undefined => singleValue(values, flag, problems);
  const parse = <T>(flag: Flag, raw: string | undefined, parser: (raw: string) => T) => {
    if (raw === undefined) return undefined;
    try {
      return parser(raw);
    } catch (error) {
      problems.push(`${flag}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };

  const shared = booleans.has("--shared");
  // One Traefik file holds forward-auth's middlewares and service for every app, so the app's
  // routing carries no --auth-address and the shared file no app: a flag in the wrong place is
  // refused rather than ignored.
  const sharedLabels =
    shared &&
    (format === "labels" || (format === "traefik" && values.get("--format")?.[0] === "labels"));
  if (shared) {
    if (sharedLabels) {
      problems.push(
        "--shared: the shared middlewares and service are file-provider configuration for " +
          "labels too; write them with forward-auth config traefik --shared",
      );
    } else if (format !== undefined && !isShared(format)) {
      problems.push(
        `--shared: only applies to config traefik and config nix; the ${format} output holds ` +
          "all its app needs",
      );
    }
    for (const flag of APP_FLAGS.filter((f) => seen.has(f))) {
      problems.push(
        `${flag}: describes one app, not the shared file; write the app's routing without --shared`,
      );
    }
  } else if ((isShared(format) || format === "labels") && seen.has("--auth-address")) {
    problems.push(
      "--auth-address: an app's Traefik routing reaches forward-auth through the shared " +
        `pieces; give it to forward-auth config ${format === "nix" ? "nix" : "traefik"} --shared`,
    );
  }

  const hostRaw = shared ? undefined : single("--host");
  const upstreamRaw = shared ? undefined : single("--upstream");
  if (!shared && hostRaw === undefined && !seen.has("--host")) {
    problems.push("--host: is required, e.g. --host music.example.com");
  }
  // Nginx Proxy Manager has the app's address in the proxy host's Details tab already.
  if (!shared && upstreamRaw === undefined && !seen.has("--upstream") && format !== "npm") {
    problems.push("--upstream: is required, e.g. --upstream http://navidrome:4533");
  }
  const host = parse("--host", hostRaw, parseHost);
  const upstream =
    upstreamRaw === undefined && !seen.has("--upstream") && format === "npm"
      ? NPM_DETAILS_UPSTREAM
      : parse("--upstream", upstreamRaw, (raw) => parseOrigin(raw, "http://navidrome:4533"));
  const authAddress = parse(
    "--auth-address",
    single("--auth-address") ?? DEFAULT_AUTH_ADDRESS,
    (raw) => parseOrigin(raw, DEFAULT_AUTH_ADDRESS),
  );
  const prefix = parse("--prefix", single("--prefix") ?? DEFAULT_PREFIX, (raw) => {
    try {
      return parsePathPrefix(raw);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} ${got(raw)}`, {
        cause: error,
      });
    }
  });
  const nameRaw = shared ? undefined : single("--name");
  const name =
    nameRaw === undefined ? host?.replaceAll(".", "-") : parse("--name", nameRaw, parseName);
  if (nameRaw === undefined && name === FORWARD_AUTH_SERVICE) {
    problems.push(
      `--name: the name taken from --host is "${name}", forward-auth's own service; give --name`,
    );
  }

  const publicPaths: string[] = [];
  for (const raw of shared ? [] : (values.get("--public") ?? [])) {
    if (publicPaths.includes(raw)) {
      problems.push(`--public: given twice ${got(raw)}`);
      continue;
    }
    const path = parse("--public", raw, (r) => parsePublic(r, prefix));
    if (path !== undefined) publicPaths.push(path);
  }

  const formatRaw = single("--format");
  if (formatRaw !== undefined && !sharedLabels) {
    if (format !== "traefik") {
      problems.push(`--format: only applies to config traefik ${got(formatRaw)}`);
    } else if (formatRaw === "labels") {
      format = "labels";
    } else if (formatRaw !== "yaml") {
      problems.push(`--format: must be yaml or labels ${got(formatRaw)}`);
    }
  }

  if (
    problems.length === 0 &&
    shared &&
    isShared(format) &&
    authAddress !== undefined &&
    prefix !== undefined
  ) {
    return { ok: true, kind: "shared", format, shared: { authAddress, prefix } };
  }
  if (
    problems.length > 0 ||
    format === undefined ||
    host === undefined ||
    upstream === undefined ||
    authAddress === undefined ||
    prefix === undefined ||
    name === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    kind: "app",
    format,
    options: { host, upstream, publicPaths, authAddress, prefix, name },
  };
}
