// The nginx configuration shipped in examples/nginx, checked with the real nginx (Debian's
// 1.22). The generated server block runs behind the real service in proxies.test.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateNginx } from "../../src/proxy-config/nginx.ts";
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

// Issue 13, item 12: each generated file carries the WebSocket map, so several apps' files sit in
// one http context; the client_max_body_size the comment suggests is valid where it stands.
describe("generated nginx sites side by side", () => {
  it("pass nginx -t with two apps' files and their body-size line uncommented", () => {
    const dir = scratchDir("nginx");
    try {
      const site = (host: string, port: number) =>
        generateNginx(
          {
            host,
            upstream: "http://127.0.0.1:4533",
            publicPaths: ["/api/"],
            authAddress: "http://127.0.0.1:9000",
            prefix: "/outpost.goauthentik.io",
            name: host.split(".")[0] ?? host,
          },
          { listen: `127.0.0.1:${port}` },
        ).replace("# client_max_body_size 50000M;", "client_max_body_size 50000M;");
      const both = site("photos.example.com", 18081) + site("music.example.com", 18082);
      expect(both.match(/^map \$http_upgrade/gm)).toHaveLength(2);
      expect(both.match(/^\tclient_max_body_size 50000M;$/gm)).toHaveLength(2);
      writeFileSync(join(dir, "site.conf"), both);
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
