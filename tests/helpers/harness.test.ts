// Self-test of the harness's small pieces that other tests lean on without looking.
import { describe, expect, it } from "vitest";
import { createClock, followFailure, Jar, traefikHeaders, type Service } from "./harness.ts";

const answer = (setCookies: string[]) => {
  const headers = new Headers();
  for (const line of setCookies) headers.append("set-cookie", line);
  return new Response(null, { headers });
};

describe("Jar", () => {
  it("keeps the last value of each cookie and sends them in one header", () => {
    const jar = new Jar();
    jar.store(answer(["a=1; Path=/; HttpOnly", "b=x=y; Secure"]));
    jar.store(answer(["a=2"]));
    expect(jar.header()).toBe("a=2; b=x=y");
  });

  it("deletes a cookie set with Max-Age=0, whatever its case and place", () => {
    const jar = new Jar();
    jar.store(answer(["a=1", "b=2", "c=3"]));
    jar.store(answer(["a=; Max-Age=0", "b=; Path=/; max-age=0; Secure", "c=; Max-Age=01"]));
    expect(jar.header()).toBe("c=");
  });
});

describe("createClock", () => {
  it("stands still until moved", () => {
    const clock = createClock(1000);
    expect(clock.now()).toBe(1000);
    clock.advance(90);
    expect(clock.now()).toBe(1090);
  });
});

describe("traefikHeaders", () => {
  it("gives what Traefik's forwardAuth sends, extras last", () => {
    expect(traefikHeaders("/a?b=1", { accept: "application/json" }, "x.example.com")).toEqual({
      "x-forwarded-method": "GET",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "x.example.com",
      "x-forwarded-uri": "/a?b=1",
      accept: "application/json",
    });
  });
});

describe("followFailure refuses a callback answer that is not the error page's 303", () => {
  // followFailure checks the answer before it asks the service anything.
  const service = {} as Service;
  const redirect = (status: number, location: string) =>
    new Response(null, { status, headers: { location } });

  it.each([
    {
      name: "not a 303",
      res: redirect(302, "https://music.example.com/outpost.goauthentik.io/error?reason=x"),
      want: "callback answered 302, not 303",
    },
    {
      name: "another reason",
      res: redirect(303, "https://music.example.com/outpost.goauthentik.io/error?reason=y"),
      want: "callback sent the browser to https://music.example.com/outpost.goauthentik.io/error?reason=y, not the x page",
    },
    {
      name: "the code in the address",
      res: redirect(303, "https://music.example.com/outpost.goauthentik.io/error?reason=x&code=c"),
      want: "the error page's address carries the code or state: https://music.example.com/outpost.goauthentik.io/error?reason=x&code=c",
    },
  ])("$name", async ({ res, want }) => {
    await expect(followFailure(service, res, "x")).rejects.toThrow(want);
  });
});
