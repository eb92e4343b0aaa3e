// Issue 17: the Nginx Proxy Manager and NixOS pages are linked from the docs index, and what they
// tell users to set matches the code.
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/run-cli.ts";
import { readRepoFile } from "../helpers/bundle.ts";

describe("the setup pages", () => {
  it.each(["nginx-proxy-manager.md", "nixos.md"])("docs/README.md links %s", (page) => {
    expect(readRepoFile("docs/README.md")).toContain(`(${page})`);
    expect(readRepoFile("README.md")).toContain(`(docs/${page})`);
  });

  it("--help names both commands", () => {
    expect(USAGE).toMatch(/^ {2}npm {7}Nginx Proxy Manager/m);
    expect(USAGE).toMatch(/^ {2}nix {7}NixOS/m);
  });

  it("the NixOS page names only the _FILE variables that exist", () => {
    const page = readRepoFile("docs/nixos.md");
    const named = new Set(page.match(/FORWARD_AUTH_[A-Z_]+_FILE\b/g));
    expect([...named].sort()).toEqual([
      "FORWARD_AUTH_CLIENT_SECRET_FILE",
      "FORWARD_AUTH_SECRET_FILE",
    ]);
    expect(page).toContain("MemoryDenyWriteExecute = false;");
  });

  it("the NixOS page gives Traefik the shared set once, next to the apps' sets", () => {
    const page = readRepoFile("docs/nixos.md");
    expect(page).toContain("npx forward-auth config nix --shared --auth-address");
    expect(page).toMatch(
      /dynamicConfigOptions = lib\.mkMerge \[\n\s+\(import \.\/traefik\/forward-auth\.nix\)\n\s+\(import \.\/traefik\/music\.nix\)/,
    );
    // An app's set has no forward-auth address: the generator refuses --auth-address for it.
    expect(page).not.toMatch(/config nix --host[^`]*--auth-address/);
  });
});
