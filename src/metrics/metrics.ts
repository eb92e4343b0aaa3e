import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Revocations } from "../revocation/revocations.ts";

/** How an auth check ended, for the requests counter. */
export type Decision =
  | "allow"
  | "redirect"
  | "unauthorized"
  | "forbidden"
  | "untrusted"
  | "bad_request"
  | "unavailable"
  | "error";

export type ProviderCallKind = "discovery" | "token" | "userinfo" | "keys";

/** What the service reports; a no-op implementation keeps tests and the hot path simple. */
export interface Metrics {
  authCheck(endpoint: string, decision: Decision, status: number, seconds: number): void;
  providerCall(kind: ProviderCallKind, seconds: number, ok: boolean): void;
  keySetRefresh(ok: boolean): void;
  sessionCache(hit: boolean): void;
}

export const noMetrics: Metrics = {
  authCheck() {},
  providerCall() {},
  keySetRefresh() {},
  sessionCache() {},
};

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /** Gauges read from the revocation list when scraped: its size and each store's health. */
  watchRevocations(revocations: Revocations): void;
}

/**
 * Prometheus metrics with prom-client. Label children are looked up once and kept, so a
 * counted auth check costs a map lookup and an addition, not a label hash.
 */
export function createPrometheusMetrics(version: string): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: "forward_auth_build_info",
    help: "Always 1; the labels carry the version.",
    labelNames: ["version"],
    registers: [registry],
  }).set({ version }, 1);

  const requests = new Counter({
    name: "forward_auth_requests_total",
    help: "Auth checks by endpoint, decision and HTTP status.",
    labelNames: ["endpoint", "decision", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "forward_auth_check_duration_seconds",
    help: "Time to answer an auth check.",
    labelNames: ["endpoint"],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
    registers: [registry],
  });
  const providerCalls = new Counter({
    name: "forward_auth_provider_requests_total",
    help: "Calls to the identity provider by kind and outcome.",
    labelNames: ["kind", "outcome"],
    registers: [registry],
  });
  const providerDuration = new Histogram({
    name: "forward_auth_provider_request_duration_seconds",
    help: "Duration of calls to the identity provider.",
    labelNames: ["kind"],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const keyRefreshes = new Counter({
    name: "forward_auth_key_set_refreshes_total",
    help: "Loads of the provider's key set (JWKS), by outcome.",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const cache = new Counter({
    name: "forward_auth_session_cache_total",
    help: "Session cookie verifications answered from the cache (hit) or by unsealing (miss).",
    labelNames: ["result"],
    registers: [registry],
  });
  const cacheHit = cache.labels("hit");
  const cacheMiss = cache.labels("miss");

  const requestChildren = new Map<string, Counter.Internal>();
  const latencyChildren = new Map<string, Histogram.Internal<string>>();

  return {
    registry,
    watchRevocations(revocations) {
      new Gauge({
        name: "forward_auth_revocations",
        help: "Revocations (sign-outs, back-channel logouts) in this process's list.",
        registers: [registry],
        collect() {
          this.set(revocations.size);
        },
      });
      new Gauge({
        name: "forward_auth_revocation_store_up",
        help: "1 while a revocation store (file, redis) works, 0 while it does not (unreachable).",
        labelNames: ["store"],
        registers: [registry],
        collect() {
          for (const { store, health } of revocations.health())
            this.set({ store }, health.ok ? 1 : 0);
        },
      });
    },
    authCheck(endpoint, decision, status, seconds) {
      const key = `${endpoint} ${decision} ${String(status)}`;
      let counter = requestChildren.get(key);
      if (counter === undefined) {
        counter = requests.labels(endpoint, decision, String(status));
        requestChildren.set(key, counter);
      }
      counter.inc();
      let histogram = latencyChildren.get(endpoint);
      if (histogram === undefined) {
        histogram = latency.labels(endpoint);
        latencyChildren.set(endpoint, histogram);
      }
      histogram.observe(seconds);
    },
    providerCall(kind, seconds, ok) {
      providerCalls.labels(kind, ok ? "ok" : "failure").inc();
      providerDuration.labels(kind).observe(seconds);
    },
    keySetRefresh(ok) {
      keyRefreshes.labels(ok ? "ok" : "failure").inc();
    },
    sessionCache(hit) {
      (hit ? cacheHit : cacheMiss).inc();
    },
  };
}
