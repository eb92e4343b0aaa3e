import { boundedMemo } from "../cache/memo.ts";
import { pathPrefixMatcher, pathPrefixProblem } from "./path-prefix.ts";
import type { Requirement, RuleDecision, RuleRequest } from "./types.ts";

/**
 * Rules written on the auth address of one proxy middleware, for setups without a rules file
 * (Docker labels): `/outpost.goauthentik.io/auth/traefik?groups=admins&allow=/rest/,/share/`.
 * The proxy sends the address exactly as configured; the original request's query travels in
 * X-Forwarded-Uri, never here, so a client cannot add parameters to the proxy's auth request.
 */
export interface QueryRules {
  /** What a login must also meet; undefined when neither groups= nor users= is given. */
  readonly requirement: Requirement | undefined;
  /** Path prefixes open without login, on hosts the rules file does not list. */
  readonly allow: readonly string[];
  /** `allow` compiled: the matching prefix, or undefined. */
  readonly allowed: (path: string) => string | undefined;
}

export type QueryRulesResult =
  | { readonly ok: true; readonly overlay: QueryRules }
  | { readonly ok: false; readonly problems: readonly string[] };

const PARAMETERS = ["groups", "users", "allow"] as const;
type Parameter = (typeof PARAMETERS)[number];

/**
 * Reads groups=, users= and allow= (comma lists; a parameter may also repeat). Every problem is
 * collected, naming the parameter: unknown parameters (a typo would silently drop a
 * requirement), empty lists, and allow= paths that could never match a normalised path.
 */
export function parseQueryRules(query: URLSearchParams): QueryRulesResult {
  const problems: string[] = [];
  const values: Record<Parameter, string[]> = { groups: [], users: [], allow: [] };
  const given = new Set<string>();
  for (const [name, raw] of query) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      if (!given.has(name)) {
        const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 37)}...` : name);
        problems.push(
          `query parameter ${shown}: is not known; check the spelling (known: ${PARAMETERS.join(", ")})`,
        );
      }
      given.add(name);
      continue;
    }
    given.add(name);
    const items = raw
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.length === 0) {
      problems.push(
        `query parameter ${name}: is empty (got ${JSON.stringify(raw)}); list at least one value or remove it`,
      );
    }
    values[name as Parameter].push(...items);
  }
  for (const path of values.allow) {
    const problem = pathPrefixProblem(path);
    if (problem !== undefined) problems.push(`query parameter allow: ${problem}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const requirement =
    values.groups.length === 0 && values.users.length === 0
      ? undefined
      : Object.freeze({
          groups: Object.freeze(values.groups),
          users: Object.freeze(values.users),
        });
  const matchers = values.allow.map((path) => [path, pathPrefixMatcher(path)] as const);
  const allowed = (path: string): string | undefined =>
    matchers.find(([, under]) => under(path))?.[0];
  return {
    ok: true,
    overlay: Object.freeze({ requirement, allow: Object.freeze(values.allow), allowed }),
  };
}

/**
 * Combines the file's (or the global default's) decision with the address's rules. Parameters
 * only ever add:
 * - deny stays deny.
 * - allow from the file stays allow: groups=/users= constrain who passes a login, and the file
 *   says this request needs none.
 * - authenticate from the file (an app's rule or default) stays authenticate; groups=/users=
 *   add a requirement that must be met as well; allow= is ignored there.
 * - authenticate from the global default (the host matched no app in the file, or there is no
 *   file): a path under allow= is allowed; otherwise the global requirement and the address's
 *   groups=/users= must both be met.
 */
export function applyQueryRules(
  decision: RuleDecision,
  overlay: QueryRules,
  req: RuleRequest,
): RuleDecision {
  if (decision.kind !== "authenticate") return decision;
  if (decision.app === undefined) {
    const prefix = overlay.allowed(req.path);
    if (prefix !== undefined) {
      return { kind: "allow", reason: `query allow ${prefix}`, app: undefined };
    }
  }
  if (overlay.requirement === undefined) return decision;
  return {
    kind: "authenticate",
    reason: `${decision.reason} + query requirement`,
    app: decision.app,
    requirements: [...decision.requirements, overlay.requirement],
  };
}

/**
 * parseQueryRules remembered per raw query string: the same few middleware addresses call on
 * every request, and nothing should be parsed per request. Bounded, so a client calling the
 * endpoint through a public route with ever-new queries cannot grow it.
 */
export function createQueryRulesCache(limit = 64): (rawQuery: string) => QueryRulesResult {
  return boundedMemo((rawQuery) => parseQueryRules(new URLSearchParams(rawQuery)), limit);
}
