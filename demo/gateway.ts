/**
 * A stand-in for Traefik's forwardAuth, for `npm run demo` on machines without Caddy: the
 * service's own paths go to forward-auth; public paths go to the app with client identity
 * headers removed; everything else is asked of /auth/traefik first, and either forwarded with
 * the identity headers it answered or answered with its response (redirect, 401, 403).
 * A demo only: production setups use a real proxy (README, "Deploy with Traefik").
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { IDENTITY_HEADER_NAMES } from "../src/auth/identity-headers.ts";

export interface GatewayOptions {
  readonly authAddress: string;
  readonly upstream: string;
  readonly prefix: string;
  readonly publicPaths: readonly string[];
}

const IDENTITY = new Set(IDENTITY_HEADER_NAMES.map((n) => n.toLowerCase()));

function withoutIdentity(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  // Underscore spellings too: some servers read Remote_User as Remote-User.
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !IDENTITY.has(name.replaceAll("_", "-"))),
  );
}

export function createGateway(options: GatewayOptions): Server {
  const { authAddress, upstream, prefix, publicPaths } = options;
  return createServer((req, res) => {
    const uri = req.url ?? "/";
    const forwarded = {
      "x-forwarded-proto": "http",
      "x-forwarded-host": req.headers.host ?? "",
      "x-forwarded-for": req.socket.remoteAddress ?? "",
    };
    const pipeTo = (target: string, headers: IncomingHttpHeaders) => {
      const out = request(new URL(uri, target), { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on("error", () => {
        res.writeHead(502).end("bad gateway");
      });
      req.pipe(out);
    };
    if (uri.startsWith(`${prefix}/`)) {
      pipeTo(authAddress, { ...req.headers, ...forwarded });
      return;
    }
    const clean = withoutIdentity(req.headers);
    if (publicPaths.some((p) => uri.startsWith(p))) {
      pipeTo(upstream, clean);
      return;
    }
    const check = request(
      new URL(`${prefix}/auth/traefik`, authAddress),
      {
        method: "GET",
        headers: {
          ...clean,
          ...forwarded,
          "x-forwarded-method": req.method ?? "GET",
          "x-forwarded-uri": uri,
        },
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        if (status >= 200 && status < 300) {
          answer.resume();
          const identity = Object.fromEntries(
            Object.entries(answer.headers).filter(([name]) => IDENTITY.has(name)),
          );
          pipeTo(upstream, { ...clean, ...identity });
          return;
        }
        res.writeHead(status, answer.headers);
        answer.pipe(res);
      },
    );
    check.on("error", () => {
      res.writeHead(502).end("forward-auth unreachable");
    });
    check.end();
  });
}
