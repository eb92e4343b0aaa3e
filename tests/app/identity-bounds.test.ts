// Groups are never dropped silently (issue 13, item 4): the real provider sends a user's groups,
// duplicates are removed before the bound of 2000 is applied, and an identity over the bound is
// refused with a page and a log line instead of being trimmed; a bearer token over it is a 401.
import { importJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { CLIENT_ID, login, PREFIX, traefikHeaders } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/idp.ts";
import { useService } from "../helpers/use-service.ts";

const distinct = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `department-${String(i)}`);

const USERS = {
  /** The defect: the first 2000 raw entries were kept, so zz-blocked was lost. */
  repeated: {
    sub: "u-repeated",
    username: "repeated",
    password: "repeated-pw",
    groups: [...Array<string>(2000).fill("music"), "zz-blocked"],
  },
  crowded: {
    sub: "u-crowded",
    username: "crowded",
    password: "crowded-pw",
    groups: distinct(2345),
  },
  long: {
    sub: "u-long",
    username: "long",
    password: "long-pw",
    groups: ["music", "g".repeat(1025)],
  },
} satisfies Record<string, TestUser>;

const { idp, service } = useService({ idp: { users: Object.values(USERS) } });

function check(headers: Record<string, string>): Promise<Response> {
  return service.request(`${PREFIX}/auth/traefik`, {
    headers: traefikHeaders("/", { accept: "application/json", ...headers }),
  });
}

describe("an identity over the bounds", () => {
  it("regression: a group that followed 2000 copies of another was dropped (the bound was applied before duplicates were removed)", async () => {
    const { jar, callbackResponse } = await login(service, USERS.repeated);
    expect(callbackResponse.status).toBe(302);
    const res = await check({ cookie: jar.header() });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-groups")).toBe("music|zz-blocked");
  });

  it.each([
    {
      name: "2345 distinct groups",
      user: USERS.crowded,
      code: "claim_too_many_values",
      reason: 'claim "groups" has 2345 distinct values; at most 2000 fit in a session',
    },
    {
      name: "a group of 1025 characters",
      user: USERS.long,
      code: "claim_value_too_long",
      reason: 'claim "groups" has a value of 1025 characters; at most 1024 fit',
    },
  ])("refuses the login of a user with $name, with a page and a log line", async (row) => {
    const { callbackResponse } = await login(service, row.user);
    expect(callbackResponse.status).toBe(500);
    expect(callbackResponse.headers.get("location")).toBeNull();
    // The login cookie is cleared; no session is set.
    expect(callbackResponse.headers.getSetCookie().filter((l) => !/Max-Age=0;/.test(l))).toEqual(
      [],
    );
    const page = await callbackResponse.text();
    expect(page).toContain("Sign-in failed");
    expect(page).toContain(
      `The identity provider sent more than this service can keep (${row.reason.replaceAll('"', "&quot;")}). Ask your administrator to limit the groups sent to this app.`,
    );
    const line = service.logs.find((l) => l.includes('"identity too large"'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line ?? "{}") as Record<string, unknown>;
    service.logs.length = 0;
    expect(logged).toMatchObject({
      level: "error",
      user: row.user.username,
      problem: row.code,
      claim: "groups",
      reason: row.reason,
    });
  });

  it("refuses a genuine bearer token with a group of 1025 characters with 401, not a 5xx", async () => {
    // (2001 distinct groups do not fit the 16 KB a bearer token may have; its own bound.)
    const jwk = idp.jwks.keys[0];
    if (jwk === undefined) throw new Error("the provider has no key");
    const token = await new SignJWT({ sub: "robot", groups: ["music", "g".repeat(1025)] })
      .setProtectedHeader({ alg: "RS256", kid: jwk.kid ?? "", typ: "at+jwt" })
      .setIssuer(idp.issuer)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(await importJWK(jwk, "RS256"));
    const res = await check({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe(
      'Bearer realm="music.example.com", error="invalid_token", error_description="claim groups is too large"',
    );
    expect(await res.json()).toEqual({
      error: "invalid_token",
      message: "The bearer token was refused: claim groups is too large.",
    });
    expect(service.logs.some((l) => l.includes("has a value of 1025 characters"))).toBe(true);
  });
});
