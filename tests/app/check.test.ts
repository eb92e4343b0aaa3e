// `forward-auth check` against the real test provider: each finding a line, exit 1 on any ✗.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { describe, expect, it } from "vitest";
import { parseAppHost } from "../../src/self-check/app-host.ts";
import { runCheck } from "../../src/self-check/run-check.ts";
import { runCli } from "../../src/cli/run-cli.ts";
import type { FetchLike } from "../../src/oidc/errors.ts";
import { CLIENT_ID, CLIENT_SECRET, callbackUris, testEnv, USERS } from "../helpers/harness.ts";
import { ROOT } from "../helpers/bundle.ts";
import { startTestIdp } from "../helpers/idp.ts";
import { useIdp } from "../helpers/use-service.ts";

const HOST = "music.example.com";
const CALLBACK = "/outpost.goauthentik.io/callback";
const PLAIN_HTTP =
  "! FORWARD_AUTH_ISSUER: uses plain http; acceptable only on a private network between the service and the provider";
const SIGNED_OUT = "/outpost.goauthentik.io/signed_out";
const REGISTER = `  register this redirect URI at the provider: https://${HOST}${CALLBACK}`;
// Issue 16: the one post-logout URI of each login host, printed next to its callback.
const REGISTER_LOGOUT = `  and this post-logout redirect URI: https://${HOST}${SIGNED_OUT}`;
const MANY =
  "  register these redirect URIs at the provider, each with its post-logout redirect URI:";
const SKIPPED = "  keys and client credentials not checked: they need the discovery document";
// Without FORWARD_AUTH_DATA_DIR or FORWARD_AUTH_REDIS_URL: a note, not a failure (check-stores.test.ts).
const IN_MEMORY =
  "  revocations (sign-outs, back-channel logouts) are kept in memory only, until a restart; set FORWARD_AUTH_DATA_DIR to keep them on disk";

const idp = useIdp();

interface Checked {
  readonly code: number;
  readonly lines: string[];
}

async function check(
  env: Record<string, string>,
  options: { hosts?: string[]; fetch?: FetchLike; readFile?: (path: string) => string } = {},
): Promise<Checked> {
  const lines: string[] = [];
  const code = await runCheck(
    env,
    options.readFile ??
      (() => {
        throw new Error("no files in this test");
      }),
    {
      hosts: (options.hosts ?? [HOST]).map(parseAppHost),
      fetch: options.fetch ?? globalThis.fetch,
      write: (line) => lines.push(line),
      timeoutMs: 2000,
    },
  );
  return { code, lines };
}

/** The lines of a run where every check passes, for the harness's provider. */
function allGood(issuer: string, method = "client_secret_basic"): string[] {
  return [
    "✓ configuration valid",
    `✓ discovery: ${issuer} (issuer matches)`,
    "✓ keys: 1 key (RS256)",
    `✓ client credentials accepted by the token endpoint (${method})`,
    IN_MEMORY,
    REGISTER,
    REGISTER_LOGOUT,
    PLAIN_HTTP,
  ];
}

