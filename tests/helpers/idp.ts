// A real OpenID provider for tests: panva's oidc-provider behind a plain node:http server that
// serves our own login form at /interaction/:uid and hands every other path to the provider.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import type { JWK } from "jose";
// @ts-expect-error -- oidc-provider 9 ships no type declarations; the subset used here is typed below
import * as oidcProvider from "oidc-provider";

export interface TestUser {
  sub: string;
  /** Login name typed in the form; returned as preferred_username. */
  username: string;
  password: string;
  email?: string;
  /** May contain non-Latin-1 characters, or CR/LF in hostile tests. */
  name?: string;
  /** Overrides username as the preferred_username claim (e.g. with "\r\n"). */
  preferredUsername?: string;
  /** The "groups" claim, released with scope "groups". */
  groups?: string[];
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  token_endpoint_auth_method?: "client_secret_basic" | "client_secret_post";
  /** Default ["authorization_code"]; "client_credentials" needs TestIdpOptions.clientCredentials. */
  grant_types?: ("authorization_code" | "client_credentials")[];
  /** Where the provider POSTs logout tokens; needs TestIdpOptions.backchannelLogout. */
  backchannel_logout_uri?: string;
  /** With a backchannel_logout_uri: ID and logout tokens carry the session's "sid". */
  backchannel_logout_session_required?: boolean;
}

/**
 * The client_credentials grant (RFC 6749 section 4.4) issuing JWT access tokens (RFC 9068) for one
 * resource server, named by a resource indicator (RFC 8707): POST grant_type=client_credentials
 * and resource=<resource> to the token endpoint. The token's "sub" is the client id.
 */
export interface TestClientCredentials {
  /** The resource indicator (an absolute URI) a token request must name. */
  resource: string;
  /** The access token's "aud". */
  audience: string;
  /** Scopes this resource server accepts (space-separated); default none. */
  scope?: string;
  /** Access token lifetime; default 600 s. */
  ttlSeconds?: number;
  /** Extra claims in every such token (oidc-provider's extraTokenClaims), e.g. groups. */
  claims?: Record<string, unknown>;
}

export interface TestIdpOptions {
  users: TestUser[];
  clients: TestClient[];
  /** Default 0: a random free port. Pass a previous port to restart "the same" provider. */
  port?: number;
  /** Private signing keys; default: one freshly generated RS256 key. */
  jwks?: { keys: JWK[] };
  idTokenTtlSeconds?: number;
  /** Default true: every authorization request must carry an S256 code_challenge. */
  requirePkce?: boolean;
  /**
   * oidc-provider's `clientAuthMethods`: the token endpoint authentication methods it accepts
   * and lists as token_endpoint_auth_methods_supported. Default: oidc-provider's own list.
   * Each client's token_endpoint_auth_method must be one of them.
   */
  clientAuthMethods?: string[];
  /** Off by default: enables the client_credentials grant with JWT access tokens. */
  clientCredentials?: TestClientCredentials;
  /** Awaited before each request is handled: lets a test make the provider slow. */
  beforeRequest?: (pathname: string) => Promise<void>;
  /**
   * Off by default: OpenID Connect Back-Channel Logout 1.0 (oidc-provider's
   * features.backchannelLogout). Ending a session at end_session POSTs a logout token to each
   * client's backchannel_logout_uri, which may be on loopback (see loopbackFetch).
   */
  backchannelLogout?: boolean;
}

export interface TestIdp {
  /** http://127.0.0.1:PORT, no trailing slash. */
  issuer: string;
  port: number;
  /** The private signing keys, so a restart can reuse them. */
  jwks: { keys: JWK[] };
  /** Stops listening and destroys open sockets; idempotent. */
  close(): Promise<void>;
}

// The subset of oidc-provider's API this helper uses.
interface Interaction {
  uid: string;
  prompt: {
    name: string;
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
  };
  params: Record<string, unknown>;
  session?: { accountId?: string };
  grantId?: string;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(resource: string, scope: string): void;
  save(): Promise<string>;
}
type InteractionResult =
  | { login: { accountId: string } }
  | { consent: { grantId?: string } }
  | { error: string; error_description: string };
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: InteractionResult,
    opts: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  };
}
interface OidcProviderModule {
  Provider: new (issuer: string, configuration: Record<string, unknown>) => Provider;
  errors: {
    SessionNotFound: new (...args: never[]) => Error;
    InvalidTarget: new (description?: string) => Error;
  };
}
interface KoaContext {
  type: string;
  body: unknown;
}

const { Provider, errors } = oidcProvider as unknown as OidcProviderModule;

