// Validation of client-supplied return targets (`rd`, the URL remembered across login).
//
// Every check runs on the raw string before the WHATWG URL parser sees it: that parser
// "repairs" hostile input (it drops tabs and newlines, reads `\` as `/` in special schemes,
// percent-decodes and IDNA-maps hosts), so a browser may land somewhere other than what a
// check on the parsed value approved. Only after the raw form is known to be a plain
// `http(s)://host[:port]` do we parse, and then we demand that the parse changed nothing in
// the authority but letter case.

import { domainCovers } from "../proxy/host-names.ts";

export interface RedirectPolicy {
  /** e.g. "example.com": hosts equal to it or ending in ".example.com" (dot boundary) are allowed, any port. undefined = only the request host. */
  readonly cookieDomain: string | undefined;
}

export type RedirectRejection =
  | "empty"
  | "too_long"
  | "control_chars"
  | "backslash"
  | "not_absolute"
  | "scheme"
  | "userinfo"
  | "host"
  | "malformed";

export type RedirectCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly code: RedirectRejection; readonly message: string };

export const MAX_REDIRECT_LENGTH = 2048;

// Cc: C0, DEL and C1 controls (tab and newline are stripped by the URL parser, WHATWG URL
// §4.4 "basic URL parser", so `java\tscript:` would become `javascript:`). Cf: invisible
// format characters (zero-width, bidi overrides, BOM). Z: every Unicode space and the line
// and paragraph separators. Cs: lone surrogates, which the parser replaces with U+FFFD.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}]/u;
// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ":".
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const SCHEME_AND_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
// WHATWG URL: the authority of a special URL ends at "/", "?" or "#" (and "\", rejected earlier).
const AUTHORITY_END = /[/?#]/;
const QUERY_OR_FRAGMENT = /[?#]/;
const PRINTABLE_ASCII = /^[\x21-\x7E]+$/;
// Host is a bracketed IPv6 literal or anything without ":"; the port, if any, follows one ":".
const AUTHORITY = /^(\[[^\]]*\]|[^:[\]]*)(?::([^:]*))?$/;
const CANONICAL_PORT = /^[1-9][0-9]{0,4}$/;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { "http:": "80", "https:": "443" };
const MAX_QUOTED = 100;

/** Decides whether `raw` is a safe place to send the browser after login or sign-out. */
export function checkRedirect(
  raw: string | undefined,
  requestOrigin: string,
  policy: RedirectPolicy,
): RedirectCheck {
  if (raw === undefined || raw === "") return reject("empty", "redirect target is empty");
  if (raw.length > MAX_REDIRECT_LENGTH) {
    return reject("too_long", `redirect target is longer than ${MAX_REDIRECT_LENGTH} characters`);
  }

  // Scheme and authority, as a browser would delimit them; percent-decoded once so that
  // `%09`, `%5C` or `%40` cannot smuggle what the raw checks below refuse.
  const head = schemeAndAuthority(raw);
  const decodedHead = percentDecode(head);
  if (UNSAFE_CHARS.test(raw) || UNSAFE_CHARS.test(decodedHead)) {
    return reject("control_chars", "redirect target has control or whitespace characters");
  }
  // Browsers read "\" as "/" in http(s) URLs (WHATWG URL, special-scheme parsing).
  if (head.includes("\\") || decodedHead.includes("\\")) {
    return reject("backslash", "redirect target has a backslash");
  }

  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined) return reject("not_absolute", "redirect target is not an absolute url");
  if (scheme !== "http" && scheme !== "https") {
    return reject(
      "scheme",
      `redirect target has scheme ${quote(scheme)}; only http and https are allowed`,
    );
  }
  // Exactly two slashes: `https:evil.com`, `https:/evil.com` and `https:///evil.com` are all
  // parsed by the URL parser as if they were `https://evil.com`.
  const afterScheme = raw.slice(scheme.length + 1);
  if (!afterScheme.startsWith("//") || afterScheme.startsWith("///")) {
    return reject("malformed", "redirect target must have exactly two slashes after the scheme");
  }
  const authority = head.slice(scheme.length + 3);
  if (authority === "") return reject("malformed", "redirect target has an empty host");
  if (authority.includes("@") || percentDecode(authority).includes("@")) {
    return reject("userinfo", "redirect target has userinfo");
  }
  if (!PRINTABLE_ASCII.test(authority)) {
    return reject("malformed", "redirect target host is not plain ascii");
  }

  const url = URL.parse(raw);
  if (url === null) return reject("malformed", "redirect target is not a valid url");
  if (!isVerbatim(authority, url)) {
    return reject("malformed", "redirect target host is not in canonical form");
  }

  if (!isAllowedHost(url, requestOrigin, policy)) {
    return reject("host", `redirect target host ${quote(url.hostname)} is not allowed`);
  }
  // A page reached over https must not send the user on over plain http (and, with a cookie
  // domain, into a sibling that would see a non-Secure cookie).
  if (url.protocol === "http:" && requestOrigin.toLowerCase().startsWith("https:")) {
    return reject("scheme", "redirect target downgrades https to http");
  }
  return { ok: true, url: url.href };
}

