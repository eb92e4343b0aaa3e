// Regression for issue 13, item 1: `/admin//../share/x` was judged as `/share/x` (open by a
// `/share/` allow rule) because `//` was collapsed before `..` was resolved, while the app
// receives the raw path and may route it under /admin/. A dot segment in any spelling is now
// refused (400), and a path with `//` is judged both as received and slash-merged.
import { describe, expect, it } from "vitest";
import { askAuth, FLAVOURS, USERS, type Flavour, type Jar } from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const RULES = `
apps:
  - host: music.example.com
    groups: [music]
    rules:
      - path: /share/
        action: allow
      - path: /public/
        action: allow
      - path: /admin/
        action: deny
`;
const HOST = "music.example.com";
const DOT_SEGMENT = {
  error: "bad_forwarded_request",
  message: "forwarded URI path has a dot segment (. or ..)",
};

const { service, signedIn } = useService({ rulesYaml: RULES });
const alice = signedIn(USERS.alice);

const check = (endpoint: Flavour, uri: string, jar?: Jar): Promise<Response> =>
  askAuth(service, endpoint, uri, { host: HOST, jar });

describe("regression: /admin//../share/x was judged as /share/x and opened by the /share/ allow rule (failed open); a dot segment in any spelling is refused (400), signed in or not", () => {
  const uris = [
    "/admin//../share/x",
    "/admin//../public/x",
    "/admin/x//../../share/y",
    "/admin///../../share/x",
    "/admin//%2e%2e/share/x",
    "/admin//%2E%2e/share/x",
    "/admin//.%2e/share/x",
    "/admin/../share/x",
    "/admin/./x",
    "/share/./x",
    "/share/x/..",
    "/share/%2E",
    "/share/.%2e/",
    "//../share/x",
    "/admin//../share/x?next=/share/",
  ];
  const rows = FLAVOURS.flatMap((endpoint) =>
    uris.flatMap((uri) => [
      { endpoint, uri, who: "nobody" },
      { endpoint, uri, who: "alice" },
    ]),
  );

  it.each(rows)("$endpoint: $uri ($who)", async ({ endpoint, uri, who }) => {
    const res = await check(endpoint, uri, who === "alice" ? alice : undefined);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(DOT_SEGMENT);
    expect(res.headers.get("x-authentik-username")).toBeNull();
  });
});

describe("a path with // is judged as received and slash-merged, the stricter winning", () => {
  it.each([
    // Deny holds whichever way the app reads it.
    { uri: "//admin/x", who: "nobody", want: 403 },
    { uri: "//admin/x", who: "alice", want: 403 },
    { uri: "/admin//x", who: "alice", want: 403 },
    { uri: "///admin///x", who: "alice", want: 403 },
    // An allow rule is not granted by the merged form alone: the app may read //share/x
    // as something other than /share/x.
    { uri: "//share/x", who: "nobody", want: 401 },
    { uri: "//share/x", who: "alice", want: 200 },
    // Under /share/ both ways.
    { uri: "/share//x", who: "nobody", want: 200 },
    { uri: "/share/x//", who: "nobody", want: 200 },
    // Unchanged without //.
    { uri: "/share/x", who: "nobody", want: 200 },
    { uri: "/admin/x", who: "alice", want: 403 },
    { uri: "/library", who: "nobody", want: 401 },
  ])("$uri ($who) → $want", async ({ uri, who, want }) => {
    for (const endpoint of ["traefik", "nginx"] as const) {
      const res = await check(endpoint, uri, who === "alice" ? alice : undefined);
      expect([endpoint, res.status]).toEqual([endpoint, want]);
    }
  });
});
