// `forward-auth config nix`, evaluated by the real Nix (Debian's nix-bin 2.8) and compared with
// `forward-auth config traefik` parsed as YAML: the same routers, middlewares and services.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../src/cli.ts";
import { generateNix, nixName, nixString } from "../../src/generate/nix.ts";
import type { GenerateOptions } from "../../src/generate/options.ts";
import { generateTraefikDynamic, traefikDynamicConfig } from "../../src/generate/traefik.ts";

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

const base: GenerateOptions = {
  host: "music.example.com",
  upstream: "http://navidrome:4533",
  publicPaths: ["/rest/", "/share/"],
  authAddress: "http://forward-auth:9000",
  prefix: "/outpost.goauthentik.io",
  name: "music-example-com",
};

/** Characters that mean something in a Nix string: ", \, ${, $${ and ''. */
const HOSTILE = "a\"b\\c${x}$${y}d$\\${z}''e`g$";
/**
 * With line breaks too. The CLI refuses both; the YAML generator writes values into its
 * comments, where a line break breaks the YAML, so this one is compared with the data only.
 */
const HOSTILE_LINES = `${HOSTILE}\n\tf\r`;

describe.skipIf(!found)("config nix evaluated by nix-instantiate", () => {
  it.each([
    { name: "an app with public paths", args: ["--public", "/rest/", "--public", "/share/"] },
    { name: "an app without public paths", args: [] },
    {
      name: "every option set",
      args: [
        ...["--public", "/api/v1/", "--public", "/api/", "--prefix", "/sso"],
        ...["--auth-address", "http://10.0.0.5:9000", "--name", "let"],
      ],
    },
  ])("equals config traefik for $name", async ({ args }) => {
    const common = ["--host", "music.example.com", "--upstream", "http://navidrome:4533", ...args];
    const nix = evaluate(await cli(["config", "nix", ...common]));
    const yaml = parse(await cli(["config", "traefik", ...common])) as unknown;
    expect(nix).toEqual(yaml);
    // The comparison has substance: the routers and both middlewares are there.
    expect(Object.keys((yaml as { http: { middlewares: object } }).http.middlewares)).toEqual([
      "forward-auth",
      "strip-identity-headers",
    ]);
  });

  it.each([
    { field: "host", o: { ...base, host: HOSTILE } },
    { field: "upstream", o: { ...base, upstream: HOSTILE } },
    { field: "authAddress", o: { ...base, authAddress: HOSTILE } },
    { field: "prefix", o: { ...base, prefix: HOSTILE } },
    { field: "publicPaths", o: { ...base, publicPaths: [`/${HOSTILE}/`] } },
  ])("keeps a hostile $field intact, as the YAML does", ({ o }) => {
    const nix = evaluate(generateNix(o));
    expect(nix).toEqual(parse(generateTraefikDynamic(o)));
    expect(JSON.stringify(nix)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it.each([
    { field: "host", o: { ...base, host: HOSTILE_LINES } },
    { field: "upstream", o: { ...base, upstream: HOSTILE_LINES } },
    { field: "prefix", o: { ...base, prefix: HOSTILE_LINES } },
    { field: "publicPaths", o: { ...base, publicPaths: [`/${HOSTILE_LINES}/`] } },
  ])("keeps a $field with line breaks intact, out of the comments", ({ o }) => {
    const nix = evaluate(generateNix(o));
    expect(nix).toEqual(JSON.parse(JSON.stringify(traefikDynamicConfig(o))));
    expect(JSON.stringify(nix)).toContain(JSON.stringify(HOSTILE_LINES).slice(1, -1));
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
