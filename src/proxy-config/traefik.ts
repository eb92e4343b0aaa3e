import { IDENTITY_HEADER_NAMES } from "../auth/identity-headers.ts";
import { comment, commandComment, oneLine } from "./comment.ts";
import type { GenerateOptions } from "./options.ts";
import { yamlLines, type Why } from "./yaml.ts";

/**
 * Names of the pieces every app shares: forward-auth's two middlewares and its service. They are
 * defined once, in the file `config traefik --shared` writes, and referred to by name@file from
 * every app's file and labels: defined again per app, Traefik keeps the first definition it
 * reads and logs "... already configured, skipping" for the others (pkg/provider/merge.go), so
 * a second app's different forwardAuth address would be silently ignored.
 */
export const FORWARD_AUTH_MIDDLEWARE = "forward-auth";
export const STRIP_MIDDLEWARE = "strip-identity-headers";
export const FORWARD_AUTH_SERVICE = "forward-auth";

/**
 * How apps refer to the shared pieces. @file names the file provider, from routers of any
 * provider (Docker labels included); a bare name would mean "of the router's own provider".
 */
export const SHARED_REF = {
  forwardAuth: `${FORWARD_AUTH_MIDDLEWARE}@file`,
  strip: `${STRIP_MIDDLEWARE}@file`,
  service: `${FORWARD_AUTH_SERVICE}@file`,
} as const;

/** Where the bundle keeps the shared file (traefik/dynamic/, the file provider's folder). */
export const SHARED_FILE = "forward-auth.yml";

/** forwardAuth's limit on forward-auth's answer, far above its largest page (a few KB). */
export const MAX_RESPONSE_BODY_SIZE = 65536;

/** What the shared file needs: forward-auth as Traefik reaches it. */
export interface SharedOptions {
  /** Base URL of forward-auth as Traefik reaches it, e.g. http://forward-auth:9000. */
  readonly authAddress: string;
  /** forward-auth's FORWARD_AUTH_PATH_PREFIX. */
  readonly prefix: string;
}

/** What one app's routers need; forward-auth's address is the shared file's alone. */
export type TraefikAppOptions = Omit<GenerateOptions, "authAddress">;

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
  /** The app's own service. */
  readonly service: TraefikService;
}

export const TRAEFIK_WHY = {
  forwardAuth:
    "Asks forward-auth about every request of the protected routers: a 2xx lets the request " +
    "through, any other answer (the login redirect, 401, 403) goes back to the client as is.",
  trustForwardHeader:
    "trustForwardHeader: true passes X-Forwarded-* on as they are at this point: the entrypoint " +
    "has already replaced any a client sent (unless it is listed in forwardedHeaders.trustedIPs), " +
    "so forward-auth reads Traefik's own values. Setting it also silences Traefik's start-up " +
    "warning about the option being unset.",
  maxResponseBodySize:
    `maxResponseBodySize: ${MAX_RESPONSE_BODY_SIZE} bytes. Traefik reads forward-auth's whole ` +
    "answer into memory, without a limit unless one is set (and then warns at start); " +
    "forward-auth's answers are at most a small HTML page of a few KB. A longer answer " +
    "becomes a 401 (pkg/middlewares/auth/forward.go), never a pass.",
  authResponseHeaders:
    "authResponseHeaders: every identity header. forwardAuth deletes each listed header from the " +
    "request and copies forward-auth's value; forward-auth always answers with all of them (empty " +
    "when a claim is missing), so a client's value never survives.",
  strip:
    "Deletes identity headers sent by the client: an empty value in customRequestHeaders deletes " +
    "the header. Traefik canonicalises header names, so any letter case is covered (remote-user, " +
    "REMOTE-USER). Spellings with an underscore or a dot (Remote_User, Remote.User) are other " +
    "names to Traefik, but CGI, PHP, WSGI and nginx back ends read them as the same header: set " +
    "aliasHeadersStrategy: delete on the entrypoint (Traefik v3.7.12 or later; the bundle's " +
    "traefik.yml has it), which deletes every such name before routing.",
  stripWhere:
    "Used on every router that leads to an app. On public paths it is the only defence; on the " +
    "protected router it runs before forwardAuth, so the app never sees a client's value even if " +
    "authResponseHeaders and this list ever drift apart.",
  shared:
    "forward-auth's middlewares and service, shared by every app behind it: write this file once " +
    "per Traefik (the bundle keeps it as traefik/dynamic/forward-auth.yml). Each app's file " +
    "(forward-auth config traefik --host ...) and Docker labels (forward-auth config labels " +
    "--host ...) only refer to these names, with @file; to move forward-auth, write this file " +
    "again with another --auth-address.",
  needsShared:
    `Uses forward-auth's shared pieces: the middlewares ${SHARED_REF.strip} and ` +
    `${SHARED_REF.forwardAuth} and the service ${SHARED_REF.service}, defined once for all ` +
    "apps in the file that `forward-auth config traefik --shared` writes " +
    "(traefik/dynamic/forward-auth.yml in the bundle), with the same --prefix. Without that " +
    "file Traefik refuses these routers (the middleware does not exist) and the app is " +
    "unreachable, never unprotected.",
} as const;

