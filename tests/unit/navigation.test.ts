import { describe, expect, it } from "vitest";
import {
  acceptsHtml,
  loginChallenge,
  type LoginChallenge,
  type NavigationHints,
} from "../../src/auth/navigation.ts";

const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const BROWSER: NavigationHints = {
  method: "GET",
  proto: "https",
  secFetchMode: "navigate",
  accept: HTML,
  xRequestedWith: undefined,
  upgrade: undefined,
};
/** An older client: no Fetch Metadata at all. */
const LEGACY: NavigationHints = { ...BROWSER, secFetchMode: undefined };

const R302: LoginChallenge = { kind: "redirect", status: 302 };
const R303: LoginChallenge = { kind: "redirect", status: 303 };
const DENY: LoginChallenge = { kind: "unauthorized" };

describe("loginChallenge", () => {
  const rows: readonly { name: string; input: NavigationHints; want: LoginChallenge }[] = [
    // Fetch Metadata present
    { name: "navigate GET", input: BROWSER, want: R302 },
    { name: "navigate HEAD", input: { ...BROWSER, method: "HEAD" }, want: R302 },
    { name: "navigate POST", input: { ...BROWSER, method: "POST" }, want: R303 },
    { name: "navigate PUT", input: { ...BROWSER, method: "PUT" }, want: DENY },
    { name: "navigate DELETE", input: { ...BROWSER, method: "DELETE" }, want: DENY },
    { name: "navigate OPTIONS", input: { ...BROWSER, method: "OPTIONS" }, want: DENY },
    { name: "navigate lower-case get", input: { ...BROWSER, method: "get" }, want: R302 },
    { name: "navigate lower-case post", input: { ...BROWSER, method: "post" }, want: R303 },
    { name: "Navigate mixed case", input: { ...BROWSER, secFetchMode: "Navigate" }, want: R302 },
    { name: "navigate padded", input: { ...BROWSER, secFetchMode: " navigate " }, want: R302 },
    {
      name: "navigate without Accept",
      input: { ...BROWSER, accept: undefined },
      want: R302,
    },
    {
      name: "navigate overrides X-Requested-With",
      input: { ...BROWSER, xRequestedWith: "XMLHttpRequest" },
      want: R302,
    },
    { name: "cors", input: { ...BROWSER, secFetchMode: "cors" }, want: DENY },
    { name: "no-cors", input: { ...BROWSER, secFetchMode: "no-cors" }, want: DENY },
    { name: "same-origin", input: { ...BROWSER, secFetchMode: "same-origin" }, want: DENY },
    { name: "websocket mode", input: { ...BROWSER, secFetchMode: "websocket" }, want: DENY },
    { name: "empty mode", input: { ...BROWSER, secFetchMode: "" }, want: DENY },
    { name: "mode list", input: { ...BROWSER, secFetchMode: "navigate, cors" }, want: DENY },
    { name: "cors POST", input: { ...BROWSER, secFetchMode: "cors", method: "POST" }, want: DENY },
    {
      name: "cors with html Accept",
      input: { ...BROWSER, secFetchMode: "cors", accept: "text/html" },
      want: DENY,
    },

    // no Fetch Metadata
    { name: "legacy GET text/html", input: { ...LEGACY, accept: "text/html" }, want: R302 },
    { name: "legacy GET browser Accept", input: LEGACY, want: R302 },
    { name: "legacy HEAD text/html", input: { ...LEGACY, method: "HEAD" }, want: R302 },
    {
      name: "legacy X-Requested-With",
      input: { ...LEGACY, xRequestedWith: "XMLHttpRequest" },
      want: DENY,
    },
    { name: "legacy empty X-Requested-With", input: { ...LEGACY, xRequestedWith: "" }, want: DENY },
    {
      name: "legacy application/json",
      input: { ...LEGACY, accept: "application/json" },
      want: DENY,
    },
    { name: "legacy */*", input: { ...LEGACY, accept: "*/*" }, want: DENY },
    { name: "legacy text/*", input: { ...LEGACY, accept: "text/*" }, want: DENY },
    { name: "legacy text/html;q=0", input: { ...LEGACY, accept: "text/html;q=0" }, want: DENY },
    { name: "legacy missing Accept", input: { ...LEGACY, accept: undefined }, want: DENY },
    { name: "legacy empty Accept", input: { ...LEGACY, accept: "" }, want: DENY },
    { name: "legacy POST html", input: { ...LEGACY, method: "POST" }, want: DENY },
    { name: "legacy PUT html", input: { ...LEGACY, method: "PUT" }, want: DENY },
    { name: "legacy upper-case Accept", input: { ...LEGACY, accept: "TEXT/HTML" }, want: R302 },

    // WebSocket upgrades never redirect
    { name: "ws proto, navigate", input: { ...BROWSER, proto: "ws" }, want: DENY },
    { name: "wss proto, navigate", input: { ...BROWSER, proto: "wss" }, want: DENY },
    { name: "WSS proto upper-case", input: { ...BROWSER, proto: "WSS" }, want: DENY },
    { name: "Upgrade header, navigate", input: { ...BROWSER, upgrade: "websocket" }, want: DENY },
    { name: "empty Upgrade header", input: { ...BROWSER, upgrade: "" }, want: DENY },
    { name: "Upgrade header, legacy", input: { ...LEGACY, upgrade: "websocket" }, want: DENY },
    { name: "wss proto, legacy html", input: { ...LEGACY, proto: "wss" }, want: DENY },
    { name: "plain http proto", input: { ...BROWSER, proto: "HTTP" }, want: R302 },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(loginChallenge(input)).toEqual(want);
  });
});

describe("acceptsHtml", () => {
  const rows: readonly { name: string; input: string | undefined; want: boolean }[] = [
    { name: "undefined", input: undefined, want: false },
    { name: "empty", input: "", want: false },
    { name: "text/html", input: "text/html", want: true },
    { name: "xhtml", input: "application/xhtml+xml", want: true },
    { name: "browser default", input: HTML, want: true },
    { name: "upper-case", input: "Text/HTML", want: true },
    { name: "with spaces", input: " application/json , text/html ", want: true },
    { name: "q=1", input: "text/html;q=1", want: true },
    { name: "q=0.1 with space", input: "text/html; q=0.1", want: true },
    { name: "other params before q", input: "text/html;level=1;q=0.5", want: true },
    { name: "q=0", input: "text/html;q=0", want: false },
    { name: "q=0.000", input: "text/html;q=0.000", want: false },
    { name: "q=garbage", input: "text/html;q=abc", want: false },
    { name: "negative q", input: "text/html;q=-1", want: false },
    { name: "*/*", input: "*/*", want: false },
    { name: "text/*", input: "text/*", want: false },
    { name: "json", input: "application/json", want: false },
    { name: "html lookalike", input: "text/htmlx", want: false },
    { name: "html as a parameter", input: "application/json;type=text/html", want: false },
    {
      name: "html refused, xhtml accepted",
      input: "text/html;q=0, application/xhtml+xml",
      want: true,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(acceptsHtml(input)).toBe(want);
  });
});
