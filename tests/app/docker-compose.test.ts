import { existsSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { generateLabels } from "../../src/proxy-config/labels.ts";
import { NAVIDROME, readRepoFile, ROOT } from "../helpers/bundle.ts";

// No Docker engine runs here: these tests check what can be checked without one, that the
// compose file, the Dockerfile and the files they name fit together and hold no secret.

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  env_file?: string | string[];
  environment?: Record<string, string> | string[];
  volumes?: string[];
  secrets?: string[];
  labels?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string } | null>;
  healthcheck?: { test: string[] };
}
interface Compose {
  services: Record<string, Service>;
  networks: Record<string, { ipam: { config: { subnet: string }[] } }>;
  volumes: Record<string, unknown>;
  secrets: Record<string, { file: string }>;
}

const composeText = readRepoFile("docker-compose.yml");
const composeDoc = parseDocument(composeText, { uniqueKeys: true });
const compose = composeDoc.toJS() as Compose;
const envExample = readRepoFile(".env.example");
const gitignore = readRepoFile(".gitignore").split("\n");

const environment = (service: Service): Record<string, string> =>
  Array.isArray(service.environment)
    ? Object.fromEntries(
        service.environment.map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]),
      )
    : (service.environment ?? {});

/** Variables the example .env sets (not the commented-out ones). */
const exampleVars = new Map(
  envExample
    .split("\n")
    .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);

const ipv4 = (address: string): number =>
  address.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
const inCidr = (address: string, cidr: string): boolean => {
  const [base = "", bits = "32"] = cidr.split("/");
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4(address) / size) === Math.floor(ipv4(base) / size);
};

/** Whether two CIDRs share any address: one contains the other's first address. */
const overlaps = (a: string, b: string): boolean =>
  inCidr(a.split("/")[0] ?? "", b) || inCidr(b.split("/")[0] ?? "", a);

/**
 * dockerd's default-address-pools when daemon.json sets none (libnetwork's ipamutils): Docker
 * takes every network's subnet from these unless told one.
 */
const DOCKER_DEFAULT_POOLS = [
  ...Array.from({ length: 15 }, (_, i) => `172.${17 + i}.0.0/16`),
  "192.168.0.0/16",
];

const traefik = compose.services.traefik;
const forwardAuth = compose.services["forward-auth"];
const navidrome = compose.services.navidrome;
const traefikNetworks = (traefik?.networks ?? {}) as Record<string, { ipv4_address?: string }>;
const traefikAddress = traefikNetworks.proxy?.ipv4_address ?? "";

