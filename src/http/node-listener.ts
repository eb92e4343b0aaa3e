import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { HeaderReader } from "../proxy/forwarded.ts";
import { writeAnswer, type Answer, type PlainRoute } from "./answer.ts";

export interface NodeListenerOptions {
  /** Exact paths answered without the framework, each by its route. */
  readonly direct: ReadonlyMap<string, PlainRoute>;
  /** Everything else: Hono's listener (which handles its own promise's failures). */
  readonly fallback: (incoming: IncomingMessage, outgoing: ServerResponse) => unknown;
  /**
   * The answer to an exception, the same as the framework's error handler gives; `accept` is the
   * request's Accept header (a page for browsers, JSON otherwise).
   */
  readonly onError: (error: unknown, path: string, accept: string | undefined) => Answer;
}

/**
 * The service's Node request listener. The auth check runs before every request to every
 * protected app, so its endpoints are answered here, straight from Node's request to Node's
 * response: no Request, Context or Response objects are built for them (that framework work was
 * most of the check's cost; see README, Performance). The same routes are also mounted in Hono,
 * where tests and `forward-auth explain` reach them; both adapters call one check.
 * Paths that only match after decoding or with a trailing slash fall through to Hono, which
 * answers them the same way.
 */
export function createNodeListener(options: NodeListenerOptions): RequestListener {
  const { direct, fallback, onError } = options;
  return function listener(incoming, outgoing) {
    const target = incoming.url ?? "";
    const q = target.indexOf("?");
    const route = direct.get(q === -1 ? target : target.slice(0, q));
    if (route === undefined) {
      void fallback(incoming, outgoing);
      return;
    }
    let answered: Promise<{ readonly answer: Answer }>;
    try {
      answered = route({
        peer: incoming.socket.remoteAddress,
        target,
        header: nodeHeaderReader(incoming),
      });
    } catch (error) {
      fail(outgoing, onError, target, error);
      return;
    }
    answered.then(
      (settled) => {
        write(outgoing, onError, target, settled.answer);
      },
      (error: unknown) => {
        fail(outgoing, onError, target, error);
      },
    );
  };
}

function write(
  outgoing: ServerResponse,
  onError: NodeListenerOptions["onError"],
  target: string,
  answer: Answer,
): void {
  try {
    writeAnswer(outgoing, answer);
  } catch (error) {
    fail(outgoing, onError, target, error);
  }
}

/**
 * An exception anywhere (the check, or writing its answer) is the same 500 the framework's error
 * handler gives, never an uncaught exception that would end the process.
 */
function fail(
  outgoing: ServerResponse,
  onError: NodeListenerOptions["onError"],
  target: string,
  error: unknown,
): void {
  try {
    if (outgoing.headersSent) outgoing.destroy();
    else writeAnswer(outgoing, onError(error, target, outgoing.req.headers.accept));
  } catch {
    outgoing.destroy();
  }
}

/**
 * Node keeps only the first of a repeated header of this kind and drops the rest (its
 * IncomingMessage docs); the Fetch adapter joins them. Read from the raw list, so both adapters
 * see "a, b" and a doubled Authorization is refused rather than half-read.
 */
const FIRST_ONLY = new Set([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "server",
  "user-agent",
]);

/** Request headers by lower-case name, read as the Fetch adapter (Hono) reads them. */
export function nodeHeaderReader(incoming: IncomingMessage): HeaderReader {
  const headers = incoming.headers;
  return (name) => {
    if (FIRST_ONLY.has(name)) return joinedRaw(incoming.rawHeaders, name);
    const value = headers[name];
    return typeof value === "string" ? value : undefined;
  };
}

function joinedRaw(raw: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i];
    if (key?.length === name.length && key.toLowerCase() === name) {
      const v = raw[i + 1] ?? "";
      value = value === undefined ? v : `${value}, ${v}`;
    }
  }
  return value;
}
