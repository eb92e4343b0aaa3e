import type { Identity } from "../auth/identity.ts";
import type { Requirement } from "./types.ts";

export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOWED: AccessDecision = { allowed: true };
const NOT_ALLOWED: AccessDecision = {
  allowed: false,
  reason: "user is not in the allowed users or groups",
};

/**
 * Whether a signed-in user meets one requirement (FORWARD_AUTH_ALLOWED_USERS/GROUPS, an app's or
 * rule's, or one added by the middleware address). Empty lists allow any authenticated user. With
 * lists, a user is allowed when named in users or a member of any of groups. Comparison is exact:
 * group names are case-sensitive at most providers, and a looser match would widen access.
 */
export function checkRequirement(identity: Identity, requirement: Requirement): AccessDecision {
  const { users, groups } = requirement;
  if (users.length === 0 && groups.length === 0) return ALLOWED;
  if (users.includes(identity.username)) return ALLOWED;
  if (identity.groups.some((group) => groups.includes(group))) return ALLOWED;
  return NOT_ALLOWED;
}

/**
 * Whether a signed-in user meets every requirement of an authenticate decision (the app's or
 * rule's, and any added by the middleware address): the first one not met is the answer.
 */
export function checkRequirements(
  identity: Identity,
  requirements: readonly Requirement[],
): AccessDecision {
  for (const requirement of requirements) {
    const access = checkRequirement(identity, requirement);
    if (!access.allowed) return access;
  }
  return ALLOWED;
}
