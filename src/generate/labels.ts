import { IDENTITY_HEADER_NAMES } from "../auth/identity-headers.ts";
import type { GenerateOptions } from "./options.ts";
import {
  comment,
  commandComment,
  FORWARD_AUTH_MIDDLEWARE,
  STRIP_MIDDLEWARE,
  TRAEFIK_WHY,
  traefikRouting,
} from "./traefik.ts";

/**
 * Comments are wrapped 6 characters short of 100, so that pasted under `labels:` in a compose
 * file (6 spaces in) they still fit.
 */
const WIDTH = 94;

/**
 * The routing of generateTraefikDynamic as Docker labels for the app's container: a YAML list to
 * paste under `labels:`. Routers, middlewares and services get the same names and priorities, so
 * the two forms are interchangeable (in Traefik they live apart, as name@file and name@docker).
 */
export function generateLabels(o: GenerateOptions): string {
  const r = traefikRouting(o);
  const label = (key: string, value: string | number): string =>
    `- ${JSON.stringify(`traefik.${key}=${String(value)}`)}`;

  const out: string[] = [
    ...comment(
      0,
      `Docker labels (Traefik v3.4 or later): ${o.host} behind forward-auth, the same ` +
        "routing as `forward-auth config traefik` writes for the file provider. Paste them " +
        "under the app's labels:.",
      WIDTH,
    ),
    ...commandComment("labels", o, WIDTH),
    ...comment(
      0,
      "Every router has an explicit priority: Traefik's default priority is the length of the " +
        "rule, and two routers that match the same request with the same priority are tried in " +
        "an undefined order. With exposedByDefault: false, traefik.enable=true is what makes " +
        "Traefik read these labels.",
      WIDTH,
    ),
    label("enable", "true"),
  ];
  for (const router of r.routers) {
    const key = `http.routers.${router.name}`;
    out.push(
      ...comment(0, router.why, WIDTH),
      label(`${key}.rule`, router.rule),
      label(`${key}.priority`, router.priority),
    );
    if (router.middlewares.length > 0) {
      out.push(label(`${key}.middlewares`, router.middlewares.join(",")));
    }
    out.push(label(`${key}.service`, router.service));
  }

  const fa = `http.middlewares.${FORWARD_AUTH_MIDDLEWARE}.forwardauth`;
  out.push(
    ...comment(0, TRAEFIK_WHY.forwardAuth, WIDTH),
    label(`${fa}.address`, r.forwardAuthAddress),
    ...comment(0, TRAEFIK_WHY.trustForwardHeader, WIDTH),
    label(`${fa}.trustforwardheader`, "true"),
    ...comment(0, TRAEFIK_WHY.authResponseHeaders, WIDTH),
    label(`${fa}.authresponseheaders`, IDENTITY_HEADER_NAMES.join(",")),
    ...comment(0, TRAEFIK_WHY.strip, WIDTH),
    ...comment(0, TRAEFIK_WHY.stripWhere, WIDTH),
    ...IDENTITY_HEADER_NAMES.map((h) =>
      label(`http.middlewares.${STRIP_MIDDLEWARE}.headers.customrequestheaders.${h}`, ""),
    ),
  );
  for (const service of r.services) {
    out.push(
      ...comment(0, service.why, WIDTH),
      label(`http.services.${service.name}.loadbalancer.server.url`, service.url),
    );
  }
  return `${out.join("\n")}\n`;
}
