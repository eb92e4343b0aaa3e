import { IDENTITY_HEADER_NAMES } from "../auth/identity-headers.ts";
import type { GenerateOptions } from "./options.ts";

/** Names shared by every app that forward-auth protects; identical definitions merge in Traefik. */
export const FORWARD_AUTH_MIDDLEWARE = "forward-auth";
export const STRIP_MIDDLEWARE = "strip-identity-headers";
export const FORWARD_AUTH_SERVICE = "forward-auth";

/**
 * Explicit priorities: Traefik's default is the length of the rule, and two routers that match
 * the same request with the same priority are tried in an undefined order. Public paths get
 * PUBLIC_BASE + their length, which stays below OUTPOST while paths are shorter than 1000.
 */
export const PRIORITY = { outpost: 3000, publicBase: 2000, protected: 1000 } as const;

export interface TraefikRouter {
  readonly name: string;
  readonly rule: string;
  readonly priority: number;
  /** In the order Traefik applies them. */
  readonly middlewares: readonly string[];
  readonly service: string;
  /** Why the router exists and why its priority is what it is: written as a comment. */
  readonly why: string;
}

export interface TraefikService {
  readonly name: string;
  readonly url: string;
  readonly why: string;
}

/** One app host's routing, rendered as file-provider YAML here and as Docker labels in labels.ts. */
export interface TraefikRouting {
  /** Highest priority first. */
  readonly routers: readonly TraefikRouter[];
  readonly forwardAuthAddress: string;
  readonly services: readonly TraefikService[];
}

export const TRAEFIK_WHY = {
  forwardAuth:
    "Asks forward-auth about every request of the protected router: a 2xx lets the request " +
    "through, any other answer (the login redirect, 401, 403) goes back to the client as is.",
  trustForwardHeader:
    "trustForwardHeader: true passes X-Forwarded-* on as they are at this point: the entrypoint " +
    "has already replaced any a client sent (unless it is listed in forwardedHeaders.trustedIPs), " +
    "so forward-auth reads Traefik's own values. Setting it also silences Traefik's start-up " +
    "warning about the option being unset.",
  authResponseHeaders:
    "authResponseHeaders: every identity header. forwardAuth deletes each listed header from the " +
    "request and copies forward-auth's value; forward-auth always answers with all of them (empty " +
    "when a claim is missing), so a client's value never survives.",
  strip:
    "Deletes identity headers sent by the client: an empty value in customRequestHeaders deletes " +
    "the header. Traefik canonicalises header names, so any letter case is covered (remote-user, " +
    "REMOTE-USER). Names with underscores (Remote_User) are different names to Traefik: the " +
    "entrypoint deletes those (underscoreHeadersStrategy: delete in traefik.yml).",
  stripWhere:
    "Used on every router that leads to the app. On public paths it is the only defence; on the " +
    "protected router it runs before forwardAuth, so the app never sees a client's value even if " +
    "authResponseHeaders and this list ever drift apart.",
} as const;

/** "/api/v1/" → "api-v1": a readable, router-name-safe form of a public path. */
function slug(path: string): string {
  const s = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s === "" ? "path" : s;
}

