// Regression: `node bin/forward-auth.js` on the machine's older Node (v20 at /usr/bin/node) failed
// with ERR_UNKNOWN_FILE_EXTENSION ".ts". The bin now runs the command again on the project's own
// Node (node_modules/.bin/node, from `npm ci`), or says in one line what it needs.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/run-cli.ts";
import { ROOT } from "../helpers/bundle.ts";
import { PREFIX, SECRET_A, testEnv } from "../helpers/harness.ts";
import { freePort } from "../helpers/process.ts";

const OLD_NODE = "/usr/bin/node";
const BIN = `${ROOT}bin/forward-auth.js`;

/** The version of /usr/bin/node, when it is one that cannot strip types (before 22.18). */
function olderNode(): string | undefined {
  const result = spawnSync(OLD_NODE, ["--version"], { encoding: "utf8" });
  const version = result.status === 0 ? result.stdout.trim() : "";
  const [major = 0, minor = 0] = version.slice(1).split(".").map(Number);
  return version !== "" && (major < 22 || (major === 22 && minor < 18)) ? version : undefined;
}
const old = olderNode();
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

const run = (args: readonly string[], env: Record<string, string> = {}) =>
  spawnSync(OLD_NODE, [...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 20_000,
  });

describe.skipIf(old === undefined)(
  `bin/forward-auth.js on ${old ?? "an older Node (skipped: /usr/bin/node is missing or 22.18 or later)"}`,
  () => {
    it("prints the help through the project's Node, with nothing else", () => {
      const result = run([BIN, "--help"]);
      expect([result.status, result.stdout, result.stderr]).toEqual([0, USAGE, ""]);
      expect(result.stdout + result.stderr).not.toMatch(/EBADENGINE|ERR_UNKNOWN_FILE_EXTENSION/);
    });

    it("passes the command's exit code and output through", () => {
      const result = run([BIN, "config", "traefik", "--host", "a b"]);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        "",
        "forward-auth: invalid arguments\n" +
          "  --upstream: is required, e.g. --upstream http://navidrome:4533\n" +
          '  --host: must be a host name like music.example.com (got "a b")\n' +
          "Run forward-auth --help for usage.\n",
      ]);
    });

    it("serves, passes SIGHUP on (the rules reload) instead of dying of it, and stops on SIGTERM", async () => {
      const dir = mkdtempSync(join(tmpdir(), "forward-auth-old-node-"));
      cleanups.push(() => {
        rmSync(dir, { recursive: true, force: true });
      });
      const rules = join(dir, "rules.yml");
      writeFileSync(rules, "apps:\n  - host: music.example.com\n    rules: []\n");
      const port = await freePort();
      const child = spawn(OLD_NODE, [BIN], {
        env: {
          PATH: process.env.PATH ?? "",
          ...testEnv("http://127.0.0.1:1/"),
          FORWARD_AUTH_LISTEN: `127.0.0.1:${port}`,
          FORWARD_AUTH_CONFIG: rules,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const exited = new Promise<[number | null, string | null]>((resolve) =>
        child.on("exit", (code, signal) => {
          resolve([code, signal]);
        }),
      );
      const ping = () =>
        fetch(`http://127.0.0.1:${port}${PREFIX}/ping`).then(
          (r) => r.status,
          () => 0,
        );
      for (let i = 0; i < 200 && (await ping()) !== 204; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await ping()).toBe(204);

      child.kill("SIGHUP");
      await new Promise((r) => setTimeout(r, 300));
      expect([child.exitCode, child.signalCode, await ping()]).toEqual([null, null, 204]);

      child.kill("SIGTERM");
      expect(await exited).toEqual([0, null]);
      expect(output).toContain('"signal":"SIGTERM"');
      expect(output).toContain('"msg":"stopped"');
      expect(output).not.toContain(SECRET_A);
    });

    it("says in one line what it needs when the project's Node is not installed", () => {
      // A copy of the bin beside sources but without node_modules, as after a clone without
      // `npm ci`.
      const dir = mkdtempSync(join(tmpdir(), "forward-auth-no-node-"));
      cleanups.push(() => {
        rmSync(dir, { recursive: true, force: true });
      });
      mkdirSync(join(dir, "bin"));
      mkdirSync(join(dir, "src", "cli"), { recursive: true });
      copyFileSync(BIN, join(dir, "bin", "forward-auth.js"));
      writeFileSync(join(dir, "src", "cli", "run-cli.ts"), "export {};\n");
      writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
      const result = run([join(dir, "bin", "forward-auth.js"), "--help"]);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        1,
        "",
        `forward-auth: needs Node.js 22.18 or later (this is ${old ?? ""}); run it with npx forward-auth after npm ci, or install Node 24\n`,
      ]);
    });
  },
);
