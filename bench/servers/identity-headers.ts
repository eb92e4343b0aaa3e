// The service's answer to a signed-in user's check, as a plain header object: what the
// "same headers" baselines send, so the cost of those headers is measured apart from the cost
// of deciding them.
import { identityHeaders } from "../../src/auth/identity-headers.ts";

export const IDENTITY_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    identityHeaders(
      {
        sub: "u-alice",
        username: "alice",
        email: "alice@example.test",
        name: "Alice Liddell",
        groups: ["music", "admins"],
        entitlements: [],
      },
      { outpost: "forward-auth", provider: "forward-auth", app: "music.example.com", version: "0" },
    ),
  ),
  "Cache-Control": "no-store",
};
