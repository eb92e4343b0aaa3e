import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from "node:http";
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
 * most of the check's cost; see docs/architecture.md). This is the only way to them: the
 * in-process tests send their requests through this listener too (tests/helpers/in-process.ts),
 * and `forward-auth explain` calls the same checks. Every other path, including a spelling of an
 * auth endpoint that only matches after decoding or with a trailing slash, goes to Hono.
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
    let routed: ReturnType<PlainRoute>;
    try {
      routed = route({
        peer: incoming.socket.remoteAddress,
        target,
        header: nodeHeaderReader(incoming),
      });
    } catch (error) {
      fail(outgoing, onError, target, error);
      return;
    }
    if (routed instanceof Promise) void later(routed, outgoing, onError, target);
    else write(outgoing, onError, target, routed.answer);
  };
}

async function later(
  routed: Promise<{ readonly answer: Answer }>,
  outgoing: ServerResponse,
  onError: NodeListenerOptions["onError"],
  target: string,
): Promise<void> {
  let answer: Answer;
  try {
    ({ answer } = await routed);
  } catch (error) {
    fail(outgoing, onError, target, error);
    return;
  }
  write(outgoing, onError, target, answer);
}

/** Written in one writeHead and one end; a failure to write is the 500 below. */
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
 * handler gives, never an uncaught exception that would end the process; a connection whose
 * answer was already under way is closed.
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
 * The options the server is created with (main.ts; the in-process tests use the same).
 * Requests without a body (every auth check) skip the Readable stream lifecycle; none of the
 * routes reads a body from a request that announces none. Node keeps only the first of a
 * repeated header of some kinds (Authorization among them; its IncomingMessage docs) unless
 * told to join them as HTTP says (RFC 9110 section 5.3): joined, a doubled Authorization is
 * refused rather than half-read.
 */
export const SERVER_OPTIONS: ServerOptions = {
  optimizeEmptyRequests: true,
  joinDuplicateHeaders: true,
};

/** Request headers by lower-case name, from Node's parsed (and, above, joined) headers. */
export function nodeHeaderReader(incoming: IncomingMessage): HeaderReader {
  const headers = incoming.headers;
  return (name) => {
    const value = headers[name];
    // Only Set-Cookie is an array, and a request has none to read.
    return typeof value === "string" ? value : undefined;
  };
}
