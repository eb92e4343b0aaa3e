import type { Identity } from "../auth/identity.ts";

export type Claims = Readonly<Record<string, unknown>>;

/** Claims beyond `sub` that the identity headers carry; if any is missing we ask userinfo. */
export function missingIdentityClaims(claims: Claims, wantGroups: boolean): boolean {
  const keys = ["preferred_username", "email", "name", ...(wantGroups ? ["groups"] : [])];
  return keys.some((key) => claims[key] === undefined);
}

const MAX_VALUE = 1024;
const MAX_GROUPS = 2000;

function text(value: unknown): string {
  if (typeof value === "string") return value.slice(0, MAX_VALUE);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * Providers disagree on list claims: arrays of strings (most), a single string, or objects with
 * a name (some group mappers). Anything unusable is skipped, never a crash.
 */
function textList(value: unknown): string[] {
  const items: readonly unknown[] = Array.isArray(value)
    ? value
    : value === undefined
      ? []
      : [value];
  const out: string[] = [];
  for (const item of items.slice(0, MAX_GROUPS)) {
    const named = typeof item === "object" && item !== null && "name" in item ? item.name : item;
    const t = text(named);
    if (t !== "" && !out.includes(t)) out.push(t);
  }
  return out;
}

/** ID-token claims merged with userinfo (ID token wins for `sub`), turned into an Identity. */
export function identityFromClaims(claims: Claims): Identity {
  const sub = text(claims.sub);
  const preferred = text(claims.preferred_username);
  return {
    sub,
    username: preferred !== "" ? preferred : sub,
    email: text(claims.email),
    name: text(claims.name),
    groups: textList(claims.groups),
    entitlements: textList(claims.entitlements),
  };
}