/** The real fetch, except for requests to `pathname` on the provider, which `answer` handles. */
function intercept(
  pathname: string,
  answer: (init: RequestInit | undefined) => Promise<Response> | Response,
): FetchLike {
  return (input, init) =>
    new URL(input).pathname === pathname ? Promise.resolve(answer(init)) : fetch(input, init);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("forward-auth check against the test provider", () => {
  it("passes every check, names the redirect URI, and exits 0", async () => {
    expect(await check(testEnv(idp.issuer))).toEqual({ code: 0, lines: allGood(idp.issuer) });
  });

  it("says no post-logout URI is used when the provider offers no end_session_endpoint", async () => {
    const result = await check(testEnv(idp.issuer), {
      fetch: intercept("/.well-known/openid-configuration", async () => {
        const doc = (await (
          await fetch(`${idp.issuer}/.well-known/openid-configuration`)
        ).json()) as Record<string, unknown>;
        delete doc["end_session_endpoint"];
        return Response.json(doc);
      }),
    });
    const lines = allGood(idp.issuer);
    lines[6] =
      "  the provider offers no end_session_endpoint: sign-out ends the session here only, no post-logout redirect URI is used";
    expect(result).toEqual({ code: 0, lines });
  });

  it("reads the client secret from FORWARD_AUTH_CLIENT_SECRET_FILE through the given reader", async () => {
    const env: Record<string, string> = testEnv(idp.issuer);
    delete env.FORWARD_AUTH_CLIENT_SECRET;
    const read: string[] = [];
    const result = await check(
      { ...env, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/secrets/client_secret" },
      {
        readFile: (path) => {
          read.push(path);
          return `${CLIENT_SECRET}\n`;
        },
      },
    );
    expect(result).toEqual({ code: 0, lines: allGood(idp.issuer) });
    expect(read).toEqual(["/run/secrets/client_secret"]);
  });

  it.each([
    {
      name: "a wrong client secret",
      overrides: { FORWARD_AUTH_CLIENT_SECRET: "not the secret at all" },
      want: `✗ client id or secret rejected by the token endpoint (HTTP 401 invalid_client "client authentication failed"; client_secret_basic); check FORWARD_AUTH_CLIENT_ID ("${CLIENT_ID}") and FORWARD_AUTH_CLIENT_SECRET (21 characters)`,
    },
    {
      name: "a wrong client id",
      overrides: { FORWARD_AUTH_CLIENT_ID: "no-such-client" },
      want: `✗ client id or secret rejected by the token endpoint (HTTP 401 invalid_client "client authentication failed"; client_secret_basic); check FORWARD_AUTH_CLIENT_ID ("no-such-client") and FORWARD_AUTH_CLIENT_SECRET (${CLIENT_SECRET.length} characters)`,
    },
  ])("reports $name as rejected credentials, exit 1", async ({ overrides, want }) => {
    const result = await check(testEnv(idp.issuer, overrides));
    const lines = allGood(idp.issuer);
    lines[3] = want;
    expect(result).toEqual({ code: 1, lines });
    const output = result.lines.join("\n");
    expect(output).not.toContain(CLIENT_SECRET);
    expect(output).not.toContain("not the secret at all");
  });

  it("reports a provider that names another issuer, and skips the checks that need it", async () => {
    const configured = `http://localhost:${idp.port}`;
    expect(await check(testEnv(configured))).toEqual({
      code: 1,
      lines: [
        "✓ configuration valid",
        `✗ discovery: discovery document names issuer "${idp.issuer}", not the configured "${configured}/"`,
        SKIPPED,
        IN_MEMORY,
        REGISTER,
        REGISTER_LOGOUT,
        PLAIN_HTTP,
      ],
    });
  });

  it("reports an unreachable provider with the socket error, and skips the checks that need it", async () => {
    const port = await freePort();
    expect(await check(testEnv(`http://127.0.0.1:${port}`))).toEqual({
      code: 1,
      lines: [
        "✓ configuration valid",
        `✗ discovery: request to http://127.0.0.1:${port}/.well-known/openid-configuration failed (connect ECONNREFUSED 127.0.0.1:${port})`,
        SKIPPED,
        IN_MEMORY,
        REGISTER,
        REGISTER_LOGOUT,
        PLAIN_HTTP,
      ],
    });
  });

  // Regression: "discovery answered HTTP 404" did not say which URL; a wrong realm or slug
  // shows at once in the whole URL.
  it("reports a provider that answers discovery with an error status, naming the URL asked", async () => {
    const result = await check(testEnv(`${idp.issuer}/no/such/issuer`));
    expect(result.code).toBe(1);
    expect(result.lines.slice(1, 4)).toEqual([
      `✗ discovery: ${idp.issuer}/no/such/issuer/.well-known/openid-configuration answered HTTP 404`,
      SKIPPED,
      IN_MEMORY,
    ]);
  });

  it("uses client_secret_post at a provider that accepts only that", async () => {
    const postOnly = await startTestIdp({
      users: [USERS.alice],
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: callbackUris(),
          token_endpoint_auth_method: "client_secret_post",
        },
      ],
      clientAuthMethods: ["client_secret_post"],
    });
    try {
      expect(await check(testEnv(postOnly.issuer))).toEqual({
        code: 0,
        lines: allGood(postOnly.issuer, "client_secret_post"),
      });
      const wrong = await check(testEnv(postOnly.issuer, { FORWARD_AUTH_CLIENT_SECRET: "wrong" }));
      expect([wrong.code, wrong.lines[3]]).toEqual([
        1,
        `✗ client id or secret rejected by the token endpoint (HTTP 401 invalid_client "client authentication failed"; client_secret_post); check FORWARD_AUTH_CLIENT_ID ("${CLIENT_ID}") and FORWARD_AUTH_CLIENT_SECRET (5 characters)`,
      ]);
    } finally {
      await postOnly.close();
    }
  });
});