/**
 * checkRedirect that also takes a path on the request's own origin (`/`, `/albums?id=7`), as an
 * app's sign-out link writes it (`sign_out?rd=%2F`). The path is appended to the origin as text,
 * so the authority stays the origin's whatever the path holds (`//evil.com` becomes a path of
 * this host), and the whole is then checked as any absolute target.
 */
export function checkReturnTarget(
  raw: string | undefined,
  requestOrigin: string,
  policy: RedirectPolicy,
): RedirectCheck {
  const relative = raw?.startsWith("/") === true;
  return checkRedirect(relative ? `${requestOrigin}${raw}` : raw, requestOrigin, policy);
}

/** checkRedirect, falling back to `${requestOrigin}/` on any rejection. */
export function safeRedirect(
  raw: string | undefined,
  requestOrigin: string,
  policy: RedirectPolicy,
): string {
  const check = checkRedirect(raw, requestOrigin, policy);
  return check.ok ? check.url : `${requestOrigin}/`;
}

function reject(code: RedirectRejection, message: string): RedirectCheck {
  return { ok: false, code, message };
}

/**
 * `scheme://authority` of `raw`. Without a leading `scheme://` there is no authority to trust,
 * and everything before the query or fragment is treated as one (so `/\evil.com` counts).
 */
function schemeAndAuthority(raw: string): string {
  const prefix = SCHEME_AND_SLASHES.exec(raw)?.[0];
  const start = prefix?.length ?? 0;
  const end = raw.slice(start).search(prefix === undefined ? QUERY_OR_FRAGMENT : AUTHORITY_END);
  return end === -1 ? raw : raw.slice(0, start + end);
}

/** One round of WHATWG percent-decoding (UTF-8; invalid sequences become U+FFFD); never throws. */
function percentDecode(text: string): string {
  if (!text.includes("%")) return text;
  const input = new TextEncoder().encode(text);
  const output: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] ?? 0;
    const hex = byte === 0x25 ? String.fromCharCode(input[i + 1] ?? 0, input[i + 2] ?? 0) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      output.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      output.push(byte);
    }
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(output));
}

/**
 * True when parsing changed nothing in the authority but letter case and a default port.
 * Anything else (IPv4 in hex, octal or a single integer, IPv6 re-spelt, percent-encoded or
 * IDNA-mapped hosts) means the browser would see a host that the raw string does not show.
 */
function isVerbatim(authority: string, url: URL): boolean {
  const match = AUTHORITY.exec(authority);
  const host = match?.[1];
  if (host?.toLowerCase() !== url.hostname) return false;
  const port = match?.[2];
  if (port === undefined) return url.port === "";
  if (!CANONICAL_PORT.test(port)) return false;
  return url.port === port || (url.port === "" && DEFAULT_PORTS[url.protocol] === port);
}

function isAllowedHost(url: URL, requestOrigin: string, policy: RedirectPolicy): boolean {
  // URL.host is hostname plus any non-default port, so http and https on their default ports
  // both match an origin without a port.
  if (url.host === URL.parse(requestOrigin)?.host) return true;
  const domain = cookieDomainOf(policy);
  if (domain === undefined) return false;
  return domainCovers(domain, url.hostname);
}

/** RFC 6265 §5.2.3: a leading "." in a cookie Domain is ignored; an empty one allows nothing. */
function cookieDomainOf(policy: RedirectPolicy): string | undefined {
  const domain = policy.cookieDomain?.toLowerCase().replace(/^\./, "");
  return domain === undefined || domain === "" ? undefined : domain;
}

function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}
