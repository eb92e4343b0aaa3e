import { readFileSync } from "node:fs";
import { scanArgs, single as singleValue } from "./args.ts";
import type { Env, ProcessUser } from "../config/load.ts";
import { parsePathPrefix } from "../config/parsers.ts";
import { settingsHelp } from "../config/reference.ts";
import { parseExplainArgs } from "../explain/args.ts";
import { runExplain } from "../explain/run-explain.ts";
import type { FetchLike } from "../oidc/errors.ts";
import { isHostName, isLabel } from "../proxy/host-names.ts";
import { generateCaddy } from "../proxy-config/caddy.ts";
import { generateLabels } from "../proxy-config/labels.ts";
import { generateNginx } from "../proxy-config/nginx.ts";
import { generateNix, generateNixShared } from "../proxy-config/nix.ts";
import { generateNpm, NPM_DETAILS_UPSTREAM } from "../proxy-config/npm.ts";
import {
  GENERATE_FORMATS,
  type GenerateFormat,
  type GenerateOptions,
} from "../proxy-config/options.ts";
import {
  FORWARD_AUTH_SERVICE,
  generateTraefikDynamic,
  generateTraefikShared,
  type SharedOptions,
} from "../proxy-config/traefik.ts";
import { parseAppHost, type AppHost } from "../self-check/app-host.ts";
import { runCheck } from "../self-check/run-check.ts";

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

export interface CliDeps {
  /** Starts the service; main.ts runs it when imported. Tests pass a fake. */
  readonly serve: () => Promise<unknown>;
  /** Replaces generators (tests); the real ones otherwise. */
  readonly generators?: Partial<Record<GenerateFormat, (o: GenerateOptions) => string>>;
  /** check, explain: the variables and file reader the configuration is loaded with (process.env, fs). */
  readonly env?: Env;
  readonly readFile?: (path: string) => string;
  /** check, explain: the user named when a secret file cannot be read (this process's). */
  readonly user?: ProcessUser;
  /** check: how the provider is reached (globalThis.fetch). */
  readonly fetch?: FetchLike;
}

