// The auth check's decision (src/auth/decide.ts): every input that changes the answer, one row
// each, with the hostile ones (a forged or foreign bearer token, a user one group short, a deny
// that a valid session must not lift, a redirect asked for by an API call or through nginx).
import { describe, expect, it } from "vitest";
import { decide, type Credentials, type Decided, type DecideInput } from "../../src/auth/decide.ts";
import type { Identity } from "../../src/auth/identity.ts";
import type { NavigationHints } from "../../src/auth/navigation.ts";
import { BearerError } from "../../src/oidc/bearer.ts";
import type { RuleDecision } from "../../src/rules/types.ts";

const ALICE: Identity = {
  sub: "u-alice",
  username: "alice",
  email: "alice@example.test",
  name: "Alice",
  groups: ["music", "admins"],
  entitlements: [],
};
const BOB: Identity = { ...ALICE, sub: "u-bob", username: "bob", groups: ["guests"] };

const ALLOW: RuleDecision = { kind: "allow", reason: "apps[0] rules[0] path /rest/", app: "m" };
const DENY: RuleDecision = { kind: "deny", reason: "apps[0] rules[1] path /admin/", app: "m" };
const ANY_USER: RuleDecision = {
  kind: "authenticate",
  reason: "global default",
  app: undefined,
  requirements: [],
};
const MUSIC: RuleDecision = {
  kind: "authenticate",
  reason: "apps[0] music.example.com",
  app: "music.example.com",
  requirements: [{ groups: ["music"], users: [] }],
};
/** Two requirements: the app's group and the rule's; both must be met. */
const MUSIC_AND_ADMINS: RuleDecision = {
  ...MUSIC,
  reason: "apps[0] music.example.com rules[0] path /admin/",
  requirements: [
    { groups: ["music"], users: [] },
    { groups: ["admins"], users: [] },
  ],
};

const NONE: Credentials = { kind: "none" };
const alice: Credentials = { kind: "user", identity: ALICE };
const bob: Credentials = { kind: "user", identity: BOB };
const EXPIRED = new BearerError("token expired");
const refused: Credentials = { kind: "bearer_refused", error: EXPIRED };
const unchecked: Credentials = { kind: "bearer_unchecked" };

const NAVIGATION: NavigationHints = {
  method: "GET",
  proto: "https",
  secFetchMode: "navigate",
  accept: "text/html",
  xRequestedWith: undefined,
  upgrade: undefined,
};
const FETCH: NavigationHints = { ...NAVIGATION, secFetchMode: "cors", accept: "*/*" };

const input = (overrides: Partial<DecideInput>): DecideInput => ({
  verdict: ANY_USER,
  credentials: NONE,
  hints: NAVIGATION,
  providerReady: true,
  ...overrides,
});

const NO_USER: Decided = { kind: "unauthorized", error: undefined };

describe("decide", () => {
  const rows: readonly { name: string; input: DecideInput; want: Decided }[] = [
    // The rules' verdict first.
    {
      name: "allow rule, no session: passes without a user",
      input: input({ verdict: ALLOW }),
      want: { kind: "allow", identity: undefined },
    },
    {
      name: "allow rule, session: passes with the user",
      input: input({ verdict: ALLOW, credentials: alice }),
      want: { kind: "allow", identity: ALICE },
    },
    {
      name: "allow rule, a foreign bearer token: passes without a user, not a 401",
      input: input({ verdict: ALLOW, credentials: refused }),
      want: { kind: "allow", identity: undefined },
    },
    {
      name: "allow rule, bearer unchecked while the provider is down: passes without a user",
      input: input({ verdict: ALLOW, credentials: unchecked, providerReady: false }),
      want: { kind: "allow", identity: undefined },
    },
    {
      name: "deny rule, no session",
      input: input({ verdict: DENY }),
      want: { kind: "deny", rule: DENY.reason },
    },
    {
      name: "hostile: deny rule, a valid session of an admin does not lift it",
      input: input({ verdict: DENY, credentials: alice }),
      want: { kind: "deny", rule: DENY.reason },
    },
    {
      name: "deny rule, provider down: still the 403, never a 503",
      input: input({ verdict: DENY, providerReady: false }),
      want: { kind: "deny", rule: DENY.reason },
    },
    // Signed in.
    {
      name: "any signed-in user",
      input: input({ credentials: bob }),
      want: { kind: "allow", identity: BOB },
    },
    {
      name: "member of the required group",
      input: input({ verdict: MUSIC, credentials: alice }),
      want: { kind: "allow", identity: ALICE },
    },
    {
      name: "hostile: signed in, but not in the group",
      input: input({ verdict: MUSIC, credentials: bob }),
      want: {
        kind: "forbidden",
        identity: BOB,
        reason: "user is not in the allowed users or groups",
        rule: MUSIC.reason,
      },
    },
    {
      name: "signed in while the provider is down: the session still decides",
      input: input({ verdict: MUSIC, credentials: alice, providerReady: false }),
      want: { kind: "allow", identity: ALICE },
    },
    {
      name: "both requirements met",
      input: input({ verdict: MUSIC_AND_ADMINS, credentials: alice }),
      want: { kind: "allow", identity: ALICE },
    },
    {
      name: "hostile: one requirement of two met",
      input: input({
        verdict: MUSIC_AND_ADMINS,
        credentials: { kind: "user", identity: { ...ALICE, groups: ["music"] } },
      }),
      want: {
        kind: "forbidden",
        identity: { ...ALICE, groups: ["music"] },
        reason: "user is not in the allowed users or groups",
        rule: MUSIC_AND_ADMINS.reason,
      },
    },
    // No user.
    {
      name: "a navigation: the login redirect",
      input: input({}),
      want: { kind: "login", status: 302 },
    },
    {
      name: "a form POST navigation: 303, never a replay of the body",
      input: input({ hints: { ...NAVIGATION, method: "POST" } }),
      want: { kind: "login", status: 303 },
    },
    {
      name: "hostile: fetch asks for HTML, gets a 401",
      input: input({ hints: FETCH }),
      want: NO_USER,
    },
    {
      name: "a WebSocket upgrade: 401",
      input: input({ hints: { ...NAVIGATION, upgrade: "websocket" } }),
      want: NO_USER,
    },
    {
      name: "a proxy that cannot pass a redirect on (nginx): 401 for a navigation too",
      input: input({ hints: undefined }),
      want: NO_USER,
    },
    {
      name: "provider not ready: 503 instead of a login that cannot start",
      input: input({ providerReady: false }),
      want: { kind: "unavailable" },
    },
    {
      name: "hostile: a forged or expired bearer token: 401 naming why",
      input: input({ credentials: refused }),
      want: { kind: "unauthorized", error: EXPIRED },
    },
    {
      name: "a forged bearer token through nginx: the same 401",
      input: input({ credentials: refused, hints: undefined }),
      want: { kind: "unauthorized", error: EXPIRED },
    },
    {
      name: "a bearer token the provider's keys cannot check: 503, not a 401",
      input: input({ credentials: unchecked }),
      want: { kind: "unavailable" },
    },
  ];

  it.each(rows)("$name", ({ input: given, want }) => {
    expect(decide(given)).toEqual(want);
  });
});
