/** The demo's protected app: a page that shows who forward-auth says you are. */
import { createServer, type Server } from "node:http";
import { IDENTITY_HEADER_NAMES } from "../src/auth/identity-headers.ts";
import { escapeHtml } from "../src/http/pages.ts";

export function createDemoApp(prefix: string): Server {
  return createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/rest/") || url.startsWith("/share/")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ public: true, path: url, user: req.headers["remote-user"] ?? null }),
      );
      return;
    }
    const rows = IDENTITY_HEADER_NAMES.map((name) => {
      const raw = req.headers[name.toLowerCase()];
      // Headers arrive as UTF-8 octets (see docs/endpoints.md, "Identity headers").
      const value = typeof raw === "string" ? Buffer.from(raw, "latin1").toString("utf8") : "";
      return `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`;
    }).join("\n");
    const user = typeof req.headers["remote-user"] === "string" ? req.headers["remote-user"] : "";
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forward-auth demo app</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem}
th{text-align:left;padding-right:1rem;font-weight:600}td{font-family:monospace}</style></head>
<body><h1>Hello, ${escapeHtml(user)}</h1>
<p>This page is the app behind the proxy. It knows you only from the headers forward-auth answered:</p>
<table>${rows}</table>
<p>Requested: <code>${escapeHtml(url)}</code>. Public without login: <a href="/rest/ping.view">/rest/ping.view</a>, <a href="/share/abc">/share/abc</a>.</p>
<p><a href="${prefix}/sign_out?rd=${encodeURIComponent("/")}">Sign out</a></p></body></html>`);
  });
}
