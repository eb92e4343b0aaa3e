import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";

/** The repository's root, for reading the bundled files the way a user copies them. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const readRepoFile = (path: string): string => readFileSync(`${ROOT}${path}`, "utf8");

/** The example app of the bundle: the options behind traefik/dynamic/navidrome.yml and the labels. */
export const NAVIDROME: GenerateOptions = {
  host: "music.example.com",
  upstream: "http://navidrome:4533",
  publicPaths: ["/rest/", "/share/"],
  authAddress: "http://forward-auth:9000",
  prefix: "/outpost.goauthentik.io",
  name: "music-example-com",
};

/** The command-line arguments that produce NAVIDROME (defaults left out, as a user would). */
export const NAVIDROME_ARGS = [
  "--host",
  "music.example.com",
  "--upstream",
  "http://navidrome:4533",
  "--public",
  "/rest/",
  "--public",
  "/share/",
];

/** Option sets the generators must handle: the example, and the corners. */
export const OPTION_SETS: readonly { name: string; options: GenerateOptions }[] = [
  { name: "navidrome example", options: NAVIDROME },
  { name: "no public paths", options: { ...NAVIDROME, publicPaths: [] } },
  {
    name: "nested and same-length public paths",
    options: {
      ...NAVIDROME,
      host: "grafana.example.org",
      name: "grafana",
      upstream: "https://grafana.internal:3000",
      publicPaths: ["/api/", "/api/health/", "/img/", "/a-b/", "/a_b/", "/public/dashboards/"],
    },
  },
  {
    name: "custom prefix and auth address",
    options: {
      ...NAVIDROME,
      host: "wiki",
      name: "wiki",
      upstream: "http://10.0.0.5:8080",
      authAddress: "https://auth-gate.lan:9443",
      prefix: "/_auth/fa",
      publicPaths: ["/static/"],
    },
  },
];
