import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { HeaderReader } from "../proxy/forwarded.ts";

/**
 * A response as plain data, independent of any framework: the auth check builds these so the
 * same answer can be written straight to Node's ServerResponse (the hot path) or handed to Hono
 * as a Response (app.request in tests, `forward-auth explain`).
 */
export interface Answer {
  readonly status: number;
  /** Single-valued headers, as sent; none of them is Set-Cookie. */
  readonly headers: Readonly<Record<string, string>>;
  /** Each a whole Set-Cookie value: they cannot be joined into one header line. */
  readonly setCookies?: readonly string[];
  readonly body?: string;
}

/** What a plain-data route reads of its request, whichever adapter received it. */
export interface PlainRequest {
  /** The TCP peer; undefined is never trusted. */
  readonly peer: string | undefined;
  /** The request's own target (path and query), as received. */
  readonly target: string;
  /** A request header by lower-case name; repeated headers joined as HTTP says. */
  readonly header: HeaderReader;
}

/**
 * A route answered as plain data (the auth checks): its answer, with whatever else it reports;
 * synchronously when nothing had to be awaited, so the Node listener writes it in the same tick.
 */
export type PlainRoute = (
  request: PlainRequest,
) => { readonly answer: Answer } | Promise<{ readonly answer: Answer }>;

/**
 * Every answer of the service depends on the caller's cookies or on the moment: no shared cache
 * may keep one. Each response sets it itself: a middleware adding it afterwards would make the
 * adapter build a Headers object on the hot path.
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = NO_STORE,
): Answer {
  return {
    status,
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}

/** The Answer as a Fetch Response, for Hono routes. */
export function toResponse(answer: Answer): Response {
  const { status, headers, setCookies, body } = answer;
  if (setCookies === undefined || setCookies.length === 0) {
    // A plain header object: @hono/node-server writes it without building a Headers instance.
    return new Response(body ?? null, { status, headers: { ...headers } });
  }
  const all = new Headers(headers);
  for (const value of setCookies) all.append("Set-Cookie", value);
  return new Response(body ?? null, { status, headers: all });
}

/** Writes the Answer to Node's response in one writeHead and one end: one socket write. */
export function writeAnswer(res: ServerResponse, answer: Answer): void {
  const { status, headers, setCookies, body } = answer;
  let out: OutgoingHttpHeaders = headers;
  if (setCookies !== undefined && setCookies.length > 0) {
    out = { ...headers, "Set-Cookie": [...setCookies] };
  }
  if (body === undefined) {
    // Written as it is (Node does not modify the object): the 200 of the hot path is not copied.
    res.writeHead(status, out);
    res.end();
    return;
  }
  res.writeHead(status, { ...out, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
