// Issue 13, item 13: the rules file in docs/migrate-from-authentik.md is one the service loads,
// and it decides what the guide says it decides.
import { describe, expect, it } from "vitest";
import { parseRulesYaml } from "../../src/rules/compile.ts";
import type { RuleDecision, RuleRequest } from "../../src/rules/types.ts";
import { readRepoFile } from "../helpers/bundle.ts";

const GUIDE = "docs/migrate-from-authentik.md";
const guide = readRepoFile(GUIDE);
/** The guide's FORWARD_AUTH_ALLOWED_GROUPS, the requirement of hosts the file does not list. */
const GLOBALS = { groups: ["admins"], users: [] };

const rulesFiles = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? "")
  .filter((yaml) => /^apps:/m.test(yaml));

const request = (url: string): RuleRequest => {
  const { host, pathname } = new URL(url);
  return {
    host,
    path: pathname,
    method: "GET",
    methodOverrides: [],
    clientAddress: undefined,
    origin: undefined,
    accessControlRequestMethod: undefined,
  };
};

/** A decision without its reason: what the request needs. */
const need = (decision: RuleDecision) =>
  decision.kind === "authenticate"
    ? { kind: decision.kind, requirements: decision.requirements }
    : { kind: decision.kind };

describe("the migration guide's rules file", () => {
  it("is there, once, and compiles without a problem", () => {
    expect(rulesFiles).toHaveLength(1);
    const compiled = parseRulesYaml(rulesFiles[0] ?? "", "rules.yml", GLOBALS);
    expect(compiled.ok ? [] : compiled.problems).toEqual([]);
  });

  const compiled = parseRulesYaml(rulesFiles[0] ?? "", "rules.yml", GLOBALS);
  const login = (groups: string[], users: string[] = []) => ({
    kind: "authenticate",
    requirements: [{ groups, users }],
  });
  it.each([
    { url: "https://music.example.com/", want: login(["music"]) },
    { url: "https://music.example.com/rest/ping.view", want: { kind: "allow" } },
    { url: "https://music.example.com/share/abc", want: { kind: "allow" } },
    { url: "https://music.example.com/restaurant", want: login(["music"]) },
    { url: "https://photos.example.com/", want: login(["family", "photos"]) },
    { url: "https://photos.example.com/api/assets", want: { kind: "allow" } },
    { url: "https://docs.example.com/documents/7", want: login([], ["alice"]) },
    { url: "https://grafana.example.com/api/health", want: { kind: "allow" } },
    { url: "https://grafana.example.com/api/healthz", want: login(["admins"]) },
    { url: "https://grafana.example.com/d/home", want: login(["admins"]) },
    // A host the file forgot: the global requirement, not every signed-in user.
    { url: "https://forgotten.example.com/", want: login(["admins"]) },
  ])("decides $url as the guide says", ({ url, want }) => {
    if (!compiled.ok) throw new Error(compiled.problems.join("\n"));
    expect(need(compiled.rules.decide(request(url)))).toEqual(want);
  });

  it("lists in step 2 the redirect URI of every host in the rules file", () => {
    if (!compiled.ok) throw new Error(compiled.problems.join("\n"));
    for (const host of compiled.rules.hosts) {
      expect(guide).toContain(`https://${host}/outpost.goauthentik.io/callback\n`);
    }
  });

  it("is linked from docs/README.md and from README", () => {
    expect(readRepoFile("docs/README.md")).toContain("(migrate-from-authentik.md)");
    expect(readRepoFile("README.md")).toContain("(docs/migrate-from-authentik.md)");
  });
});
