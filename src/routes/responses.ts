import type { Context } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { renderPage, type PageAction } from "../http/pages.ts";

/**
 * Every answer of the service depends on the caller's cookies or on the moment: no shared cache
 * may keep one. Each response sets this itself (a middleware adding it afterwards would force
 * the adapter to materialise a Headers object on the hot path).
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * An error or refusal in the form the client reads: a small page for browsers, JSON for
 * everything else. `code` is stable; `message` is generic and never holds internal detail.
 */
export function problem(
  c: Context,
  status: 200 | 400 | 401 | 403 | 404 | 500 | 502 | 503,
  code: string,
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
  headers: Readonly<Record<string, string>> = {},
): Response {
  c.header("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (acceptsHtml(c.req.header("accept"))) {
    return c.html(renderPage(title, message, actions), status);
  }
  return c.json({ error: code, message }, status);
}

/**
 * problem() for handlers that set no header through the context: the answer is built as a plain
 * Response with a plain header object, which the Node adapter writes without a Headers instance
 * (the auth check answers 401 and 403 at the rate it answers 200).
 */
export function plainProblem(
  accept: string | undefined,
  status: 400 | 401 | 403 | 503,
  code: string,
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
  headers: Readonly<Record<string, string>> = {},
): Response {
  const html = acceptsHtml(accept);
  return new Response(
    html ? renderPage(title, message, actions) : JSON.stringify({ error: code, message }),
    {
      status,
      headers: {
        "Content-Type": html ? "text/html; charset=UTF-8" : "application/json",
        ...NO_STORE,
        ...headers,
      },
    },
  );
}

/** A redirect that no cache keeps. */
export function redirect(c: Context, location: string, status: 302 | 303 = 302): Response {
  c.header("Cache-Control", "no-store");
  return c.redirect(location, status);
}

/** Appends each Set-Cookie value (c.header would replace all but the last). */
export function addCookies(c: Context, setCookies: readonly string[]): void {
  for (const value of setCookies) c.header("Set-Cookie", value, { append: true });
}