describe("forward-auth check: invalid configuration", () => {
  it("lists every problem, checks nothing else, never shows a secret, and exits 1", async () => {
    const clientSecret = "client-secret-that-must-not-appear";
    const shortSecret = "sealing-secret-too-short";
    let fetched = 0;
    const result = await check(
      {
        FORWARD_AUTH_ISSUER: "ftp://auth.example.com",
        FORWARD_AUTH_CLIENT_SECRET: clientSecret,
        FORWARD_AUTH_SECRET: shortSecret,
        FORWARD_AUTH_COOKIE_SECURE: "maybe",
      },
      {
        fetch: () => {
          fetched++;
          return Promise.reject(new Error("no request expected"));
        },
      },
    );
    expect(result).toEqual({
      code: 1,
      lines: [
        "✗ configuration invalid (4 problems)",
        '  FORWARD_AUTH_ISSUER: must be an http or https URL (got "ftp://auth.example.com"); set it to your provider\'s issuer URL',
        "  FORWARD_AUTH_CLIENT_ID: is required and not set; set it to the client id registered at your provider",
        "  FORWARD_AUTH_SECRET: secret #1 is too short (got 24 characters); each must be at least 32",
        '  FORWARD_AUTH_COOKIE_SECURE: must be true or false (got "maybe"); use true or false',
      ],
    });
    expect(fetched).toBe(0);
    const output = result.lines.join("\n");
    expect(output).not.toContain(clientSecret);
    expect(output).not.toContain(shortSecret);
  });

  // Regression (fail closed): a misspelt setting was a warning, and the service ran without it.
  it("refuses a misspelt setting, naming the real one", async () => {
    expect(await check(testEnv(idp.issuer, { FORWARD_AUTH_COOKIE_DOMIAN: "example.com" }))).toEqual(
      {
        code: 1,
        lines: [
          "✗ configuration invalid (1 problem)",
          "  FORWARD_AUTH_COOKIE_DOMIAN: is not a forward-auth setting; did you mean FORWARD_AUTH_COOKIE_DOMAIN?",
        ],
      },
    );
  });

  it("says so with one problem", async () => {
    const env: Record<string, string> = testEnv(idp.issuer);
    delete env.FORWARD_AUTH_SECRET;
    expect((await check(env)).lines).toEqual([
      "✗ configuration invalid (1 problem)",
      "  FORWARD_AUTH_SECRET: is required and not set; set it to a random string of at least 32 characters, e.g. `openssl rand -base64 48`",
    ]);
  });
});

