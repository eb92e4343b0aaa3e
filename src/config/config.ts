import type { AddressMatcher } from "../proxy/trusted-proxies.ts";
import type { ListenAddress } from "./parsers.ts";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** The whole configuration, validated and frozen at start; nothing is parsed per request. */
export interface Config {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The first seals, all unseal. */
  readonly secrets: readonly string[];
  readonly listen: ListenAddress;
  /** A separate listener for /metrics, never routed by the proxy; undefined = off. */
  readonly metricsListen: ListenAddress | undefined;
  readonly trustedProxies: AddressMatcher;
  readonly cookieSecure: boolean;
  readonly cookieDomain: string | undefined;
  /** The one host every login goes through (its callback is the one redirect URI), or undefined. */
  readonly authHost: string | undefined;
  readonly sessionLifetimeSeconds: number;
  readonly allowedGroups: readonly string[];
  readonly allowedUsers: readonly string[];
  /** undefined: "openid profile email", plus "groups" when the provider advertises it. */
  readonly scopes: readonly string[] | undefined;
  readonly pathPrefix: string;
  readonly logLevel: LogLevel;
  /** The rules file (FORWARD_AUTH_CONFIG), or undefined for the environment-only setup. */
  readonly rulesFile: string | undefined;
  /** Audiences accepted in bearer access tokens; default the client id. */
  readonly tokenAudiences: readonly string[];
  /** Send X-authentik-jwt, a short-lived JWT signed by the service, on every 200. */
  readonly identityJwt: boolean;
  readonly identityJwtIssuer: string;
  readonly identityJwtKeyFile: string | undefined;
  /** Where generated signing keys persist; undefined keeps them in memory only. */
  readonly dataDir: string | undefined;
  /** Redis or Valkey shared by replicas for revocations (FORWARD_AUTH_REDIS_URL); undefined: none. */
  readonly redisUrl: URL | undefined;
}
