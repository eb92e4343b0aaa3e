// The app behind the proxy in end-to-end tests: answers every request with what it received.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { IDENTITY_HEADER_NAMES } from "../../src/auth/identity-headers.ts";

/** What the echo app saw: the request line and every header line exactly as it arrived. */
export interface Echoed {
  readonly method: string;
  readonly url: string;
  /** [name, value] in arrival order, names in the sender's spelling (rawHeaders). */
  readonly headers: readonly (readonly [string, string])[];
}

export interface EchoApp {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** Every request received so far, oldest first. */
  readonly received: readonly Echoed[];
  close(): Promise<void>;
}

/** RFC 6455 section 4.2.2: the server proves it read the key with SHA-1(key + this GUID). */
const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/**
 * Starts the echo app on a free loopback port; it answers 200 with the Echoed JSON. A WebSocket
 * handshake (Upgrade: websocket) is accepted with 101, and every byte sent after it is sent
 * back: enough to show that a proxy tunnels the connection, without a WebSocket library.
 */
export async function startEcho(): Promise<EchoApp> {
  const received: Echoed[] = [];
  const server = createServer((req, res) => {
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      headers.push([req.rawHeaders[i] ?? "", req.rawHeaders[i + 1] ?? ""]);
    }
    const echoed: Echoed = { method: req.method ?? "", url: req.url ?? "", headers };
    received.push(echoed);
    req.resume();
    res.writeHead(200, { "content-type": "application/json", "x-echo": "1" });
    res.end(JSON.stringify(echoed));
  });
  const tunnels = new Set<Socket>();
  server.on("upgrade", (req, socket: Socket) => {
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      headers.push([req.rawHeaders[i] ?? "", req.rawHeaders[i + 1] ?? ""]);
    }
    received.push({ method: req.method ?? "", url: req.url ?? "", headers });
    const key = req.headers["sec-websocket-key"] ?? "";
    const accept = createHash("sha1")
      .update(key + WEBSOCKET_GUID)
      .digest("base64");
    tunnels.add(socket);
    socket.on("close", () => tunnels.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
        // Upgraded connections are no longer the server's to close.
        for (const socket of tunnels) socket.destroy();
      });
      return closing;
    },
  };
}

/** Parses a proxied answer as the echo app's JSON; undefined when the echo app did not answer. */
export function parseEcho(body: string): Echoed | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== "object" || value === null || !("headers" in value)) return undefined;
    return value as Echoed;
  } catch {
    // Not JSON: the answer came from the proxy or forward-auth, not the echo app.
    return undefined;
  }
}

const IDENTITY = new Set(IDENTITY_HEADER_NAMES.map((name) => name.toLowerCase()));

/**
 * The name an app might read a header line as: CGI-style apps fold case and read _ (and, per
 * Traefik's GHSA-rf44-j88r-hh8c, . and the other non-letters) as -.
 */
export function aliasOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]/g, "-");
}

/** Header lines an app could take for an identity header, in any spelling. */
export function identityLines(echoed: Echoed): (readonly [string, string])[] {
  return echoed.headers.filter(([name]) => IDENTITY.has(aliasOf(name)));
}

/** Identity headers as the app received them: lower-case name → every value, in order. */
export function identityOf(echoed: Echoed): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of identityLines(echoed)) {
    const key = name.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

/**
 * Lines a client could have smuggled in: an identity header carrying the client's `value`, or
 * any alias spelling of an identity header at all (Remote_User, Remote.User). Empty when the
 * proxy did its job.
 */
export function smuggled(echoed: Echoed, value: string): (readonly [string, string])[] {
  return identityLines(echoed).filter(
    ([name, v]) => /[^A-Za-z0-9-]/.test(name) || v.includes(value),
  );
}