const MAX_FORM_BYTES = 64 * 1024;
const INTERACTION_PATH = /^\/interaction\/([^/]+)(\/login)?$/;

export async function startTestIdp(opts: TestIdpOptions): Promise<TestIdp> {
  const jwks = opts.jwks ?? (await generateJwks());
  const server = createServer();
  await listen(server, opts.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  let provider: Provider;
  try {
    provider = new Provider(issuer, providerConfiguration(opts, jwks));
  } catch (err) {
    // A rejected configuration (bad client, bad key) must not leave the port bound.
    server.close();
    throw err;
  }
  const providerHandler = provider.callback();
  const users = opts.users;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", issuer);
    await opts.beforeRequest?.(pathname);
    const match = INTERACTION_PATH.exec(pathname);
    if (!match) {
      await providerHandler(req, res);
      return;
    }
    const uid = match[1] ?? "";
    const isSubmit = match[2] !== undefined;
    if (isSubmit ? req.method !== "POST" : req.method !== "GET") {
      send(res, 405, "text/plain", "method not allowed");
      return;
    }
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) {
      send(res, 400, "text/plain", "interaction does not match its cookie");
      return;
    }
    if (interaction.prompt.name === "consent" && !isSubmit) {
      await grantConsent(provider, req, res, interaction);
      return;
    }
    if (interaction.prompt.name !== "login") {
      send(res, 400, "text/plain", `unsupported prompt "${interaction.prompt.name}"`);
      return;
    }
    if (!isSubmit) {
      send(res, 200, "text/html", loginPage(interaction));
      return;
    }
    const form = await readForm(req);
    if (form === undefined) {
      send(res, 413, "text/plain", "form too large");
      return;
    }
    if (form.get("action") === "deny") {
      await provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "End-User denied the request" },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const username = form.get("username") ?? "";
    // Plain comparison: these are throw-away test credentials, timing does not matter.
    const user = users.find((u) => u.username === username && u.password === form.get("password"));
    if (!user) {
      send(res, 200, "text/html", loginPage(interaction, username));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", function testIdp(req: IncomingMessage, res: ServerResponse) {
    route(req, res).catch((err: unknown) => {
      // Never crash the test process: answer the error so the caller sees it in the response.
      const expired = err instanceof errors.SessionNotFound;
      const message = err instanceof Error ? err.message : String(err);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, expired ? 400 : 500, "text/plain", `test idp: ${message}`);
    });
  });

  let closing: Promise<void> | undefined;
  return {
    issuer,
    port,
    jwks,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
        // Keep-alive sockets would hold the port; drop them so a restart can bind at once.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function providerConfiguration(
  opts: TestIdpOptions,
  jwks: { keys: JWK[] },
): Record<string, unknown> {
  const bySub = new Map(opts.users.map((u) => [u.sub, u]));
  const requirePkce = opts.requirePkce ?? true;
  const grants = (c: TestClient) => c.grant_types ?? ["authorization_code"];
  return {
    adapter: createMemoryAdapter(),
    jwks: structuredClone(jwks),
    clients: opts.clients.map((c) => ({
      client_id: c.client_id,
      client_secret: c.client_secret,
      redirect_uris: c.redirect_uris,
      post_logout_redirect_uris: c.post_logout_redirect_uris ?? [],
      token_endpoint_auth_method: c.token_endpoint_auth_method ?? "client_secret_basic",
      grant_types: grants(c),
      // A client without the code grant may not have response types (oidc-provider checks).
      response_types: grants(c).includes("authorization_code") ? ["code"] : [],
      ...(c.backchannel_logout_uri !== undefined && {
        backchannel_logout_uri: c.backchannel_logout_uri,
        backchannel_logout_session_required: c.backchannel_logout_session_required ?? false,
      }),
    })),
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: ["openid", "profile", "email", "groups"],
    claims: {
      openid: ["sub"],
      profile: ["name", "preferred_username"],
      email: ["email", "email_verified"],
      groups: ["groups"],
    },
    responseTypes: ["code"],
    ...(opts.clientAuthMethods !== undefined && { clientAuthMethods: [...opts.clientAuthMethods] }),
    pkce: { required: () => requirePkce },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      ...(opts.clientCredentials !== undefined &&
        clientCredentialsFeatures(opts.clientCredentials)),
      ...(opts.backchannelLogout === true && { backchannelLogout: { enabled: true } }),
    },
    ...(opts.backchannelLogout === true && { fetch: loopbackFetch }),
    ...(opts.clientCredentials?.claims !== undefined && {
      extraTokenClaims: extraClaimsFor("ClientCredentials", opts.clientCredentials.claims),
    }),
    interactions: {
      url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}`,
    },
    findAccount(_ctx: unknown, sub: string) {
      const user = bySub.get(sub);
      if (!user) return undefined;
      return { accountId: user.sub, claims: () => accountClaims(user) };
    },
    // Explicit values for everything oidc-provider would otherwise warn about on first use.
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: opts.idTokenTtlSeconds ?? 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      ClientCredentials: opts.clientCredentials?.ttlSeconds ?? 600,
    },
    clientBasedCORS: () => false,
    renderError,
  };
}

/**
 * oidc-provider's outgoing requests (logout tokens) go through an undici dispatcher that drops
 * connections to special-use addresses, loopback among them (lib/helpers/fetch_request.js, an
 * SSRF guard). The service under test listens on 127.0.0.1, so this `fetch` (a documented
 * configuration option) sends without that dispatcher; everything else is as oidc-provider
 * sends it (method, headers, body, its 2.5 s timeout).
 */
function loopbackFetch(url: string | URL, options: RequestInit & { dispatcher?: unknown }) {
  const init = { ...options };
  delete init.dispatcher;
  return globalThis.fetch(url, init);
}

function clientCredentialsFeatures(cc: TestClientCredentials): Record<string, unknown> {
  const server = {
    scope: cc.scope ?? "",
    audience: cc.audience,
    accessTokenFormat: "jwt",
    accessTokenTTL: cc.ttlSeconds ?? 600,
  };
  return {
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      getResourceServerInfo(_ctx: unknown, indicator: string) {
        if (indicator !== cc.resource) throw new errors.InvalidTarget("unknown resource");
        return server;
      },
    },
  };
}

function extraClaimsFor(kind: string, claims: Record<string, unknown>) {
  return (_ctx: unknown, token: { kind: string }) =>
    token.kind === kind ? structuredClone(claims) : undefined;
}

function accountClaims(user: TestUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    sub: user.sub,
    preferred_username: user.preferredUsername ?? user.username,
  };
  if (user.name !== undefined) claims["name"] = user.name;
  if (user.email !== undefined) {
    claims["email"] = user.email;
    claims["email_verified"] = true;
  }
  if (user.groups !== undefined) claims["groups"] = user.groups;
  return claims;
}

// Consent is given automatically: grant exactly what the consent prompt reports as missing
// (the same steps as oidc-provider's example interaction routes, without the page).
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
): Promise<void> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params["client_id"];
  if (accountId === undefined || typeof clientId !== "string") {
    send(res, 400, "text/plain", "consent without a logged-in account or client_id");
    return;
  }
  const existing =
    interaction.grantId === undefined ? undefined : await provider.Grant.find(interaction.grantId);
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(" "));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: existing ? {} : { grantId } },
    { mergeWithLastSubmission: true },
  );
}

function loginPage(interaction: Interaction, failedUsername?: string): string {
  const action = `/interaction/${encodeURIComponent(interaction.uid)}/login`;
  const clientId = interaction.params["client_id"];
  const error =
    failedUsername === undefined
      ? ""
      : '<p id="error" role="alert">Invalid username or password.</p>';
  return page(
    "Sign in",
    `<h1>Sign in to the test IdP</h1>
<p>Client: <code id="client">${html(typeof clientId === "string" ? clientId : "")}</code></p>
${error}
<form id="login" method="post" action="${html(action)}">
<label>Username <input id="username" name="username" autocomplete="username" autofocus value="${html(failedUsername ?? "")}"></label>
<label>Password <input id="password" name="password" type="password" autocomplete="current-password"></label>
<button id="signin" type="submit" name="action" value="login">Sign in</button>
<button id="deny" type="submit" name="action" value="deny">Deny</button>
</form>`,
  );
}

// RP-initiated logout: oidc-provider passes a form that must be POSTed (with its xsrf field).
function logoutSource(ctx: KoaContext, form: string): void {
  ctx.type = "html";
  ctx.body = page(
    "Sign out",
    `<h1>Sign out of the test IdP?</h1>
${form}
<button id="logout-yes" type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button id="logout-no" type="submit" form="op.logoutForm">No, stay signed in</button>`,
  );
}

function postLogoutSuccessSource(ctx: KoaContext): void {
  ctx.type = "html";
  ctx.body = page("Signed out", '<h1 id="signed-out">Signed out</h1>');
}

function renderError(ctx: KoaContext, out: Record<string, unknown>): void {
  ctx.type = "html";
  const rows = Object.entries(out).map(
    ([key, value]) => `<p><strong>${html(key)}</strong>: ${html(String(value))}</p>`,
  );
  ctx.body = page("Error", `<h1>Error</h1>\n${rows.join("\n")}`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${html(title)}</title></head>
<body>
${body}
</body></html>
`;
}

