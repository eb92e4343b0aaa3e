// `forward-auth explain <url> [options]`: the arguments, parsed once into the request to explain.
import { got, orList, scanArgs, single as singleValue } from "../cli/args.ts";
import { parseHost } from "../proxy/forwarded.ts";
import { parseAddress } from "../proxy/trusted-proxies.ts";

export type ExplainEndpoint = "traefik" | "caddy" | "nginx";
const ENDPOINTS: readonly ExplainEndpoint[] = ["traefik", "caddy", "nginx"];

/** Who the request comes from: a session sealed for this identity is sent along. */
export interface ExplainUser {
  readonly username: string;
  readonly groups: readonly string[];
  readonly email: string;
  readonly name: string;
}

export interface ExplainArgs {
  /** The URL as given, without its fragment (a browser never sends one). */
  readonly url: string;
  /** http, https, ws or wss, lower-case. */
  readonly proto: string;
  /** The authority as written (host[:port]). */
  readonly host: string;
  /** Path and query exactly as written, not normalised: the service normalises it. */
  readonly uri: string;
  /** Upper-case. */
  readonly method: string;
  readonly endpoint: ExplainEndpoint;
  /** undefined: an anonymous request. */
  readonly user: ExplainUser | undefined;
  /** true: a fetch/API request, not a top-level browser navigation. */
  readonly api: boolean;
  /** The client address the proxy reports in X-Forwarded-For, for networks: rules. */
  readonly client: string | undefined;
  /** Extra request headers, in order; names as given. */
  readonly headers: readonly (readonly [name: string, value: string])[];
}

export type ParsedExplain =
  | { readonly ok: true; readonly args: ExplainArgs }
  | { readonly ok: false; readonly problems: readonly string[] };

const VALUE_FLAGS = [
  "--method",
  "--user",
  "--groups",
  "--email",
  "--name",
  "--endpoint",
  "--header",
  "--client",
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const BOOLEAN_FLAGS = ["--api"] as const;

const METHOD = /^[A-Za-z][A-Za-z-]{0,19}$/;
// RFC 9110 section 5.6.2: a header name is a token.
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
const URL_SHAPE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/;
const EXAMPLE_URL = "https://music.example.com/rest/ping.view";

/** Headers explain writes itself from the URL, --method and --user; a second copy would lie. */
const RESERVED: Readonly<Record<string, string>> = {
  host: "is set from the URL",
  "x-forwarded-method": "is set from --method",
  "x-forwarded-proto": "is set from the URL",
  "x-forwarded-host": "is set from the URL",
  "x-forwarded-uri": "is set from the URL",
  "x-original-url": "is set from the URL",
  "x-original-method": "is set from --method",
  authorization:
    "is not supported: a bearer token needs the provider's keys, which explain does not fetch; use --user",
};

/** What the options give; the rest comes from the URL. */
type Options = Pick<ExplainArgs, "method" | "endpoint" | "user" | "api" | "client" | "headers">;

type UrlTarget = Omit<ExplainArgs, keyof Options>;

/** The URL's parts, or what is wrong with it. */
function parseUrl(raw: string): UrlTarget | string {
  // What a browser puts on the wire: anything else it percent-encodes first.
  if (!/^[\x21-\x7e]+$/.test(raw)) {
    return "must be printable ASCII without spaces; percent-encode the rest, as a browser does";
  }
  const match = URL_SHAPE.exec(raw);
  if (match === null) return `is not an absolute URL; give one like ${EXAMPLE_URL}`;
  const [whole, scheme = "", authority = "", rest = ""] = match;
  const proto = scheme.toLowerCase();
  if (!["http", "https", "ws", "wss"].includes(proto)) {
    return `must start with http://, https://, ws:// or wss://, like ${EXAMPLE_URL}`;
  }
  if (authority.includes("@")) return "must not contain a user name or password";
  if (parseHost(authority) === undefined) {
    return "has no valid host[:port], like music.example.com or music.example.com:8443";
  }
  return { url: whole, proto, host: authority, uri: rest === "" ? "/" : rest };
}

/** Parses `explain <url> [options]`, collecting every problem. */
export function parseExplainArgs(argv: readonly string[]): ParsedExplain {
  const scanned = scanArgs(argv, { valueFlags: VALUE_FLAGS, booleanFlags: BOOLEAN_FLAGS });
  const { values, problems, positionals: urls } = scanned;
  const api = scanned.booleans.has("--api");
  const single = (flag: ValueFlag): string | undefined => singleValue(values, flag, problems);

  let target: UrlTarget | undefined;
  const [url, ...extra] = urls;
  if (url === undefined) {
    problems.push(`explain: missing the URL to explain, like ${EXAMPLE_URL}`);
  } else {
    const parsed = parseUrl(url);
    if (typeof parsed === "string") problems.push(`URL: ${parsed} ${got(url)}`);
    else target = parsed;
    for (const stray of extra) {
      problems.push(`unexpected argument ${JSON.stringify(stray)}; explain takes one URL`);
    }
  }

  const methodRaw = single("--method") ?? "GET";
  if (!METHOD.test(methodRaw)) {
    problems.push(`--method: must be an HTTP method like GET or POST ${got(methodRaw)}`);
  }

  const endpointRaw = single("--endpoint") ?? "traefik";
  const endpoint = ENDPOINTS.find((e) => e === endpointRaw);
  if (endpoint === undefined) {
    problems.push(`--endpoint: must be ${orList(ENDPOINTS)} ${got(endpointRaw)}`);
  }

  const username = single("--user");
  const groupsRaw = single("--groups");
  const email = single("--email");
  const name = single("--name");
  if (username === undefined) {
    for (const flag of ["--groups", "--email", "--name"] as const) {
      if (values.has(flag)) {
        problems.push(`${flag}: needs --user; without it the request is anonymous`);
      }
    }
  }
  const user: ExplainUser | undefined =
    username === undefined
      ? undefined
      : {
          username,
          groups: (groupsRaw ?? "")
            .split(",")
            .map((g) => g.trim())
            .filter((g) => g !== ""),
          email: email ?? "",
          name: name ?? "",
        };

  const client = single("--client");
  if (client !== undefined && parseAddress(client) === undefined) {
    problems.push(`--client: must be an IP address like 192.168.1.20 ${got(client)}`);
  }

  const headers: [string, string][] = [];
  for (const raw of values.get("--header") ?? []) {
    const match = HEADER.exec(raw);
    const [, headerName = "", value = ""] = match ?? [];
    if (match === null || !/^[\x20-\x7e\t]*$/.test(value)) {
      problems.push(`--header: must be "Name: value" in printable ASCII ${got(raw)}`);
      continue;
    }
    const lower = headerName.toLowerCase();
    const reserved = RESERVED[lower];
    if (reserved !== undefined) {
      problems.push(`--header: ${headerName} ${reserved} ${got(raw)}`);
    } else if (lower === "cookie" && user !== undefined) {
      problems.push(`--header: Cookie cannot be combined with --user, which makes the session`);
    } else if (lower === "x-forwarded-for" && client !== undefined) {
      problems.push(`--header: X-Forwarded-For cannot be combined with --client, which sets it`);
    } else {
      headers.push([headerName, value]);
    }
  }

  if (problems.length > 0 || target === undefined || endpoint === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    args: { ...target, method: methodRaw.toUpperCase(), endpoint, user, api, client, headers },
  };
}
