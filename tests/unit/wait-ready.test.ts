// Issue 13 item 6: a request that needs the provider waits for the discovery in flight, at most
// READY_WAIT_MS, instead of an immediate 503. The clock is moved, never slept on.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { createOidcClient, READY_WAIT_MS, type OidcClient } from "../../src/oidc/client.ts";
import type { FetchLike } from "../../src/oidc/errors.ts";

/** A provider that accepts the connection and never answers (and ignores the abort signal). */
const neverAnswers: FetchLike = () => new Promise<Response>(() => undefined);
/** A provider whose address refuses connections: fetch fails at once. */
const refuses: FetchLike = () => Promise.reject(new TypeError("fetch failed"));

let client: OidcClient | undefined;
function start(fetch: FetchLike, readyWaitMs?: number): OidcClient {
  client = createOidcClient({
    issuer: new URL("https://id.example.com"),
    clientId: "forward-auth",
    clientSecret: "secret",
    scopes: undefined,
    fetch,
    logger: silentLogger,
    now: () => 1_700_000_000,
    ...(readyWaitMs === undefined ? {} : { readyWaitMs }),
  });
  client.start();
  return client;
}

/** The promise's value once settled, or "pending". */
function track(promise: Promise<boolean>): () => boolean | "pending" {
  let value: boolean | "pending" = "pending";
  void promise.then((v) => (value = v));
  return () => value;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  client?.stop();
  vi.useRealTimers();
});

describe("waitReady", () => {
  it(`waits ${String(READY_WAIT_MS)} ms for a provider that never answers, then says not ready`, async () => {
    expect(READY_WAIT_MS).toBe(5000);
    const oidc = start(neverAnswers);
    const result = track(oidc.waitReady());
    await vi.advanceTimersByTimeAsync(READY_WAIT_MS - 1);
    expect(result()).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(result()).toBe(false);
  });

  it("keeps to a configured bound", async () => {
    const oidc = start(neverAnswers, 250);
    const result = track(oidc.waitReady());
    await vi.advanceTimersByTimeAsync(249);
    expect(result()).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(result()).toBe(false);
  });

  it("says not ready as soon as the attempt fails, without waiting out the bound", async () => {
    const oidc = start(refuses);
    const result = track(oidc.waitReady());
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toBe(false);
    expect(oidc.readiness()).toEqual({
      ready: false,
      reason:
        "request to https://id.example.com/.well-known/openid-configuration failed (fetch failed)",
    });
  });

  it("does not wait when no attempt runs (the last failed under a second ago)", async () => {
    let calls = 0;
    const oidc = start((...args) => {
      calls++;
      return refuses(...args);
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    const result = track(oidc.waitReady());
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toBe(false);
    expect(calls).toBe(1);
  });

  it("asks for an attempt when the last failed a second or more ago, and waits for it", async () => {
    let calls = 0;
    let answer: FetchLike = refuses;
    const oidc = start((...args) => {
      calls++;
      return answer(...args);
    }, 2000);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    // Within the backoff (the next attempt is due after 1 s), a second later: a request asks now.
    answer = neverAnswers;
    vi.setSystemTime(Date.now() + 1000);
    const result = track(oidc.waitReady());
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(result()).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(result()).toBe(false);
  });
});
