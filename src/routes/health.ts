import type { Hono } from "hono";
import type { OidcClient } from "../oidc/client.ts";
import type { Revocations } from "../revocation/revocations.ts";
import { NO_STORE } from "../http/answer.ts";

/**
 * Liveness and readiness; none of them touches the provider or Redis.
 *
 * A revocation store that is down makes /readyz 503 only while its list was never loaded (a
 * replica started while Redis was unreachable: it may let through a session another replica
 * revoked). Once loaded, the replica serves from its copy and stays ready, naming the store
 * that is down: were every replica unready while Redis is, an orchestrator would take them all
 * out of service and an outage of Redis would become an outage of every app.
 */
export function mountHealth(
  app: Hono,
  prefix: string,
  oidc: OidcClient,
  revocations: Revocations,
  version: string,
): void {
  // authentik's outpost answers its Docker HEALTHCHECK on /ping with 204.
  app.get(`${prefix}/ping`, (c) => c.body(null, 204, NO_STORE));
  app.get(`${prefix}/healthz`, (c) => c.json({ status: "ok", version }, 200, NO_STORE));
  app.get(`${prefix}/readyz`, (c) => {
    const readiness = oidc.readiness();
    if (!readiness.ready) return c.json({ ready: false, reason: readiness.reason }, 503, NO_STORE);
    const down = revocations.health().filter(({ health }) => !health.ok);
    const unloaded = down.find(({ health }) => !health.ok && health.unloaded === true);
    if (unloaded !== undefined && !unloaded.health.ok) {
      const reason = `revocation store ${unloaded.store} not loaded: ${unloaded.health.reason}`;
      return c.json({ ready: false, reason }, 503, NO_STORE);
    }
    if (down.length === 0) return c.json({ ready: true }, 200, NO_STORE);
    const stores = Object.fromEntries(
      down.map(({ store, health }) => [store, health.ok ? "ok" : health.reason]),
    );
    return c.json({ ready: true, revocationStores: stores }, 200, NO_STORE);
  });
}
