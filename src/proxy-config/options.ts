/** What every generated proxy configuration needs to know about one protected app. */
export interface GenerateOptions {
  /** The app's public host, e.g. music.example.com. */
  readonly host: string;
  /** Where the proxy sends allowed requests, e.g. http://navidrome:4533. */
  readonly upstream: string;
  /** Path prefixes that bypass the login, e.g. ["/rest/", "/share/"]. */
  readonly publicPaths: readonly string[];
  /** Base URL of forward-auth as the proxy reaches it, e.g. http://forward-auth:9000. */
  readonly authAddress: string;
  /** forward-auth's FORWARD_AUTH_PATH_PREFIX. */
  readonly prefix: string;
  /** A short name for routers, services and middlewares, derived from the host by default. */
  readonly name: string;
}

export type GenerateFormat = "traefik" | "labels" | "caddy" | "nginx" | "npm" | "nix";
export const GENERATE_FORMATS: readonly GenerateFormat[] = [
  "traefik",
  "labels",
  "caddy",
  "nginx",
  "npm",
  "nix",
];
