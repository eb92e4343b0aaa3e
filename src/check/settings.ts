// The checks of `forward-auth check` that need no network: the redirect URIs to register and
// warnings about settings that work but are unsafe. Pure functions of the loaded configuration.
import ipaddr from "ipaddr.js";
import type { Config } from "../config/config.ts";

/** Stands for the app host when no --host was given. */
export const HOST_PLACEHOLDER = "<app host>";

/** The callback each app host sends the browser back to (routes/login.ts), always https. */
export function redirectUri(host: string, prefix: string): string {
  return `https://${host}${prefix}/callback`;
}

/** Lines telling the operator what to register at the provider, indented under the checks. */
export function redirectUriLines(hosts: readonly string[], prefix: string): string[] {
  const [only] = hosts;
  if (only === undefined) {
    return [
      "  register this redirect URI at the provider for each app host: " +
        redirectUri(HOST_PLACEHOLDER, prefix),
    ];
  }
  if (hosts.length === 1) {
    return [`  register this redirect URI at the provider: ${redirectUri(only, prefix)}`];
  }
  return [
    "  register these redirect URIs at the provider:",
    ...hosts.map((host) => `    ${redirectUri(host, prefix)}`),
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

/** RFC 6265 section 5.1.3: a cookie for `domain` reaches `host` only at or below that domain. */
export function domainCovers(domain: string, host: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Settings the service accepts that weaken it, given the app hosts the operator named; each a
 * line `FORWARD_AUTH_X: what is wrong (got "value"); how to fix`. loadConfig's own warnings
 * (plain-http issuer, insecure cookies) are reported beside these.
 */
export function unsafeSettings(config: Config, hosts: readonly string[]): string[] {
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
  if (!config.cookieSecure && hosts.length > 0) {
    warnings.push(
      `FORWARD_AUTH_COOKIE_SECURE: is false while the app hosts are served over https ` +
        `(${hosts.join(", ")}); set it to true so the session cookie never travels over plain http`,
    );
  }
  const domain = config.cookieDomain;
  if (domain !== undefined) {
    const outside = hosts.filter((host) => !domainCovers(domain, host));
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
