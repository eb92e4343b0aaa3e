import type { Handler } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { NO_STORE } from "../http/answer.ts";
import { actionsHtml, backTo, escapeHtml, PAGE_HEADERS, pageShell } from "../http/pages.ts";
import { cookieGetter } from "../http/request-info.ts";
import type { RouteDeps } from "./context.ts";
import { browserOrigin, servicePageUrl } from "./origin.ts";
import { badHost, redirect } from "./responses.ts";

/**
 * GET <prefix>/userinfo: who the service thinks you are, and which groups it sees: the first
 * question in every support thread. Only the signed-in user's own session is shown.
 */
export function userinfo(deps: RouteDeps): Handler {
  const { config, sessions } = deps;
  const prefix = config.pathPrefix;
  return async function userinfoHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const session = await sessions.read(cookieGetter(c.req.header("cookie")));
    const html = acceptsHtml(c.req.header("accept"));
    if (session === undefined) {
      if (html) {
        const here = `${origin}${prefix}/userinfo`;
        return redirect(c, servicePageUrl(origin, prefix, "start", here));
      }
      return c.json({ error: "unauthorized", message: "no session" }, 401, NO_STORE);
    }
    const { identity, expiresAt } = session;
    const body = {
      username: identity.username,
      name: identity.name,
      email: identity.email,
      sub: identity.sub,
      groups: identity.groups,
      entitlements: identity.entitlements,
      expires_at: new Date(expiresAt * 1000).toISOString(),
    };
    if (!html) return c.json(body, 200, NO_STORE);
    const row = (label: string, value: string) =>
      `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
    const groups =
      identity.groups.length === 0
        ? "<p>No groups: the provider sent none. Check that the <code>groups</code> scope or claim mapping is configured.</p>"
        : `<ul>${identity.groups.map((g) => `<li>${escapeHtml(g)}</li>`).join("")}</ul>`;
    return c.body(
      pageShell(
        `Signed in as ${identity.username}`,
        `<table>${row("Name", identity.name)}${row("Email", identity.email)}${row("Subject (sub)", identity.sub)}${row("Session ends", body.expires_at)}</table>
<h2>Groups forward-auth sees</h2>${groups}
${actionsHtml([backTo(origin), { href: `${origin}${prefix}/sign_out`, label: "Sign out" }])}`,
      ),
      200,
      { ...PAGE_HEADERS, ...NO_STORE },
    );
  };
}