describe("forward-auth check: redirect URIs and unsafe settings", () => {
  it.each([
    {
      name: "no --host: the pattern",
      hosts: [],
      overrides: {},
      want: [
        `  register this redirect URI at the provider for each app host: https://<app host>${CALLBACK}`,
        `  and this post-logout redirect URI for each: https://<app host>${SIGNED_OUT}`,
      ],
    },
    { name: "one host", hosts: [HOST], overrides: {}, want: [REGISTER, REGISTER_LOGOUT] },
    {
      name: "two hosts, custom prefix",
      hosts: [HOST, "photos.example.com"],
      overrides: { FORWARD_AUTH_PATH_PREFIX: "/_auth" },
      want: [
        MANY,
        `    https://${HOST}/_auth/callback  post-logout: https://${HOST}/_auth/signed_out`,
        "    https://photos.example.com/_auth/callback  post-logout: https://photos.example.com/_auth/signed_out",
      ],
    },
  ])("$name", async ({ hosts, overrides, want }) => {
    const result = await check(testEnv(idp.issuer, overrides), { hosts });
    expect(result.code).toBe(0);
    expect(result.lines.slice(5)).toEqual([...want, PLAIN_HTTP]);
  });

  const INSECURE_COOKIES =
    "! FORWARD_AUTH_COOKIE_SECURE: is false; cookies travel over plain http (test setups only)";

  // Regression: check refused `localhost:8080` and `http://…` hosts, and printed https redirect
  // URIs even where the service (FORWARD_AUTH_COOKIE_SECURE=false) builds http ones.
  it.each([
    {
      name: "host:port keeps its port",
      hosts: ["music.example.com:8443"],
      overrides: {},
      uris: [
        `  register this redirect URI at the provider: https://music.example.com:8443${CALLBACK}`,
        `  and this post-logout redirect URI: https://music.example.com:8443${SIGNED_OUT}`,
      ],
      warnings: [],
    },
    {
      name: "a plain-http origin of a test setup",
      hosts: ["http://music.localhost:8080"],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      uris: [
        `  register this redirect URI at the provider: http://music.localhost:8080${CALLBACK}`,
        `  and this post-logout redirect URI: http://music.localhost:8080${SIGNED_OUT}`,
      ],
      warnings: [INSECURE_COOKIES],
    },
    {
      name: "no scheme with insecure cookies: http, as the service assumes",
      hosts: ["localhost:8080", "[::1]:8080"],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      uris: [
        MANY,
        `    http://localhost:8080${CALLBACK}  post-logout: http://localhost:8080${SIGNED_OUT}`,
        `    http://[::1]:8080${CALLBACK}  post-logout: http://[::1]:8080${SIGNED_OUT}`,
      ],
      warnings: [INSECURE_COOKIES],
    },
    {
      name: "no --host with insecure cookies: the pattern in http",
      hosts: [],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      uris: [
        `  register this redirect URI at the provider for each app host: http://<app host>${CALLBACK}`,
        `  and this post-logout redirect URI for each: http://<app host>${SIGNED_OUT}`,
      ],
      warnings: [INSECURE_COOKIES],
    },
    {
      name: "the scheme's default port left out, as a browser's Host header does",
      hosts: ["https://music.example.com:443/", "HTTPS://Photos.Example.com"],
      overrides: {},
      uris: [
        MANY,
        `    https://music.example.com${CALLBACK}  post-logout: https://music.example.com${SIGNED_OUT}`,
        `    https://photos.example.com${CALLBACK}  post-logout: https://photos.example.com${SIGNED_OUT}`,
      ],
      warnings: [],
    },
  ])("redirect URIs: $name", async ({ hosts, overrides, uris, warnings }) => {
    const result = await check(testEnv(idp.issuer, overrides), { hosts });
    expect(result.code).toBe(0);
    expect(result.lines.slice(5)).toEqual([...uris, PLAIN_HTTP, ...warnings]);
  });

  const TRUST_ALL = (entry: string) =>
    `! FORWARD_AUTH_TRUSTED_PROXIES: trusts every address (got "${entry}"); any client that reaches forward-auth directly is believed about X-Forwarded-* headers; list only your proxies' addresses, like 172.16.0.0/12`;
  const INSECURE =
    "! FORWARD_AUTH_COOKIE_SECURE: is false; cookies travel over plain http (test setups only)";

  it.each([
    {
      name: "trusted proxies 0.0.0.0/0",
      hosts: [HOST],
      overrides: { FORWARD_AUTH_TRUSTED_PROXIES: "172.16.0.0/12, 0.0.0.0/0" },
      want: [TRUST_ALL("0.0.0.0/0")],
    },
    {
      name: "trusted proxies ::/0 and the IPv4-mapped everything",
      hosts: [HOST],
      overrides: { FORWARD_AUTH_TRUSTED_PROXIES: "::/0,::ffff:0.0.0.0/96" },
      want: [TRUST_ALL("::/0"), TRUST_ALL("::ffff:0.0.0.0/96")],
    },
    {
      name: "trusted proxies that are narrow",
      hosts: [HOST],
      overrides: { FORWARD_AUTH_TRUSTED_PROXIES: "0.0.0.0/8,::/1,10.0.0.1,::ffff:10.0.0.0/104" },
      want: [],
    },
    {
      name: "insecure cookies without a host",
      hosts: [],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      want: [INSECURE],
    },
    {
      name: "insecure cookies with https hosts",
      hosts: [`https://${HOST}`, "photos.example.com", "https://video.example.com:8443"],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      want: [
        INSECURE,
        `! FORWARD_AUTH_COOKIE_SECURE: is false while app hosts are served over https (${HOST}, video.example.com:8443); set it to true so the session cookie never travels over plain http`,
      ],
    },
    {
      name: "insecure cookies with hosts without a scheme: taken as plain http",
      hosts: [HOST, "localhost:8080"],
      overrides: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      want: [INSECURE],
    },
    {
      name: "secure cookies with plain-http hosts",
      hosts: ["http://music.localhost:8080", "photos.example.com", "http://127.0.0.1:8080"],
      overrides: {},
      want: [
        "! FORWARD_AUTH_COOKIE_SECURE: is true (its default) while app hosts are served over plain http (music.localhost:8080, 127.0.0.1:8080); browsers ignore Secure cookies set over http (most make an exception for localhost), so logins loop; serve them over https, or set it to false in a plain-http test setup",
      ],
    },
    {
      name: "a cookie domain that covers hosts with ports",
      hosts: ["music.example.com:8443", "http://photos.example.com:8080"],
      overrides: { FORWARD_AUTH_COOKIE_DOMAIN: "example.com", FORWARD_AUTH_COOKIE_SECURE: "false" },
      want: [INSECURE],
    },
    {
      name: "a cookie domain that covers every host",
      hosts: ["example.com", HOST, "a.b.example.com"],
      overrides: { FORWARD_AUTH_COOKIE_DOMAIN: ".Example.com" },
      want: [],
    },
    {
      name: "a cookie domain that misses hosts (no dot boundary, another domain)",
      hosts: [HOST, "badexample.com", "photos.example.org"],
      overrides: { FORWARD_AUTH_COOKIE_DOMAIN: "example.com" },
      want: [
        '! FORWARD_AUTH_COOKIE_DOMAIN: does not cover badexample.com, photos.example.org (got "example.com"); browsers refuse its cookies there, so logins loop; use a parent domain of every app host, or leave it unset',
      ],
    },
    {
      name: "a cookie domain below the host",
      hosts: ["example.com"],
      overrides: { FORWARD_AUTH_COOKIE_DOMAIN: "music.example.com" },
      want: [
        '! FORWARD_AUTH_COOKIE_DOMAIN: does not cover example.com (got "music.example.com"); browsers refuse its cookies there, so logins loop; use a parent domain of every app host, or leave it unset',
      ],
    },
  ])("warns about $name, and still exits 0", async ({ hosts, overrides, want }) => {
    const result = await check(testEnv(idp.issuer, overrides), { hosts });
    expect(result.code).toBe(0);
    expect(result.lines.filter((line) => line.startsWith("!"))).toEqual([PLAIN_HTTP, ...want]);
  });
});

