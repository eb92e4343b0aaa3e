import { describe, expect, it } from "vitest";
import { createLoginStateCookies, LOGIN_TTL_SECONDS } from "../../src/session/login-state.ts";

const SECRET = "a-long-enough-secret-for-the-login-state-0001";
const REDIRECT_URI = "https://music.example.com/outpost.goauthentik.io/callback";
const RETURN_TO = "https://music.example.com/album?id=7&name=caf%C3%A9#top";

function setup(secure = true) {
  const clock = { t: 1_700_000_000 };
  const logins = createLoginStateCookies({
    secrets: [SECRET],
    attributes: { secure, domain: "example.com" },
    now: () => clock.t,
  });
  const pending = logins.begin(REDIRECT_URI, RETURN_TO, {});
  const [setCookie = ""] = pending.setCookies;
  const pair = setCookie.split(";")[0] ?? "";
  const name = pair.slice(0, pair.indexOf("="));
  const value = pair.slice(pair.indexOf("=") + 1);
  return { logins, pending, clock, name, value, setCookie };
}

const b64 = (text: string) => Buffer.from(text).toString("base64url");

describe("login state cookies", () => {
  it("finds the attempt its cookie was set for, with both URLs as given", () => {
    const { logins, pending, name, value, setCookie } = setup();
    expect(name).toBe(`__Host-fa_login.${pending.state.state}`);
    expect(setCookie).toContain(`Max-Age=${String(LOGIN_TTL_SECONDS)}`);
    expect(setCookie).not.toContain("Domain=");
    expect(logins.find(pending.state.state, { [name]: value })).toEqual(pending.state);
    expect(pending.state).toMatchObject({ redirectUri: REDIRECT_URI, returnTo: RETURN_TO });
  });

  it("keeps the nonce and verifier out of sight", () => {
    const { pending, value } = setup();
    expect(value).not.toContain(pending.state.nonce);
    expect(value).not.toContain(pending.state.codeVerifier);
  });

  it("expires after its lifetime", () => {
    const { logins, pending, clock, name, value } = setup();
    clock.t += LOGIN_TTL_SECONDS - 1;
    expect(logins.find(pending.state.state, { [name]: value })).toEqual(pending.state);
    clock.t += 1;
    expect(logins.find(pending.state.state, { [name]: value })).toBeUndefined();
  });

  // Each a change to the cookie's value; none may be found.
  it.each<[string, (value: string, name: string) => Record<string, string>]>([
    ["no cookie", () => ({})],
    ["an empty value", (_, n) => ({ [n]: "" })],
    [
      "the reference alone, without the URLs",
      (v, n) => ({ [n]: v.split(".").slice(0, 3).join(".") }),
    ],
    ["one URL missing", (v, n) => ({ [n]: v.split(".").slice(0, 4).join(".") })],
    ["an empty return URL", (v, n) => ({ [n]: `${v.split(".").slice(0, 4).join(".")}.` })],
    [
      "a return URL that is not base64url",
      (v, n) => ({ [n]: `${v.split(".").slice(0, 4).join(".")}.a+b` }),
    ],
    // Node's base64url decoder ignores a stray last character: the value is read strictly.
    ["a stray character after the return URL", (v, n) => ({ [n]: `${v}x` })],
    [
      // RETURN_TO is 55 bytes: its base64url ends in a character with 2 unused low bits.
      "a return URL spelled with non-zero unused bits",
      (v, n) => {
        const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        const last = v.at(-1) ?? "A";
        return { [n]: v.slice(0, -1) + (alphabet[alphabet.indexOf(last) + 1] ?? "A") };
      },
    ],
    [
      "the plain-named cookie a sibling subdomain could plant",
      (v, n) => ({ [n.replace(/^__Host-/, "")]: v }),
    ],
    [
      "a return URL that is not UTF-8",
      (v, n) => ({
        [n]: `${v.split(".").slice(0, 4).join(".")}.${Buffer.from([0xff, 0xfe]).toString("base64url")}`,
      }),
    ],
    ["an extra segment", (v, n) => ({ [n]: `${v}.${b64("x")}` })],
    [
      "a changed salt",
      (v, n) => ({
        [n]: v.replace(/^(v3\.)(.)/, (_, a: string, c: string) => a + (c === "A" ? "B" : "A")),
      }),
    ],
    ["another attempt's value under this name", (_, n) => ({ [n]: setup().value })],
    ["a value far too long", (v, n) => ({ [n]: `${v}${"A".repeat(9000)}` })],
  ])("finds nothing for %s", (_, change) => {
    const { logins, pending, name, value } = setup();
    expect(logins.find(pending.state.state, change(value, name))).toBeUndefined();
  });

  it("finds nothing for a state that is not the cookie's, or not a state", () => {
    const { logins, name, value } = setup();
    const other = setup().pending.state.state;
    expect(
      logins.find(other, { [name]: value, [`__Host-fa_login.${other}`]: value }),
    ).toBeUndefined();
    expect(logins.find("../x", { [name]: value })).toBeUndefined();
  });

  // The URLs are not sealed: a changed one is read back as changed, for the callback to judge.
  it("reads back a changed return URL as it is, for the callback to validate", () => {
    const { logins, pending, name, value } = setup();
    const parts = value.split(".");
    parts[4] = b64("https://evil.com/");
    expect(logins.find(pending.state.state, { [name]: parts.join(".") })?.returnTo).toBe(
      "https://evil.com/",
    );
  });

  it.each([
    { name: "Secure cookies", secure: true, want: "__Host-fa_login." },
    {
      name: "plain-http cookies (FORWARD_AUTH_COOKIE_SECURE=false)",
      secure: false,
      want: "fa_login.",
    },
  ])("names the cookie for $name $want<state>, and reads only that name", ({ secure, want }) => {
    const { logins, pending, name, value, setCookie } = setup(secure);
    expect(name).toBe(`${want}${pending.state.state}`);
    expect(
      setCookie.endsWith(secure ? "; HttpOnly; Secure; SameSite=Lax" : "; HttpOnly; SameSite=Lax"),
    ).toBe(true);
    expect(logins.find(pending.state.state, { [name]: value })).toEqual(pending.state);
    const other = secure ? name.replace(/^__Host-/, "") : `__Host-${name}`;
    expect(logins.find(pending.state.state, { [other]: value })).toBeUndefined();
    expect(logins.clear(pending.state.state)).toMatch(new RegExp(`^${want.replace(".", "\\.")}`));
  });

  // Issue 16 item 3: "Sign in as someone else" must not be satisfied by the provider's old session.
  it("records that an attempt asked for a fresh login, and reads it back", () => {
    const { logins } = setup();
    const fresh = logins.begin(REDIRECT_URI, RETURN_TO, {}, { freshLogin: true });
    const plain = logins.begin(REDIRECT_URI, RETURN_TO, {});
    expect(fresh.state.freshLogin).toBe(true);
    expect(plain.state.freshLogin).toBe(false);
    for (const pending of [fresh, plain]) {
      const pair = (pending.setCookies[0] ?? "").split(";")[0] ?? "";
      const cookie = { [pair.slice(0, pair.indexOf("="))]: pair.slice(pair.indexOf("=") + 1) };
      expect(logins.find(pending.state.state, cookie)).toEqual(pending.state);
    }
  });

  it.each([
    { name: "the mark twice", change: (v: string) => `${v}!fresh` },
    { name: "a mark with a stray character", change: (v: string) => `${v}x` },
    { name: "only the mark", change: () => "!fresh" },
  ])("refuses a fresh-login cookie with $name", ({ change }) => {
    const { logins } = setup();
    const pending = logins.begin(REDIRECT_URI, RETURN_TO, {}, { freshLogin: true });
    const pair = (pending.setCookies[0] ?? "").split(";")[0] ?? "";
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    expect(value.endsWith("!fresh")).toBe(true);
    expect(logins.find(pending.state.state, { [name]: change(value) })).toBeUndefined();
  });
});
