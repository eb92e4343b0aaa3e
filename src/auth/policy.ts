import type { Identity } from "./identity.ts";

export interface AccessPolicy {
  readonly allowedUsers: readonly string[];
  readonly allowedGroups: readonly string[];
}

export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/**
 * Empty lists allow any authenticated user. With lists, a user is allowed when named in the
 * users list or a member of any allowed group. Comparison is exact: group names are
 * case-sensitive at most providers, and a looser match would widen access.
 */
export function checkAccess(identity: Identity, policy: AccessPolicy): AccessDecision {
  const { allowedUsers, allowedGroups } = policy;
  if (allowedUsers.length === 0 && allowedGroups.length === 0) return { allowed: true };
  if (allowedUsers.includes(identity.username)) return { allowed: true };
  if (identity.groups.some((group) => allowedGroups.includes(group))) return { allowed: true };
  return { allowed: false, reason: "user is not in the allowed users or groups" };
}
