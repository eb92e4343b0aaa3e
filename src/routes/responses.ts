import type { Context } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { renderPage, type PageAction } from "../http/pages.ts";

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
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (acceptsHtml(c.req.header("accept"))) {
    return c.html(renderPage(title, message, actions), status);
  }
  return c.json({ error: code, message }, status);
}

/** Appends each Set-Cookie value (c.header would replace all but the last). */
export function addCookies(c: Context, setCookies: readonly string[]): void {
  for (const value of setCookies) c.header("Set-Cookie", value, { append: true });
}
