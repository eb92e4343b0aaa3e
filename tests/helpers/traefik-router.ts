/**
 * A small model of Traefik v3's HTTP routing, enough to check which router, middlewares and
 * service a request reaches (no Traefik binary runs on the test machines). It follows
 * traefik/traefik v3.7 `pkg/muxer/http`:
 * - rules use the v3 syntax: matchers combined with &&, ||, ! and parentheses, arguments in
 *   backticks or double quotes; Host, HostRegexp, Path, PathPrefix and PathRegexp are modelled;
 * - Host compares case-insensitively, without the port and ignoring one trailing dot;
 * - Path and PathPrefix compare case-sensitively with the routing path: the request path after
 *   the entrypoint's normalisation (unreserved %XX decoded), sanitizePath (dot segments and
 *   repeated slashes cleaned, on by default) and decoding of the remaining non-reserved %XX;
 * - the router with the highest priority among the matching ones wins; priority 0 or none means
 *   the length of the rule; a tie between matching routers is reported, since Traefik's order
 *   for it is undefined.
 */

export type Rule =
  | { readonly kind: "matcher"; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: "not"; readonly rule: Rule }
  | { readonly kind: "and" | "or"; readonly left: Rule; readonly right: Rule };

export interface RouterConfig {
  readonly rule: string;
  readonly priority?: number;
  readonly middlewares?: readonly string[];
  readonly service: string;
}

export interface Request {
  /** The Host header, possibly with a port. */
  readonly host: string;
  /** The path as sent on the request line (still percent-encoded). */
  readonly path: string;
}

export interface Routed {
  readonly router: string;
  readonly middlewares: readonly string[];
  readonly service: string;
}

type Token =
  | { readonly type: "(" | ")" | "," | "&&" | "||" | "!" }
  | { readonly type: "ident" | "string"; readonly value: string };

function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < rule.length) {
    const ch = rule.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")" || ch === "," || ch === "!") {
      tokens.push({ type: ch });
      i++;
    } else if (rule.startsWith("&&", i) || rule.startsWith("||", i)) {
      tokens.push({ type: rule.startsWith("&&", i) ? "&&" : "||" });
      i += 2;
    } else if (ch === "`") {
      const end = rule.indexOf("`", i + 1);
      if (end < 0) throw new Error(`unterminated backtick string in ${rule}`);
      tokens.push({ type: "string", value: rule.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '"') {
      let value = "";
      let j = i + 1;
      for (; j < rule.length && rule.charAt(j) !== '"'; j++) {
        if (rule.charAt(j) === "\\") j++;
        value += rule.charAt(j);
      }
      if (j >= rule.length) throw new Error(`unterminated string in ${rule}`);
      tokens.push({ type: "string", value });
      i = j + 1;
    } else {
      const ident = /^[A-Za-z][A-Za-z0-9]*/.exec(rule.slice(i));
      if (ident === null) throw new Error(`unexpected ${JSON.stringify(ch)} in ${rule}`);
      tokens.push({ type: "ident", value: ident[0] });
      i += ident[0].length;
    }
  }
  return tokens;
}

const MATCHERS = new Set(["Host", "HostRegexp", "Path", "PathPrefix", "PathRegexp"]);