export function traefikRouting(o: GenerateOptions): TraefikRouting {
  const host = `Host(\`${o.host}\`)`;
  const outpost: TraefikRouter = {
    name: `${o.name}-outpost`,
    rule: `${host} && PathPrefix(\`${o.prefix}/\`)`,
    priority: PRIORITY.outpost,
    middlewares: [],
    service: FORWARD_AUTH_SERVICE,
    why:
      `forward-auth's own endpoints on this host (login, callback, sign-out), with no ` +
      `forwardAuth: they must work before there is a session. Priority ${PRIORITY.outpost}, the ` +
      `highest of this host: the login callback always reaches forward-auth, never the app.`,
  };

  const used = new Set<string>();
  const publics = [...o.publicPaths]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((path): TraefikRouter => {
      let name = `${o.name}-public-${slug(path)}`;
      for (let n = 2; used.has(name); n++) name = `${o.name}-public-${slug(path)}-${n}`;
      used.add(name);
      const priority = PRIORITY.publicBase + path.length;
      return {
        name,
        rule: `${host} && PathPrefix(\`${path}\`)`,
        priority,
        middlewares: [STRIP_MIDDLEWARE],
        service: o.name,
        why:
          `${path} bypasses the login: straight to the app, with identity headers sent by the ` +
          `client deleted. Priority ${priority} = ${PRIORITY.publicBase} + the length of ` +
          `"${path}": above the login (${PRIORITY.protected}), below forward-auth's endpoints ` +
          `(${PRIORITY.outpost}); a longer public path wins over a shorter one that contains it, ` +
          `and two paths of the same length never match the same request.`,
      };
    });

  const protectedRouter: TraefikRouter = {
    name: o.name,
    rule: host,
    priority: PRIORITY.protected,
    middlewares: [STRIP_MIDDLEWARE, FORWARD_AUTH_MIDDLEWARE],
    service: o.name,
    why:
      `The rest of the host, behind the login: identity headers sent by the client are ` +
      `deleted, then forwardAuth asks forward-auth and copies the identity headers it answers. ` +
      `Priority ${PRIORITY.protected}, the lowest of this host, yet above the default priority ` +
      `(the rule's length) of ordinary routers, so a catch-all router elsewhere cannot take ` +
      `this host's requests away from the login.`,
  };

  return {
    routers: [outpost, ...publics, protectedRouter],
    forwardAuthAddress: `${o.authAddress}${o.prefix}/auth/traefik`,
    services: [
      { name: o.name, url: o.upstream, why: "The app; only the routers above lead to it." },
      {
        name: FORWARD_AUTH_SERVICE,
        url: o.authAddress,
        why: "forward-auth as Traefik reaches it (the forwardAuth address above is under it).",
      },
    ],
  };
}

/** The dynamic configuration of one app host as data: what generateTraefikDynamic writes. */
export interface TraefikDynamicConfig {
  readonly http: {
    readonly routers: Readonly<
      Record<
        string,
        {
          readonly rule: string;
          readonly priority: number;
          readonly middlewares?: readonly string[];
          readonly service: string;
        }
      >
    >;
    readonly middlewares: Readonly<Record<string, unknown>>;
    readonly services: Readonly<
      Record<string, { readonly loadBalancer: { readonly servers: readonly { url: string }[] } }>
    >;
  };
}

/**
 * generateTraefikDynamic's routers, middlewares and services as an object, for formats that are
 * not YAML text (config nix). tests/e2e/nix.test.ts compares the two.
 */
export function traefikDynamicConfig(o: GenerateOptions): TraefikDynamicConfig {
  const r = traefikRouting(o);
  return {
    http: {
      routers: Object.fromEntries(
        r.routers.map((router) => [
          router.name,
          {
            rule: router.rule,
            priority: router.priority,
            ...(router.middlewares.length > 0 ? { middlewares: router.middlewares } : {}),
            service: router.service,
          },
        ]),
      ),
      middlewares: {
        [FORWARD_AUTH_MIDDLEWARE]: {
          forwardAuth: {
            address: r.forwardAuthAddress,
            trustForwardHeader: true,
            authResponseHeaders: IDENTITY_HEADER_NAMES,
          },
        },
        [STRIP_MIDDLEWARE]: {
          headers: {
            customRequestHeaders: Object.fromEntries(IDENTITY_HEADER_NAMES.map((h) => [h, ""])),
          },
        },
      },
      services: Object.fromEntries(
        r.services.map((service) => [
          service.name,
          { loadBalancer: { servers: [{ url: service.url }] } },
        ]),
      ),
    },
  };
}

