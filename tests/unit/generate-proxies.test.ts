import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IDENTITY_HEADER_NAMES } from "../../src/auth/identity-headers.ts";
import { generateCaddy } from "../../src/proxy-config/caddy.ts";
import { generateNginx } from "../../src/proxy-config/nginx.ts";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";

/** The options the shipped examples are generated from (README and issue 3). */
const EXAMPLE: GenerateOptions = {
  host: "music.example.com",
  upstream: "http://navidrome:4533",
  publicPaths: ["/rest/", "/share/"],
  authAddress: "http://forward-auth:9000",
  prefix: "/outpost.goauthentik.io",
  name: "music",
};

/** One block of a Caddyfile or nginx configuration: its opening line, directives and blocks. */
interface Block {
  readonly head: string;
  readonly directives: string[];
  readonly blocks: Block[];
}

/**
 * Just enough of both formats for these outputs: a line ending in "{" opens a block, a line
 * "}" closes one, any other non-comment line is a directive of the innermost block.
 */
function parseBlocks(text: string): Block {
  const root: Block = { head: "", directives: [], blocks: [] };
  const stack = [root];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const current = stack.at(-1);
    if (current === undefined) throw new Error(`unbalanced "}" before: ${line}`);
    if (line === "" || line.startsWith("#")) continue;
    if (line === "}") {
      stack.pop();
    } else if (line.endsWith("{")) {
      const block: Block = { head: line.slice(0, -1).trim(), directives: [], blocks: [] };
      current.blocks.push(block);
      stack.push(block);
    } else {
      current.directives.push(line);
    }
  }
  if (stack.length !== 1) throw new Error("unclosed block");
  return root;
}

/** The only block under `parent` whose opening line is `head`. */
function child(parent: Block, head: string): Block {
  const found = parent.blocks.filter((b) => b.head === head);
  if (found.length !== 1) {
    throw new Error(`expected one "${head}" in "${parent.head}", got ${found.length}`);
  }
  return found[0] as Block;
}

describe("the shipped proxy examples", () => {
  it.each([
    { file: "examples/caddy/Caddyfile", generate: generateCaddy },
    { file: "examples/nginx/forward-auth.conf", generate: generateNginx },
  ])("$file is exactly the generator's output for music.example.com", ({ file, generate }) => {
    const shipped = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
    expect(shipped).toBe(generate(EXAMPLE));
  });
});

