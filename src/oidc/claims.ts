import type { Identity } from "../auth/identity.ts";

export type Claims = Readonly<Record<string, unknown>>;

/** Claims beyond `sub` that the identity headers carry; if any is missing we ask userinfo. */
export function missingIdentityClaims(claims: Claims, wantGroups: boolean): boolean {
  const keys = ["preferred_username", "email", "name", ...(wantGroups ? ["groups"] : [])];
  return keys.some((key) => claims[key] === undefined);
}

/** Longest value of any claim we keep (a group, an email, a subject). */
export const MAX_CLAIM_LENGTH = 1024;
/** Most distinct groups (and, separately, entitlements) one identity may have. */
export const MAX_CLAIM_VALUES = 2000;
/**
 * Most entries of a list claim that are read at all. Far above any real account (duplicates and
 * unusable entries included); a longer list is refused without being walked, so a hostile
 * provider answer costs a bounded amount of work.
 */
const MAX_RAW_ENTRIES = 100_000;

/** Stable codes callers branch on; the message names the claim. */
export type ClaimProblemCode = "claim_value_too_long" | "claim_too_many_values";

export interface ClaimProblem {
  readonly code: ClaimProblemCode;
  /** The claim's name as the provider sent it ("groups", "preferred_username"). */
  readonly claim: string;
  readonly message: string;
}

export type IdentityResult =
  | { readonly ok: true; readonly identity: Identity }
  | {
      readonly ok: false;
      readonly problem: ClaimProblem;
      /** Who it was, for the log: preferred_username or sub when those are usable, else "". */
      readonly user: string;
    };

function tooLong(claim: string, length: number): ClaimProblem {
  return {
    code: "claim_value_too_long",
    claim,
    message: `claim "${claim}" has a value of ${length} characters; at most ${MAX_CLAIM_LENGTH} fit`,
  };
}

/** A claim value as text, "" when unusable; a value over the bound is a problem. */
function text(value: unknown, claim: string): string | ClaimProblem {
  let t: string;
  if (typeof value === "string") t = value;
  else if (typeof value === "number" || typeof value === "boolean") t = String(value);
  else return "";
  // Cutting it would change who the user is (an email, a group name) without a word.
  return t.length > MAX_CLAIM_LENGTH ? tooLong(claim, t.length) : t;
}

/**
 * Providers disagree on list claims: arrays of strings (most), a single string, or objects with
 * a name (some group mappers). Unusable entries are skipped and duplicates removed first; only
 * then is the bound applied, to what the identity would really hold. Over the bound the identity
 * is refused, never trimmed: a dropped group could be the one a rule denies.
 */
function textList(value: unknown, claim: string): string[] | ClaimProblem {
  const items: readonly unknown[] = Array.isArray(value)
    ? value
    : value === undefined
      ? []
      : [value];
  if (items.length > MAX_RAW_ENTRIES) {
    return {
      code: "claim_too_many_values",
      claim,
      message: `claim "${claim}" lists ${items.length} entries; at most ${MAX_RAW_ENTRIES} are read`,
    };
  }
  const distinct = new Set<string>();
  for (const item of items) {
    const named = typeof item === "object" && item !== null && "name" in item ? item.name : item;
    const t = text(named, claim);
    if (typeof t !== "string") return t;
    if (t !== "") distinct.add(t);
  }
  if (distinct.size > MAX_CLAIM_VALUES) {
    return {
      code: "claim_too_many_values",
      claim,
      message: `claim "${claim}" has ${distinct.size} distinct values; at most ${MAX_CLAIM_VALUES} fit in a session`,
    };
  }
  // A Set iterates in insertion order: the provider's order, first occurrence kept.
  return [...distinct];
}

/**
 * ID-token claims merged with userinfo (ID token wins for `sub`), turned into an Identity, or the
 * reason they cannot be: the first value or list over the bounds above. The bounds keep the
 * identity headers and the session cookie sane; what does not fit is refused whole (the login
 * gets a page that says so), because trimming would silently change who the user is or what
 * they may do.
 */
export function identityFromClaims(claims: Claims): IdentityResult {
  const sub = text(claims.sub, "sub");
  const preferred = text(claims.preferred_username, "preferred_username");
  const user =
    typeof preferred === "string" && preferred !== ""
      ? preferred
      : typeof sub === "string"
        ? sub
        : "";
  const refused = (problem: ClaimProblem): IdentityResult => ({ ok: false, problem, user });
  if (typeof sub !== "string") return refused(sub);
  if (typeof preferred !== "string") return refused(preferred);
  const email = text(claims.email, "email");
  if (typeof email !== "string") return refused(email);
  const name = text(claims.name, "name");
  if (typeof name !== "string") return refused(name);
  const groups = textList(claims.groups, "groups");
  if (!Array.isArray(groups)) return refused(groups);
  const entitlements = textList(claims.entitlements, "entitlements");
  if (!Array.isArray(entitlements)) return refused(entitlements);
  return { ok: true, identity: { sub, username: user, email, name, groups, entitlements } };
}
