import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import {
  encodeHeaderValue,
  IDENTITY_HEADER_NAMES,
  identityHeaders,
  type HeaderMeta,
} from "../../src/auth/identity-headers.ts";

const META: HeaderMeta = {
  outpost: "forward-auth",
  provider: "https://auth.example.com/application/o/app/",
  app: "app",
  version: "0.1.0",
};
const ALICE: Identity = {
  sub: "f00d",
  username: "alice",
  email: "alice@example.com",
  name: "Alice Liddell",
  groups: ["admins", "family"],
  entitlements: ["read", "write"],
};

/** Reads an encoded header value back as the UTF-8 an app would decode. */
const decoded = (value: string): string => Buffer.from(value, "latin1").toString("utf8");

/** True when every UTF-16 code unit fits in one header octet. */
const octets = (value: string): boolean =>
  Array.from({ length: value.length }, (_, i) => value.charCodeAt(i)).every((c) => c <= 0xff);

describe("identityHeaders", () => {
  const rows: readonly {
    name: string;
    input: Identity | undefined;
    want: Readonly<Record<(typeof IDENTITY_HEADER_NAMES)[number], string>>;
  }[] = [
    {
      name: "full identity",
      input: ALICE,
      want: {
        "X-authentik-username": "alice",
        "X-authentik-groups": "admins|family",
        "X-authentik-email": "alice@example.com",
        "X-authentik-name": "Alice Liddell",
        "X-authentik-uid": "f00d",
        "X-authentik-entitlements": "read|write",
        "X-authentik-meta-outpost": "forward-auth",
        "X-authentik-meta-provider": "https://auth.example.com/application/o/app/",
        "X-authentik-meta-app": "app",
        "X-authentik-meta-version": "0.1.0",
        "X-authentik-meta-jwks": "",
        "X-authentik-jwt": "",
        "Remote-User": "alice",
        "Remote-Groups": "admins,family",
        "Remote-Email": "alice@example.com",
        "Remote-Name": "Alice Liddell",
      },
    },
    {
      name: "no identity: every header present, only meta filled",
      input: undefined,
      want: {
        "X-authentik-username": "",
        "X-authentik-groups": "",
        "X-authentik-email": "",
        "X-authentik-name": "",
        "X-authentik-uid": "",
        "X-authentik-entitlements": "",
        "X-authentik-meta-outpost": "forward-auth",
        "X-authentik-meta-provider": "https://auth.example.com/application/o/app/",
        "X-authentik-meta-app": "app",
        "X-authentik-meta-version": "0.1.0",
        "X-authentik-meta-jwks": "",
        "X-authentik-jwt": "",
        "Remote-User": "",
        "Remote-Groups": "",
        "Remote-Email": "",
        "Remote-Name": "",
      },
    },
    {
      name: "empty identity fields, one group",
      input: { sub: "s", username: "s", email: "", name: "", groups: ["solo"], entitlements: [] },
      want: {
        "X-authentik-username": "s",
        "X-authentik-groups": "solo",
        "X-authentik-email": "",
        "X-authentik-name": "",
        "X-authentik-uid": "s",
        "X-authentik-entitlements": "",
        "X-authentik-meta-outpost": "forward-auth",
        "X-authentik-meta-provider": "https://auth.example.com/application/o/app/",
        "X-authentik-meta-app": "app",
        "X-authentik-meta-version": "0.1.0",
        "X-authentik-meta-jwks": "",
        "X-authentik-jwt": "",
        "Remote-User": "s",
        "Remote-Groups": "solo",
        "Remote-Email": "",
        "Remote-Name": "",
      },
    },
    {
      name: "injection attempts in every field are escaped",
      input: {
        sub: "x\r\nRemote-User: admin",
        username: "alice\r\nRemote-User: admin",
        email: "a@b\nX-authentik-groups: admins",
        name: "\0",
        groups: ["g\r\n", "h"],
        entitlements: ["e\u0085"],
      },
      want: {
        "X-authentik-username": "alice%0D%0ARemote-User: admin",
        "X-authentik-groups": "g%0D%0A|h",
        "X-authentik-email": "a@b%0AX-authentik-groups: admins",
        "X-authentik-name": "%00",
        "X-authentik-uid": "x%0D%0ARemote-User: admin",
        "X-authentik-entitlements": "e%85",
        "X-authentik-meta-outpost": "forward-auth",
        "X-authentik-meta-provider": "https://auth.example.com/application/o/app/",
        "X-authentik-meta-app": "app",
        "X-authentik-meta-version": "0.1.0",
        "X-authentik-meta-jwks": "",
        "X-authentik-jwt": "",
        "Remote-User": "alice%0D%0ARemote-User: admin",
        "Remote-Groups": "g%0D%0A,h",
        "Remote-Email": "a@b%0AX-authentik-groups: admins",
        "Remote-Name": "%00",
      },
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    const headers = identityHeaders(input, META);
    expect(headers.map(([name]) => name)).toEqual([...IDENTITY_HEADER_NAMES]);
    expect(Object.fromEntries(headers)).toEqual(want);
    expect(() => new Headers(headers)).not.toThrow();
  });

  it("lists 16 distinct header names", () => {
    expect(IDENTITY_HEADER_NAMES).toHaveLength(16);
    expect(new Set(IDENTITY_HEADER_NAMES.map((n) => n.toLowerCase())).size).toBe(16);
  });

  it("encodes non-ASCII identity values as UTF-8 octets", () => {
    const headers = identityHeaders({ ...ALICE, username: "Zoë", groups: ["山田", "b"] }, META);
    const map = new Map(headers);
    expect(decoded(map.get("Remote-User") ?? "")).toBe("Zoë");
    expect(decoded(map.get("X-authentik-groups") ?? "")).toBe("山田|b");
    expect(decoded(map.get("Remote-Groups") ?? "")).toBe("山田,b");
  });
});

