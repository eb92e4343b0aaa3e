// `forward-auth config nix`, evaluated by the real Nix (Debian's nix-bin 2.8) and compared with
// `forward-auth config traefik` parsed as YAML: an app's routers and service, and with --shared
// forward-auth's middlewares and service.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../src/cli/run-cli.ts";
import { generateNix, generateNixShared, nixName, nixString } from "../../src/proxy-config/nix.ts";
import {
  generateTraefikDynamic,
  generateTraefikShared,
  traefikDynamicConfig,
  traefikSharedConfig,
  type SharedOptions,
  type TraefikAppOptions,
} from "../../src/proxy-config/traefik.ts";

const NIX_INSTANTIATE = "nix-instantiate";

const version = spawnSync(NIX_INSTANTIATE, ["--version"], { encoding: "utf8" });
const found = version.status === 0;
if (!found) {
  // .ci/run installs nix-bin: there this test must run, never skip.
  if (process.env.CI) throw new Error(`${NIX_INSTANTIATE} is missing in CI; install nix-bin`);
  console.log(
    `tests/e2e/nix.test.ts skipped: no ${NIX_INSTANTIATE} (Debian: apt-get install nix-bin)`,
  );
}

/** Files for nix-instantiate and an empty NIX_CONF_DIR, so the machine's nix.conf plays no part. */
const dir = mkdtempSync(join(tmpdir(), "forward-auth-nix-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Evaluates a Nix file to JSON. --store dummy:// evaluates without a Nix store or daemon (none
 * is needed for plain data, and root here has no nixbld group); --strict forces every value.
 */
function evaluate(source: string): unknown {
  const file = join(dir, "config.nix");
  writeFileSync(file, source);
  const run = spawnSync(
    NIX_INSTANTIATE,
    ["--eval", "--strict", "--json", "--store", "dummy://", file],
    {
      encoding: "utf8",
      timeout: 30_000,
      env: { PATH: process.env.PATH ?? "", HOME: dir, NIX_CONF_DIR: dir },
    },
  );
  if (run.status !== 0) throw new Error(`nix-instantiate failed:\n${run.stderr}\n${source}`);
  return JSON.parse(run.stdout) as unknown;
}

async function cli(args: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  if (code !== 0) throw new Error(`forward-auth ${args.join(" ")} exited ${String(code)}: ${err}`);
  return out;
}

const base: TraefikAppOptions = {
  host: "music.example.com",
  upstream: "http://navidrome:4533",
  publicPaths: ["/rest/", "/share/"],
  prefix: "/outpost.goauthentik.io",
  name: "music-example-com",
};
const baseShared: SharedOptions = {
  authAddress: "http://forward-auth:9000",
  prefix: "/outpost.goauthentik.io",
};

/** Characters that mean something in a Nix string: ", \, ${, $${ and ''. */
const HOSTILE = "a\"b\\c${x}$${y}d$\\${z}''e`g$";
/** With line breaks too, which the CLI refuses; both generators keep them out of comments. */
const HOSTILE_LINES = `${HOSTILE}\n\tf\r`;

/** A JSON round trip: what nix-instantiate's JSON and the YAML parser can give back. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.skipIf(!found)("config nix evaluated by nix-instantiate", () => {
  it.each([
    { name: "an app with public paths", args: ["--public", "/rest/", "--public", "/share/"] },
    { name: "an app without public paths", args: [] },
    {
      name: "every option set",
      args: [
        ...["--public", "/api/v1/", "--public", "/api/", "--prefix", "/sso"],
        ...["--name", "let"],
      ],
    },
  ])("an app equals config traefik: $name", async ({ args }) => {
    const common = ["--host", "music.example.com", "--upstream", "http://navidrome:4533", ...args];
    const nix = evaluate(await cli(["config", "nix", ...common]));
    const yaml = parse(await cli(["config", "traefik", ...common])) as {
      http: { routers: object; services: object };
    };
    expect(nix).toEqual(yaml);
    // The comparison has substance: the app's routers and service, and nothing shared.
    expect(Object.keys(yaml.http)).toEqual(["routers", "services"]);
    expect(Object.keys(yaml.http.routers).length).toBe(2 + (args.length > 0 ? 2 : 0));
  });

  it.each([
    { name: "the defaults", args: [] },
    {
      name: "every option set",
      args: ["--auth-address", "http://10.0.0.5:9000", "--prefix", "/sso"],
    },
  ])("the shared pieces equal config traefik --shared: $name", async ({ args }) => {
    const nix = evaluate(await cli(["config", "nix", "--shared", ...args]));
    const yaml = parse(await cli(["config", "traefik", "--shared", ...args])) as {
      http: { middlewares: object; services: object };
    };
    expect(nix).toEqual(yaml);
    expect(Object.keys(yaml.http)).toEqual(["middlewares", "services"]);
    expect(Object.keys(yaml.http.middlewares)).toEqual(["forward-auth", "strip-identity-headers"]);
    expect(Object.keys(yaml.http.services)).toEqual(["forward-auth"]);
  });

  it("the shared set and an app's set define no attribute twice, so merging them loses nothing", () => {
    // lib.mkMerge (or lib.recursiveUpdate) of the two, as docs/nixos.md does, is then their union.
    const app = evaluate(generateNix(base)) as { http: Record<string, object> };
    const shared = evaluate(generateNixShared(baseShared)) as { http: Record<string, object> };
    const both = Object.keys(app.http).filter((key) => key in shared.http);
    expect(both).toEqual(["services"]);
    expect(Object.keys(app.http.services ?? {})).not.toContain("forward-auth");
  });

  it.each([
    { field: "host", o: { ...base, host: HOSTILE } },
    { field: "upstream", o: { ...base, upstream: HOSTILE } },
    { field: "prefix", o: { ...base, prefix: HOSTILE } },
    { field: "publicPaths", o: { ...base, publicPaths: [`/${HOSTILE}/`] } },
    { field: "host with line breaks", o: { ...base, host: HOSTILE_LINES } },
    { field: "upstream with line breaks", o: { ...base, upstream: HOSTILE_LINES } },
    { field: "prefix with line breaks", o: { ...base, prefix: HOSTILE_LINES } },
    { field: "publicPaths with line breaks", o: { ...base, publicPaths: [`/${HOSTILE_LINES}/`] } },
  ])("an app keeps a hostile $field intact, as the YAML does", ({ o }) => {
    const nix = evaluate(generateNix(o));
    const yaml = parse(generateTraefikDynamic(o)) as unknown;
    expect(nix).toEqual(yaml);
    expect(yaml).toEqual(plain(traefikDynamicConfig(o)));
    expect(JSON.stringify(nix)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it.each([
    { field: "authAddress", s: { ...baseShared, authAddress: HOSTILE } },
    { field: "prefix", s: { ...baseShared, prefix: HOSTILE } },
    { field: "authAddress with line breaks", s: { ...baseShared, authAddress: HOSTILE_LINES } },
    { field: "prefix with line breaks", s: { ...baseShared, prefix: HOSTILE_LINES } },
  ])("the shared pieces keep a hostile $field intact, as the YAML does", ({ s }) => {
    const nix = evaluate(generateNixShared(s));
    const yaml = parse(generateTraefikShared(s)) as unknown;
    expect(nix).toEqual(yaml);
    expect(yaml).toEqual(plain(traefikSharedConfig(s)));
    expect(JSON.stringify(nix)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it.each(["", HOSTILE, "${", "$${", "\\${", "$", "\\", '"', "''", "''${", "\r\n", "é ☃"])(
    "reads back the string %j",
    (s) => {
      expect(evaluate(`{ ${nixName(s === "" ? "empty" : s)} = ${nixString(s)}; }`)).toEqual({
        [s === "" ? "empty" : s]: s,
      });
    },
  );
});
