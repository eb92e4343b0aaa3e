/** Why a path is refused; callers branch on this, never on the message. */
export type PathProblem =
  | "relative"
  | "encoded_separator"
  | "invalid_encoding"
  | "backslash"
  | "dot_segment_parameters"
  | "dot_segment"
  | "double_encoded";

export type NormalizedPath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly code: PathProblem; readonly message: string };

/** A path with nothing to decode, no segment starting with a dot and no `//`: already as judged. */
const ALREADY_NORMAL = /^(?:(?:\/[^/%.\\]+(?:\.[^/%.\\]*)*)+\/?|\/)$/;

/** A segment that is `.` or `..` once decoded, or after a second decoding (`%252e`). */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** %XX of an RFC 3986 unreserved character: 0-9, A-Z, a-z, "-", ".", "_", "~". */
const DOUBLE_ENCODED_UNRESERVED = /%(?:3[0-9]|[46][1-9a-f]|[57][0-9a]|2[de]|5f|7e)/i;

/**
 * The path every decision sees: percent-decoded once, otherwise exactly as received. Nothing is
 * resolved or collapsed, because the proxy forwards the request line as sent (Caddy's
 * reverse_proxy, nginx's proxy_pass without a URI part) and apps disagree on what `//` and `..`
 * mean: RFC 3986 section 5.2.4 and the WHATWG URL parser turn `/admin//../share/x` into
 * `/admin/share/x`, a resolver that collapses `//` first gets `/share/x`, and routers that work
 * on the raw path (Express, chi) see neither. So:
 * - a dot segment in any spelling (`.`, `..`, `%2e`, `.%2E`, and `%252e` for apps that decode
 *   twice) is refused: browsers resolve them before sending (WHATWG URL, path state), so only a
 *   hand-made request has one;
 * - an empty segment (`//`) is kept; the rules judge such a path both as received and with its
 *   slashes merged, as nginx (merge_slashes) and many apps read it (rules/readings.ts);
 * - an encoded slash, backslash or NUL, a raw backslash, `..;`, invalid UTF-8 and any escape
 *   still there after one decoding (`%2561`) are refused because apps disagree on what they mean.
 */
export function normalizePath(rawPath: string): NormalizedPath {
  // The common case on the hot path: return it as is.
  if (ALREADY_NORMAL.test(rawPath)) return { ok: true, path: rawPath };
  if (!rawPath.startsWith("/")) return refused("relative", "path does not start with /");
  if (/%(?:2f|5c|00)/i.test(rawPath)) {
    return refused("encoded_separator", "path has an encoded slash, backslash or NUL");
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refused("invalid_encoding", "path has invalid percent-encoding");
  }
  // Decoded once, %252f is %2f: an app that decodes twice (the reason %252e is a dot segment
  // below) reads a slash there, so /x%252f..%252fadmin would be judged as one segment under
  // /x... and served as /admin.
  if (/%(?:2f|5c|00)/i.test(decoded)) {
    return refused("encoded_separator", "path has an encoded slash, backslash or NUL");
  }
  // Backends disagree on these too: some read a backslash as a slash, and Tomcat, Jetty and
  // Spring read "..;x" as ".." (path parameters), so "/public/..;/admin" would be judged as
  // under /public/ and served as /admin.
  if (decoded.includes("\\")) return refused("backslash", "path has a backslash");
  if (/(?:^|\/)\.\.?;/.test(decoded)) {
    return refused("dot_segment_parameters", "path has a dot segment with parameters (..; or .;)");
  }
  if (DOT_SEGMENT.test(decoded)) return refused("dot_segment", "path has a dot segment (. or ..)");
  // An unreserved character still encoded after one decoding (%2561 is %61 to the rules): an
  // app that decodes twice reads a letter there, so /%2561dmin/x would miss a rule for /admin/
  // and be served as /admin/x. Unreserved ones only (RFC 3986 section 2.3: letters, digits,
  // "-", ".", "_", "~"), the characters rule paths are made of; the cases above keep their codes.
  if (DOUBLE_ENCODED_UNRESERVED.test(decoded)) {
    return refused("double_encoded", "path has an unreserved character encoded twice (%2561)");
  }
  return { ok: true, path: decoded };
}

const refused = (code: PathProblem, message: string): NormalizedPath => ({
  ok: false,
  code,
  message,
});

/** The path with every run of slashes merged into one (nginx's merge_slashes). */
export function mergeSlashes(path: string): string {
  return path.replace(/\/{2,}/g, "/");
}
