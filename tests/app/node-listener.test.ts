import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlainRoute } from "../../src/http/answer.ts";
import {
  createNodeListener,
  nodeHeaderReader,
  SERVER_OPTIONS,
} from "../../src/http/node-listener.ts";
import { PREFIX, traefikHeaders, USERS } from "../helpers/harness.ts";
import { rawRequest, type RawResponse } from "../helpers/process.ts";
import { useService } from "../helpers/use-service.ts";

// The server answers /auth/* from Node directly (src/http/node-listener.ts); the other tests send
// their requests through the same listener in-process (tests/helpers/in-process.ts), without a
// socket. A request over a real socket must get the same answer.

const { service, signedIn } = useService();
const alice = signedIn(USERS.alice);
let server: Server;
let base: string;

function listen(listener: RequestListener): Promise<[Server, string]> {
  const s = createServer(SERVER_OPTIONS, listener);
  return new Promise((resolve) => {
    s.listen(0, "127.0.0.1", () => {
      resolve([s, `http://127.0.0.1:${String((s.address() as AddressInfo).port)}`]);
    });
  });
}

beforeAll(async () => {
  [server, base] = await listen(service.listener);
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

/** What must agree: status, the headers that are not random, the body. */
function comparable(status: number, headers: Record<string, string>, body: string) {
  const random = new Set([
    "date",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
  ]);
  const kept = Object.fromEntries(
    Object.entries(headers)
      .filter(([k]) => !random.has(k))
      .map(([k, v]) =>
        // Each login attempt has its own state, nonce and PKCE challenge.
        k === "location" || k === "set-cookie"
          ? [k, v.replace(/(state|nonce|code_challenge)=[^&]+|fa_login\.[^=]+=[^;]+/g, "$1…")]
          : [k, v],
      ),
  );
  return { status, headers: kept, body };
}

function fromNode(r: RawResponse) {
  const headers = Object.fromEntries(
    Object.entries(r.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]),
  );
  return comparable(r.status, headers, r.body);
}

async function fromInProcess(r: Response) {
  const headers: Record<string, string> = {};
  r.headers.forEach((v, k) => (headers[k] = v));
  return comparable(r.status, headers, await r.text());
}

describe("a request over a socket and one in-process give one answer", () => {
  const cases: {
    name: string;
    status: number;
    path?: string;
    method?: string;
    headers: () => Record<string, string>;
  }[] = [
    {
      name: "a signed-in user",
      status: 200,
      headers: () => traefikHeaders("/albums", { cookie: alice.header() }),
    },
    {
      name: "an API client without a session",
      status: 401,
      headers: () => traefikHeaders("/rest/ping.view", { accept: "application/json" }),
    },
    {
      name: "a browser without a session",
      status: 302,
      headers: () =>
        traefikHeaders("/albums?id=1", { accept: "text/html", "sec-fetch-mode": "navigate" }),
    },
    {
      name: "a forged session cookie",
      status: 401,
      headers: () =>
        traefikHeaders("/", {
          accept: "application/json",
          cookie: "__Host-forward_auth_session=Fe26.2**forged",
        }),
    },
    {
      name: "a malformed forwarded host",
      status: 400,
      headers: () => traefikHeaders("/", {}, "bad host"),
    },
    { name: "a forwarded URI with a fragment", status: 400, headers: () => traefikHeaders("/a#b") },
    {
      name: "an invalid bearer token",
      status: 401,
      headers: () => traefikHeaders("/", { authorization: "Bearer not-a-jwt" }),
    },
    {
      name: "nginx's X-Original-URL",
      status: 200,
      path: `${PREFIX}/auth/nginx`,
      headers: () => ({
        "x-original-url": "https://music.example.com/x",
        "x-original-method": "GET",
        cookie: alice.header(),
      }),
    },
    {
      name: "Caddy's endpoint",
      status: 401,
      path: `${PREFIX}/auth/caddy`,
      headers: () => traefikHeaders("/", { accept: "application/json" }),
    },
    {
      name: "rules in the middleware address",
      status: 200,
      path: `${PREFIX}/auth/traefik?allow=/rest/`,
      headers: () => traefikHeaders("/rest/ping.view"),
    },
    {
      name: "a bad rule in the middleware address",
      status: 400,
      path: `${PREFIX}/auth/traefik?allow=rest`,
      headers: () => traefikHeaders("/rest/ping.view"),
    },
    {
      name: "HEAD",
      status: 200,
      method: "HEAD",
      headers: () => traefikHeaders("/albums", { cookie: alice.header() }),
    },
    {
      name: "a trailing slash (not an auth endpoint)",
      status: 404,
      path: `${PREFIX}/auth/traefik/`,
      headers: () => traefikHeaders("/"),
    },
  ];

  it.each(cases)(
    "$name ($status)",
    async ({ path = `${PREFIX}/auth/traefik`, method = "GET", headers, status }) => {
      const node = fromNode(await rawRequest(`${base}${path}`, headers(), method));
      const inProcess = await fromInProcess(
        await service.request(path, { method, headers: headers() }),
      );
      expect(node.status).toBe(status);
      expect(node).toEqual(inProcess);
    },
  );

  it("joins a doubled Authorization header, then refuses it", async () => {
    const node = await rawRequest(`${base}${PREFIX}/auth/traefik`, {
      ...traefikHeaders("/", { accept: "application/json" }),
      authorization: ["Bearer a.b.c", "Bearer d.e.f"],
    });
    const inProcess = await service.request(`${PREFIX}/auth/traefik`, {
      headers: [
        ...Object.entries(traefikHeaders("/", { accept: "application/json" })),
        ["authorization", "Bearer a.b.c"],
        ["authorization", "Bearer d.e.f"],
      ],
    });
    expect(fromNode(node)).toEqual(await fromInProcess(inProcess));
    expect(node.status).toBe(401);
  });
});

// Regression: Node keeps only the first of a repeated Authorization header unless told to join
// them; the check would then verify one token while the app may read the other. With the
// server's options every value reaches the check, joined as RFC 9110 section 5.3 says.
describe("repeated request headers reach the check whole", () => {
  it.each([
    { name: "Authorization", values: ["Bearer good.token.sig", "Bearer forged"] },
    { name: "X-Forwarded-Host", values: ["music.example.com", "evil.example.com"] },
    { name: "User-Agent", values: ["a", "b"] },
  ])("$name sent twice is read as one joined value", async ({ name, values }) => {
    const read: (string | undefined)[] = [];
    const [s, url] = await listen((req, res) => {
      read.push(nodeHeaderReader(req)(name.toLowerCase()));
      res.writeHead(204).end();
    });
    try {
      await rawRequest(url, { [name]: values });
      expect(read).toEqual([values.join(", ")]);
    } finally {
      await new Promise((r) => s.close(r));
    }
  });
});

describe("the Node listener's failures", () => {
  const internal = {
    status: 500,
    headers: { "Content-Type": "application/json" },
    body: '{"error":"internal"}',
  };
  const failures: {
    name: string;
    route: PlainRoute;
  }[] = [
    {
      name: "a check that throws",
      route: () => {
        throw new Error("boom");
      },
    },
    { name: "a check whose promise rejects", route: () => Promise.reject(new Error("boom")) },
    // Node refuses to write a header value with a line break: that too is a 500, not a crash.
    {
      name: "an answer Node refuses to write",
      route: () => Promise.resolve({ answer: { status: 200, headers: { "X-Bad": "a\nb" } } }),
    },
  ];

  it.each(failures)(
    "$name: the framework's 500, and the server keeps answering",
    async ({ route }) => {
      const errors: unknown[] = [];
      const listener = createNodeListener({
        direct: new Map([["/auth", route]]),
        fallback: (_req, res) => {
          res.writeHead(404).end();
        },
        onError: (error) => {
          errors.push(error);
          return internal;
        },
      });
      const [s, url] = await listen(listener);
      try {
        const first = await rawRequest(`${url}/auth`);
        expect([first.status, first.body]).toEqual([500, internal.body]);
        expect(errors).toHaveLength(1);
        expect((await rawRequest(`${url}/other`)).status).toBe(404);
      } finally {
        await new Promise((r) => s.close(r));
      }
    },
  );
});
