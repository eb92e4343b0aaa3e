// The checks of `forward-auth check` that need no network: the redirect URIs to register and
// warnings about settings that work but are unsafe. Pure functions of the loaded configuration.
import ipaddr from "ipaddr.js";
import type { Config } from "../config/config.ts";
import { hostName } from "../proxy/forwarded.ts";
import { domainCovers } from "../proxy/host-names.ts";
import { appOrigin, type AppHost } from "./app-host.ts";

/** Stands for the app host when no --host was given. */
const HOST_PLACEHOLDER = "<app host>";

/** The callback an app's origin sends the browser back to, as routes/login.ts builds it. */
export function redirectUri(origin: string, prefix: string): string {
  return `${origin}${prefix}/callback`;
}

/** Where the provider's logout returns to (RP-initiated logout), as routes/sign-out.ts builds it. */
function postLogoutUri(origin: string, prefix: string): string {
  return `${origin}${prefix}/signed_out`;
}

/**
 * Lines telling the operator what to register at the provider, indented under the checks: one
 * callback for each origin, or the pattern with the scheme the service uses when none was named,
 * each with its post-logout redirect URI. `endSession`: whether the provider offers
 * end_session_endpoint (undefined when its discovery failed); without it no post-logout URI is
 * used, and the lines say that sign-out ends sessions here only.
 */
export function redirectUriLines(
  origins: readonly string[],
  prefix: string,
  cookieSecure: boolean,
  endSession?: boolean,
): string[] {
  const logout = endSession !== false;
  const noLogout = logout
    ? []
    : [
        "  the provider offers no end_session_endpoint: sign-out ends the session here only, no post-logout redirect URI is used",
      ];
  const [only] = origins;
  if (only === undefined) {
    const pattern = appOrigin({ host: HOST_PLACEHOLDER, scheme: undefined }, cookieSecure);
    return [
      "  register this redirect URI at the provider for each app host: " +
        redirectUri(pattern, prefix),
      ...(logout
        ? [`  and this post-logout redirect URI for each: ${postLogoutUri(pattern, prefix)}`]
        : noLogout),
    ];
  }
  if (origins.length === 1) {
    return [
      `  register this redirect URI at the provider: ${redirectUri(only, prefix)}`,
      ...(logout
        ? [`  and this post-logout redirect URI: ${postLogoutUri(only, prefix)}`]
        : noLogout),
    ];
  }
  return [
    logout
      ? "  register these redirect URIs at the provider, each with its post-logout redirect URI:"
      : "  register these redirect URIs at the provider:",
    ...origins.map(
      (origin) =>
        `    ${redirectUri(origin, prefix)}` +
        (logout ? `  post-logout: ${postLogoutUri(origin, prefix)}` : ""),
    ),
    ...noLogout,
  ];
}

/** True for a range holding every IPv4 or every IPv6 address (0.0.0.0/0, ::/0, ::ffff:0:0/96). */
function trustsEveryone(entry: string): boolean {
  if (!entry.includes("/")) return false;
  const [addr, bits] = ipaddr.parseCIDR(entry);
  if (bits === 0) return true;
  // compileCidrs reads an IPv4-mapped range as the IPv4 range it maps.
  return addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress() && bits <= 96;
}

/**
 * Settings the service accepts that weaken it, given the app hosts the operator named; each a
 * line `FORWARD_AUTH_X: what is wrong (got "value"); how to fix`. loadConfig's own warnings
 * (plain-http issuer, insecure cookies) are reported beside these.
 */
export function unsafeSettings(config: Config, apps: readonly AppHost[]): string[] {
  const warnings: string[] = [];
  for (const entry of config.trustedProxies.cidrs) {
    if (trustsEveryone(entry)) {
      warnings.push(
        `FORWARD_AUTH_TRUSTED_PROXIES: trusts every address (got ${JSON.stringify(entry)}); ` +
          "any client that reaches forward-auth directly is believed about X-Forwarded-* " +
          "headers; list only your proxies' addresses, like 172.16.0.0/12",
      );
    }
  }
  // Without a scheme, a host is taken to be served as the cookie setting implies; only a scheme
  // written with --host can contradict it.
  const https = apps.filter((app) => app.scheme === "https");
  if (!config.cookieSecure && https.length > 0) {
    warnings.push(
      `FORWARD_AUTH_COOKIE_SECURE: is false while app hosts are served over https ` +
        `(${https.map((app) => app.host).join(", ")}); set it to true so the session cookie never travels over plain http`,
    );
  }
  const http = apps.filter((app) => app.scheme === "http");
  if (config.cookieSecure && http.length > 0) {
    // RFC 6265bis (storage model): a cookie with the Secure attribute set from a plain-http
    // page is ignored, so the login cookie never comes back to the callback.
    warnings.push(
      `FORWARD_AUTH_COOKIE_SECURE: is true (its default) while app hosts are served over plain http ` +
        `(${http.map((app) => app.host).join(", ")}); browsers ignore Secure cookies set over http ` +
        "(most make an exception for localhost), so logins loop; " +
        "serve them over https, or set it to false in a plain-http test setup",
    );
  }
  const domain = config.cookieDomain;
  if (domain !== undefined) {
    const outside = apps
      .map((app) => app.host)
      .filter((host) => !domainCovers(domain, hostName(host)));
    if (outside.length > 0) {
      warnings.push(
        `FORWARD_AUTH_COOKIE_DOMAIN: does not cover ${outside.join(", ")} ` +
          `(got ${JSON.stringify(domain)}); browsers refuse its cookies there, so logins loop; ` +
          "use a parent domain of every app host, or leave it unset",
      );
    }
  }
  return warnings;
}
