// Regression for issue 13, item 2: with a `methods: [DELETE]` deny rule, a POST carrying
// X-HTTP-Method-Override: DELETE (or X-Method-Override, X-HTTP-Method, ?_method=DELETE) was
// allowed, and Rails, Laravel and Express act on those as a DELETE. Every override is now
// judged too, and deny wins.
import { describe, expect, it } from "vitest";
import { PREFIX, traefikHeaders, USERS, type Jar } from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const RULES = `
apps:
  - host: music.example.com
    groups: [music]
    rules:
      - methods: [DELETE]
        action: deny
      - path: /share/
        methods: [GET]
        action: allow
`;
const HOST = "music.example.com";

const { service, signedIn } = useService({ rulesYaml: RULES });
const alice = signedIn(USERS.alice);

interface Ask {
  readonly endpoint: "traefik" | "caddy" | "nginx";
  readonly method: string;
  readonly uri: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly jar: Jar | undefined;
}

function check({ endpoint, method, uri, headers, jar }: Ask): Promise<Response> {
  const forwarded: Record<string, string> =
    endpoint === "nginx"
      ? { "x-original-url": `https://${HOST}${uri}`, "x-original-method": method }
      : traefikHeaders(uri, { "x-forwarded-method": method }, HOST);
  return service.request(`${PREFIX}/auth/${endpoint}`, {
    headers: {
      ...forwarded,
      ...headers,
      accept: "application/json",
      ...(jar === undefined ? {} : { cookie: jar.header() }),
    },
  });
}

const SPELLINGS: readonly {
  name: string;
  uri: string;
  headers: Readonly<Record<string, string>>;
}[] = [
  { name: "X-HTTP-Method-Override", uri: "/x", headers: { "X-HTTP-Method-Override": "DELETE" } },
  { name: "X-Method-Override", uri: "/x", headers: { "X-Method-Override": "DELETE" } },
  { name: "X-HTTP-Method", uri: "/x", headers: { "X-HTTP-Method": "DELETE" } },
  { name: "?_method=DELETE", uri: "/x?_method=DELETE", headers: {} },
  { name: "lower-case value", uri: "/x", headers: { "X-HTTP-Method-Override": "delete" } },
  { name: "?_method repeated", uri: "/x?_method=PUT&_method=DELETE", headers: {} },
  { name: "?%5Fmethod=DELETE", uri: "/x?%5Fmethod=DELETE", headers: {} },
];

describe("regression: a POST with a method override to DELETE passed a DELETE deny rule (failed open); the override is judged as well, deny wins", () => {
  const rows = (["traefik", "caddy", "nginx"] as const).flatMap((endpoint) =>
    SPELLINGS.flatMap((spelling) => [
      { ...spelling, endpoint, who: "nobody" },
      { ...spelling, endpoint, who: "alice" },
    ]),
  );

  it.each(rows)("$endpoint: POST with $name ($who) → 403", async (row) => {
    const res = await check({
      endpoint: row.endpoint,
      method: "POST",
      uri: row.uri,
      headers: row.headers,
      jar: row.who === "alice" ? alice : undefined,
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-authentik-username")).toBeNull();
  });
});

describe("without an override that a rule denies, nothing changes", () => {
  it.each([
    { name: "a POST", method: "POST", uri: "/x", headers: {}, who: "alice", want: 200 },
    { name: "a DELETE", method: "DELETE", uri: "/x", headers: {}, who: "alice", want: 403 },
    {
      name: "an override to PUT",
      method: "POST",
      uri: "/x",
      headers: { "X-HTTP-Method-Override": "PUT" },
      who: "alice",
      want: 200,
    },
    {
      name: "a value that is no method",
      method: "POST",
      uri: "/x",
      headers: { "X-HTTP-Method-Override": "DE LETE" },
      who: "alice",
      want: 200,
    },
    {
      name: "a GET to /share/",
      method: "GET",
      uri: "/share/a",
      headers: {},
      who: "nobody",
      want: 200,
    },
    {
      // The allow rule is for GET only; the app would run the PUT handler.
      name: "a GET to /share/ with an override to PUT",
      method: "GET",
      uri: "/share/a",
      headers: { "X-HTTP-Method-Override": "PUT" },
      who: "nobody",
      want: 401,
    },
  ])("$name ($who) → $want", async ({ method, uri, headers, who, want }) => {
    const res = await check({
      endpoint: "traefik",
      method,
      uri,
      headers,
      jar: who === "alice" ? alice : undefined,
    });
    expect(res.status).toBe(want);
  });

  it("refuses more than 16 overrides (400) instead of judging some of them", async () => {
    const res = await check({
      endpoint: "traefik",
      method: "POST",
      uri: `/x?${Array.from({ length: 17 }, () => "_method=PUT").join("&")}`,
      headers: {},
      jar: alice,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "bad_forwarded_request",
      message: "forwarded request has more than 16 method overrides",
    });
  });
});

// Regression: nginx without X-Original-Method (authentik's own nginx snippet sends none) was
// judged as GET, so the `methods: [GET]` allow on /share/ let any method through and the
// DELETE deny never held. The auth_request subrequest is always a GET, so the method is
// unknown: it is judged as every method the rules name, and the strictest verdict wins.
describe("nginx without X-Original-Method: the method is unknown, judged as every method the rules name", () => {
  const ask = (uri: string, jar: Jar | undefined) =>
    service.request(`${PREFIX}/auth/nginx`, {
      headers: {
        "x-original-url": `https://${HOST}${uri}`,
        accept: "application/json",
        ...(jar === undefined ? {} : { cookie: jar.header() }),
      },
    });

  it.each([
    { name: "a GET-only allow path, nobody", uri: "/share/a", jar: undefined, want: 403 },
    { name: "a GET-only allow path, alice", uri: "/share/a", jar: alice, want: 403 },
    { name: "elsewhere, nobody", uri: "/x", jar: undefined, want: 403 },
  ])("$name → $want (the DELETE deny holds)", async ({ uri, jar, want }) => {
    expect((await ask(uri, jar)).status).toBe(want);
  });
});
