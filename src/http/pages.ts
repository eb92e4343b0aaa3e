/** Small self-contained pages (no external assets) and their JSON twins for API clients. */

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

/** A message and the ways on from it. */
export function renderPage(
  title: string,
  message: string,
  actions: readonly PageAction[] = [],
): string {
  const links = actions
    .map((a) => `<a class="button" href="${escapeHtml(a.href)}">${escapeHtml(a.label)}</a>`)
    .join(" ");
  return pageShell(title, `<p>${escapeHtml(message)}</p><p>${links}</p>`);
}

/** Every page's frame: `title` (text) as its title and heading, then `body` (HTML, escaped by the caller). */
export function pageShell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}.button{display:inline-block;margin:.5rem .5rem 0 0;padding:.4rem .9rem;border:1px solid #888;border-radius:4px;color:inherit;text-decoration:none}
th{text-align:left;padding-right:1rem}td{font-family:monospace}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>
`;
}
