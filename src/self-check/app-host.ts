// The app hosts `forward-auth check --host` names: `music.example.com`, `localhost:8080`, or an
// origin with its scheme (`http://music.localhost:8080` for a plain-http test setup), and the
// origin the service builds its redirect URI from for each.
import { parseHost } from "../proxy/forwarded.ts";

export type Scheme = "http" | "https";

/** An app host as given: host[:port] (lower-case), and the scheme when one was written. */
export interface AppHost {
  readonly host: string;
  readonly scheme: Scheme | undefined;
}

const DEFAULT_PORT: Readonly<Record<Scheme, string>> = { http: "80", https: "443" };

/**
 * Parses one --host value. The host is checked by the validator the service applies to
 * X-Forwarded-Host, so check accepts what the auth check would; a path, query or fragment is
 * refused, as a redirect URI is built from the origin alone.
 */
export function parseAppHost(raw: string): AppHost {
  const got = `(got ${JSON.stringify(raw)})`;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#]*)(.*)$/i.exec(raw);
  const scheme = match?.[1]?.toLowerCase();
  const host = parseHost(match?.[2] ?? "");
  if (match === null || host === undefined || (scheme !== undefined && !isScheme(scheme))) {
    throw new Error(
      `must be a host, host:port or http(s) origin, like music.example.com or http://localhost:8080 ${got}`,
    );
  }
  if (match[3] !== "" && match[3] !== "/") {
    throw new Error(`must have no path, query or fragment, like https://music.example.com ${got}`);
  }
  return { host, scheme };
}

function isScheme(value: string): value is Scheme {
  return value === "http" || value === "https";
}

/**
 * The origin the service builds this host's redirect URI from: the scheme the proxy forwards
 * (X-Forwarded-Proto; routes/origin.ts falls back to https when cookies are Secure, http when
 * not), and the host as a browser sends it in Host, without the scheme's default port
 * (RFC 9110 section 7.2), which the proxy forwards as X-Forwarded-Host.
 */
export function appOrigin(app: AppHost, cookieSecure: boolean): string {
  const scheme = app.scheme ?? (cookieSecure ? "https" : "http");
  const suffix = `:${DEFAULT_PORT[scheme]}`;
  const host = app.host.endsWith(suffix) ? app.host.slice(0, -suffix.length) : app.host;
  return `${scheme}://${host}`;
}
