// Self-test of the file-level fixtures: the stand-ins refuse to be used before their hook has
// run, then behave as the objects they stand for, and the fixture's provider and services fit.
import { describe, expect, it } from "vitest";
import { Jar, PREFIX, traefikHeaders, USERS } from "./harness.ts";
import { late, useService } from "./use-service.ts";

describe("late", () => {
  it("refuses every use before the object is set, naming it", () => {
    const jar = late<Jar>("alice's session");
    const NOT_YET =
      "alice's session is not started yet: use it inside a test, or in a hook registered after the fixture";
    expect(() => jar.standIn.header()).toThrow(NOT_YET);
    expect(() => "cookies" in jar.standIn).toThrow(NOT_YET);
    expect(() => Object.keys(jar.standIn)).toThrow(NOT_YET);
    expect(jar.actual).toBeUndefined();
  });

  it("then forwards reads, and runs methods on the real object", () => {
    const jar = late<Jar>("a jar");
    const real = new Jar();
    jar.set(real);
    jar.standIn.store(new Response(null, { headers: { "set-cookie": "a=1; Path=/" } }));
    expect(real.header()).toBe("a=1");
    expect(jar.standIn.header()).toBe("a=1");
    expect(jar.standIn.cookies).toBe(real.cookies);
    expect("cookies" in jar.standIn).toBe(true);
    expect(Object.keys(jar.standIn)).toEqual(["cookies"]);
    expect(jar.actual).toBe(real);
  });
});

describe("useService", () => {
  const { idp, service, another, signedIn } = useService();
  const restricted = another({ env: { FORWARD_AUTH_ALLOWED_GROUPS: "music" } });
  const alice = signedIn(USERS.alice);
  const bob = signedIn(USERS.bob);

  const check = (jar: Jar, target = service) =>
    target.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/", { accept: "application/json" }), cookie: jar.header() },
    });

  it("starts the services against its provider, each with its own settings", () => {
    expect(service.config.issuer.href).toBe(`${idp.issuer}/`);
    expect(service.config.allowedGroups).toEqual([]);
    expect(restricted.config.issuer.href).toBe(`${idp.issuer}/`);
    expect(restricted.config.allowedGroups).toEqual(["music"]);
  });

  it("signs users in before the tests", async () => {
    for (const [jar, username] of [
      [alice, "alice"],
      [bob, "bob"],
    ] as const) {
      const res = await check(jar);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-authentik-username")).toBe(username);
    }
  });

  it("another() shares the provider and the secret, not the settings", async () => {
    expect((await check(alice, restricted)).status).toBe(200);
    expect((await check(bob, restricted)).status).toBe(403);
  });
});
