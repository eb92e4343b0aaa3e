import type { Context, Handler } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { safeRedirect } from "../auth/redirect.ts";
import { backTo, type PageAction } from "../http/pages.ts";
import type { RouteDeps } from "./context.ts";
import { notFound } from "./not-found.ts";
import { browserOrigin, servicePageUrl, switchAccountUrl } from "./origin.ts";
import { badHost, problem, redirect, type ProblemStatus } from "./responses.ts";

/**
 * Why a callback did not become a session. Stable codes: the callback answers API clients with
 * them as `error`, sends browsers to `<prefix>/error?reason=<code>`, and logs them.
 */
export type SignInFailure =
  | "login_expired"
  | "missing_code"
  | "code_rejected"
  | "client_rejected"
  | "provider_unavailable"
  | "discovery_invalid"
  | "token_response_invalid"
  | "id_token_invalid"
  | "userinfo_failed"
  | "forbidden"
  | "session_too_large"
  | "stale_authentication"
  | "provider_error"
  | ProviderErrorCode;

/**
 * The codes a provider may send back in `error` instead of a code (RFC 6749 section 4.1.2.1 and
 * OpenID Connect Core 1.0 section 3.1.2.6). Any other value is shown as provider_error: the
 * page names only what the specifications define.
 */
const PROVIDER_ERRORS = [
  "access_denied",
  "invalid_request",
  "unauthorized_client",
  "unsupported_response_type",
  "invalid_scope",
  "server_error",
  "temporarily_unavailable",
  "interaction_required",
  "login_required",
  "account_selection_required",
  "consent_required",
  "invalid_request_uri",
  "invalid_request_object",
  "request_not_supported",
  "request_uri_not_supported",
  "registration_not_supported",
] as const;
type ProviderErrorCode = (typeof PROVIDER_ERRORS)[number];

/** The provider's `error` as one of the codes above, or provider_error. */
export function providerFailure(error: string): SignInFailure {
  return (PROVIDER_ERRORS as readonly string[]).includes(error)
    ? (error as ProviderErrorCode)
    : "provider_error";
}

/** The ways on: start again (and come back to the page), sign out to switch accounts, go back. */
type Next = "retry" | "switch" | "back";

interface FailurePage {
  readonly status: ProblemStatus;
  readonly title: string;
  /** The message, naming the app's host. */
  readonly message: (host: string) => string;
  readonly next: readonly Next[];
}

const NOT_COMPLETED = "Sign-in was not completed";
const ANSWER_UNUSABLE: FailurePage = {
  status: 502,
  title: "Sign-in failed",
  message: () =>
    "The identity provider's answer could not be used. Try again, or ask your administrator to check the logs.",
  next: ["retry"],
};

const PAGES: Readonly<Record<Exclude<SignInFailure, ProviderErrorCode>, FailurePage>> = {
  login_expired: {
    status: 400,
    title: "This sign-in link has expired",
    message: (host) =>
      `The sign-in took too long, was already completed, or was started in another browser. Start again to continue to ${host}.`,
    next: ["retry", "back"],
  },
  missing_code: {
    status: 400,
    title: NOT_COMPLETED,
    message: (host) =>
      `The identity provider sent no authorization code. Start again to continue to ${host}.`,
    next: ["retry"],
  },
  code_rejected: {
    status: 400,
    title: NOT_COMPLETED,
    message: (host) =>
      `The sign-in code was refused: it may have expired or been used already. Start again to continue to ${host}.`,
    next: ["retry"],
  },
  client_rejected: {
    status: 502,
    title: "Sign-in is misconfigured",
    message: () =>
      "The identity provider refused this service's client credentials. Ask your administrator to run `forward-auth check`.",
    next: [],
  },
  provider_unavailable: {
    status: 503,
    title: "Sign-in unavailable",
    message: () => "The identity provider cannot be reached right now. Try again in a moment.",
    next: ["retry"],
  },
  discovery_invalid: ANSWER_UNUSABLE,
  token_response_invalid: ANSWER_UNUSABLE,
  id_token_invalid: ANSWER_UNUSABLE,
  userinfo_failed: ANSWER_UNUSABLE,
  forbidden: {
    status: 403,
    title: "Access denied",
    message: (host) => `The account you signed in with may not use ${host}.`,
    next: ["switch"],
  },
  session_too_large: {
    status: 500,
    title: "Sign-in failed",
    message: () =>
      "Your account has more groups than fit in a browser session. Ask your administrator to limit the groups sent to this app.",
    next: [],
  },
  stale_authentication: {
    status: 403,
    title: NOT_COMPLETED,
    message: (host) =>
      `The identity provider did not ask for your credentials again, so this may still be the previous account. Try again, or sign out at the identity provider first, to continue to ${host}.`,
    next: ["switch", "back"],
  },
  provider_error: {
    status: 403,
    title: NOT_COMPLETED,
    message: (host) => `The identity provider refused the sign-in to ${host}.`,
    next: ["retry"],
  },
};