function html(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
  });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1" }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

async function generateJwks(): Promise<{ keys: JWK[] }> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { keys: [{ ...jwk, kid: randomUUID(), alg: "RS256", use: "sig" }] };
}

// A per-provider store, so parallel test providers share nothing and a restart starts empty
// (oidc-provider's own memory adapter is not public API and warns on every start).
interface StoredPayload {
  grantId?: string;
  uid?: string;
  userCode?: string;
  consumed?: number;
}
function createMemoryAdapter(): (model: string) => Record<string, unknown> {
  const entries = new Map<string, { payload: StoredPayload; expiresAt: number }>();
  const grantMembers = new Map<string, Set<string>>();
  const indexes = new Map<string, string>();
  const lookup = (key: string): StoredPayload | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry?.payload;
  };
  return function adapterFor(model: string) {
    const find = (id: string) => Promise.resolve(lookup(`${model}:${id}`));
    const findByIndex = (index: string) => {
      const id = indexes.get(index);
      return id === undefined ? Promise.resolve(undefined) : find(id);
    };
    return {
      upsert(id: string, payload: StoredPayload, expiresIn?: number) {
        const key = `${model}:${id}`;
        const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
        entries.set(key, { payload, expiresAt });
        if (model === "Session" && payload.uid !== undefined) {
          indexes.set(`sessionUid:${payload.uid}`, id);
        }
        if (payload.userCode !== undefined) indexes.set(`userCode:${payload.userCode}`, id);
        if (payload.grantId !== undefined) {
          const members = grantMembers.get(payload.grantId) ?? new Set();
          grantMembers.set(payload.grantId, members.add(key));
        }
        return Promise.resolve();
      },
      find,
      findByUid: (uid: string) => findByIndex(`sessionUid:${uid}`),
      findByUserCode: (userCode: string) => findByIndex(`userCode:${userCode}`),
      consume(id: string) {
        const payload = lookup(`${model}:${id}`);
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id: string) {
        entries.delete(`${model}:${id}`);
        return Promise.resolve();
      },
      // oidc-provider calls this on each token model in turn: only this model's entries go. An
      // Interaction also carries the grantId (the account's grant it may extend), and deleting it
      // here broke a login as another account, whose resume ends the previous session first.
      revokeByGrantId(grantId: string) {
        const members = grantMembers.get(grantId) ?? new Set<string>();
        for (const key of members) {
          if (!key.startsWith(`${model}:`)) continue;
          entries.delete(key);
          members.delete(key);
        }
        if (members.size === 0) grantMembers.delete(grantId);
        return Promise.resolve();
      },
    };
  };
}

