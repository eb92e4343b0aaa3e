// Issue 13, item 11: one info line per login, denial (403), sign-out and refused callback, with
// host, client address (from the trusted chain), user and outcome, as oauth2-proxy's auth log
// gives; none for the authenticated 200s, the login redirects and the 401s.
import { describe, expect, it } from "vitest";
import { loginAtIdp } from "../helpers/idp.ts";
import {
  auditLines,
  browserHeaders,
  Jar,
  NAVIGATE,
  PREFIX,
  startService,
  traefikHeaders,
  UNTRUSTED_PEER,
  USERS,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const CLIENT = "203.0.113.7";
/** What Traefik adds: the client's address, as the proxy received the request from it. */
const XFF = { "x-forwarded-for": CLIENT };

const { idp, service } = useService({
  env: { FORWARD_AUTH_ALLOWED_GROUPS: "music" },
  rulesYaml: [
    "apps:",
    "  - host: music.example.com",
    "    rules:",
    "      - path: /admin/",
    "        action: deny",
    "      - path: /share/",
    "        action: allow",
  ].join("\n"),
});

/** A whole line as it is written, with only its time left open. */
const line = (fields: Record<string, string>) => ({
  level: "info",
  time: expect.any(String) as unknown,
  event: "audit",
  ...fields,
  msg: "audit",
});

/** A browser login through the proxy, every step from CLIENT; the callback's answer. */
async function loginFrom(
  user: { username: string; password: string },
  uri = "/",
  options: { deny?: boolean } = {},
): Promise<{ jar: Jar; callback: Response }> {
  const jar = new Jar();
  const check = await service.request(`${PREFIX}/auth/traefik`, {
    headers: traefikHeaders(uri, { ...NAVIGATE, ...XFF }),
  });
  jar.store(check);
  const back = new URL(await loginAtIdp(check.headers.get("location") ?? "", user, options));
  const callback = await service.request(back.pathname + back.search, {
    headers: { ...browserHeaders(jar), ...XFF },
  });
  jar.store(callback);
  return { jar, callback };
}

describe("audit lines", () => {
  it("logs a login with the app's host, the client behind the proxy and the user", async () => {
    const from = service.logs.length;
    const { callback } = await loginFrom(USERS.alice, "/albums");
    expect(callback.status).toBe(302);
    expect(auditLines(service, from)).toEqual([
      line({
        outcome: "login",
        host: "music.example.com",
        client: CLIENT,
        user: "alice",
        reason: "",
      }),
    ]);
  });

  it("logs nothing for the authenticated 200s, the allowed anonymous path or the 401s", async () => {
    const { jar } = await loginFrom(USERS.alice);
    const from = service.logs.length;
    const requests = [
      { headers: { ...traefikHeaders("/albums", XFF), cookie: jar.header() }, want: 200 },
      { headers: traefikHeaders("/share/x", XFF), want: 200 },
      { headers: traefikHeaders("/albums", { ...XFF, accept: "application/json" }), want: 401 },
      { headers: traefikHeaders("/albums", { ...NAVIGATE, ...XFF }), want: 302 },
    ];
    for (const { headers, want } of requests) {
      const res = await service.request(`${PREFIX}/auth/traefik`, { headers });
      expect(res.status).toBe(want);
    }
    expect(auditLines(service, from)).toEqual([]);
  });

  it("logs a 403 of a signed-in user the requirement refuses, with the rule", async () => {
    const jar = new Jar();
    // bob is refused at the callback already; a session from before the requirement is the
    // case of the auth check: another service with the same secret and no requirement.
    const open = await startService(idp.issuer);
    const check = await open.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/", NAVIGATE),
    });
    jar.store(check);
    const back = new URL(await loginAtIdp(check.headers.get("location") ?? "", USERS.bob));
    jar.store(await open.request(back.pathname + back.search, { headers: browserHeaders(jar) }));

    const from = service.logs.length;
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/albums", XFF), cookie: jar.header() },
    });
    expect(res.status).toBe(403);
    expect(auditLines(service, from)).toEqual([
      line({
        outcome: "denied",
        host: "music.example.com",
        client: CLIENT,
        user: "bob",
        reason: "user is not in the allowed users or groups",
        rule: "apps[0] music.example.com default",
      }),
    ]);
  });

  it("logs a deny rule's 403, whoever asks", async () => {
    const from = service.logs.length;
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/admin/users", XFF),
    });
    expect(res.status).toBe(403);
    expect(auditLines(service, from)).toEqual([
      line({
        outcome: "denied",
        host: "music.example.com",
        client: CLIENT,
        user: "",
        reason: "denied by rule",
        rule: "apps[0] music.example.com rules[0] path /admin/",
      }),
    ]);
  });

  it("logs a user the destination refuses at the callback as denied", async () => {
    const from = service.logs.length;
    const { callback } = await loginFrom(USERS.bob, "/albums");
    expect(callback.status).toBe(303);
    expect(auditLines(service, from)).toEqual([
      line({
        outcome: "denied",
        host: "music.example.com",
        client: CLIENT,
        user: "bob",
        reason: "user is not in the allowed users or groups",
      }),
    ]);
  });

  it.each([
    {
      name: "the provider's refusal",
      run: () => loginFrom(USERS.alice, "/", { deny: true }).then((r) => r.callback),
      want: { reason: "access_denied" },
    },
    {
      name: "a callback no login attempt matches",
      run: () =>
        service.request(`${PREFIX}/callback?code=abc&state=lz0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, {
          headers: { ...browserHeaders(new Jar()), ...XFF },
        }),
      want: { reason: "login_expired" },
    },
  ])("logs $name as callback_refused", async ({ run, want }) => {
    const from = service.logs.length;
    expect((await run()).status).toBe(303);
    expect(auditLines(service, from)).toEqual([
      line({
        outcome: "callback_refused",
        host: "music.example.com",
        client: CLIENT,
        user: "",
        reason: want.reason,
      }),
    ]);
  });

  it("logs a sign-out with the user whose session it ends, and without one", async () => {
    const { jar } = await loginFrom(USERS.alice);
    const from = service.logs.length;
    await service.request(`${PREFIX}/sign_out`, { headers: { ...browserHeaders(jar), ...XFF } });
    await service.request(`${PREFIX}/sign_out`, {
      headers: { ...browserHeaders(new Jar()), ...XFF },
    });
    const signedOut = (user: string) =>
      line({ outcome: "sign_out", host: "music.example.com", client: CLIENT, user, reason: "" });
    expect(auditLines(service, from)).toEqual([signedOut("alice"), signedOut("")]);
  });

  it.each([
    {
      name: "an untrusted peer is the client itself, whatever its X-Forwarded-For says",
      peer: UNTRUSTED_PEER,
      xff: "198.51.100.1",
      want: UNTRUSTED_PEER,
    },
    {
      name: "a trusted peer without X-Forwarded-For leaves the client unknown",
      peer: "127.0.0.1",
      xff: undefined,
      want: "",
    },
    {
      name: "a malformed X-Forwarded-For leaves the client unknown",
      peer: "127.0.0.1",
      xff: "203.0.113.7:5000",
      want: "",
    },
  ])("takes the client from the trusted chain: $name", async ({ peer, xff, want }) => {
    const from = service.logs.length;
    await service.request(`${PREFIX}/sign_out`, {
      peer,
      headers: {
        host: "music.example.com",
        accept: "text/html",
        ...(xff === undefined ? {} : { "x-forwarded-for": xff }),
      },
    });
    expect(auditLines(service, from).map((l) => l.client)).toEqual([want]);
  });
});
