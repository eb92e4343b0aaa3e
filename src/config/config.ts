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
}