const MAX_HOPS = 20;
const FORM_ACTION = /<form id="login" method="post" action="([^"]*)"/;
const LOGIN_ERROR = /<p id="error" role="alert">([^<]*)<\/p>/;

/**
 * Logs `user` in over plain HTTP, as a browser would: follows `authorizeUrl` (which points at a
 * test IdP) through the interaction pages, submits the login form (or presses "Deny" with
 * `{ deny: true }`), lets consent be granted, and returns the first redirect that leaves the
 * provider's origin — the client's redirect_uri with code/state or error — without requesting it.
 * `jar` keeps the provider's cookies (its session) for a later endSessionAtIdp.
 * Throws when the login fails or the provider answers with an error page.
 */
export async function loginAtIdp(
  authorizeUrl: string,
  user: { username: string; password: string },
  opts: { deny?: boolean; jar?: IdpCookieJar } = {},
): Promise<string> {
  const { origin } = new URL(authorizeUrl);
  const jar = opts.jar ?? new IdpCookieJar();
  let url = authorizeUrl;
  let form: URLSearchParams | undefined;
  let submitted = false;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const res = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: jar.header(url),
        ...(form && { "content-type": "application/x-www-form-urlencoded" }),
      },
      ...(form && { body: form }),
    });
    jar.store(url, res.headers.getSetCookie());
    form = undefined;
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location !== null) {
      await res.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== origin) return next.href;
      url = next.href;
      continue;
    }
    const body = await res.text();
    const action = FORM_ACTION.exec(body)?.[1];
    if (res.status !== 200 || action === undefined) {
      throw new Error(`loginAtIdp: ${res.status} from ${url}: ${textOf(body)}`);
    }
    if (submitted) {
      const reason = LOGIN_ERROR.exec(body)?.[1] ?? textOf(body);
      throw new Error(`loginAtIdp: login failed for "${user.username}": ${reason}`);
    }
    submitted = true;
    url = new URL(action.replaceAll("&#38;", "&"), url).href;
    form = new URLSearchParams({
      username: user.username,
      password: user.password,
      action: opts.deny === true ? "deny" : "login",
    });
  }
  throw new Error(`loginAtIdp: more than ${MAX_HOPS} hops, last at ${url}`);
}

