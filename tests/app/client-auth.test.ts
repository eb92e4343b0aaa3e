// Client authentication at the token endpoint (OpenID Connect Core section 9): the service uses
// client_secret_basic when the provider lists it, client_secret_post when only that is listed,
// and refuses to become ready when neither is.
import { describe, expect, it, vi } from "vitest";
import {
  APP_ORIGIN,
  CLIENT_ID,
  CLIENT_SECRET,
  callbackUris,
  login,
  NAVIGATE,
  PREFIX,
  startService,
  traefikHeaders,
  USERS,
  type Service,
} from "../helpers/harness.ts";
import { startTestIdp, type TestClient, type TestIdp } from "../helpers/idp.ts";

type SecretMethod = NonNullable<TestClient["token_endpoint_auth_method"]>;

/** What the service sent to the token endpoint. */
interface TokenRequest {
  readonly authorization: string | null;
  readonly clientId: string | null;
  readonly clientSecret: string | null;
}

// RFC 6749 section 2.3.1: "client secret & with symbols" form-urlencoded, then Base64.
const BASIC = `Basic ${Buffer.from("forward-auth:client+secret+%26+with+symbols").toString("base64")}`;

/** The harness's provider, but accepting only `methods` at its token endpoint. */
function startIdpAccepting(methods: string[], client: SecretMethod | undefined): Promise<TestIdp> {
  return startTestIdp({
    users: Object.values(USERS),
    // A client registered for private_key_jwt would need keys; the service never gets that far.
    clients:
      client === undefined
        ? []
        : [
            {
              client_id: CLIENT_ID,
              client_secret: CLIENT_SECRET,
              redirect_uris: callbackUris(),
              token_endpoint_auth_method: client,
            },
          ],
    clientAuthMethods: methods,
  });
}

/** startService, with its fetch recording every token request (the harness reads fetch once). */
async function startRecordingService(
  issuer: string,
  options: { waitReady: boolean },
): Promise<{ service: Service; tokenRequests: TokenRequest[] }> {
  const realFetch = globalThis.fetch;
  const tokenRequests: TokenRequest[] = [];
  const recording = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname === "/token") {
      const body = init?.body instanceof URLSearchParams ? init.body : new URLSearchParams();
      tokenRequests.push({
        authorization: new Headers(init?.headers).get("authorization"),
        clientId: body.get("client_id"),
        clientSecret: body.get("client_secret"),
      });
    }
    return realFetch(input, init);
  };
  vi.stubGlobal("fetch", recording);
  try {
    const service = await startService(issuer, {}, undefined, {
      waitReady: options.waitReady,
      maxBackoffMs: 100,
    });
    return { service, tokenRequests };
  } finally {
    vi.unstubAllGlobals();
  }
}

async function advertisedMethods(idp: TestIdp): Promise<unknown> {
  const res = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
  const doc = (await res.json()) as Record<string, unknown>;
  return doc["token_endpoint_auth_methods_supported"];
}

describe("token endpoint client authentication", () => {
  const rows: readonly {
    name: string;
    input: { methods: string[]; client: SecretMethod };
    want: TokenRequest;
  }[] = [
    {
      name: "client_secret_post when the provider lists only that",
      input: { methods: ["client_secret_post"], client: "client_secret_post" },
      want: { authorization: null, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    },
    {
      name: "client_secret_basic when the provider lists only that",
      input: { methods: ["client_secret_basic"], client: "client_secret_basic" },
      want: { authorization: BASIC, clientId: null, clientSecret: null },
    },
    {
      name: "client_secret_basic when the provider lists post first, then basic",
      input: {
        methods: ["client_secret_post", "client_secret_basic"],
        client: "client_secret_basic",
      },
      want: { authorization: BASIC, clientId: null, clientSecret: null },
    },
    {
      name: "client_secret_basic when the provider also lists JWT methods",
      input: {
        methods: ["private_key_jwt", "client_secret_jwt", "client_secret_basic"],
        client: "client_secret_basic",
      },
      want: { authorization: BASIC, clientId: null, clientSecret: null },
    },
  ];
  it.each(rows)("logs in with $name", async ({ input, want }) => {
    const idp = await startIdpAccepting(input.methods, input.client);
    try {
      expect(await advertisedMethods(idp)).toEqual(input.methods);
      const { service, tokenRequests } = await startRecordingService(idp.issuer, {
        waitReady: true,
      });
      try {
        // oidc-provider refuses a method other than the client's registered one, so a login
        // that completes proves the method as much as the recorded request does.
        const { jar, callbackResponse } = await login(service, USERS.alice, "/album?id=7");
        expect(callbackResponse.status).toBe(302);
        expect(callbackResponse.headers.get("location")).toBe(`${APP_ORIGIN}/album?id=7`);
        expect(tokenRequests).toEqual([want]);

        const check = await service.request(`${PREFIX}/auth/traefik`, {
          headers: { ...traefikHeaders("/", { accept: "application/json" }), cookie: jar.header() },
        });
        expect(check.status).toBe(200);
        expect(check.headers.get("x-authentik-username")).toBe("alice");
      } finally {
        service.oidc.stop();
      }
    } finally {
      await idp.close();
    }
  });
});

describe("a provider offering neither client secret method", () => {
  const rows: readonly { name: string; input: { methods: string[] }; want: { reason: string } }[] =
    [
      {
        name: "private_key_jwt only",
        input: { methods: ["private_key_jwt"] },
        want: {
          reason:
            "provider supports neither client_secret_basic nor client_secret_post (it lists private_key_jwt)",
        },
      },
      {
        name: "client_secret_jwt only",
        input: { methods: ["client_secret_jwt"] },
        want: {
          reason:
            "provider supports neither client_secret_basic nor client_secret_post (it lists client_secret_jwt)",
        },
      },
      {
        name: "both JWT methods",
        input: { methods: ["private_key_jwt", "client_secret_jwt"] },
        want: {
          reason:
            "provider supports neither client_secret_basic nor client_secret_post (it lists private_key_jwt, client_secret_jwt)",
        },
      },
      {
        name: "public clients only",
        input: { methods: ["none"] },
        want: {
          reason:
            "provider supports neither client_secret_basic nor client_secret_post (it lists none)",
        },
      },
    ];
  it.each(rows)("leaves the service not ready: $name", async ({ input, want }) => {
    const idp = await startIdpAccepting(input.methods, undefined);
    try {
      expect(await advertisedMethods(idp)).toEqual(input.methods);
      const { service, tokenRequests } = await startRecordingService(idp.issuer, {
        waitReady: false,
      });
      try {
        let body: unknown;
        let status = 0;
        for (let i = 0; i < 100; i++) {
          const res = await service.request(`${PREFIX}/readyz`);
          status = res.status;
          body = await res.json();
          if (
            status !== 503 ||
            (body as { reason?: unknown }).reason !== "discovery has not run yet"
          )
            break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect({ status, body }).toEqual({
          status: 503,
          body: { ready: false, reason: want.reason },
        });

        // Not ready means no login is started either: the browser is told to retry.
        const check = await service.request(`${PREFIX}/auth/traefik`, {
          headers: traefikHeaders("/", NAVIGATE),
        });
        expect(check.status).toBe(503);
        expect(check.headers.get("location")).toBeNull();
        expect(tokenRequests).toEqual([]);
      } finally {
        service.oidc.stop();
      }
    } finally {
      await idp.close();
    }
  });
});
