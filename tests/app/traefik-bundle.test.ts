import { readdirSync } from "node:fs";
import { Ajv } from "ajv";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { IDENTITY_HEADER_NAMES } from "../../src/auth/identity-headers.ts";
import { generateLabels } from "../../src/proxy-config/labels.ts";
import {
  FORWARD_AUTH_MIDDLEWARE,
  FORWARD_AUTH_SERVICE,
  generateTraefikDynamic,
  generateTraefikShared,
  MAX_RESPONSE_BODY_SIZE,
  PRIORITY,
  SHARED_FILE,
  SHARED_REF,
  STRIP_MIDDLEWARE,
  traefikRouting,
  type SharedOptions,
} from "../../src/proxy-config/traefik.ts";
import { NAVIDROME, OPTION_SETS, readRepoFile, ROOT } from "../helpers/bundle.ts";
import { labelsToFileHttp, type FileHttp } from "../helpers/traefik-labels.ts";

const schema = JSON.parse(readRepoFile("tests/fixtures/traefik-v3-file-provider.json")) as object;
// strict: false because the SchemaStore schema uses annotations Ajv's strict mode rejects.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const DYNAMIC_FILES = readdirSync(`${ROOT}traefik/dynamic`).filter((f) => /\.ya?ml$/.test(f));

/** The shared file of the bundle: the CLI's defaults. */
const BUNDLE_SHARED: SharedOptions = {
  authAddress: NAVIDROME.authAddress,
  prefix: NAVIDROME.prefix,
};
const SHARED_SETS: readonly { name: string; shared: SharedOptions }[] = [
  { name: "defaults", shared: BUNDLE_SHARED },
  { name: "custom", shared: { authAddress: "https://auth-gate.lan:9443", prefix: "/_auth/fa" } },
];

const strictParse = (text: string): unknown => {
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS();
};

interface SharedHttp {
  readonly middlewares: Record<string, unknown>;
  readonly services: Record<string, unknown>;
}