describe("generateCaddy", () => {
  const site = child(parseBlocks(generateCaddy(EXAMPLE)), "music.example.com");
  const strip = [
    ...["_", ".", "!", "#", "$", "%", "&", "'", "*", "+", "^", "`", "|", "~"].map(
      (c) => `request_header -*${c}*`,
    ),
    ...IDENTITY_HEADER_NAMES.map((name) => `request_header -${name}`),
  ];

  it("sends the prefix to forward-auth, with no login in front", () => {
    const outpost = child(site, "handle /outpost.goauthentik.io/*");
    expect(outpost.directives).toEqual(["reverse_proxy http://forward-auth:9000"]);
  });

  it("makes a path public only when both the cleaned path and the URI as sent match", () => {
    expect(child(site, "@public").directives).toEqual([
      "path_regexp ^(?:/rest/|/share/)",
      'expression `{http.request.uri}.matches(r"^(?:/rest/|/share/)")`',
    ]);
  });

  it("strips every identity header, in any spelling, before proxying a public path", () => {
    const route = child(child(site, "handle @public"), "route");
    expect(route.directives).toEqual([...strip, "reverse_proxy http://navidrome:4533"]);
  });

  it("strips client identity headers before forward_auth, inside route so the order holds", () => {
    const protectedHandle = child(site, "handle");
    expect(protectedHandle.directives).toEqual([]);
    const route = child(protectedHandle, "route");
    // Directives before the forward_auth block, then after it; the parser keeps their order.
    expect(route.directives).toEqual([...strip, "reverse_proxy http://navidrome:4533"]);
    const auth = child(route, "forward_auth http://forward-auth:9000");
    expect(auth.directives).toEqual(["uri /outpost.goauthentik.io/auth/caddy"]);
    expect(child(auth, "copy_headers").directives).toEqual([...IDENTITY_HEADER_NAMES]);
    const text = generateCaddy(EXAMPLE);
    const protectedPart = text.slice(text.lastIndexOf("\thandle {"));
    expect(protectedPart.indexOf("request_header -Remote-Name")).toBeLessThan(
      protectedPart.indexOf("forward_auth "),
    );
  });

  it("has no public route without public paths: an empty pattern would match everything", () => {
    const bare = child(parseBlocks(generateCaddy({ ...EXAMPLE, publicPaths: [] })), EXAMPLE.host);
    expect(bare.blocks.map((b) => b.head)).toEqual(["handle /outpost.goauthentik.io/*", "handle"]);
  });

  it("matches public paths literally (regexp metacharacters escaped)", () => {
    const text = generateCaddy({ ...EXAMPLE, publicPaths: ["/api.v1/", "/a+b/"] });
    expect(text).toContain("path_regexp ^(?:/api\\.v1/|/a\\+b/)");
    expect(text).toContain('.matches(r"^(?:/api\\.v1/|/a\\+b/)")');
  });

  it("uses the configured prefix everywhere", () => {
    const text = generateCaddy({ ...EXAMPLE, prefix: "/sso" });
    expect(text).not.toContain("outpost.goauthentik.io");
    expect(text).toContain("handle /sso/* {");
    expect(text).toContain("uri /sso/auth/caddy");
  });

  it("takes a plain-HTTP site address and a bind address for tests", () => {
    const text = generateCaddy(EXAMPLE, { address: "http://127.0.0.1:8080", bind: "127.0.0.1" });
    const test = child(parseBlocks(text), "http://127.0.0.1:8080");
    expect(test.directives).toEqual(["bind 127.0.0.1"]);
  });
});

