import type { Context } from "hono";
import { acceptsHtml } from "../auth/navigation.ts";
import { NO_STORE, type Answer } from "../http/answer.ts";
import { PAGE_HEADERS, renderPage, type PageAction } from "../http/pages.ts";

/**
 * An error or refusal in the form the client reads: a small page for browsers, JSON for
 * everything else. `code` is stable; `message` is generic and never holds internal detail.
 */
export function problem(
  c: Context,
  status: ProblemStatus,
  code: string,
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
  headers: Readonly<Record<string, string>> = {},
): Response {
  const answer = plainProblem(
    c.req.header("accept"),
    status,
    code,
    title,
    message,
    actions,
    headers,
  );
  // Through the context, so Set-Cookie values the handler added beforehand are kept.
  return c.body(answer.body, status, answer.headers);
}

export type ProblemStatus = 200 | 400 | 401 | 403 | 404 | 500 | 502 | 503;

const JSON_TYPE = { "Content-Type": "application/json" } as const;

/**
 * problem() as plain data, for the auth check (which answers 401 and 403 at the rate it answers
 * 200, and is written straight to Node's response).
 */
export function plainProblem(
  accept: string | undefined,
  status: ProblemStatus,
  code: string,
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
  headers: Readonly<Record<string, string>> = {},
): Answer & { readonly body: string } {
  const html = acceptsHtml(accept);
  return {
    status,
    headers: {
      ...(html ? PAGE_HEADERS : JSON_TYPE),
      ...NO_STORE,
      ...headers,
    },
    body: html ? renderPage(title, message, actions) : JSON.stringify({ error: code, message }),
  };
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

/** A browser-facing request whose public host could not be determined (see browserOrigin). */
export function badHost(c: Context): Response {
  return problem(c, 400, "bad_host", "Bad request", "The request's host could not be determined.");
}
