import { mergeSlashes, normalizePath } from "../auth/path.ts";

/**
 * A path rule covers its path and everything below it, on segment boundaries: `/rest/` and
 * `/rest` both cover `/rest`, `/rest/` and `/rest/ping`, never `/restaurant`. A strict string
 * prefix would leave `/admin` outside a deny or group rule written `/admin/` (many apps serve
 * both alike), and `/rest` would open `/restaurant`. `/` covers every path. Case-sensitive, as
 * paths are (RFC 3986 section 6.2.2.1).
 */
export function pathPrefixMatcher(prefix: string): (path: string) => boolean {
  if (prefix === "/") return () => true;
  const base = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  const below = base + "/";
  return (path) => path === base || path.startsWith(below);
}

/**
 * Why a path prefix from the file or the middleware address can never match as written, or
 * undefined when it is fine. Request paths reach the rules decoded once and otherwise as
 * received (auth/path.ts), a path with a dot segment never reaches them, and one with `//` is
 * judged with its slashes merged as well (readings.ts); so a prefix must be decoded, without dot
 * segments and without empty segments: `/a/../b` and `/%72est/` would silently match nothing,
 * and `/a//b` never the merged reading, so an allow on it would open nothing.
 */
export function pathPrefixProblem(prefix: string): string | undefined {
  const got = JSON.stringify(prefix);
  if (prefix === "") return "is empty; use a path like /rest/";
  if (!prefix.startsWith("/")) return `must start with "/" (got ${got}); use a path like /rest/`;
  if (/[?#]/.test(prefix)) {
    return `must not hold a query or fragment (got ${got}); rules see the path only`;
  }
  if (prefix.includes("*")) {
    return `is a prefix, not a pattern (got ${got}); write the prefix alone, like /api/, or use regex`;
  }
  const normal = normalizePath(prefix);
  if (!normal.ok) {
    return normal.code === "dot_segment"
      ? `has a dot segment (got ${got}); write the path without . or .. segments`
      : `${normal.message} (got ${got}); write the path decoded`;
  }
  if (normal.path !== prefix) {
    return `must be decoded (got ${got}); write ${JSON.stringify(normal.path)}`;
  }
  if (prefix.includes("//")) {
    return `has an empty segment (got ${got}); write ${JSON.stringify(mergeSlashes(prefix))}`;
  }
  return undefined;
}