describe("generateNginx", () => {
  const text = generateNginx(EXAMPLE);
  const server = child(parseBlocks(text), "server");
  const forwarding = [
    "proxy_set_header Host $http_host;",
    "proxy_set_header X-Forwarded-Proto $scheme;",
    "proxy_set_header X-Forwarded-Host $http_host;",
    "proxy_set_header X-Forwarded-For $remote_addr;",
  ];
  /** What a location that leads to the app adds: the WebSocket handshake passed on. */
  const toApp = [
    ...forwarding,
    "proxy_http_version 1.1;",
    "proxy_set_header Upgrade $http_upgrade;",
    "proxy_set_header Connection $forward_auth_connection_upgrade;",
  ];
  const variable = (name: string) => `$forward_auth_${name.toLowerCase().replaceAll("-", "_")}`;

  it("serves HTTPS and keeps nginx's defences against alias header names (_ and .)", () => {
    expect(server.directives).toEqual([
      "listen 443 ssl;",
      "listen [::]:443 ssl;",
      "server_name music.example.com;",
      "ssl_certificate /etc/letsencrypt/live/music.example.com/fullchain.pem;",
      "ssl_certificate_key /etc/letsencrypt/live/music.example.com/privkey.pem;",
      "underscores_in_headers off;",
      "ignore_invalid_headers on;",
    ]);
  });

  it("sends the prefix to forward-auth with the original host and scheme", () => {
    expect(child(server, "location ^~ /outpost.goauthentik.io/").directives).toEqual([
      "proxy_pass http://forward-auth:9000;",
      ...forwarding,
    ]);
  });

  it("asks /auth/nginx in an internal subrequest without the body", () => {
    expect(child(server, "location = /outpost.goauthentik.io/auth/nginx").directives).toEqual([
      "internal;",
      "proxy_pass http://forward-auth:9000;",
      "proxy_pass_request_body off;",
      'proxy_set_header Content-Length "";',
      "proxy_set_header Host $http_host;",
      "proxy_set_header X-Original-URL $scheme://$http_host$request_uri;",
      "proxy_set_header X-Original-Method $request_method;",
      "proxy_set_header X-Forwarded-For $remote_addr;",
    ]);
  });

  it("turns auth_request's 401, 403 and 500 into forward-auth's answer at /auth/caddy", () => {
    expect(child(server, "location @forward_auth_login").directives).toEqual([
      "rewrite ^ /outpost.goauthentik.io/auth/caddy? break;",
      "proxy_pass http://forward-auth:9000;",
      "proxy_pass_request_body off;",
      'proxy_set_header Content-Length "";',
      "proxy_set_header Host $http_host;",
      "proxy_set_header X-Forwarded-Method $request_method;",
      "proxy_set_header X-Forwarded-Proto $scheme;",
      "proxy_set_header X-Forwarded-Host $http_host;",
      "proxy_set_header X-Forwarded-Uri $request_uri;",
      "proxy_set_header X-Forwarded-For $remote_addr;",
    ]);
  });

  it.each(["/rest/", "/share/"])(
    "proxies public %s with its normalised path and every identity header removed",
    (path) => {
      expect(child(server, `location ^~ ${path}`).directives).toEqual([
        `proxy_pass http://navidrome:4533${path};`,
        ...toApp,
        ...IDENTITY_HEADER_NAMES.map((name) => `proxy_set_header ${name} "";`),
      ]);
    },
  );

  it("sets every identity header from the auth response on the protected location", () => {
    expect(child(server, "location /").directives).toEqual([
      "auth_request /outpost.goauthentik.io/auth/nginx;",
      "error_page 401 403 500 = @forward_auth_login;",
      ...IDENTITY_HEADER_NAMES.map(
        (name) =>
          `auth_request_set ${variable(name)} $upstream_http_${name.toLowerCase().replaceAll("-", "_")};`,
      ),
      "proxy_pass http://navidrome:4533;",
      ...toApp,
      ...IDENTITY_HEADER_NAMES.map((name) => `proxy_set_header ${name} ${variable(name)};`),
    ]);
  });

  // Issue 13, item 12: Immich (README's own example) needs WebSockets and large uploads.
  it("defines the Connection map beside the server block, in the http context (regression: WebSocket upgrades were dropped)", () => {
    const root = parseBlocks(text);
    expect(root.blocks.map((b) => b.head)).toEqual([
      "map $http_upgrade $forward_auth_connection_upgrade",
      "server",
    ]);
    expect(child(root, "map $http_upgrade $forward_auth_connection_upgrade").directives).toEqual([
      "default upgrade;",
      "'' close;",
    ]);
  });

  it("says what to do about client_max_body_size, and sets none itself (regression: uploads over 1 MB got 413 unexplained)", () => {
    expect(text).toContain(
      "\t# Uploads: nginx refuses a request body over 1 MB with 413 (client_max_body_size's default),\n",
    );
    expect(text).toContain("\t# client_max_body_size 50000M;\n");
    expect(text).not.toMatch(/^\s*client_max_body_size/m);
  });

  it("has exactly these locations", () => {
    expect(server.blocks.map((b) => b.head)).toEqual([
      "location ^~ /outpost.goauthentik.io/",
      "location = /outpost.goauthentik.io/auth/nginx",
      "location @forward_auth_login",
      "location ^~ /rest/",
      "location ^~ /share/",
      "location /",
    ]);
    const bare = child(parseBlocks(generateNginx({ ...EXAMPLE, publicPaths: [] })), "server");
    expect(bare.blocks.map((b) => b.head)).not.toContain("location ^~ /rest/");
  });

  it("uses the configured prefix everywhere", () => {
    const text = generateNginx({ ...EXAMPLE, prefix: "/sso" });
    expect(text).not.toContain("outpost.goauthentik.io");
    expect(text).toContain("auth_request /sso/auth/nginx;");
    expect(text).toContain("rewrite ^ /sso/auth/caddy? break;");
  });

  it("listens on a plain-HTTP address for tests, without certificates", () => {
    const test = child(parseBlocks(generateNginx(EXAMPLE, { listen: "127.0.0.1:8080" })), "server");
    expect(test.directives.slice(0, 3)).toEqual([
      "listen 127.0.0.1:8080;",
      "server_name music.example.com;",
      "underscores_in_headers off;",
    ]);
  });
});
