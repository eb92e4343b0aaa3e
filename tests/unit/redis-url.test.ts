// Issue 16, item 5: FORWARD_AUTH_REDIS_URL. A wrong value stops the start with a line that says
// what is wrong and never quotes the URL, which holds the password.
import { describe, expect, it } from "vitest";
import { loadConfig, type Env } from "../../src/config/load.ts";

const BASE: Env = {
  FORWARD_AUTH_ISSUER: "https://auth.example.com/application/o/app/",
  FORWARD_AUTH_CLIENT_ID: "app",
  FORWARD_AUTH_CLIENT_SECRET: "client-secret-value",
  FORWARD_AUTH_SECRET: "s".repeat(40),
};
const FIX = "use redis://[user:password@]host[:port][/db] or rediss:// for TLS";

describe("FORWARD_AUTH_REDIS_URL", () => {
  it.each([
    {
      name: "no scheme",
      raw: "//redis:6379",
      want: "is not a URL, like redis://:password@redis:6379/0",
    },
    { name: "host:port only", raw: "redis:6379", want: "names no host, like redis://redis:6379" },
    {
      name: "another scheme",
      raw: "http://:hunter2@redis:6379",
      want: "must start with redis:// or rediss:// (TLS), not http://",
    },
    {
      name: "a path other than a database",
      raw: "redis://:hunter2@redis:6379/cache",
      want: "has a path other than a database number, like /0",
    },
    {
      name: "a query",
      raw: "redis://:hunter2@redis:6379/0?tls=true",
      want: "must not have a query or fragment",
    },
    {
      name: "a password that is not percent-encoded",
      raw: "redis://:hun%zzter2@redis:6379",
      want: "has a user or password that is not percent-encoded correctly",
    },
    { name: "no host", raw: "redis://", want: "names no host, like redis://redis:6379" },
  ])("$name: refused, the value shown only as a length", ({ raw, want }) => {
    const result = loadConfig({ ...BASE, FORWARD_AUTH_REDIS_URL: raw }, () => "");
    expect(result.ok ? [] : result.problems).toEqual([
      `FORWARD_AUTH_REDIS_URL: ${want} (got ${raw.length} characters); ${FIX}`,
    ]);
  });

  it.each([
    { name: "plain", raw: "redis://redis", want: "redis://redis" },
    {
      name: "TLS with user and database",
      raw: "rediss://fa:p%40ss@redis:6380/2",
      want: "rediss://fa:p%40ss@redis:6380/2",
    },
    { name: "IPv6", raw: "redis://[::1]:6379", want: "redis://[::1]:6379" },
  ])("$name: accepted", ({ raw, want }) => {
    const result = loadConfig({ ...BASE, FORWARD_AUTH_REDIS_URL: raw }, () => "");
    expect(result.ok ? result.config.redisUrl?.href : result.problems).toBe(want);
  });

  it("is read from FORWARD_AUTH_REDIS_URL_FILE (a Docker secret)", () => {
    const result = loadConfig(
      { ...BASE, FORWARD_AUTH_REDIS_URL_FILE: "/run/secrets/redis_url" },
      (path) => (path === "/run/secrets/redis_url" ? "redis://:hunter2@redis:6379/0\n" : ""),
    );
    expect(result.ok ? result.config.redisUrl?.password : result.problems).toBe("hunter2");
  });
});
