import type { Hono } from "hono";
import type { OidcClient } from "../oidc/client.ts";
import { NO_STORE } from "../http/answer.ts";

/** Liveness and readiness; none of them touches the provider. */
export function mountHealth(app: Hono, prefix: string, oidc: OidcClient, version: string): void {
  // authentik's outpost answers its Docker HEALTHCHECK on /ping with 204.
  app.get(`${prefix}/ping`, (c) => c.body(null, 204, NO_STORE));
  app.get(`${prefix}/healthz`, (c) => c.json({ status: "ok", version }, 200, NO_STORE));
  app.get(`${prefix}/readyz`, (c) => {
    const readiness = oidc.readiness();
    return readiness.ready
      ? c.json({ ready: true }, 200, NO_STORE)
      : c.json({ ready: false, reason: readiness.reason }, 503, NO_STORE);
  });
}
