import { describe, expect, it } from "vitest";
import { createRevocationList } from "../../src/revocation/revocation-list.ts";
import { createSealer } from "../../src/session/sealer.ts";
import { createSessionCookies } from "../../src/session/session-cookie.ts";
import { SECRET_A } from "../helpers/harness.ts";

const NOW = 1_800_000_000;
const IDENTITY = {
  sub: "u-1",
  username: "alice",
  email: "alice@example.test",
  name: "Alice",
  groups: ["music"],
  entitlements: [],
};
const FIELDS = [IDENTITY.sub, IDENTITY.username, IDENTITY.email, IDENTITY.name, ["music"], []];

function setup() {
  const sealer = createSealer([SECRET_A]);
  const revoked = createRevocationList();
  const sessions = createSessionCookies({
    name: "s",
    sealer,
    lifetimeSeconds: 3600,
    attributes: { secure: true, domain: undefined },
    now: () => NOW,
    revoked,
  });
  const read = async (value: string) => await sessions.read((n) => (n === "s" ? value : undefined));
  const valueOf = (setCookies: string[]) => /^s=([^;]+)/.exec(setCookies[0] ?? "")?.[1] ?? "";
  return { sealer, revoked, sessions, read, valueOf };
}

describe("sessions that end early", () => {
  it("gives each login its own random id and the provider's sid, and a revoked one reads as none", async () => {
    const { sessions, read, revoked, valueOf } = setup();
    const one = valueOf(await sessions.write(IDENTITY, {}, { sid: "provider-session" }));
    const two = valueOf(await sessions.write(IDENTITY, {}));
    const first = await read(one);
    const second = await read(two);
    expect(first?.ref).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first?.ref).not.toBe(second?.ref);
    expect(first?.sid).toBe("provider-session");
    expect(second?.sid).toBe("");
    revoked.add({ kind: "session", id: first?.ref ?? "", until: NOW + 3600 }, NOW);
    // The cached session is refused too: revocation is checked on every read.
    expect(await read(one)).toBeUndefined();
    expect(await read(two)).toMatchObject({ identity: { username: "alice" } });
  });

  it("reads a cookie sealed before sessions had an id, named by its hash, which a sign-out can revoke", async () => {
    const { sealer, read, revoked } = setup();
    const v1 = await sealer.seal({ v: 1, iat: NOW - 10, exp: NOW + 100, i: FIELDS }, 3720);
    const session = await read(v1);
    expect(session?.ref).toBe(session?.id);
    revoked.add({ kind: "session", id: session?.ref ?? "", until: NOW + 100 }, NOW);
    expect(await read(v1)).toBeUndefined();
  });

  it.each([
    { name: "version 2 without its id", stored: { v: 2, iat: NOW, exp: NOW + 100, i: FIELDS } },
    {
      name: "version 2 with a malformed id",
      stored: { v: 2, iat: NOW, exp: NOW + 100, r: "short", i: FIELDS },
    },
    {
      name: "an empty sid",
      stored: { v: 2, iat: NOW, exp: NOW + 100, r: "A".repeat(22), d: "", i: FIELDS },
    },
    {
      name: "a numeric sid",
      stored: { v: 2, iat: NOW, exp: NOW + 100, r: "A".repeat(22), d: 7, i: FIELDS },
    },
    { name: "an unknown version", stored: { v: 3, iat: NOW, exp: NOW + 100, i: FIELDS } },
  ])("refuses a seal with $name", async ({ stored }) => {
    const { sealer, read } = setup();
    expect(await read(await sealer.seal(stored, 3720))).toBeUndefined();
  });
});
