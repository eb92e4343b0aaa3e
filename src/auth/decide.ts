// The auth check's decision, as a pure function of what the request has already been found to
// be: no headers, no cookies, no I/O. routes/auth-check.ts gathers the inputs (trust, parse,
// rules, session or bearer token, navigation hints, provider readiness) and renders the result
// (routes/render-auth.ts); routes/login.ts and `forward-auth explain` read the same union.
import type { BearerError } from "../oidc/bearer.ts";
import { checkRequirements } from "../rules/requirement.ts";
import type { RuleDecision } from "../rules/types.ts";
import type { Identity } from "./identity.ts";
import { loginChallenge, type NavigationHints } from "./navigation.ts";

/** Who the request says it is: its session, or a bearer token from the same provider. */
export type Credentials =
  | { readonly kind: "none" }
  /** A valid session cookie, or a bearer token the provider signed for us. */
  | { readonly kind: "user"; readonly identity: Identity }
  /** A bearer token that is not ours, expired, or otherwise refused (RFC 6750 section 3.1). */
  | { readonly kind: "bearer_refused"; readonly error: BearerError }
  /** A bearer token that could not be checked: the provider's keys are out of reach. */
  | { readonly kind: "bearer_unchecked" };

export interface DecideInput {
  readonly verdict: RuleDecision;
  readonly credentials: Credentials;
  /**
   * What tells a browser navigation from an API call; undefined when the proxy cannot pass a
   * redirect on (nginx turns any 3xx from auth_request into a 500), so a login is always a 401.
   */
  readonly hints: NavigationHints | undefined;
  /** Whether the provider's discovery and keys are loaded (a login can start). */
  readonly providerReady: boolean;
}

/**
 * How the auth check answers one request. `untrusted` and `bad_request` come before the rules
 * are asked (routes/auth-check.ts); decide() returns the others.
 */
export type Decision =
  /** 200 with the identity headers of `identity` (empty headers for no user). */
  | { readonly kind: "allow"; readonly identity: Identity | undefined }
  /** A redirect into the login; 303 for a POST navigation (RFC 9110 section 15.4.4). */
  | { readonly kind: "login"; readonly status: 302 | 303 }
  /** 401: no session and not a navigation, or a refused bearer token (`error`). */
  | { readonly kind: "unauthorized"; readonly error: BearerError | undefined }
  /** 403: signed in, but `identity` does not meet the rule `rule` (`reason` says which part). */
  | {
      readonly kind: "forbidden";
      readonly identity: Identity;
      readonly reason: string;
      readonly rule: string;
    }
  /** 403 for everyone: the rule `rule` denies the request. */
  | { readonly kind: "deny"; readonly rule: string }
  /** 503: a login or a bearer token needs the provider, which cannot be reached. */
  | { readonly kind: "unavailable" }
  /** 400: the forwarded request or the middleware address cannot be read. */
  | {
      readonly kind: "bad_request";
      readonly error: "bad_forwarded_request" | "bad_middleware_query";
      readonly message: string;
    }
  /** 403: the caller is not a trusted proxy; nothing it forwarded was read. */
  | { readonly kind: "untrusted"; readonly peer: string | undefined };

/** The decisions made before the rules are asked: nothing forwarded could be trusted or read. */
export type Refusal = Extract<Decision, { readonly kind: "untrusted" | "bad_request" }>;

/** What decide() returns: every decision made once the rules are asked. */
export type Decided = Exclude<Decision, Refusal>;

/** One for the process: the answer of an allow rule to a request without a user. */
const ANONYMOUS: Decided = Object.freeze({ kind: "allow", identity: undefined });

/**
 * The rules' verdict, then who the request is, then (without a user) how to ask for a login.
 * A deny is decided whatever the credentials; on an allow path a token that is not ours (an
 * app's own API tokens) is no reason to refuse: the request passes without a user.
 */
export function decide(input: DecideInput): Decided {
  const { verdict, credentials } = input;
  if (verdict.kind === "deny") return { kind: "deny", rule: verdict.reason };
  const identity = credentials.kind === "user" ? credentials.identity : undefined;
  // No login needed; the headers still carry a signed-in user.
  if (verdict.kind === "allow") return identity === undefined ? ANONYMOUS : allow(identity);
  if (identity !== undefined) {
    const access = checkRequirements(identity, verdict.requirements);
    return access.allowed
      ? allow(identity)
      : { kind: "forbidden", identity, reason: access.reason, rule: verdict.reason };
  }
  if (credentials.kind === "bearer_refused")
    return { kind: "unauthorized", error: credentials.error };
  if (credentials.kind === "bearer_unchecked" || !input.providerReady) return UNAVAILABLE;
  const challenge = input.hints === undefined ? undefined : loginChallenge(input.hints);
  return challenge?.kind === "redirect" ? { kind: "login", status: challenge.status } : NO_USER;
}

const UNAVAILABLE: Decided = Object.freeze({ kind: "unavailable" });
const NO_USER: Decided = Object.freeze({ kind: "unauthorized", error: undefined });

function allow(identity: Identity): Decided {
  return { kind: "allow", identity };
}