/** Wraps prose into `# ` comment lines of at most `width` characters at the given indent. */
export function comment(indent: number, text: string, width = 100): string[] {
  const pad = `${" ".repeat(indent)}# `;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && pad.length + line.length + 1 + word.length > width) {
      lines.push(pad + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(pad + line);
  return lines;
}

/** The command that writes this output again, wrapped into comment lines. */
export function commandComment(target: string, o: GenerateOptions, width = 100): string[] {
  const args = [
    `--host ${o.host}`,
    `--upstream ${o.upstream}`,
    ...o.publicPaths.map((p) => `--public ${p}`),
    `--auth-address ${o.authAddress}`,
    `--prefix ${o.prefix}`,
    `--name ${o.name}`,
  ];
  const lines: string[] = [];
  let line = `# Written by: forward-auth config ${target}`;
  for (const arg of args) {
    if (line.length + 1 + arg.length > width) {
      lines.push(line);
      line = `#   ${arg}`;
    } else {
      line = `${line} ${arg}`;
    }
  }
  lines.push(line);
  return lines;
}

/** A YAML double-quoted scalar; JSON's escapes are valid YAML. */
const q = (s: string): string => JSON.stringify(s);

/** Traefik v3 file-provider dynamic configuration for one app host behind forward-auth. */
export function generateTraefikDynamic(o: GenerateOptions): string {
  const r = traefikRouting(o);
  const out: string[] = [
    `# Traefik v3 dynamic configuration (file provider): ${o.host} behind forward-auth.`,
    ...commandComment("traefik", o),
    "# Write it again with that command rather than editing it: the routers, their priorities and",
    "# the header stripping only protect the app together.",
    "#",
    ...comment(
      0,
      "Every router has an explicit priority: Traefik's default priority is the length of the " +
        "rule, and two routers that match the same request with the same priority are tried in " +
        "an undefined order.",
    ),
    "#",
    ...comment(
      0,
      "Identity headers (X-authentik-*, Remote-*) reach the app only from forward-auth: every " +
        "router leading to the app deletes any the client sent, and on the protected router " +
        "forwardAuth then sets the ones forward-auth answered.",
    ),
    "http:",
    "  routers:",
  ];
  r.routers.forEach((router, i) => {
    if (i > 0) out.push("");
    out.push(...comment(4, router.why), `    ${router.name}:`, `      rule: ${q(router.rule)}`);
    out.push(`      priority: ${router.priority}`);
    if (router.middlewares.length > 0) {
      out.push("      middlewares:", ...router.middlewares.map((m) => `        - ${m}`));
    }
    out.push(`      service: ${router.service}`);
  });
  out.push(
    "",
    "  middlewares:",
    ...comment(4, TRAEFIK_WHY.forwardAuth),
    `    ${FORWARD_AUTH_MIDDLEWARE}:`,
    "      forwardAuth:",
    `        address: ${q(r.forwardAuthAddress)}`,
    ...comment(8, TRAEFIK_WHY.trustForwardHeader),
    "        trustForwardHeader: true",
    ...comment(8, TRAEFIK_WHY.authResponseHeaders),
    "        authResponseHeaders:",
    ...IDENTITY_HEADER_NAMES.map((h) => `          - ${h}`),
    "",
    ...comment(4, TRAEFIK_WHY.strip),
    ...comment(4, TRAEFIK_WHY.stripWhere),
    `    ${STRIP_MIDDLEWARE}:`,
    "      headers:",
    "        customRequestHeaders:",
    ...IDENTITY_HEADER_NAMES.map((h) => `          ${h}: ""`),
    "",
    "  services:",
  );
  r.services.forEach((service, i) => {
    if (i > 0) out.push("");
    out.push(
      ...comment(4, service.why),
      `    ${service.name}:`,
      "      loadBalancer:",
      "        servers:",
      `          - url: ${q(service.url)}`,
    );
  });
  return `${out.join("\n")}\n`;
}