describe("docker-compose.yml", () => {
  it("parses, without duplicate keys, with the three services", () => {
    expect(composeDoc.errors).toEqual([]);
    expect(composeDoc.warnings).toEqual([]);
    expect(Object.keys(compose.services).sort()).toEqual(["forward-auth", "navidrome", "traefik"]);
  });

  it("builds forward-auth from this repository's Dockerfile", () => {
    expect(forwardAuth?.build).toEqual({ context: ".", dockerfile: "Dockerfile" });
    expect(existsSync(`${ROOT}Dockerfile`)).toBe(true);
  });

  const mounts = Object.entries(compose.services).flatMap(([name, s]) =>
    (s.volumes ?? []).map((volume) => ({ service: name, volume })),
  );

  it.each(mounts)("$service mounts only what exists: $volume", ({ volume }) => {
    const source = volume.slice(0, volume.indexOf(":"));
    if (source.startsWith("./")) {
      expect(existsSync(`${ROOT}${source.slice(2)}`), source).toBe(true);
    } else if (source.startsWith("${")) {
      // A folder of the user's, named in .env: the example must set it.
      const variable = /^\$\{([A-Z_][A-Z0-9_]*)/.exec(source)?.[1] ?? "";
      expect(exampleVars.has(variable), variable).toBe(true);
    } else if (source.startsWith("/")) {
      expect(source).toBe("/var/run/docker.sock");
      expect(volume.endsWith(":ro")).toBe(true);
    } else {
      expect(Object.keys(compose.volumes), source).toContain(source);
    }
  });

  // The image users run is the release the end-to-end tests ran (tests/e2e/traefik.test.ts).
  it("runs the Traefik release that tests/tools/build-traefik.sh builds for the tests", () => {
    const pinned = /^VERSION=(v\d+\.\d+\.\d+)$/m.exec(readRepoFile("tests/tools/build-traefik.sh"));
    expect(pinned?.[1]).toMatch(/^v3\./);
    expect(traefik?.image).toBe(`traefik:${pinned?.[1] ?? "?"}`);
  });

  it("mounts Traefik's static file and dynamic folder read-only where traefik.yml expects them", () => {
    expect(traefik?.volumes).toEqual(
      expect.arrayContaining([
        "./traefik/traefik.yml:/etc/traefik/traefik.yml:ro",
        "./traefik/dynamic:/etc/traefik/dynamic:ro",
        "/var/run/docker.sock:/var/run/docker.sock:ro",
      ]),
    );
    expect(statSync(`${ROOT}traefik/dynamic`).isDirectory()).toBe(true);
    expect(readRepoFile("traefik/traefik.yml")).toContain("directory: /etc/traefik/dynamic");
  });

  it("takes settings from .env, which is git-ignored and has an example", () => {
    expect(forwardAuth?.env_file).toBe(".env");
    expect(gitignore).toContain(".env");
    expect(exampleVars.get("FORWARD_AUTH_ISSUER")).toMatch(/^https:\/\//);
    expect(exampleVars.has("FORWARD_AUTH_CLIENT_ID")).toBe(true);
  });

  it("marks the identity provider as external", () => {
    expect(Object.keys(compose.services)).not.toContain("authentik");
    expect(composeText).toMatch(/# The identity provider is external/);
    expect(envExample).toMatch(/identity provider, which this compose file does not run/);
  });

  it("has no secret values inline, in compose or in the example .env", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (!/SECRET|PASSWORD|TOKEN/i.test(key)) continue;
        expect(key, `${name}: ${key}`).toMatch(/_FILE$/);
        expect(value, `${name}: ${key}`).toMatch(/^\/run\/secrets\/[a-z_]+$/);
      }
    }
    expect(composeText).not.toMatch(/^\s*-?\s*(FORWARD_AUTH_)?(CLIENT_)?SECRET\s*[:=]/m);
    for (const key of exampleVars.keys()) expect(key).not.toMatch(/SECRET|PASSWORD|TOKEN/);
  });

  it("gives forward-auth its secrets as Docker secrets through *_FILE", () => {
    const env = environment(forwardAuth ?? {});
    expect(env.FORWARD_AUTH_SECRET_FILE).toBe("/run/secrets/forward_auth_secret");
    expect(env.FORWARD_AUTH_CLIENT_SECRET_FILE).toBe("/run/secrets/client_secret");
    const files = Object.values(env).filter((v) => v.startsWith("/run/secrets/"));
    expect(files.map((f) => f.slice("/run/secrets/".length)).sort()).toEqual(
      [...(forwardAuth?.secrets ?? [])].sort(),
    );
  });

  const readme = readRepoFile("secrets/README.md");
  it.each(Object.entries(compose.secrets))(
    "secret %s is a git-ignored file under secrets/, documented in secrets/README.md",
    (_name, { file }) => {
      expect(file).toMatch(/^\.\/secrets\/[a-z_]+$/);
      expect(gitignore).toContain("secrets/*");
      expect(gitignore).toContain("!secrets/README.md");
      expect(readme).toContain(`\`${file.slice(2)}\``);
    },
  );

  it("trusts Traefik's fixed address, inside the network's fixed subnet", () => {
    const subnet = compose.networks.proxy?.ipam.config[0]?.subnet ?? "";
    expect(subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(inCidr(traefikAddress, subnet)).toBe(true);
    expect(environment(forwardAuth ?? {}).FORWARD_AUTH_TRUSTED_PROXIES).toBe(
      `${traefikAddress}/32`,
    );
  });

  // Issue 13, item 12: 172.28.0.0/16 was in Docker's default pool; once another network was
  // given it, `docker compose up` failed with "Pool overlaps with other one on this address space".
  it.each([
    {
      name: "the compose file's subnet",
      subnet: compose.networks.proxy?.ipam.config[0]?.subnet ?? "",
      want: [],
    },
    { name: "the subnet it used to pin", subnet: "172.28.0.0/16", want: ["172.28.0.0/16"] },
    {
      name: "a /12 over all of them",
      subnet: "172.16.0.0/12",
      want: DOCKER_DEFAULT_POOLS.slice(0, 15),
    },
    { name: "a /24 of 192.168.0.0/16", subnet: "192.168.77.0/24", want: ["192.168.0.0/16"] },
  ])("keeps $name out of Docker's default address pools", ({ subnet, want }) => {
    expect(DOCKER_DEFAULT_POOLS.filter((pool) => overlaps(subnet, pool))).toEqual(want);
  });

  it("says how to pick a free subnet, and where to change it", () => {
    const subnet = compose.networks.proxy?.ipam.config[0]?.subnet ?? "";
    expect(composeText).toContain(`If ${subnet} is used here already`);
    expect(composeText).toContain("docker network inspect $(docker network ls -q)");
    expect(composeText).toContain(
      "this subnet, Traefik's ipv4_address above, and the address\n    # in FORWARD_AUTH_TRUSTED_PROXIES and ND_REVERSEPROXYWHITELIST.",
    );
  });

  it("lets Navidrome believe Remote-User from Traefik's address only", () => {
    expect(navidrome?.image).toMatch(/^deluan\/navidrome(:|$)/);
    expect(environment(navidrome ?? {})).toMatchObject({
      ND_REVERSEPROXYWHITELIST: `${traefikAddress}/32`,
      ND_REVERSEPROXYUSERHEADER: "Remote-User",
    });
  });

  it("publishes only Traefik's ports", () => {
    const published = Object.entries(compose.services).filter(([, s]) => "ports" in s);
    expect(published.map(([name]) => name)).toEqual(["traefik"]);
  });

  it("routes Navidrome with exactly generateLabels' output", () => {
    const labels = generateLabels(NAVIDROME);
    expect(navidrome?.labels).toEqual(parse(labels));
    // Comments included: the block in the file is the output, indented under labels:.
    const indented = labels
      .trimEnd()
      .split("\n")
      .map((line) => `      ${line}`)
      .join("\n");
    expect(composeText).toContain(`    labels:\n${indented}\n`);
  });

  it("checks forward-auth's health on /ping, as the Dockerfile does", () => {
    const test = forwardAuth?.healthcheck?.test ?? [];
    expect(test.slice(0, 3)).toEqual(["CMD", "node", "-e"]);
    expect(test[3]).toContain("'http://127.0.0.1:9000/outpost.goauthentik.io/ping'");
    expect(readRepoFile("Dockerfile")).toContain(JSON.stringify(test[3]));
  });
});

describe("Dockerfile", () => {
  const dockerfile = readRepoFile("Dockerfile");
  const instructions = dockerfile
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const stages = instructions
    .join("\n")
    .split(/^FROM /m)
    .slice(1);
  const runtime = stages.at(-1) ?? "";

  it("is multi-stage on Node 24", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:24-(alpine|bookworm-slim)\b/);
  });

  it("installs production dependencies only, with the lock file", () => {
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(runtime).not.toMatch(/^RUN /m);
  });

  it("compiles src/ with the build's tsconfig, as npm run build does", () => {
    const build = stages.find((stage) => / AS build\n/.test(stage)) ?? "";
    expect(build).toMatch(
      /^RUN node node_modules\/typescript\/bin\/tsc -p tsconfig\.build\.json$/m,
    );
    expect(readRepoFile("package.json")).toContain('"build": "tsc -p tsconfig.build.json"');
    expect(runtime).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
  });

  it("copies only package.json, package-lock.json, the tsconfigs, src/, bin/ and what the stages made", () => {
    const copies = instructions.filter((line) => line.startsWith("COPY "));
    const sources = copies.flatMap((line) => {
      const words = line.split(/\s+/).slice(1);
      return line.includes("--from=") ? [] : words.filter((w) => !w.startsWith("--")).slice(0, -1);
    });
    expect([...new Set(sources)].sort()).toEqual([
      "bin",
      "package-lock.json",
      "package.json",
      "src",
      "tsconfig.build.json",
      "tsconfig.json",
    ]);
    // The runtime stage gets the build, never the sources.
    expect(runtime).not.toMatch(/^COPY src\b/m);
    expect(runtime).toMatch(/^COPY --from=deps \/app\/node_modules \.\/node_modules$/m);
  });

  it("runs as the unprivileged node user, on port 9000, with a health check, as npm start does", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^EXPOSE 9000$/m);
    expect(runtime).toMatch(
      /^HEALTHCHECK .*CMD \["node", "-e", ".*\/outpost\.goauthentik\.io\/ping/m,
    );
    expect(instructions.at(-1)).toBe(
      'CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=512", "dist/main.js"]',
    );
    expect(readRepoFile("package.json")).toContain(
      '"start": "node --max-semi-space-size=8 --max-old-space-size=512 dist/main.js"',
    );
  });

  it("keeps everything but the sources out of the build context (.dockerignore)", () => {
    const rules = readRepoFile(".dockerignore")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));
    expect(rules).toEqual([
      "*",
      "!package.json",
      "!package-lock.json",
      "!tsconfig.json",
      "!tsconfig.build.json",
      "!src/",
      "!bin/",
    ]);
  });
});
