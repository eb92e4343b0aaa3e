// The Caddyfile shipped in examples/caddy, checked with the real Caddy (Debian's 2.6.2). The
// generated Caddyfile runs behind the real service in proxies.test.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CADDY, caddyEnv, runTool, scratchDir } from "../helpers/proxies.ts";

describe("the shipped Caddyfile", () => {
  it("is accepted by Caddy as it is, and already formatted as caddy fmt would", () => {
    const shipped = readFileSync(
      new URL("../../examples/caddy/Caddyfile", import.meta.url),
      "utf8",
    );
    const dir = scratchDir("caddy");
    try {
      const file = join(dir, "Caddyfile");
      writeFileSync(file, shipped);
      const env = caddyEnv(dir);
      const adapt = runTool(CADDY, ["adapt", "--config", file, "--adapter", "caddyfile"], env);
      // Caddy logs warnings (an unformatted file, an unknown option) as JSON lines on stderr.
      expect(adapt.stderr).toBe("");
      expect(adapt.status).toBe(0);
      expect(adapt.stdout).toContain('"uri":"/outpost.goauthentik.io/auth/caddy"');
      const fmt = runTool(CADDY, ["fmt", file], env);
      expect(fmt.status).toBe(0);
      expect(fmt.stdout).toBe(shipped);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