const XSRF_FIELD = /<input type="hidden" name="xsrf" value="([^"]*)"\/>/;

/**
 * Ends the provider session held in `jar` as a browser would at end_session (OpenID Connect
 * RP-Initiated Logout 1.0): opens the confirmation page, presses "Yes, sign me out" (its form
 * with the xsrf field), and resolves once the provider has answered, which is after it sent its
 * back-channel logout requests (oidc-provider awaits them before answering the confirmation).
 */
export async function endSessionAtIdp(
  issuer: string,
  jar: IdpCookieJar,
  clientId: string,
): Promise<void> {
  const ask = `${issuer}/session/end?client_id=${encodeURIComponent(clientId)}`;
  const page = await fetch(ask, { headers: { cookie: jar.header(ask) } });
  jar.store(ask, page.headers.getSetCookie());
  const body = await page.text();
  const xsrf = XSRF_FIELD.exec(body)?.[1];
  if (page.status !== 200 || xsrf === undefined) {
    throw new Error(`endSessionAtIdp: ${page.status} from ${ask}: ${textOf(body)}`);
  }
  const confirm = `${issuer}/session/end/confirm`;
  const res = await fetch(confirm, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.header(confirm), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ xsrf, logout: "yes" }),
  });
  jar.store(confirm, res.headers.getSetCookie());
  await res.body?.cancel();
  if (res.status !== 303 && res.status !== 302) {
    throw new Error(`endSessionAtIdp: ${res.status} from ${confirm}`);
  }
}

function textOf(body: string): string {
  return body
    .replace(/<(head|script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}

// Just enough of RFC 6265 for one host: name + path keyed, path-matched, expired ones removed.
// oidc-provider scopes its interaction cookies to /interaction/:uid and /auth/:uid, and a stale
// cookie of the same name sent first would resume the wrong interaction.
export class IdpCookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  store(requestUrl: string, setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = defaultPath(new URL(requestUrl).pathname);
      let expired = value === "";
      for (const attribute of attributes) {
        const [key = "", val = ""] = attribute.split("=", 2).map((s) => s.trim());
        const lower = key.toLowerCase();
        if (lower === "path" && val.startsWith("/")) path = val;
        if (lower === "max-age" && Number(val) <= 0) expired = true;
        if (lower === "expires" && Date.parse(val) <= Date.now()) expired = true;
      }
      const key = `${name}\n${path}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  header(requestUrl: string): string {
    const { pathname } = new URL(requestUrl);
    return [...this.#cookies.values()]
      .filter(({ path }) => pathMatches(pathname, path))
      .sort((a, b) => b.path.length - a.path.length)
      .map(({ name, value }) => `${name}=${value}`)
      .join("; ");
  }
}

// RFC 6265 section 5.1.4.
function defaultPath(pathname: string): string {
  const slash = pathname.lastIndexOf("/");
  return slash <= 0 ? "/" : pathname.slice(0, slash);
}
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

const LOGOUT_XSRF = /name="xsrf" value="([^"]+)"/;

/**
 * RP-initiated logout at a test IdP, as a browser would do it: opens `endSessionUrl`, presses
 * "Yes, sign me out" (oidc-provider's confirmation form, POSTed with its xsrf value) and returns
 * the provider's redirect (the post_logout_redirect_uri, or its own success page) without
 * requesting it. Throws on an error page (an unregistered post_logout_redirect_uri).
 */
export async function logoutAtIdp(endSessionUrl: string): Promise<string> {
  const page = await fetch(endSessionUrl, { redirect: "manual" });
  const body = await page.text();
  const xsrf = LOGOUT_XSRF.exec(body)?.[1];
  if (page.status !== 200 || xsrf === undefined) {
    throw new Error(`logoutAtIdp: ${page.status} from ${endSessionUrl}: ${textOf(body)}`);
  }
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const confirm = await fetch(new URL("/session/end/confirm", endSessionUrl), {
    method: "POST",
    redirect: "manual",
    headers: { cookie },
    body: new URLSearchParams({ xsrf, logout: "yes" }),
  });
  const location = confirm.headers.get("location");
  if (confirm.status !== 303 || location === null) {
    throw new Error(
      `logoutAtIdp: ${confirm.status} from the confirmation: ${textOf(await confirm.text())}`,
    );
  }
  return new URL(location, endSessionUrl).href;
}
