import { readFileSync } from "node:fs";
import { got } from "./args.ts";
import { parseCheckArgs } from "./check-args.ts";
import { parseConfigArgs, type SharedFormat } from "./config-args.ts";
import type { Env, ProcessUser } from "../config/load.ts";
import { settingsHelp } from "../config/reference.ts";
import { parseExplainArgs } from "../explain/args.ts";
import { runExplain } from "../explain/run-explain.ts";
import type { FetchLike } from "../oidc/errors.ts";
import { generateCaddy } from "../proxy-config/caddy.ts";
import { generateLabels } from "../proxy-config/labels.ts";
import { generateNginx } from "../proxy-config/nginx.ts";
import { generateNix, generateNixShared } from "../proxy-config/nix.ts";
import { generateNpm } from "../proxy-config/npm.ts";
import type { GenerateFormat, GenerateOptions } from "../proxy-config/options.ts";
import {
  generateTraefikDynamic,
  generateTraefikShared,
  type SharedOptions,
} from "../proxy-config/traefik.ts";
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
