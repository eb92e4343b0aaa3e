import type { Context, Handler } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { checkRedirect, checkReturnTarget, type RedirectPolicy } from "../auth/redirect.ts";
import { signOutGate, type SignOutGate } from "../auth/sign-out-gate.ts";
import { NO_STORE } from "../http/answer.ts";
import { backTo, formPageCsp, PAGE_HEADERS, renderFormPage } from "../http/pages.ts";
import { cookieGetter, requestCookies } from "../http/request-info.ts";
import { audit, requestClient } from "./audit.ts";
import type { RouteDeps } from "./context.ts";
import { browserOrigin, loginOriginOf, servicePageUrl } from "./origin.ts";
import { addCookies, badHost, problem, redirect } from "./responses.ts";

/**
 * Whether this request may end the session (see signOutGate): from its Fetch Metadata, or for
 * a POST without them, from its Origin header, trusted when it is an origin the redirect rules
 * allow (this host, or one under the cookie domain).
 */
export function endSessionGate(c: Context, origin: string, policy: RedirectPolicy): SignOutGate {
  const from = c.req.header("origin");
  return signOutGate({
    method: c.req.method,
    secFetchSite: c.req.header("sec-fetch-site"),
    secFetchMode: c.req.header("sec-fetch-mode"),
    secFetchDest: c.req.header("sec-fetch-dest"),
    originTrusted: from === undefined ? undefined : checkRedirect(`${from}/`, origin, policy).ok,
  });
}

/** 403 for a request another site made without the user (an <img>, a fetch, a frame). */
export function crossSiteRefusal(c: Context, origin: string): Response {
  return problem(
    c,
    403,
    "cross_site_sign_out",
    "Sign-out refused",
    `Another site asked to end your session at ${new URL(origin).host} without you; nothing was changed.`,
  );
}

/**
 * The session in the request's cookies, ended: revoked (a copy of the cookie, on another device
 * or stolen, is refused from now on; recorded, fsync'd and shared, before the answer), and its
 * cookies cleared. Returns the user name, if there was a session, for the audit line.
 */
export async function endSession(
  c: Context,
  deps: Pick<RouteDeps, "sessions" | "revocations">,
): Promise<string | undefined> {
  const { sessions, revocations } = deps;
  const session = await sessions.read(cookieGetter(c.req.header("cookie")));
  if (session !== undefined) {
    await revocations.revoke({ kind: "session", id: session.ref, until: session.expiresAt });
  }
  addCookies(c, sessions.clear(requestCookies(c)));
  return session?.identity.username;
}

/**
 * GET|POST <prefix>/sign_out?rd=URL: end the session here, then at the provider when it offers
 * RP-initiated logout, then go to `rd` (a path of this host, or an absolute URL the redirect
 * rules allow), or to the signed-out page.
 */
export function signOut(deps: RouteDeps): Handler {
  const { config, oidc, logger, signedOutCookie } = deps;
  const policy: RedirectPolicy = { cookieDomain: config.cookieDomain };
  const prefix = config.pathPrefix;
  return async function signOutHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const rd = c.req.query("rd");
    const gate = endSessionGate(c, origin, policy);
    if (gate === "refuse") return crossSiteRefusal(c, origin);
    const checked = checkReturnTarget(rd, origin, policy);
    const destination = checked.ok ? checked.url : undefined;
    // OpenID Connect RP-Initiated Logout 1.0 section 3: the provider returns only to a URI
    // registered for the client, so there is one per login host, whatever the destination.
    const postLogout = `${loginOriginOf(origin, config.authHost)}${prefix}/signed_out`;
    const end = oidc.endSessionUrl(postLogout);
    if (gate === "confirm") {
      return confirmPage(c, origin, prefix, rd, [end, postLogout, destination]);
    }

    const user = await endSession(c, deps);
    audit(logger, {
      outcome: "sign_out",
      host: new URL(origin).host,
      client: requestClient(c, config),
      user,
    });
    // RFC 9110 section 15.4.4: after the confirmation page's POST, 303 makes the next request a GET.
    const status = c.req.method === "POST" ? 303 : 302;
    if (end !== undefined) {
      // A destination left by an earlier, unfinished sign-out is never used for this one.
      if (destination !== undefined) addCookies(c, [await signedOutCookie.set(destination)]);
      else if (signedOutCookie.name in requestCookies(c)) addCookies(c, [signedOutCookie.clear()]);
      return redirect(c, end, status);
    }
    if (destination !== undefined) return redirect(c, destination, status);
    return signedOutPage(c, origin, prefix);
  };
}

/**
 * GET <prefix>/signed_out: where the provider returns after its logout (the one
 * post_logout_redirect_uri to register). Sends the browser on to the destination sign_out kept,
 * checked again, or shows the signed-out page.
 */
export function signedOut(deps: RouteDeps): Handler {
  const { config, signedOutCookie } = deps;
  const policy: RedirectPolicy = { cookieDomain: config.cookieDomain };
  return async function signedOutHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const kept = await signedOutCookie.read(cookieGetter(c.req.header("cookie")));
    if (signedOutCookie.name in requestCookies(c)) addCookies(c, [signedOutCookie.clear()]);
    const checked = checkRedirect(kept, origin, policy);
    if (checked.ok) return redirect(c, checked.url);
    return signedOutPage(c, origin, config.pathPrefix);
  };
}

function signedOutPage(c: Context, origin: string, prefix: string): Response {
  return problem(
    c,
    200,
    "signed_out",
    "You are signed out",
    `You have been signed out of ${new URL(origin).host}.`,
    [
      { href: servicePageUrl(origin, prefix, "start", `${origin}/`), label: "Sign in again" },
      backTo(origin),
    ],
  );
}

/**
 * A cross-site navigation to sign_out (a link on another site): a page whose button POSTs the
 * same sign-out from this origin, so only the user's click ends the session. The page cannot be
 * framed (frame-ancestors 'none'), so no other site can lay it under its own button.
 */
function confirmPage(
  c: Context,
  origin: string,
  prefix: string,
  rd: string | undefined,
  redirects: readonly (string | undefined)[],
): Response {
  const host = new URL(origin).host;
  const message = `Another site sent you here to sign out of ${host}. Sign out only if you meant to.`;
  if (!acceptsHtml(c.req.header("accept"))) return crossSiteRefusal(c, origin);
  const action =
    rd === undefined
      ? `${origin}${prefix}/sign_out`
      : servicePageUrl(origin, prefix, "sign_out", rd);
  const origins = redirects.flatMap((url) => (url === undefined ? [] : [new URL(url).origin]));
  const body = renderFormPage("Sign out?", message, { action, label: "Sign out" }, [
    backTo(origin),
  ]);
  return c.body(body, 200, {
    ...PAGE_HEADERS,
    "Content-Security-Policy": formPageCsp(origins),
    ...NO_STORE,
  });
}
