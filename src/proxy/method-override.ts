import type { HeaderReader } from "./forwarded.ts";

/** More overriding values than this in one request is no client's honest doing: 400. */
const MAX_OVERRIDES = 16;

/**
 * An override that stands for every method: the request's method is unknown (nginx without
 * X-Original-Method, forwarded.ts), so the rules judge it under each method a rule names and
 * under one no rule names, the strictest verdict winning (rules/readings.ts).
 */
export const ANY_METHOD = "*";

const METHOD = /^[A-Z][A-Z-]{0,19}$/;

export type OverrideResult =
  | { readonly ok: true; readonly methods: readonly string[] }
  | { readonly ok: false; readonly message: string };

const NONE: OverrideResult = Object.freeze({ ok: true, methods: Object.freeze([]) });

/**
 * The methods other than `method` that the request asks the app to act as: from the headers
 * X-HTTP-Method-Override (Rack::MethodOverride in Rails, Symfony's Request in Laravel, Express's
 * method-override by default), X-HTTP-Method and X-Method-Override (method-override's documented
 * alternatives, OData), each item of a comma list (as Node joins repeated headers), and from
 * every `_method` query parameter (Laravel reads it from the query; method-override('_method')
 * does too). Each value is upper-cased, as the frameworks do; a value that is not a method token
 * is ignored, since no framework acts on it. The common request (no such header, no `method` or
 * `%` in the query) costs three header lookups and two substring searches, and allocates nothing.
 */
export function methodOverrides(header: HeaderReader, method: string, uri: string): OverrideResult {
  // The proxy passes the client's headers on to the auth request: Traefik's forwardAuth copies
  // them all (unless authRequestHeaders narrows them), Caddy's forward_auth proxies a clone of
  // the request, and nginx's auth_request subrequest carries the original headers.
  const a = header("x-http-method-override");
  const b = header("x-method-override");
  const c = header("x-http-method");
  const q = uri.indexOf("?");
  const inQuery = q !== -1 && (uri.includes("method", q) || uri.includes("%", q));
  if (a === undefined && b === undefined && c === undefined && !inQuery) return NONE;
  const values: string[] = [];
  for (const value of [a, b, c]) if (value !== undefined) values.push(...value.split(","));
  if (inQuery) values.push(...queryOverrides(uri.slice(q + 1)));
  if (values.length === 0) return NONE;
  if (values.length > MAX_OVERRIDES) {
    return {
      ok: false,
      message: `forwarded request has more than ${MAX_OVERRIDES} method overrides`,
    };
  }
  const methods = new Set<string>();
  for (const raw of values) {
    const candidate = raw.trim().toUpperCase();
    if (candidate !== method && METHOD.test(candidate)) methods.add(candidate);
  }
  return methods.size === 0 ? NONE : { ok: true, methods: [...methods] };
}

/**
 * The values of every `_method` parameter, in order. Names are read as the apps read them:
 * `+` and %XX decoded, and PHP's renaming of " ", "." and "[" to "_" in parameter names
 * (PHP manual, "Variables From External Sources"), so `.method` and `%5Fmethod` count too. Both
 * `&` and `;` separate parameters (older Rack splits on `;`); splitting more only finds more.
 */
function queryOverrides(query: string): string[] {
  const found: string[] = [];
  for (const pair of query.split(/[&;]/)) {
    const eq = pair.indexOf("=");
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    if (!rawName.includes("method") && !rawName.includes("%")) continue;
    const name = decodeComponent(rawName)?.replace(/^ +/, "").replace(/[ .[]/g, "_");
    if (name !== "_method") continue;
    // A value that does not decode cannot name a method; it still counts towards the bound.
    found.push(decodeComponent(eq === -1 ? "" : pair.slice(eq + 1)) ?? "");
  }
  return found;
}

/** application/x-www-form-urlencoded decoding of one name or value; undefined when invalid. */
function decodeComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    // Invalid percent-encoding: no framework reads a method from it.
    return undefined;
  }
}