/** Parses a v3 rule; precedence as in Go: ! binds tighter than &&, which binds tighter than ||. */
export function parseRule(rule: string): Rule {
  const tokens = tokenize(rule);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const expect = (type: Token["type"]): Token => {
    const token = tokens[pos++];
    if (token?.type !== type) throw new Error(`expected ${type} at token ${pos} in ${rule}`);
    return token;
  };

  const or = (): Rule => {
    let left = and();
    while (peek()?.type === "||") {
      pos++;
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const and = (): Rule => {
    let left = unary();
    while (peek()?.type === "&&") {
      pos++;
      left = { kind: "and", left, right: unary() };
    }
    return left;
  };
  const unary = (): Rule => {
    if (peek()?.type === "!") {
      pos++;
      return { kind: "not", rule: unary() };
    }
    if (peek()?.type === "(") {
      pos++;
      const inner = or();
      expect(")");
      return inner;
    }
    const ident = expect("ident");
    const name = "value" in ident ? ident.value : "";
    if (!MATCHERS.has(name)) throw new Error(`unknown matcher ${name} in ${rule}`);
    expect("(");
    const args: string[] = [];
    for (;;) {
      const arg = expect("string");
      args.push("value" in arg ? arg.value : "");
      if (peek()?.type !== ",") break;
      pos++;
    }
    expect(")");
    if (args.length !== 1) throw new Error(`${name} takes one argument in ${rule}`);
    const [arg = ""] = args;
    if (name.startsWith("Path") && name !== "PathRegexp" && !arg.startsWith("/")) {
      throw new Error(`path ${JSON.stringify(arg)} does not start with a '/' in ${rule}`);
    }
    if (name.startsWith("Host") && !/^[\x20-\x7e]*$/.test(arg)) {
      throw new Error(`non-ASCII host ${JSON.stringify(arg)} in ${rule}`);
    }
    return { kind: "matcher", name, args };
  };

  const parsed = or();
  if (pos !== tokens.length) throw new Error(`unexpected tokens after position ${pos} in ${rule}`);
  return parsed;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** RFC 3986 reserved characters, and %, which Traefik keeps encoded in the routing path. */
const RESERVED = new Set(Array.from("%:/?#[]@!$&'()*+,;="));

/** Traefik's path handling before routing (normalizePath, sanitizePath, withRoutingPath). */
export function routingPath(rawPath: string): string {
  // normalizePath: unreserved characters decoded, other escapes upper-cased.
  const normalized = rawPath.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
  // sanitizePath (URL.JoinPath): dot segments resolved, repeated slashes collapsed, a trailing
  // slash kept.
  const out: string[] = [];
  for (const segment of normalized.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  let cleaned = `/${out.join("/")}`;
  if (normalized.endsWith("/") && cleaned !== "/") cleaned += "/";
  // withRoutingPath: the remaining escapes decoded, except reserved characters.
  return cleaned.replace(/(?:%[0-9A-F]{2})+/g, (run) => {
    let result = "";
    let pending = "";
    const flush = () => {
      if (pending === "") return;
      try {
        result += decodeURIComponent(pending);
      } catch {
        result += pending; // invalid UTF-8 stays encoded, as a byte string would in Go
      }
      pending = "";
    };
    for (const escape of run.match(/%[0-9A-F]{2}/g) ?? []) {
      const ch = String.fromCharCode(parseInt(escape.slice(1), 16));
      if (RESERVED.has(ch)) {
        flush();
        result += escape;
      } else {
        pending += escape;
      }
    }
    flush();
    return result;
  });
}

/** The Host header without port, lower-case, without one trailing dot. */
function canonicalHost(host: string): string {
  const withoutPort = host.startsWith("[")
    ? host.slice(0, host.indexOf("]") + 1)
    : host.replace(/:\d*$/, "");
  return withoutPort.toLowerCase().replace(/\.$/, "");
}

export function matches(rule: Rule, req: Request): boolean {
  switch (rule.kind) {
    case "not":
      return !matches(rule.rule, req);
    case "and":
      return matches(rule.left, req) && matches(rule.right, req);
    case "or":
      return matches(rule.left, req) || matches(rule.right, req);
    case "matcher": {
      const [arg = ""] = rule.args;
      const host = canonicalHost(req.host);
      const path = routingPath(req.path);
      switch (rule.name) {
        case "Host":
          return host !== "" && host === arg.toLowerCase().replace(/\.$/, "");
        case "HostRegexp":
          return new RegExp(arg).test(host);
        case "Path":
          return path === arg;
        case "PathPrefix":
          return path.startsWith(arg);
        case "PathRegexp":
          return new RegExp(arg).test(path);
        default:
          throw new Error(`unknown matcher ${rule.name}`);
      }
    }
  }
}

export function effectivePriority(router: RouterConfig): number {
  return router.priority === undefined || router.priority === 0
    ? router.rule.length
    : router.priority;
}

/** The router Traefik picks for the request, or undefined (404); throws on an ambiguous tie. */
export function route(
  routers: Readonly<Record<string, RouterConfig>>,
  req: Request,
): Routed | undefined {
  const matching = Object.entries(routers)
    .filter(([, router]) => matches(parseRule(router.rule), req))
    .sort(([, a], [, b]) => effectivePriority(b) - effectivePriority(a));
  const [first, second] = matching;
  if (first === undefined) return undefined;
  if (second !== undefined && effectivePriority(first[1]) === effectivePriority(second[1])) {
    throw new Error(
      `routers ${first[0]} and ${second[0]} both match ${req.host}${req.path} with priority ` +
        `${effectivePriority(first[1])}: Traefik's choice between them is undefined`,
    );
  }
  return { router: first[0], middlewares: first[1].middlewares ?? [], service: first[1].service };
}

/** Every string argument of every matcher in a rule. */
function literals(rule: Rule, name: string): string[] {
  switch (rule.kind) {
    case "not":
      return literals(rule.rule, name);
    case "and":
    case "or":
      return [...literals(rule.left, name), ...literals(rule.right, name)];
    case "matcher":
      return rule.name === name ? [...rule.args] : [];
  }
}

/**
 * Pairs of routers that share a priority and match a common request. Candidate requests are
 * built from the rules' own Host and Path/PathPrefix values (each path as is and extended), which
 * finds the overlap of any two rules made of those matchers with && and ||.
 */
export function samePriorityOverlaps(
  routers: Readonly<Record<string, RouterConfig>>,
): { a: string; b: string; request: Request }[] {
  const rules = Object.values(routers).map((r) => parseRule(r.rule));
  const hosts = new Set(["unknown.invalid"]);
  const paths = new Set(["/", "/x"]);
  for (const rule of rules) {
    for (const h of literals(rule, "Host")) hosts.add(h);
    for (const p of [...literals(rule, "Path"), ...literals(rule, "PathPrefix")]) {
      paths.add(p);
      paths.add(`${p}x`);
      paths.add(`${p}/x`);
    }
  }
  const found: { a: string; b: string; request: Request }[] = [];
  const entries = Object.entries(routers);
  entries.forEach(([a, ra], i) => {
    for (const [b, rb] of entries.slice(i + 1)) {
      if (effectivePriority(ra) !== effectivePriority(rb)) continue;
      const [pa, pb] = [parseRule(ra.rule), parseRule(rb.rule)];
      search: for (const host of hosts) {
        for (const path of paths) {
          const request = { host, path };
          if (matches(pa, request) && matches(pb, request)) {
            found.push({ a, b, request });
            break search;
          }
        }
      }
    }
  });
  return found;
}

/** The routing-relevant part of a dynamic configuration, in one shape for files and labels. */
export interface HttpConfig {
  readonly routers: Record<string, Required<RouterConfig>>;
  readonly middlewares: Record<string, unknown>;
  readonly services: Record<string, { readonly url: string }>;
}

/**
 * Docker labels → the same shape as the file provider's `http` section. Option names in labels
 * are case-insensitive (Traefik's paerser), so they are matched in lower case; names of routers,
 * middlewares, services and headers keep their case.
 */
export function labelsToHttpConfig(labels: readonly string[]): HttpConfig {
  const routers: Record<
    string,
    { rule: string; priority: number; middlewares: string[]; service: string }
  > = {};
  const forwardAuth: Record<string, Record<string, unknown>> = {};
  const headers: Record<string, Record<string, string>> = {};
  const services: Record<string, { url: string }> = {};
  for (const label of labels) {
    const eq = label.indexOf("=");
    if (eq < 0) throw new Error(`label without "=": ${label}`);
    const [key, value] = [label.slice(0, eq), label.slice(eq + 1)];
    const parts = key.split(".");
    const [root, kind, section, name, ...rest] = parts;
    const option = rest.join(".").toLowerCase();
    if (root !== "traefik") throw new Error(`not a traefik label: ${label}`);
    if (kind === "enable") continue;
    if (kind !== "http" || name === undefined) throw new Error(`unexpected label: ${label}`);
    if (section === "routers") {
      const r = (routers[name] ??= { rule: "", priority: 0, middlewares: [], service: "" });
      if (option === "rule") r.rule = value;
      else if (option === "priority") r.priority = Number(value);
      else if (option === "middlewares") r.middlewares = value.split(",").map((m) => m.trim());
      else if (option === "service") r.service = value;
      else throw new Error(`unexpected router option: ${label}`);
    } else if (section === "middlewares" && option.startsWith("forwardauth.")) {
      const fa = (forwardAuth[name] ??= {});
      const field = option.slice("forwardauth.".length);
      if (field === "address") fa.address = value;
      else if (field === "trustforwardheader") fa.trustForwardHeader = value === "true";
      else if (field === "authresponseheaders") {
        fa.authResponseHeaders = value.split(",").map((h) => h.trim());
      } else throw new Error(`unexpected forwardAuth option: ${label}`);
    } else if (
      section === "middlewares" &&
      rest.length === 3 &&
      `${rest[0] ?? ""}.${rest[1] ?? ""}`.toLowerCase() === "headers.customrequestheaders"
    ) {
      (headers[name] ??= {})[rest[2] ?? ""] = value;
    } else if (section === "services" && option === "loadbalancer.server.url") {
      services[name] = { url: value };
    } else {
      throw new Error(`unexpected label: ${label}`);
    }
  }
  const middlewares: Record<string, unknown> = {};
  for (const [name, fa] of Object.entries(forwardAuth)) middlewares[name] = { forwardAuth: fa };
  for (const [name, h] of Object.entries(headers)) {
    middlewares[name] = { headers: { customRequestHeaders: h } };
  }
  return { routers, middlewares, services };
}

/** The file provider's `http` section (already parsed) → HttpConfig. */
export function fileToHttpConfig(http: unknown): HttpConfig {
  const h = http as {
    routers: Record<string, RouterConfig>;
    middlewares: Record<string, unknown>;
    services: Record<string, { loadBalancer: { servers: { url: string }[] } }>;
  };
  const routers: Record<string, Required<RouterConfig>> = {};
  for (const [name, r] of Object.entries(h.routers)) {
    routers[name] = {
      rule: r.rule,
      priority: r.priority ?? 0,
      middlewares: r.middlewares ?? [],
      service: r.service,
    };
  }
  const services: Record<string, { url: string }> = {};
  for (const [name, s] of Object.entries(h.services)) {
    const [server] = s.loadBalancer.servers;
    if (s.loadBalancer.servers.length !== 1 || server === undefined) {
      throw new Error(`service ${name}: expected exactly one server`);
    }
    services[name] = { url: server.url };
  }
  return { routers, middlewares: h.middlewares, services };
}
