import type { Identity } from "../auth/identity.ts";
import { checkAccess, type AccessDecision } from "../auth/policy.ts";
import type { Requirement } from "./types.ts";

/**
 * Whether a signed-in user meets every requirement of an authenticate decision (the app's or
 * rule's, and any added by the middleware address). Each is checked as the global
 * ALLOWED_USERS/ALLOWED_GROUPS are: named in users, or in any of groups; empty lists pass all.
 */
export function checkRequirements(
  identity: Identity,
  requirements: readonly Requirement[],
): AccessDecision {
  for (const requirement of requirements) {
    const access = checkAccess(identity, {
      allowedUsers: requirement.users,
      allowedGroups: requirement.groups,
    });
    if (!access.allowed) return access;
  }
  return { allowed: true };
}
