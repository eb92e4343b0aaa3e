// Regression (commit fb0c45e): Tomcat, Jetty and Spring read "..;x" as "..", so
// /public/..;/admin was judged under an allow rule for /public/ and served as /admin; a raw
// backslash was judged as part of a name while some back ends read it as a slash (an encoded one
// was already refused). Both are now a 400, signed in or not.
import { describe, expect, it } from "vitest";
import { askAuth, FLAVOURS, USERS, type Flavour, type Jar } from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const HOST = "music.example.com";
const RULES = `
apps:
  - host: ${HOST}
    groups: [music]
    rules:
      - path: /public/
        action: allow
      - path: /admin/
        action: deny
`;

const { service, signedIn } = useService({ rulesYaml: RULES });
const alice = signedIn(USERS.alice);

const check = (endpoint: Flavour, uri: string, jar?: Jar) =>
  askAuth(service, endpoint, uri, { host: HOST, jar });

const BAD = (message: string) => ({ error: "bad_forwarded_request", message });
const DOT_PARAMS = BAD("forwarded URI path has a dot segment with parameters (..; or .;)");
const BACKSLASH = BAD("forwarded URI path has a backslash");

const rows = FLAVOURS.flatMap((endpoint) =>
  [
    { uri: "/public/..;/admin", want: DOT_PARAMS },
    { uri: "/public/.;x/admin", want: DOT_PARAMS },
    { uri: "/public/%2e%2e;/admin", want: DOT_PARAMS },
    { uri: "/public\\..\\admin", want: BACKSLASH },
    { uri: "/public/a\\b", want: BACKSLASH },
  ].flatMap((row) => [
    { endpoint, ...row, who: "nobody" },
    { endpoint, ...row, who: "alice" },
  ]),
);

describe("regression: /public/..;/admin and a raw backslash were judged under the /public/ allow rule, and the back end served /admin (failed open)", () => {
  it.each(rows)("$endpoint: $uri ($who) → 400", async ({ endpoint, uri, who, want }) => {
    const res = await check(endpoint, uri, who === "alice" ? alice : undefined);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(want);
    expect(res.headers.get("x-authentik-username")).toBeNull();
  });
});

describe("parameters on an ordinary segment are kept", () => {
  it.each([
    { uri: "/public/a;jsessionid=1/b", who: "nobody", want: 200 },
    { uri: "/a;jsessionid=1/b", who: "nobody", want: 401 },
    { uri: "/a;jsessionid=1/b", who: "alice", want: 200 },
    { uri: "/admin/a;jsessionid=1", who: "alice", want: 403 },
  ])("$uri ($who) → $want", async ({ uri, who, want }) => {
    const res = await check("traefik", uri, who === "alice" ? alice : undefined);
    expect(res.status).toBe(want);
  });
});
