// The nginx configuration shipped in examples/nginx, checked with the real nginx (Debian's
// 1.22). The generated server block runs behind the real service in proxies.test.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NGINX, nginxArgs, nginxTestConfig, runTool, scratchDir } from "../helpers/proxies.ts";

describe("the shipped nginx configuration", () => {
  it("passes nginx -t once its host names are ones that resolve here", () => {
    const shipped = readFileSync(
      new URL("../../examples/nginx/forward-auth.conf", import.meta.url),
      "utf8",
    );
    const dir = scratchDir("nginx");
    try {
      // nginx resolves proxy_pass host names when it loads the configuration, and forward-auth
      // and navidrome are Docker service names; the certificate is certbot's path on a server.
      const cert = join(dir, "cert.pem");
      const key = join(dir, "key.pem");
      const openssl = runTool("openssl", [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
        ...["-subj", "/CN=music.example.com", "-keyout", key, "-out", cert],
      ]);
      expect(openssl.status).toBe(0);
      const site = shipped
        .replaceAll("http://forward-auth:9000", "http://127.0.0.1:9000")
        .replaceAll("http://navidrome:4533", "http://127.0.0.1:4533")
        .replaceAll("/etc/letsencrypt/live/music.example.com/fullchain.pem", cert)
        .replaceAll("/etc/letsencrypt/live/music.example.com/privkey.pem", key);
      expect(site).not.toMatch(/forward-auth:|navidrome:|letsencrypt/);
      writeFileSync(join(dir, "site.conf"), site);
      writeFileSync(join(dir, "nginx.conf"), nginxTestConfig(dir));
      const test = runTool(NGINX, ["-t", ...nginxArgs(dir, "")]);
      expect(test.stderr).toContain("test is successful");
      expect(test.stderr).not.toMatch(/\[(warn|emerg|crit|alert)\]/);
      expect(test.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
