import type { RuleDecision } from "./types.ts";

const RANK = { allow: 0, authenticate: 1, deny: 2 } as const;

/**
 * The stricter of two verdicts on readings of one request that an app may act on (the path as
 * received and with its slashes merged; the method and an override of it): deny over
 * authenticate over allow, so no reading opens what another closes. Two different
 * authenticates give one whose requirements are both lists (every one must be met) and whose
 * reason names both. Ties otherwise keep `a`. Pure; allocates only for two authenticates.
 */
export function stricter(a: RuleDecision, b: RuleDecision): RuleDecision {
  if (RANK[b.kind] > RANK[a.kind]) return b;
  if (a.kind !== "authenticate" || b.kind !== "authenticate" || sameAuthenticate(a, b)) return a;
  return {
    kind: "authenticate",
    reason: `${a.reason} and ${b.reason}`,
    app: a.app,
    requirements: [...a.requirements, ...b.requirements],
  };
}

type Authenticate = Extract<RuleDecision, { kind: "authenticate" }>;

/**
 * The same rule's answer: both readings matched one rule (compiled answers are shared objects),
 * or equal reasons with the very same requirement objects (the middleware address's overlay
 * builds a new answer around them each time).
 */
function sameAuthenticate(a: Authenticate, b: Authenticate): boolean {
  if (a === b) return true;
  return (
    a.reason === b.reason &&
    a.requirements.length === b.requirements.length &&
    a.requirements.every((requirement, i) => requirement === b.requirements[i])
  );
}