export const USAGE = `Usage:
  forward-auth [serve]      run the service (configured by FORWARD_AUTH_* variables)
  forward-auth check [--host HOST ...]
                            check the configuration, the provider and the client registration
  forward-auth explain URL [--user NAME --groups A,B] [options]
                            show what the service answers to one request, and why
  forward-auth config <traefik|labels|caddy|nginx|nix> --host HOST --upstream URL [options]
  forward-auth config npm --host HOST [--upstream URL] [options]
  forward-auth config <traefik|nix> --shared [--auth-address URL] [--prefix PATH]
  forward-auth --help       show this help

${settingsHelp()}
check reads the same FORWARD_AUTH_* variables as the service and reports, one line each (✓ good,
✗ failed, ! unsafe): the configuration, the provider's discovery document and keys, whether the
token endpoint accepts the client id and secret, and the redirect URIs to register. It exits 1
when a check failed, 0 otherwise.
  --host HOST           an app host behind forward-auth (repeatable): music.example.com,
                        localhost:8080 or an origin like http://music.localhost:8080. Its
                        redirect URI is printed, with the scheme given or else the one the
                        service assumes (https; http when FORWARD_AUTH_COOKIE_SECURE=false),
                        and the cookie settings are checked against it

explain reads the same FORWARD_AUTH_* variables and rules file as the service, asks the service's
own auth check in-process (the provider is not contacted) and prints which app and rule matched,
the answer (200, login redirect, 401, 403, 400) and the identity headers of a 200. It exits 0 when
the request was explained, whatever the answer; 2 for bad arguments, configuration or rules file.
  --method METHOD       the request's method (default GET)
  --user NAME           send a valid session for this user (default: no session)
  --groups A,B          the user's groups; --email E and --name N the other claims
  --endpoint NAME       the auth endpoint the proxy calls: traefik (default), caddy or nginx
  --api                 an API or fetch request instead of a browser navigation
  --client ADDRESS      the client's address as the proxy reports it, for networks: rules
  --header "N: V"       another request header, e.g. Origin (repeatable)

config writes the proxy configuration that puts one app host behind forward-auth:
  traefik   Traefik v3 dynamic configuration for the file provider (YAML): the app's routers
  labels    the same as Docker labels, to paste under the app's labels: (= traefik --format labels)
  caddy     a Caddyfile site block (complete: nothing shared)
  nginx     an nginx server block (complete: nothing shared)
  npm       Nginx Proxy Manager: the text for a proxy host's Advanced tab (server context); its
            location / and public paths proxy to the Details tab's scheme, host and port, or
            to --upstream when given. Turn "Cache Assets" off and add no custom locations
            (docs/nginx-proxy-manager.md)
  nix       NixOS: the traefik output as a Nix attribute set for
            services.traefik.dynamicConfigOptions (docs/nixos.md)
With Traefik, forward-auth's middlewares and service are written once, for every app, by
config traefik --shared into the file provider's folder (traefik/dynamic/forward-auth.yml); each
app's file and labels refer to them as forward-auth@file and strip-identity-headers@file. On
NixOS, config nix --shared writes them as a Nix attribute set, given to
services.traefik.dynamicConfigOptions once, next to every app's set.

Options:
  --host HOST           the app's public host name, e.g. music.example.com (required)
  --upstream URL        where the proxy sends allowed requests, e.g. http://navidrome:4533
                        (required, except for npm)
  --public /PATH/       a path prefix that bypasses the login, e.g. /rest/ (repeatable)
  --auth-address URL    forward-auth as the proxy reaches it (default http://forward-auth:9000);
                        caddy, nginx, npm and --shared (an app's Traefik routing has none)
  --prefix PATH         forward-auth's FORWARD_AUTH_PATH_PREFIX (default /outpost.goauthentik.io)
  --name NAME           name of the routers and services (default: the host with dots as dashes)
  --format yaml|labels  traefik only: file-provider YAML (default) or Docker labels
  --shared              traefik and nix only: the shared middlewares and service instead of an
                        app's routing

Examples:
  forward-auth explain https://music.example.com/admin/ --user alice --groups music
  forward-auth config traefik --shared > traefik/dynamic/forward-auth.yml
  forward-auth config traefik --host music.example.com --upstream http://navidrome:4533 \\
    --public /rest/ --public /share/ > traefik/dynamic/navidrome.yml
  forward-auth config npm --host music.example.com --public /rest/ --public /share/
`;

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

const TARGETS = "traefik, labels, caddy, nginx, npm or nix";

const got = (raw: string): string => `(got ${JSON.stringify(raw)})`;

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

