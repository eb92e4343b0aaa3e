import { createServer, request, type RequestListener } from "node:http";
import { duplexPair } from "node:stream";
import { SERVER_OPTIONS } from "../../src/http/node-listener.ts";

const MAX_HEADERS = 1024 * 1024;

/** A Fetch-style request to the service, from a chosen TCP peer. */
export type InProcessRequest = (path: string, init: RequestInit, peer: string) => Promise<Response>;

/**
 * Requests through the listener the server runs (src/main.ts), with no socket: Node's own HTTP
 * server and client talk over an in-memory stream pair, so the auth endpoints are answered by
 * the same code path as in production, and the peer address can be anything (an untrusted
 * address, IPv6, garbage), as Hono's node adapter lets a test choose it. Node's docs allow any
 * Duplex to be passed to the server's "connection" event.
 */
export function inProcess(listener: RequestListener): InProcessRequest {
  // Node's header size limit (16 KB; a 431 before the service sees the request) is raised, so
  // the tests reach the service's own bounds: a 20 KB cookie is no session, a 400-group
  // identity fits its headers. The proxies in front have their own limits (tests/e2e).
  const server = createServer({ ...SERVER_OPTIONS, maxHeaderSize: MAX_HEADERS }, listener);
  return async (path, init, peer) => {
    const fetchRequest = new Request(new URL(path, "http://localhost"), init);
    const body =
      fetchRequest.body === null ? undefined : Buffer.from(await fetchRequest.arrayBuffer());
    // As the Fetch API holds them: lower-case names, repeated values joined with ", ".
    // app.request's requests are addressed to http://localhost.
    const headers = { host: "localhost", ...Object.fromEntries(fetchRequest.headers) };
    const [serverSide, clientSide] = duplexPair();
    Object.defineProperty(serverSide, "remoteAddress", { value: peer });
    server.emit("connection", serverSide);
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(
        {
          createConnection: () => clientSide,
          method: fetchRequest.method,
          path,
          headers,
          setHost: false,
          maxHeaderSize: MAX_HEADERS,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () => {
            const responseHeaders = new Headers();
            const raw = incoming.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
              responseHeaders.append(raw[i] ?? "", raw[i + 1] ?? "");
            }
            const status = incoming.statusCode ?? 0;
            const noBody = [204, 205, 304].includes(status);
            resolve(
              new Response(noBody ? null : Buffer.concat(chunks), {
                status,
                statusText: incoming.statusMessage ?? "",
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  };
}
