import { describe, expect, it } from "vitest";
import { signOutGate, type SignOutHints } from "../../src/auth/sign-out-gate.ts";

const NONE: SignOutHints = {
  method: "GET",
  secFetchSite: undefined,
  secFetchMode: undefined,
  secFetchDest: undefined,
  originTrusted: undefined,
};
const fetchMeta = (site: string, mode: string, dest: string | undefined): SignOutHints => ({
  ...NONE,
  secFetchSite: site,
  secFetchMode: mode,
  secFetchDest: dest,
});

// Issue 16 item 2: another site never ends a session by itself; a link it shows asks first.
describe("signOutGate: who may end a session (cross-site sign-out)", () => {
  it.each([
    {
      name: "a link on this host",
      input: fetchMeta("same-origin", "navigate", "document"),
      want: "proceed",
    },
    {
      name: "the login host's sign_out linked from an app (sibling subdomain)",
      input: fetchMeta("same-site", "navigate", "document"),
      want: "proceed",
    },
    {
      name: "typed or bookmarked",
      input: fetchMeta("none", "navigate", "document"),
      want: "proceed",
    },
    {
      name: "this host's own fetch",
      input: fetchMeta("same-origin", "cors", "empty"),
      want: "proceed",
    },
    { name: "curl (no Fetch Metadata)", input: NONE, want: "proceed" },
    { name: "an old browser's GET", input: { ...NONE, originTrusted: false }, want: "proceed" },
    {
      name: "our confirmation page's POST from an old browser",
      input: { ...NONE, method: "POST", originTrusted: true },
      want: "proceed",
    },
    {
      name: "a POST without Origin (curl -X POST)",
      input: { ...NONE, method: "POST" },
      want: "proceed",
    },
    {
      name: "a link on another site",
      input: fetchMeta("cross-site", "navigate", "document"),
      want: "confirm",
    },
    {
      name: "a link on another site, Sec-Fetch-Dest not sent",
      input: fetchMeta("cross-site", "navigate", undefined),
      want: "confirm",
    },
    {
      name: "another site's form POST",
      input: { ...fetchMeta("cross-site", "navigate", "document"), method: "POST" },
      want: "confirm",
    },
    {
      name: "header values in another case, with spaces",
      input: fetchMeta(" Cross-Site ", "NAVIGATE", "Document"),
      want: "confirm",
    },
    {
      name: "an old browser's POST from another origin",
      input: { ...NONE, method: "post", originTrusted: false },
      want: "confirm",
    },
    {
      name: "an <img> on another site",
      input: fetchMeta("cross-site", "no-cors", "image"),
      want: "refuse",
    },
    {
      name: "another site's fetch",
      input: fetchMeta("cross-site", "cors", "empty"),
      want: "refuse",
    },
    {
      name: "another site's iframe",
      input: fetchMeta("cross-site", "navigate", "iframe"),
      want: "refuse",
    },
    {
      name: "another site's <object>",
      input: fetchMeta("cross-site", "navigate", "object"),
      want: "refuse",
    },
    {
      name: "another site's <script>",
      input: fetchMeta("cross-site", "no-cors", "script"),
      want: "refuse",
    },
    {
      name: "a prefetch without a mode",
      input: { ...NONE, secFetchSite: "cross-site" },
      want: "refuse",
    },
    {
      name: "an unknown Sec-Fetch-Site value, as a subresource",
      input: fetchMeta("same-planet", "no-cors", "image"),
      want: "refuse",
    },
    {
      name: "an unknown Sec-Fetch-Site value, as a navigation",
      input: fetchMeta("", "navigate", "document"),
      want: "confirm",
    },
  ])("$name: $want", ({ input, want }) => {
    expect(signOutGate(input)).toBe(want);
  });
});