describe("forward-auth check: odd answers from the provider", () => {
  const oauthError = (status: number, body: Record<string, string>) =>
    Response.json(body, { status });

  it.each<{
    name: string;
    answer: (init?: RequestInit) => Promise<Response> | Response;
    want: string;
  }>([
    {
      name: "invalid_request about the code verifier",
      answer: () =>
        oauthError(400, { error: "invalid_request", error_description: "code_verifier mismatch" }),
      want: "✓ client credentials accepted by the token endpoint (client_secret_basic)",
    },
    {
      name: "invalid_request about something else",
      answer: () =>
        oauthError(400, { error: "invalid_request", error_description: "missing parameter" }),
      want: '✗ client credentials: unexpected answer from the token endpoint (HTTP 400 invalid_request "missing parameter"; client_secret_basic); expected invalid_grant for a made-up code',
    },
    {
      name: "unauthorized_client",
      answer: () => oauthError(400, { error: "unauthorized_client" }),
      want: "✗ client credentials: unexpected answer from the token endpoint (HTTP 400 unauthorized_client; client_secret_basic); expected invalid_grant for a made-up code",
    },
    {
      name: "invalid_client with HTTP 400",
      answer: () => oauthError(400, { error: "invalid_client" }),
      want: `✗ client id or secret rejected by the token endpoint (HTTP 400 invalid_client; client_secret_basic); check FORWARD_AUTH_CLIENT_ID ("${CLIENT_ID}") and FORWARD_AUTH_CLIENT_SECRET (${CLIENT_SECRET.length} characters)`,
    },
    {
      name: "HTTP 401 without JSON",
      answer: () => new Response("<h1>Unauthorized</h1>", { status: 401 }),
      want: `✗ client id or secret rejected by the token endpoint (HTTP 401; client_secret_basic); check FORWARD_AUTH_CLIENT_ID ("${CLIENT_ID}") and FORWARD_AUTH_CLIENT_SECRET (${CLIENT_SECRET.length} characters)`,
    },
    {
      name: "an error description that echoes the secret, with a line break",
      answer: () =>
        oauthError(400, {
          error: "server_error",
          error_description: `bad secret ${CLIENT_SECRET}\r\n! injected line`,
        }),
      want: '✗ client credentials: unexpected answer from the token endpoint (HTTP 400 server_error "bad secret <client secret> ! injected line"; client_secret_basic); expected invalid_grant for a made-up code',
    },
    {
      name: "HTTP 500",
      answer: () => new Response("oops", { status: 500 }),
      want: "✗ client credentials: unexpected answer from the token endpoint (HTTP 500; client_secret_basic); expected invalid_grant for a made-up code",
    },
    {
      name: "HTTP 200 to a made-up code",
      answer: () => Response.json({ id_token: "x" }),
      want: "✗ client credentials: the token endpoint answered HTTP 200 to a made-up code (client_secret_basic)",
    },
    {
      name: "no answer before the deadline",
      answer: (init) =>
        new Promise((_, reject) => {
          init?.signal?.addEventListener("abort", () => {
            reject(init.signal?.reason as Error);
          });
        }),
      want: "✗ client credentials: request to ISSUER/token failed (The operation was aborted due to timeout)",
    },
  ])("token endpoint: $name", async ({ answer, want }) => {
    const lines: string[] = [];
    const code = await runCheck(testEnv(idp.issuer), () => "", {
      hosts: [parseAppHost(HOST)],
      fetch: intercept("/token", answer),
      write: (line) => lines.push(line),
      timeoutMs: 300,
    });
    expect([code, lines[3]]).toEqual([
      want.startsWith("✓") ? 0 : 1,
      want.replace("ISSUER", idp.issuer),
    ]);
    expect(lines.join("\n")).not.toContain(CLIENT_SECRET);
  });

  it("sends the first host's redirect URI with the scheme the service uses", async () => {
    let sent: URLSearchParams | undefined;
    const result = await check(testEnv(idp.issuer, { FORWARD_AUTH_COOKIE_SECURE: "false" }), {
      hosts: ["music.localhost:8080"],
      fetch: intercept("/token", (init) => {
        sent = new URLSearchParams(init?.body as URLSearchParams);
        return oauthError(400, { error: "invalid_grant" });
      }),
    });
    expect(result.code).toBe(0);
    expect(sent?.get("redirect_uri")).toBe(`http://music.localhost:8080${CALLBACK}`);
  });

  it("sends a made-up code, a dummy verifier and the first host's redirect URI", async () => {
    let sent: URLSearchParams | undefined;
    const result = await check(testEnv(idp.issuer), {
      hosts: ["photos.example.com", HOST],
      fetch: intercept("/token", (init) => {
        sent = new URLSearchParams(init?.body as URLSearchParams);
        return oauthError(400, { error: "invalid_grant" });
      }),
    });
    expect(result.code).toBe(0);
    expect(Object.fromEntries(sent ?? [])).toEqual({
      grant_type: "authorization_code",
      code: "forward-auth-check-invalid-code",
      redirect_uri: `https://photos.example.com${CALLBACK}`,
      code_verifier: "forward-auth-check-dummy-code-verifier-0123456789",
    });
  });

  const ecKey = async (): Promise<JWK> => {
    const { publicKey } = await generateKeyPair("ES256", { extractable: true });
    return { ...(await exportJWK(publicKey)), kid: "ec" };
  };
  const rsaKey = async (): Promise<JWK> => {
    const { publicKey } = await generateKeyPair("RS256", { extractable: true });
    return { ...(await exportJWK(publicKey)), kid: "rsa", use: "sig" };
  };

  it.each<{ name: string; answer: () => Promise<Response> | Response; want: string }>([
    {
      name: "HTTP 404",
      answer: () => new Response("not here", { status: 404 }),
      want: "✗ keys: ISSUER/jwks answered HTTP 404",
    },
    {
      name: "not JSON",
      answer: () => new Response("<html>\r\n<body>"),
      want: `✗ keys: the key set at ISSUER/jwks is not JSON (Unexpected token '<', "<html> <body>" is not valid JSON)`,
    },
    {
      name: "a JSON object that is not a key set",
      answer: () => Response.json({ keys: "none" }),
      want: "✗ keys: ISSUER/jwks is not a JSON Web Key Set (JSON Web Key Set malformed)",
    },
    {
      name: "no keys",
      answer: () => Response.json({ keys: [] }),
      want: "✗ keys: the key set at ISSUER/jwks holds no key",
    },
    {
      name: "only keys of the wrong type or use",
      answer: async () =>
        Response.json({
          keys: [await ecKey(), { ...(await rsaKey()), use: "enc" }, { kty: "oct", k: "c2VjcmV0" }],
        }),
      want: "✗ keys: none of the 3 keys at ISSUER/jwks verifies RS256, the ID token algorithms the provider advertises",
    },
    {
      name: "a private key",
      answer: async () => {
        const { privateKey } = await generateKeyPair("RS256", { extractable: true });
        return Response.json({ keys: [await exportJWK(privateKey)] });
      },
      want: "✗ keys: none of the 1 key at ISSUER/jwks verifies RS256, the ID token algorithms the provider advertises",
    },
    {
      name: "one usable key among others",
      answer: async () => Response.json({ keys: [await ecKey(), await rsaKey()] }),
      want: "✓ keys: 1 of 2 keys usable (RS256)",
    },
  ])("key set: $name", async ({ answer, want }) => {
    const lines: string[] = [];
    const code = await runCheck(testEnv(idp.issuer), () => "", {
      hosts: [parseAppHost(HOST)],
      fetch: intercept("/jwks", answer),
      write: (line) => lines.push(line),
    });
    expect([code, lines[2], lines[3]]).toEqual([
      want.startsWith("✓") ? 0 : 1,
      want.replaceAll("ISSUER", idp.issuer),
      // The credentials are checked whatever the keys.
      "✓ client credentials accepted by the token endpoint (client_secret_basic)",
    ]);
  });
});