describe("Traefik file-provider schema", () => {
  it("has bundled dynamic files to check: the shared one and Navidrome's", () => {
    expect(DYNAMIC_FILES.sort()).toEqual([SHARED_FILE, "navidrome.yml"]);
  });

  it.each(DYNAMIC_FILES)("traefik/dynamic/%s validates", (file) => {
    const config = strictParse(readRepoFile(`traefik/dynamic/${file}`));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(OPTION_SETS)("generated YAML validates: $name", ({ options }) => {
    const config = strictParse(generateTraefikDynamic(options));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(SHARED_SETS)("generated shared YAML validates: $name", ({ shared }) => {
    const config = strictParse(generateTraefikShared(shared));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what Traefik would reject (the validator is not vacuous)", () => {
    const bad = {
      http: {
        routers: { r: { rule: "Host(`a`)", priority: -1, service: "s" } },
        middlewares: { m: { forwardAuth: { address: "x", authResponseHeaders: "Remote-User" } } },
        services: { s: { loadBalancer: { servers: [] } } },
      },
    };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/http/routers/r/priority",
        "/http/middlewares/m/forwardAuth/authResponseHeaders",
        "/http/services/s/loadBalancer/servers",
      ]),
    );
  });
});

describe("the bundled files are the generator's output", () => {
  it("traefik/dynamic/navidrome.yml is byte for byte generateTraefikDynamic(example)", () => {
    expect(readRepoFile("traefik/dynamic/navidrome.yml")).toBe(generateTraefikDynamic(NAVIDROME));
  });

  it(`traefik/dynamic/${SHARED_FILE} is byte for byte generateTraefikShared(defaults)`, () => {
    expect(readRepoFile(`traefik/dynamic/${SHARED_FILE}`)).toBe(
      generateTraefikShared(BUNDLE_SHARED),
    );
  });

  // `npm run lint` runs prettier --check over the repository, bundled YAML included.
  it.each(OPTION_SETS)("output is already in Prettier's style: $name", async ({ options }) => {
    const config = await prettier.resolveConfig(`${ROOT}traefik/dynamic/navidrome.yml`);
    const shared = generateTraefikShared(options);
    for (const yaml of [generateTraefikDynamic(options), generateLabels(options), shared]) {
      expect(await prettier.format(yaml, { ...config, parser: "yaml" })).toBe(yaml);
    }
  });
});

// Docker labels cannot be loaded without a Docker engine: converted to the file form by
// Traefik's label mapping, they must be the file generator's output for the same app.
describe("labels are the file form of the same routing", () => {
  it.each(OPTION_SETS)("labels → file form equals the YAML: $name", ({ options }) => {
    const file = parse(generateTraefikDynamic(options)) as { http: FileHttp };
    const labels = parse(generateLabels(options)) as string[];
    expect(labels[0]).toBe("traefik.enable=true");
    expect(labelsToFileHttp(labels)).toEqual(file.http);
  });

  it("docker-compose.yml's labels convert to traefik/dynamic/navidrome.yml", () => {
    const compose = parse(readRepoFile("docker-compose.yml")) as {
      services: { navidrome: { labels: string[] } };
    };
    const file = parse(readRepoFile("traefik/dynamic/navidrome.yml")) as { http: FileHttp };
    expect(labelsToFileHttp(compose.services.navidrome.labels)).toEqual(file.http);
  });

  it.each([
    "traefik.http.middlewares.m.headers.customrequestheaders.X=",
    "traefik.http.routers.r.tls=true",
    "traefik.tcp.routers.r.rule=HostSNI(`*`)",
    "traefik.http.routers.r.rule",
  ])("the converter refuses a label it does not know: %s", (label) => {
    expect(() => labelsToFileHttp([label])).toThrow(label);
  });
});

describe("the shared pieces", () => {
  const shared = (parse(readRepoFile(`traefik/dynamic/${SHARED_FILE}`)) as { http: SharedHttp })
    .http;

  it("defines the two middlewares and forward-auth's service, and nothing else", () => {
    expect(Object.keys(shared).sort()).toEqual(["middlewares", "services"]);
    expect(Object.keys(shared.middlewares).sort()).toEqual([
      FORWARD_AUTH_MIDDLEWARE,
      STRIP_MIDDLEWARE,
    ]);
    expect(shared.services).toEqual({
      [FORWARD_AUTH_SERVICE]: { loadBalancer: { servers: [{ url: "http://forward-auth:9000" }] } },
    });
    expect(SHARED_REF).toEqual({
      forwardAuth: `${FORWARD_AUTH_MIDDLEWARE}@file`,
      strip: `${STRIP_MIDDLEWARE}@file`,
      service: `${FORWARD_AUTH_SERVICE}@file`,
    });
  });

  it("forwardAuth copies every identity header from forward-auth's answer", () => {
    expect(shared.middlewares[FORWARD_AUTH_MIDDLEWARE]).toEqual({
      forwardAuth: {
        address: "http://forward-auth:9000/outpost.goauthentik.io/auth/traefik",
        trustForwardHeader: true,
        maxResponseBodySize: MAX_RESPONSE_BODY_SIZE,
        authResponseHeaders: [...IDENTITY_HEADER_NAMES],
      },
    });
  });

  it("strip-identity-headers deletes every identity header (empty value)", () => {
    expect(shared.middlewares[STRIP_MIDDLEWARE]).toEqual({
      headers: {
        customRequestHeaders: Object.fromEntries(IDENTITY_HEADER_NAMES.map((h) => [h, ""])),
      },
    });
  });

  it.each(OPTION_SETS)(
    "an app's file defines no middleware and no forward-auth service: $name",
    ({ options }) => {
      const http = (parse(generateTraefikDynamic(options)) as { http: FileHttp }).http;
      expect(Object.keys(http).sort()).toEqual(["routers", "services"]);
      expect(Object.keys(http.services)).toEqual([options.name]);
    },
  );

  it.each(OPTION_SETS)(
    "every router to the app strips first; only the protected one authenticates: $name",
    ({ options }) => {
      const { routers } = traefikRouting(options);
      for (const router of routers) {
        if (router.service === options.name) {
          expect(router.middlewares[0], router.name).toBe(SHARED_REF.strip);
        } else {
          expect(router.service, router.name).toBe(SHARED_REF.service);
        }
      }
      const auth = routers.filter((r) => r.middlewares.includes(SHARED_REF.forwardAuth));
      expect(auth.map((r) => [r.name, r.rule, r.middlewares])).toEqual([
        [options.name, `Host(\`${options.host}\`)`, [SHARED_REF.strip, SHARED_REF.forwardAuth]],
      ]);
    },
  );
});

describe("priorities", () => {
  it.each(OPTION_SETS)(
    "are explicit, explained in a comment, and ordered: $name",
    ({ options }) => {
      const yaml = generateTraefikDynamic(options);
      const { routers } = traefikRouting(options);
      for (const router of routers) {
        expect(router.priority).toBeGreaterThan(0);
        // The comment right above the router names its priority.
        const above = yaml.slice(0, yaml.indexOf(`\n    ${router.name}:\n`)).split("\n");
        const comment: string[] = [];
        while (above.at(-1)?.startsWith("    # ")) comment.unshift(above.pop() ?? "");
        expect(comment.join(" "), router.name).toMatch(
          new RegExp(`Priority ${router.priority}\\b`),
        );
      }
      const [outpost, ...rest] = routers;
      const protectedRouter = rest.pop();
      expect(outpost?.priority).toBe(PRIORITY.outpost);
      expect(protectedRouter?.priority).toBe(PRIORITY.protected);
      for (const router of rest) {
        expect(router.priority).toBeGreaterThan(PRIORITY.protected);
        expect(router.priority).toBeLessThan(PRIORITY.outpost);
      }
    },
  );
});

describe("traefik/traefik.yml (static configuration)", () => {
  const config = strictParse(readRepoFile("traefik/traefik.yml")) as Record<string, unknown>;
  // v3.7.12's generated reference lists `core:` twice (strictTLSOptions, then
  // defaultRuleSyntax); neither is used here, and the later one wins.
  const reference = parse(readRepoFile("tests/fixtures/traefik-v3-static-reference.yaml"), {
    uniqueKeys: false,
  }) as object;

  /** Key paths of a parsed YAML tree; entry point names become the reference's placeholder. */
  const keyPaths = (value: unknown, prefix: string[] = []): string[][] => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [prefix];
    return entries.flatMap(([k, v]) =>
      keyPaths(v, [
        ...prefix,
        prefix.length === 1 && prefix[0] === "entryPoints" ? "EntryPoint0" : k,
      ]),
    );
  };
  const has = (tree: unknown, path: readonly string[]): boolean => {
    let node = tree;
    for (const key of path) {
      if (node === null || typeof node !== "object" || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };

  it("uses only options Traefik v3 has (its generated static reference)", () => {
    const unknown = keyPaths(config).filter((p) => !has(reference, p));
    expect(unknown).toEqual([]);
  });

  // GHSA-rf44-j88r-hh8c: underscoreHeadersStrategy left Remote.User and X.authentik.username
  // through; Traefik v3.7.12 deprecates it for aliasHeadersStrategy, and logs a warning for either
  // the old option or an entrypoint without the new one.
  it("deletes aliasing header names (Remote_User, Remote.User) on every entrypoint", () => {
    const entryPoints = config.entryPoints as Record<string, { http?: Record<string, unknown> }>;
    expect(Object.keys(entryPoints)).toEqual(["web", "websecure"]);
    for (const [name, ep] of Object.entries(entryPoints)) {
      expect(ep.http?.aliasHeadersStrategy, name).toBe("delete");
      expect(ep.http, name).not.toHaveProperty("underscoreHeadersStrategy");
    }
  });

  // tests/e2e/traefik.test.ts: with Traefik's defaults (all allowed since v3.6.7),
  // /share/..%2f..%2fadmin reaches the app without a login.
  it("refuses every encoded character Traefik can refuse in paths on websecure", () => {
    const entryPoints = config.entryPoints as Record<string, { http?: Record<string, unknown> }>;
    const encoded = entryPoints.websecure?.http?.encodedCharacters as Record<string, unknown>;
    const options = Object.keys(
      (
        reference as {
          entryPoints: { EntryPoint0: { http: { encodedCharacters: Record<string, unknown> } } };
        }
      ).entryPoints.EntryPoint0.http.encodedCharacters,
    );
    expect(options).toContain("allowEncodedSlash");
    expect(encoded).toEqual(Object.fromEntries(options.map((option) => [option, false])));
  });

  it("redirects web to websecure, which has TLS", () => {
    expect(config.entryPoints).toMatchObject({
      web: {
        address: ":80",
        http: { redirections: { entryPoint: { to: "websecure", scheme: "https" } } },
      },
      websecure: { address: ":443", http: { tls: {} } },
    });
  });

  it("reads the dynamic folder and only opted-in containers; no API or dashboard", () => {
    expect(config.providers).toEqual({
      file: { directory: "/etc/traefik/dynamic", watch: true },
      docker: { exposedByDefault: false, watch: true },
    });
    expect(config).not.toHaveProperty("api");
    expect(config.log).toEqual({ level: "INFO" });
    expect(config).toHaveProperty("accessLog");
  });
});