describe("encodeHeaderValue", () => {
  const rows: readonly { name: string; input: string; want: string }[] = [
    { name: "empty", input: "", want: "" },
    { name: "plain ASCII", input: "alice@example.com", want: "alice@example.com" },
    {
      name: "printable punctuation",
      input: "a b!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
      want: "a b!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    },
    { name: "CR", input: "a\rb", want: "a%0Db" },
    { name: "LF", input: "a\nb", want: "a%0Ab" },
    { name: "CRLF", input: "\r\n", want: "%0D%0A" },
    { name: "NUL", input: "a\0b", want: "a%00b" },
    { name: "TAB", input: "a\tb", want: "a%09b" },
    { name: "DEL", input: "a\x7fb", want: "a%7Fb" },
    { name: "U+0085 next line", input: "a\u0085b", want: "a%85b" },
    { name: "U+009F", input: "\u009f", want: "%9F" },
    { name: "U+001F", input: "\u001f", want: "%1F" },
    { name: "ESC", input: "\x1b[31m", want: "%1B[31m" },
    { name: "U+00A0 is not escaped", input: "\u00a0", want: "\u00c2\u00a0" },
    { name: "Zoë", input: "Zoë", want: "Zo\u00c3\u00ab" },
    { name: "山田", input: "山田", want: "\u00e5\u00b1\u00b1\u00e7\u0094\u00b0" },
    { name: "emoji", input: "😀", want: "\u00f0\u009f\u0098\u0080" },
    { name: "control and non-ASCII", input: "Zoë\r\n", want: "Zo\u00c3\u00ab%0D%0A" },
    { name: "lone surrogate becomes U+FFFD", input: "\ud800", want: "\u00ef\u00bf\u00bd" },
    {
      name: "injection attempt",
      input: "alice\r\nRemote-User: admin",
      want: "alice%0D%0ARemote-User: admin",
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    const value = encodeHeaderValue(input);
    expect(value).toBe(want);
    expect(value).not.toMatch(/[\r\n\0]/);
    expect(octets(value)).toBe(true);
    expect(() => new Headers([["X-Test", value]])).not.toThrow();
  });

  const roundTrips: readonly { name: string; input: string }[] = [
    { name: "Zoë", input: "Zoë" },
    { name: "山田", input: "山田" },
    { name: "José Müller", input: "José Müller" },
    { name: "emoji", input: "🦊 fox" },
    { name: "Greek", input: "Ελένη" },
    { name: "U+00FF", input: "ÿ" },
  ];

  it.each(roundTrips)("round-trips $name as UTF-8", ({ input }) => {
    const value = encodeHeaderValue(input);
    expect(decoded(value)).toBe(input);
    expect(octets(value)).toBe(true);
    expect(new Headers([["X-Test", value]]).get("X-Test")).toBe(value);
  });

  it("escapes every C0 and C1 control character and nothing printable", () => {
    for (let code = 0; code <= 0xff; code += 1) {
      const ch = String.fromCharCode(code);
      const value = encodeHeaderValue(ch);
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      const want = control
        ? `%${code.toString(16).toUpperCase().padStart(2, "0")}`
        : Buffer.from(ch, "utf8").toString("latin1");
      expect(value).toBe(want);
      expect(() => new Headers([["X-Test", `a${value}b`]])).not.toThrow();
    }
  });
});
