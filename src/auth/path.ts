export type NormalizedPath =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/**
 * The path every decision sees: percent-decoded once, empty and dot segments removed
 * (RFC 3986 section 5.2.4), repeated slashes collapsed. Decoding happens before dot removal so
 * that `%2e%2e` climbs like `..` does at the app; an encoded slash or NUL, or invalid UTF-8, is
 * refused because apps disagree on what it means.
 */
/** A path with nothing to decode, no dot segment and no empty segment is already normal. */
const ALREADY_NORMAL = /^(?:(?:\/[^/%.\\]+(?:\.[^/%.\\]*)*)+\/?|\/)$/;

export function normalizePath(rawPath: string): NormalizedPath {
  // The common case on the hot path: return it as is.
  if (ALREADY_NORMAL.test(rawPath)) return { ok: true, path: rawPath };
  if (!rawPath.startsWith("/")) return { ok: false, message: "path does not start with /" };
  if (/%(?:2f|5c|00)/i.test(rawPath)) {
    return { ok: false, message: "path has an encoded slash, backslash or NUL" };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, message: "path has invalid percent-encoding" };
  }
  // Backends disagree on these too: some read a backslash as a slash, and Tomcat, Jetty and
  // Spring read "..;x" as ".." (path parameters), so "/public/..;/admin" would be judged as
  // under /public/ and served as /admin.
  if (decoded.includes("\\")) return { ok: false, message: "path has a backslash" };
  if (/(?:^|\/)\.\.?;/.test(decoded)) {
    return { ok: false, message: "path has a dot segment with parameters (..; or .;)" };
  }
  const out: string[] = [];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  const trailing = decoded.endsWith("/") || /\/\.\.?$/.test(decoded);
  const path = "/" + out.join("/") + (trailing && out.length > 0 ? "/" : "");
  return { ok: true, path };
}