/** "/api/v1/" → "api-v1": a readable, router-name-safe form of a public path. */
function slug(path: string): string {
  const s = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s === "" ? "path" : s;
}

export function traefikRouting(o: TraefikAppOptions): TraefikRouting {
  const host = `Host(\`${o.host}\`)`;
  const outpost: TraefikRouter = {
    name: `${o.name}-outpost`,
    rule: `${host} && PathPrefix(\`${o.prefix}/\`)`,
    priority: PRIORITY.outpost,
    middlewares: [],
    service: SHARED_REF.service,
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
        middlewares: [SHARED_REF.strip],
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
    middlewares: [SHARED_REF.strip, SHARED_REF.forwardAuth],
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
    service: { name: o.name, url: o.upstream, why: "The app; only the routers above lead to it." },
  };
}

export interface TraefikRouterConfig {
  readonly rule: string;
  readonly priority: number;
  /** Left out when there are none, as Traefik's own examples do. */
  readonly middlewares?: readonly string[];
  readonly service: string;
}

export interface TraefikServiceConfig {
  readonly loadBalancer: { readonly servers: readonly { readonly url: string }[] };
}

export type TraefikMiddlewareConfig =
  | {
      readonly forwardAuth: {
        readonly address: string;
        readonly trustForwardHeader: boolean;
        readonly maxResponseBodySize: number;
        readonly authResponseHeaders: readonly string[];
      };
    }
  | { readonly headers: { readonly customRequestHeaders: Readonly<Record<string, string>> } };

/**
 * Traefik dynamic configuration as data: exactly what `config traefik` writes as YAML (an app's
 * routers and service, or with --shared the middlewares and forward-auth's service), and what
 * `config nix` writes as a Nix attribute set.
 */
export interface TraefikDynamicConfig {
  readonly http: {
    readonly routers?: Readonly<Record<string, TraefikRouterConfig>>;
    readonly middlewares?: Readonly<Record<string, TraefikMiddlewareConfig>>;
    readonly services: Readonly<Record<string, TraefikServiceConfig>>;
  };
}

/** A configuration with the comments each format writes above its attributes. */
export interface TraefikDocument {
  readonly config: TraefikDynamicConfig;
  /** Paragraphs for the attribute at a path like ["http", "routers", "music"]. */
  readonly why: Why;
}

const server = (url: string): TraefikServiceConfig => ({ loadBalancer: { servers: [{ url }] } });

function whyOf(entries: readonly (readonly [path: string, paragraphs: readonly string[]])[]): Why {
  const byPath = new Map(entries);
  return (path) => byPath.get(path.join("/"));
}

/** One app host's routers and service, with their comments. */
export function traefikAppDocument(o: TraefikAppOptions): TraefikDocument {
  const r = traefikRouting(o);
  const routers = r.routers.map((router): [string, TraefikRouterConfig] => [
    router.name,
    {
      rule: router.rule,
      priority: router.priority,
      ...(router.middlewares.length > 0 ? { middlewares: router.middlewares } : {}),
      service: router.service,
    },
  ]);
  return {
    config: {
      http: {
        routers: Object.fromEntries(routers),
        services: { [r.service.name]: server(r.service.url) },
      },
    },
    why: whyOf([
      ...r.routers.map((router) => [`http/routers/${router.name}`, [router.why]] as const),
      [`http/services/${r.service.name}`, [r.service.why]],
    ]),
  };
}

/** forwardAuth's address: forward-auth's Traefik endpoint under its prefix. */
function forwardAuthAddress(s: SharedOptions): string {
  return `${s.authAddress}${s.prefix}/auth/traefik`;
}