describe("forward-auth check: a provider that signs ID tokens only with the client secret", () => {
  it("needs no keys and does not fetch them", async () => {
    const fetched: string[] = [];
    const result = await check(testEnv(idp.issuer), {
      fetch: async (input, init) => {
        const url = new URL(input);
        fetched.push(url.pathname);
        const response = await fetch(input, init);
        if (url.pathname !== "/.well-known/openid-configuration") return response;
        const doc = (await response.json()) as Record<string, unknown>;
        return Response.json({ ...doc, id_token_signing_alg_values_supported: ["HS256"] });
      },
    });
    expect([result.code, result.lines[2]]).toEqual([
      0,
      "✓ keys: none needed (ID tokens signed with the client secret: HS256)",
    ]);
    expect(fetched).toEqual(["/.well-known/openid-configuration", "/token"]);
  });
});

describe("forward-auth check from the command line", () => {
  it("runs through runCli with the injected environment and fetch", async () => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(
      ["check", "--host", "Music.Example.com", "--host=photos.example.com"],
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
      {
        serve: () => Promise.reject(new Error("check must not serve")),
        env: testEnv(idp.issuer),
        readFile: () => {
          throw new Error("no files in this test");
        },
        fetch: (input, init) => fetch(input, init),
      },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(
      [
        ...allGood(idp.issuer).slice(0, 5),
        MANY,
        `    https://${HOST}${CALLBACK}  post-logout: https://${HOST}${SIGNED_OUT}`,
        `    https://photos.example.com${CALLBACK}  post-logout: https://photos.example.com${SIGNED_OUT}`,
        PLAIN_HTTP,
        "",
      ].join("\n"),
    );
  });

  it("refuses bad arguments with exit 2 before loading anything", async () => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(
      [
        "check",
        "--host",
        "a b",
        "--host",
        HOST,
        "--host=https://music.example.com",
        "--host",
        "https://photos.example.com/app",
        "--hots",
        "x",
        "--host",
      ],
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
      { serve: () => Promise.resolve(), env: {} },
    );
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "forward-auth: invalid arguments",
        '  --host: must be a host, host:port or http(s) origin, like music.example.com or http://localhost:8080 (got "a b")',
        '  --host: given twice (got "https://music.example.com")',
        '  --host: must have no path, query or fragment, like https://music.example.com (got "https://photos.example.com/app")',
        '  unknown option "--hots"; check takes only --host',
        '  unexpected argument "x"; give hosts as --host x',
        "  --host: needs a value",
        "Run forward-auth --help for usage.",
        "",
      ].join("\n"),
    });
  });

  it("runs as the real bin, reading the process environment", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [`${ROOT}bin/forward-auth.js`, "check", "--host", HOST],
      {
        env: { PATH: process.env.PATH ?? "", ...testEnv(idp.issuer) },
        encoding: "utf8",
        timeout: 10_000,
      },
    );
    expect(stdout).toBe([...allGood(idp.issuer), ""].join("\n"));
  });

  it("exits 1 as the real bin when a check fails", async () => {
    const failure = await promisify(execFile)(
      process.execPath,
      [`${ROOT}bin/forward-auth.js`, "check"],
      {
        env: { PATH: process.env.PATH ?? "", ...testEnv(idp.issuer), FORWARD_AUTH_SECRET: "short" },
        encoding: "utf8",
        timeout: 10_000,
      },
    ).then(
      () => undefined,
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect([failure?.code, failure?.stdout]).toEqual([
      1,
      "✗ configuration invalid (1 problem)\n  FORWARD_AUTH_SECRET: secret #1 is too short (got 5 characters); each must be at least 32\n",
    ]);
  });
});

describe("check with one login host", () => {
  it("lists the login host's callback as the only redirect URI to register", async () => {
    const { lines } = await check(
      testEnv(idp.issuer, {
        FORWARD_AUTH_AUTH_HOST: "auth.example.com",
        FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
      }),
      { hosts: ["music.example.com", "photos.example.com"] },
    );
    expect(lines).toContain(
      "  register this redirect URI at the provider: https://auth.example.com/outpost.goauthentik.io/callback",
    );
    expect(lines).toContain(
      "  and this post-logout redirect URI: https://auth.example.com/outpost.goauthentik.io/signed_out",
    );
    expect(lines.join("\n")).not.toContain(
      "https://music.example.com/outpost.goauthentik.io/callback",
    );
  });

  it("gives the login host's callback the scheme written for it", async () => {
    const { lines } = await check(
      testEnv(idp.issuer, {
        FORWARD_AUTH_AUTH_HOST: "auth.example.com:8080",
        FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
        FORWARD_AUTH_COOKIE_SECURE: "false",
      }),
      { hosts: ["http://auth.example.com:8080"] },
    );
    expect(lines).toContain(
      "  register this redirect URI at the provider: http://auth.example.com:8080/outpost.goauthentik.io/callback",
    );
  });
});
