/** Host patterns of the rules file: validation, and the lookup compiled from them. */
import { hostName } from "../proxy/forwarded.ts";
// The same label syntax as the forwarded Host: a request host that passes there can equal a
// pattern that passes here.
import { isHostName } from "../proxy/host-names.ts";

export type HostPattern =
  | { readonly ok: true; readonly kind: "exact" | "wildcard"; readonly host: string }
  | { readonly ok: false; readonly problem: string };

const FIX = "use a host name like music.example.com, or *.example.com for one label";

/**
 * `music.example.com` (exact) or `*.example.com` (any single label in front of example.com).
 * Lower-cased, as host names compare (RFC 4343). A port is refused: rules match the host name
 * on any port, and a pattern with a port would look stricter than it is.
 */
export function parseHostPattern(raw: string): HostPattern {
  const host = raw.trim().toLowerCase();
  const got = JSON.stringify(raw);
  const fail = (problem: string): HostPattern => ({ ok: false, problem });
  if (host === "") return fail(`is empty; ${FIX}`);
  if (/:\d*$/.test(host) && !host.includes("[")) {
    return fail(`must not have a port (got ${got}); rules match the host name on any port`);
  }
  if (host.includes("*")) {
    const suffix = host.slice(2);
    if (!host.startsWith("*.") || !isHostName(suffix) || host.length > 253) {
      return fail(
        `a wildcard must be "*." in front of a domain and stands for exactly one label (got ${got}); use a pattern like *.example.com`,
      );
    }
    return { ok: true, kind: "wildcard", host };
  }
  if (!isHostName(host)) return fail(`is not a host name (got ${got}); ${FIX}`);
  return { ok: true, kind: "exact", host };
}

/**
 * Exact hosts in one map, wildcards in another keyed by the part after "*.": a lookup is at most
 * two map reads. An exact host beats a wildcard that also covers it; a wildcard never matches its
 * own domain (`example.com`) or two labels (`a.b.example.com`).
 */
export function hostLookup<T>(
  exact: ReadonlyMap<string, T>,
  wildcard: ReadonlyMap<string, T>,
): (host: string) => T | undefined {
  return (host) => {
    const name = hostName(host);
    const found = exact.get(name);
    if (found !== undefined) return found;
    const dot = name.indexOf(".");
    return dot === -1 ? undefined : wildcard.get(name.slice(dot + 1));
  };
}
