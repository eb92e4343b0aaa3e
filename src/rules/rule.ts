import { compileCidrs } from "../proxy/trusted-proxies.ts";
import { checkKeys, isRecord, join, shown, string, stringList, type Problems } from "./document.ts";
import { pathPrefixMatcher, pathPrefixProblem } from "./path-prefix.ts";
import type { Action, Requirement, RuleDecision, RuleRequest } from "./types.ts";

/** One entry of an app's `rules:` list, compiled into a predicate and its ready-made answer. */
export interface CompiledRule {
  readonly matches: (req: RuleRequest) => boolean;
  readonly decision: RuleDecision;
}

const RULE_KEYS = ["path", "regex", "methods", "networks", "action", "groups", "users"] as const;
const METHOD = /^[A-Za-z][A-Za-z-]{0,19}$/;

type Condition = (req: RuleRequest) => boolean;

/**
 * A CORS preflight (Fetch standard, section 3.2.2 "CORS-preflight request"): OPTIONS with both
 * Origin and Access-Control-Request-Method. Browsers send it without cookies, so an app that
 * answers CORS needs it let through; any other OPTIONS is an ordinary request to the app.
 */
function isPreflight(req: RuleRequest): boolean {
  return (
    req.origin !== undefined &&
    req.origin !== "" &&
    req.accessControlRequestMethod !== undefined &&
    req.accessControlRequestMethod !== ""
  );
}

function parseAction(value: unknown, at: string, problems: Problems): Action | undefined {
  if (value === undefined) return "authenticate";
  if (value === "allow" || value === "authenticate" || value === "deny") return value;
  problems.add(at, `must be allow, authenticate or deny (got ${shown(value)})`);
  return undefined;
}

/**
 * Compiles `apps[i].rules[j]`; undefined when it has problems (all of them added). A rule
 * matches when every condition it has matches; a rule without conditions matches everything.
 * `appLabel` is the reason prefix (`apps[0] music.example.com`); `appRequirement` is what an
 * authenticate rule without its own groups/users requires.
 */
export function compileRule(
  raw: unknown,
  at: string,
  app: string,
  appLabel: string,
  appRequirement: Requirement,
  problems: Problems,
): CompiledRule | undefined {
  if (!isRecord(raw)) {
    problems.add(at, `must be a mapping of conditions and an action (got ${shown(raw)})`);
    return undefined;
  }
  const before = problems.list.length;
  checkKeys(raw, RULE_KEYS, at, problems);
  const conditions: Condition[] = [];
  const described: string[] = [];

  const action = parseAction(raw.action, join(at, "action"), problems);

  if (raw.path !== undefined && raw.regex !== undefined) {
    problems.add(at, "has both path and regex; use one of them");
  }
  if (raw.path !== undefined) {
    const path = string(raw.path, join(at, "path"), problems);
    const problem = path === undefined ? undefined : pathPrefixProblem(path);
    if (problem !== undefined) problems.add(join(at, "path"), problem);
    if (path !== undefined && problem === undefined) {
      const under = pathPrefixMatcher(path);
      conditions.push((req) => under(req.path));
      described.push(`path ${path}`);
    }
  }
  if (raw.regex !== undefined) {
    const source = string(raw.regex, join(at, "regex"), problems);
    if (source === "") {
      problems.add(join(at, "regex"), "is empty; remove it to match every path");
    } else if (source !== undefined) {
      try {
        // "u": the stricter syntax refuses escapes that mean nothing (\- outside a class, …).
        const regex = new RegExp(source, "u");
        conditions.push((req) => regex.test(req.path));
        described.push(`regex ${source}`);
      } catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^.*: /, "") : "invalid";
        problems.add(
          join(at, "regex"),
          `is not a valid regular expression: ${detail} (got ${shown(source)})`,
        );
      }
    }
  }
  if (raw.methods !== undefined) {
    const methodsAt = join(at, "methods");
    const list = stringList(raw.methods, methodsAt, problems);
    if (list?.length === 0) problems.add(methodsAt, "is empty; list methods like [GET, POST]");
    list?.forEach((method, index) => {
      if (!METHOD.test(method)) {
        problems.add(`${methodsAt}[${index}]`, `is not an HTTP method (got ${shown(method)})`);
      }
    });
    if (list !== undefined && list.length > 0 && list.every((m) => METHOD.test(m))) {
      const methods = new Set(list.map((m) => m.toUpperCase()));
      // HEAD is GET without the body (RFC 9110 section 9.3.2) and apps route it to their GET
      // handlers: a GET rule that missed HEAD would let HEAD past a deny.
      if (methods.has("GET")) methods.add("HEAD");
      const preflightOnly = action === "allow" && methods.has("OPTIONS");
      conditions.push(
        preflightOnly
          ? (req) => methods.has(req.method) && (req.method !== "OPTIONS" || isPreflight(req))
          : (req) => methods.has(req.method),
      );
      described.push(`methods ${list.join(",")}`);
    }
  }
  if (raw.networks !== undefined) {
    const networksAt = join(at, "networks");
    const list = stringList(raw.networks, networksAt, problems);
    if (list?.length === 0) {
      problems.add(networksAt, "is empty; list addresses or ranges like [192.168.1.0/24]");
    }
    let valid = list !== undefined && list.length > 0;
    list?.forEach((entry, index) => {
      try {
        compileCidrs([entry]);
      } catch {
        // compileCidrs names only the entry; the message here adds where it is and the fix.
        valid = false;
        problems.add(
          `${networksAt}[${index}]`,
          `is not an IP address or CIDR (got ${shown(entry)}); use an address like 192.168.1.10 or a range like 192.168.1.0/24`,
        );
      }
    });
    if (list !== undefined && valid) {
      const networks = compileCidrs(list);
      // A client whose address is unknown (no X-Forwarded-For from the proxy, or a malformed
      // one) may be inside any network: a deny rule counts it in, other rules leave it out.
      const unknownMatches = action === "deny";
      conditions.push((req) =>
        req.clientAddress === undefined ? unknownMatches : networks.contains(req.clientAddress),
      );
      described.push(`networks ${list.join(",")}`);
    }
  }

  const ownGroups =
    raw.groups === undefined ? undefined : stringList(raw.groups, join(at, "groups"), problems);
  const ownUsers =
    raw.users === undefined ? undefined : stringList(raw.users, join(at, "users"), problems);
  if (action !== undefined && action !== "authenticate") {
    for (const key of ["groups", "users"] as const) {
      if (raw[key] !== undefined) {
        problems.add(
          join(at, key),
          `only applies to action authenticate (the rule's action is ${action}); remove it or the action`,
        );
      }
    }
  }

  if (problems.list.length > before || action === undefined) return undefined;

  const reason = [`${appLabel} ${at.slice(at.lastIndexOf(".") + 1)}`, ...described].join(" ");
  const decision: RuleDecision =
    action === "authenticate"
      ? {
          kind: "authenticate",
          reason,
          app,
          requirements: Object.freeze([
            raw.groups === undefined && raw.users === undefined
              ? appRequirement
              : Object.freeze({
                  groups: Object.freeze(ownGroups ?? []),
                  users: Object.freeze(ownUsers ?? []),
                }),
          ]),
        }
      : { kind: action, reason, app };
  const [only] = conditions;
  const matches: Condition =
    conditions.length === 0
      ? () => true
      : conditions.length === 1 && only !== undefined
        ? only
        : (req) => conditions.every((condition) => condition(req));
  return Object.freeze({ matches, decision: Object.freeze(decision) });
}
