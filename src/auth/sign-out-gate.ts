// Who may end a session: the decision for sign_out and for "Sign in as someone else" (a login
// that revokes the current session first), from the request's Fetch Metadata headers.
//
// Ending a session is a state change that a GET triggers (the links of every forward-auth
// service are GETs, and apps link them as such), so another site could end it with an <img> or
// a fetch (logout CSRF). The session cookie is SameSite=Lax, which stops such requests from
// carrying it, but not a cross-site top-level navigation; and a sign-out with no cookie still
// clears the cookie, which is a change too. Fetch Metadata (W3C Fetch Metadata Request Headers)
// says who asked: `Sec-Fetch-Site` is set by the browser and cannot be forged by a page.

/** The request headers that say where a request came from, raw (undefined when absent). */
export interface SignOutHints {
  readonly method: string;
  readonly secFetchSite: string | undefined;
  readonly secFetchMode: string | undefined;
  readonly secFetchDest: string | undefined;
  /**
   * For a request without Sec-Fetch-Site: whether its Origin header names this service's own
   * origin or a host the redirect rules allow (undefined when there is no Origin header).
   */
  readonly originTrusted: boolean | undefined;
}

/**
 * proceed: end the session now. confirm: a page with a button (a form POST, same-origin) asks
 * first. refuse: 403, nothing changes.
 */
export type SignOutGate = "proceed" | "confirm" | "refuse";

export function signOutGate(hints: SignOutHints): SignOutGate {
  const site = hints.secFetchSite?.trim().toLowerCase();
  if (site !== undefined) {
    // "none": typed, bookmarked or opened from outside any page. same-site: a sibling subdomain,
    // such as an app linking the login host's sign_out (FORWARD_AUTH_AUTH_HOST).
    if (site === "same-origin" || site === "same-site" || site === "none") return "proceed";
    // cross-site, or a value this version does not know: only a top-level navigation, which the
    // user sees, may go on, and only to the confirmation page.
    return isTopLevelNavigation(hints) ? "confirm" : "refuse";
  }
  // No Fetch Metadata: curl, scripts, browsers before 2020-2023. A POST from a page carries
  // Origin (RFC 6454 section 7; Fetch sends it on every POST): a foreign one gets the page, as a
  // cross-site navigation does. A GET without the headers signs out as before.
  if (hints.method.toUpperCase() === "POST" && hints.originTrusted === false) return "confirm";
  return "proceed";
}

/**
 * Sec-Fetch-Mode navigate into the tab itself: Sec-Fetch-Dest document, or not sent (browsers
 * that sent Mode before Dest). A navigation of a frame (iframe, frame, embed, object) is not
 * one: the user may not see it.
 */
function isTopLevelNavigation(hints: SignOutHints): boolean {
  if (hints.secFetchMode?.trim().toLowerCase() !== "navigate") return false;
  const dest = hints.secFetchDest?.trim().toLowerCase();
  return dest === undefined || dest === "document";
}