/** The pieces every app shares (the two middlewares, forward-auth's service), with comments. */
export function traefikSharedDocument(s: SharedOptions): TraefikDocument {
  const forwardAuth = `http/middlewares/${FORWARD_AUTH_MIDDLEWARE}`;
  return {
    config: {
      http: {
        middlewares: {
          [FORWARD_AUTH_MIDDLEWARE]: {
            forwardAuth: {
              address: forwardAuthAddress(s),
              trustForwardHeader: true,
              maxResponseBodySize: MAX_RESPONSE_BODY_SIZE,
              authResponseHeaders: IDENTITY_HEADER_NAMES,
            },
          },
          [STRIP_MIDDLEWARE]: {
            headers: {
              customRequestHeaders: Object.fromEntries(IDENTITY_HEADER_NAMES.map((h) => [h, ""])),
            },
          },
        },
        services: { [FORWARD_AUTH_SERVICE]: server(s.authAddress) },
      },
    },
    why: whyOf([
      [forwardAuth, [TRAEFIK_WHY.forwardAuth]],
      [`${forwardAuth}/forwardAuth/trustForwardHeader`, [TRAEFIK_WHY.trustForwardHeader]],
      [`${forwardAuth}/forwardAuth/maxResponseBodySize`, [TRAEFIK_WHY.maxResponseBodySize]],
      [`${forwardAuth}/forwardAuth/authResponseHeaders`, [TRAEFIK_WHY.authResponseHeaders]],
      [`http/middlewares/${STRIP_MIDDLEWARE}`, [TRAEFIK_WHY.strip, TRAEFIK_WHY.stripWhere]],
      [
        `http/services/${FORWARD_AUTH_SERVICE}`,
        [
          "forward-auth as Traefik reaches it: the routers of every app's forward-auth endpoints " +
            "(login, callback, sign-out) lead here.",
        ],
      ],
    ]),
  };
}

/** The object `config traefik` writes for one app; tests/e2e/nix.test.ts compares it. */
export const traefikDynamicConfig = (o: TraefikAppOptions): TraefikDynamicConfig =>
  traefikAppDocument(o).config;

/** The object `config traefik --shared` writes. */
export const traefikSharedConfig = (s: SharedOptions): TraefikDynamicConfig =>
  traefikSharedDocument(s).config;

/** The arguments that write one app's routing again (Traefik: no --auth-address, see below). */
export function appArgs(o: TraefikAppOptions): string[] {
  return [
    `--host ${o.host}`,
    `--upstream ${o.upstream}`,
    ...o.publicPaths.map((p) => `--public ${p}`),
    `--prefix ${o.prefix}`,
    `--name ${o.name}`,
  ];
}

/** The arguments that write the shared pieces again. */
export const sharedArgs = (s: SharedOptions): string[] => [
  "--shared",
  `--auth-address ${s.authAddress}`,
  `--prefix ${s.prefix}`,
];

export const PRIORITY_COMMENT =
  "Every router has an explicit priority: Traefik's default priority is the length of the " +
  "rule, and two routers that match the same request with the same priority are tried in " +
  "an undefined order.";

const yamlText = (header: readonly string[], doc: TraefikDocument): string =>
  `${[...header, ...yamlLines(doc.config, doc.why)].join("\n")}\n`;

/**
 * Traefik v3 file-provider dynamic configuration for one app host behind forward-auth: its
 * routers and its service. The middlewares and forward-auth's service come from
 * generateTraefikShared, written once for all apps.
 */
export function generateTraefikDynamic(o: TraefikAppOptions): string {
  return yamlText(
    [
      `# Traefik v3 dynamic configuration (file provider): ${oneLine(o.host)} behind forward-auth.`,
      ...commandComment("traefik", appArgs(o)),
      "# Write it again with that command rather than editing it: the routers, their priorities and",
      "# the header stripping only protect the app together.",
      "#",
      ...comment(0, TRAEFIK_WHY.needsShared),
      "#",
      ...comment(0, PRIORITY_COMMENT),
      "#",
      ...comment(
        0,
        "Identity headers (X-authentik-*, Remote-*) reach the app only from forward-auth: every " +
          "router leading to the app deletes any the client sent, and on the protected router " +
          "forwardAuth then sets the ones forward-auth answered.",
      ),
    ],
    traefikAppDocument(o),
  );
}

/**
 * The pieces every app behind forward-auth shares, as one file-provider file: the forwardAuth
 * and header-stripping middlewares and forward-auth's service.
 */
export function generateTraefikShared(s: SharedOptions): string {
  return yamlText(
    [
      "# Traefik v3 dynamic configuration (file provider): forward-auth's shared pieces.",
      ...commandComment("traefik", sharedArgs(s)),
      ...comment(0, TRAEFIK_WHY.shared),
    ],
    traefikSharedDocument(s),
  );
}