type ParsedCheck =
  | { readonly ok: true; readonly hosts: readonly AppHost[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses `check [--host HOST ...]`, collecting every problem. */
export function parseCheckArgs(args: readonly string[]): ParsedCheck {
  const hosts: AppHost[] = [];
  const { problems } = scanArgs(args, {
    valueFlags: ["--host"],
    unknown: (_, token) =>
      `unknown option ${JSON.stringify(token.split("=")[0])}; check takes only --host`,
    stray: (token) => `unexpected argument ${JSON.stringify(token)}; give hosts as --host ${token}`,
    onValue: (_, raw) => {
      try {
        const app = parseAppHost(raw);
        if (hosts.some((known) => known.host === app.host)) {
          return `--host: given twice ${got(raw)}`;
        }
        hosts.push(app);
        return undefined;
      } catch (error) {
        return `--host: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, hosts };
}

type Parsed =
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
type SharedFormat = "traefik" | "nix";
const isShared = (format: GenerateFormat | undefined): format is SharedFormat =>
  format === "traefik" || format === "nix";

/** Flags that describe one app; the shared Traefik file has none of them. */
const APP_FLAGS = ["--host", "--upstream", "--public", "--name"] as const;

/** Parses `config <target> --flag value ...`, collecting every problem. */
export function parseConfigArgs(args: readonly string[]): Parsed {
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

const GENERATORS: Readonly<Record<GenerateFormat, (o: GenerateOptions) => string>> = {
  traefik: generateTraefikDynamic,
  labels: generateLabels,
  caddy: generateCaddy,
  nginx: generateNginx,
  npm: generateNpm,
  nix: generateNix,
};

const SHARED_GENERATORS: Readonly<Record<SharedFormat, (s: SharedOptions) => string>> = {
  traefik: generateTraefikShared,
  nix: generateNixShared,
};

const defaultDeps: CliDeps = { serve: () => import("../main.ts") };
const readUtf8 = (path: string): string => readFileSync(path, "utf8");
/** This process's user, as main.ts reads it for the service; undefined where there is none. */
const processUser = (): ProcessUser | undefined =>
  process.getuid === undefined || process.getgid === undefined
    ? undefined
    : { uid: process.getuid(), gid: process.getgid() };

const invalidArguments = (problems: readonly string[]): string =>
  `forward-auth: invalid arguments\n${problems.map((p) => `  ${p}\n`).join("")}` +
  "Run forward-auth --help for usage.\n";

/**
 * `forward-auth [serve]` starts the service; `forward-auth check` reports whether the
 * configuration and the provider work; `forward-auth explain URL` shows what the service answers
 * to one request; `forward-auth config ...` writes proxy configuration to stdout. Returns the exit
 * code: 0 done (or the service started), 1 a check or the generator failed, 2 bad arguments.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  deps: CliDeps = defaultDeps,
): Promise<number> {
  const [command, ...rest] = argv;
  if (argv.includes("--help") || argv.includes("-h") || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (command === undefined || command === "serve") {
    if (rest.length > 0) {
      io.stderr(
        `forward-auth: serve takes no arguments ${got(rest.join(" "))}; ` +
          `it is configured by FORWARD_AUTH_* variables\n`,
      );
      return 2;
    }
    await deps.serve();
    return 0;
  }
  if (command === "check") {
    const parsedCheck = parseCheckArgs(rest);
    if (!parsedCheck.ok) {
      io.stderr(invalidArguments(parsedCheck.problems));
      return 2;
    }
    return runCheck(deps.env ?? process.env, deps.readFile ?? readUtf8, {
      hosts: parsedCheck.hosts,
      fetch: deps.fetch ?? globalThis.fetch,
      user: deps.user ?? processUser(),
      write: (line) => {
        io.stdout(`${line}\n`);
      },
    });
  }
  if (command === "explain") {
    const parsedExplain = parseExplainArgs(rest);
    if (!parsedExplain.ok) {
      io.stderr(invalidArguments(parsedExplain.problems));
      return 2;
    }
    return runExplain(deps.env ?? process.env, deps.readFile ?? readUtf8, parsedExplain.args, {
      user: deps.user ?? processUser(),
      write: (line) => {
        io.stdout(`${line}\n`);
      },
      warn: (line) => {
        io.stderr(`${line}\n`);
      },
    });
  }
  if (command !== "config") {
    io.stderr(
      `forward-auth: unknown command ${JSON.stringify(command)}; ` +
        "expected serve, check, explain, config or --help\n",
    );
    return 2;
  }

  const parsed = parseConfigArgs(rest);
  if (!parsed.ok) {
    io.stderr(invalidArguments(parsed.problems));
    return 2;
  }
  const target = parsed.kind === "shared" ? `${parsed.format} --shared` : parsed.format;
  let output: string;
  try {
    if (parsed.kind === "shared") {
      output = SHARED_GENERATORS[parsed.format](parsed.shared);
    } else {
      const generate = deps.generators?.[parsed.format] ?? GENERATORS[parsed.format];
      output = generate(parsed.options);
    }
  } catch (error) {
    io.stderr(
      `forward-auth: config ${target}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  io.stdout(output);
  return 0;
}
