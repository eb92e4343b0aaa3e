/** Small self-contained pages (no external assets) and their JSON twins for API clients. */
import { createHash } from "node:crypto";

export interface PageAction {
  readonly href: string;
  readonly label: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * The one stylesheet of every page, inline: the pages load nothing, so they render while the
 * app behind the proxy is down, and the policy below can forbid every other source. The dark
 * variant follows the system setting (Media Queries Level 5, prefers-color-scheme); color-scheme
 * tells the browser to draw its own parts (scroll bars) to match.
 */
const STYLESHEET = [
  ":root{color-scheme:light dark}",
  "body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:15vh auto;padding:0 1rem;color:#1f2328;background:#fff}",
  "h1{font-size:1.4rem;margin:0 0 .75rem}h2{font-size:1.1rem;margin-top:1.5rem}",
  "a{color:#0969da}",
  ".actions{margin-top:1.5rem}",
  ".button{display:inline-block;margin:0 .5rem .5rem 0;padding:.45rem 1rem;border:1px solid #8c959f;border-radius:6px;color:inherit;text-decoration:none}",
  ".button:first-child{background:#0969da;border-color:#0969da;color:#fff}",
  ".button:focus-visible{outline:2px solid #0969da;outline-offset:2px}",
  "button.button{font:inherit;background:none;cursor:pointer}",
  "th{text-align:left;padding-right:1rem;vertical-align:top}td{font-family:ui-monospace,monospace;word-break:break-all}",
  "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}a{color:#4493f8}.button{border-color:#6e7681}.button:first-child{background:#1f6feb;border-color:#1f6feb}.button:focus-visible{outline-color:#4493f8}}",
].join("\n");

/**
 * CSP Level 3: nothing may load or run but the stylesheet above, named by its hash (no
 * 'unsafe-inline'); no page may be framed (clickjacking), and no form or <base> can be injected
 * to send a click elsewhere. Computed once from the stylesheet itself, so the two never drift.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLESHEET).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * PAGE_CSP for a page with a form (renderFormPage) that posts to its own origin: form-action
 * also lists every origin the submission may be redirected through, since Chromium checks
 * form-action on each redirect of the navigation a form starts (CSP Level 3 section 6.3.2).
 * Origins only (from URL.origin), so no value can add a directive.
 */
export function formPageCsp(redirectOrigins: readonly string[]): string {
  const sources = ["'self'", ...new Set(redirectOrigins)].join(" ");
  return PAGE_CSP.replace("form-action 'none'", `form-action ${sources}`);
}

/** The headers of every HTML page, beside Cache-Control. */
export const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=UTF-8",
  "Content-Security-Policy": PAGE_CSP,
} as const;

/** A message and the ways on from it; the first action is the one drawn as the main button. */
export function renderPage(
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
): string {
  return pageShell(title, `<p>${escapeHtml(message)}</p>${actionsHtml(actions)}`);
}

/** A button that POSTs (no fields) to `action`: a change the user confirms with a click. */
export interface PageForm {
  readonly action: string;
  readonly label: string;
}

/** renderPage whose main action is a form's button; serve it with formPageCsp. */
export function renderFormPage(
  title: string,
  message: string,
  form: PageForm,
  actions: readonly PageAction[] = [],
): string {
  const links = actions
    .map((a) => ` <a class="button" href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`)
    .join("");
  return pageShell(
    title,
    `<p>${escapeHtml(message)}</p><form class="actions" method="post" action="${escapeHtml(form.action)}"><button class="button" type="submit">${escapeHtml(form.label)}</button>${links}</form>`,
  );
}

/** The ways on from a page, as buttons (HTML); nothing when there are none. */
export function actionsHtml(actions: readonly PageAction[]): string {
  if (actions.length === 0) return "";
  const links = actions
    .map((a) => `<a class="button" href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`)
    .join(" ");
  return `<p class="actions">${links}</p>`;
}

/** Every page's frame: `title` (text) as its title and heading, then `body` (HTML, escaped by the caller). */
export function pageShell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>${STYLESHEET}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>
`;
}

/** "Back to music.example.com": the app's root, the way out of a page that has nothing to retry. */
export function backTo(origin: string): PageAction {
  return { href: `${origin}/`, label: `Back to ${new URL(origin).host}` };
}
