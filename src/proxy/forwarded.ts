import { normalizePath } from "../auth/path.ts";
import { LABEL } from "./host-names.ts";
import { ANY_METHOD, methodOverrides } from "./method-override.ts";

/** The original request, as the proxy describes it; the rest of the service only sees this. */
export interface ForwardedRequest {
  readonly method: string;
  /** http, https, ws or wss, lower-case. */
  readonly proto: string;
  /** host[:port], lower-case. */
  readonly host: string;
  /** Path and query as sent by the client. */
  readonly uri: string;
  /** The path percent-decoded once, otherwise as sent; no dot segments (auth/path.ts). */
  readonly path: string;
  /**
   * Other methods the request asks the app to act as (X-HTTP-Method-Override and the like, or
   * `?_method=`), upper-case, without `method` itself; usually empty (proxy/method-override.ts).
   */
  readonly methodOverrides: readonly string[];
  /** http(s)://host[:port]: ws maps to http and wss to https. */
  readonly origin: string;
  /** origin + uri: the address to come back to after login. */
  readonly url: string;
}

export type ParseResult =
  | { readonly ok: true; readonly request: ForwardedRequest }
  | { readonly ok: false; readonly message: string };

export type HeaderReader = (name: string) => string | undefined;

const METHOD = /^[A-Z][A-Z-]{0,19}$/;
// RFC 3986 reg-name / IPv4 / bracketed IPv6, then an optional port; no userinfo, no list.
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?$`);
// Printable ASCII only: a proxy never forwards raw spaces, controls or non-ASCII in a request
// target; and no "#" (0x23), since a fragment is never sent.
const URI = /^\/[\x21\x22\x24-\x7e]*$/;
const MAX_URI = 8192;

const fail = (message: string): ParseResult => ({ ok: false, message });

/** The host name of `host[:port]` or `[v6]:port`, lower-case. */
export function hostName(host: string): string {
  const end = host.startsWith("[") ? host.indexOf("]") + 1 : host.indexOf(":");
  return (end > 0 ? host.slice(0, end) : host).toLowerCase();
}

/** Validates a Host-style value; exported for the browser-facing endpoints. */
export function parseHost(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const host = raw.trim().toLowerCase();
  if (!HOST.test(host) || host.length > 260) return undefined;
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return host;
}

function build(
  method: string,
  proto: string,
  host: string,
  uri: string,
  header: HeaderReader,
): ParseResult {
  if (uri.length > MAX_URI) return fail("forwarded URI is longer than 8192 characters");
  if (!URI.test(uri)) {
    // A fragment never reaches a server; if one is present the value was forged or mangled.
    return fail(
      uri.startsWith("/") && !/[^\x21-\x7e]/.test(uri)
        ? "forwarded URI has a fragment"
        : "forwarded URI does not start with / or has invalid characters",
    );
  }
  const q = uri.indexOf("?");
  const rawPath = q === -1 ? uri : uri.slice(0, q);
  const normalized = normalizePath(rawPath);
  if (!normalized.ok) return fail(`forwarded URI ${normalized.message}`);
  const overrides = methodOverrides(header, method, uri);
  if (!overrides.ok) return fail(overrides.message);
  const scheme = proto === "wss" ? "https" : proto === "ws" ? "http" : proto;
  const origin = `${scheme}://${host}`;
  return {
    ok: true,
    request: {
      method,
      proto,
      host,
      uri,
      path: normalized.path,
      methodOverrides: overrides.methods,
      origin,
      url: origin + uri,
    },
  };
}

function parseProto(raw: string | undefined): string | undefined {
  const proto = raw?.trim().toLowerCase();
  return proto === "http" || proto === "https" || proto === "ws" || proto === "wss"
    ? proto
    : undefined;
}

function parseMethod(raw: string | undefined): string | undefined {
  if (raw === "GET") return raw;
  const method = raw?.trim().toUpperCase();
  return method !== undefined && METHOD.test(method) ? method : undefined;
}

/**
 * Traefik forwardAuth and Caddy forward_auth: X-Forwarded-Method, -Proto, -Host and -Uri.
 * Only called for trusted peers. Each must be a single well-formed value: a list ("a, b")
 * means a client-supplied copy was appended to, and is refused rather than guessed at.
 */
export function parseForwardedHeaders(header: HeaderReader): ParseResult {
  // Traefik and Caddy always send it. Without it the method is unknown, and guessing GET would
  // let a rule that allows only GET (or refuses only POST) judge another method: refused.
  const method = parseMethod(header("x-forwarded-method"));
  if (method === undefined) return fail("X-Forwarded-Method is missing or not an HTTP method");
  const proto = parseProto(header("x-forwarded-proto"));
  if (proto === undefined)
    return fail("X-Forwarded-Proto is missing or not http, https, ws or wss");
  const host = parseHost(header("x-forwarded-host"));
  if (host === undefined) return fail("X-Forwarded-Host is missing or not a single host[:port]");
  const uri = header("x-forwarded-uri");
  if (uri === undefined) return fail("X-Forwarded-Uri is missing");
  return build(method, proto, host, uri, header);
}

/**
 * nginx auth_request: X-Original-URL ($scheme://$http_host$request_uri) and X-Original-Method.
 * The auth_request subrequest itself is always a GET (checked against nginx 1.22), so without
 * X-Original-Method (authentik's own nginx snippet sends none) the app request's method is
 * unknown: it is never guessed, but judged as every method the rules name, the strictest
 * verdict winning (ANY_METHOD, rules/readings.ts).
 */
export function parseOriginalUrl(header: HeaderReader): ParseResult {
  const sent = header("x-original-method");
  const method = sent === undefined ? "GET" : parseMethod(sent);
  if (method === undefined) return fail("X-Original-Method is not an HTTP method");
  const raw = header("x-original-url")?.trim();
  const match = raw === undefined ? null : /^([a-zA-Z]+):\/\/([^/?#]+)(.*)$/.exec(raw);
  if (match === null) return fail("X-Original-URL is missing or not an absolute URL");
  const proto = parseProto(match[1]);
  if (proto === undefined) return fail("X-Original-URL scheme is not http, https, ws or wss");
  // parseHost trims header padding; inside a URL, whitespace around the host is malformed.
  const host = /\s/.test(match[2] ?? "") ? undefined : parseHost(match[2]);
  if (host === undefined) return fail("X-Original-URL host is not a single host[:port]");
  const rest = match[3] ?? "";
  const built = build(method, proto, host, rest === "" ? "/" : rest, header);
  if (!built.ok || sent !== undefined) return built;
  const { request } = built;
  return {
    ok: true,
    request: { ...request, methodOverrides: [...request.methodOverrides, ANY_METHOD] },
  };
}