function pageOf(reason: string): FailurePage | undefined {
  if (Object.hasOwn(PAGES, reason)) return PAGES[reason as keyof typeof PAGES];
  if (!(PROVIDER_ERRORS as readonly string[]).includes(reason)) return undefined;
  return {
    status: 403,
    title: NOT_COMPLETED,
    message: () => `The identity provider answered: ${reason}.`,
    next: ["retry"],
  };
}

/** Every reason the error page knows (for tests and docs). */
export const SIGN_IN_FAILURES: readonly SignInFailure[] = [
  ...(Object.keys(PAGES) as (keyof typeof PAGES)[]),
  ...PROVIDER_ERRORS,
];

/**
 * A failed callback's answer. A browser is sent (303, RFC 9110 section 15.4.4) to the error page,
 * so the address bar no longer holds `callback?code=…`: reloading it shows the same page instead
 * of "expired", and the code and state leave the history. The URL carries the reason and the
 * validated return URL only. API clients get the JSON answer at once.
 */
export function signInFailure(
  c: Context,
  deps: Pick<RouteDeps, "config">,
  origin: string,
  reason: SignInFailure,
  returnTo: string,
): Response {
  const prefix = deps.config.pathPrefix;
  if (acceptsHtml(c.req.header("accept"))) {
    const query = `reason=${reason}&rd=${encodeURIComponent(returnTo)}`;
    return redirect(c, `${origin}${prefix}/error?${query}`, 303);
  }
  return failurePage(c, deps, origin, reason, returnTo);
}

/** GET <prefix>/error?reason=CODE&rd=URL: the page of a failed sign-in, as often as reloaded. */
export function signInError(deps: RouteDeps): Handler {
  const { config } = deps;
  const policy = { cookieDomain: config.cookieDomain };
  const unknown = notFound(config);
  return function signInErrorHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const reason = c.req.query("reason") ?? "";
    if (pageOf(reason) === undefined) return unknown(c);
    // The same rules as for /start's rd: a foreign target becomes this host's root.
    const returnTo = safeRedirect(c.req.query("rd"), origin, policy);
    return failurePage(c, deps, origin, reason as SignInFailure, returnTo);
  };
}

function failurePage(
  c: Context,
  deps: Pick<RouteDeps, "config">,
  origin: string,
  reason: SignInFailure,
  returnTo: string,
): Response {
  const page = pageOf(reason) ?? PAGES.provider_error;
  const prefix = deps.config.pathPrefix;
  const app = new URL(returnTo);
  const actions = page.next.map((next): PageAction => {
    if (next === "retry") {
      return { href: servicePageUrl(origin, prefix, "start", returnTo), label: "Sign in again" };
    }
    if (next === "switch") {
      // The callback's origin is the login host already.
      return { href: switchAccountUrl(origin, prefix, returnTo), label: "Sign in as someone else" };
    }
    return backTo(app.origin);
  });
  const headers: Record<string, string> = page.status === 503 ? { "Retry-After": "5" } : {};
  return problem(c, page.status, reason, page.title, page.message(app.host), actions, headers);
}
