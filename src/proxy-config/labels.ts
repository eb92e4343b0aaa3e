import type { GenerateOptions } from "./options.ts";
import { comment, commandComment } from "./comment.ts";
import { appArgs, TRAEFIK_WHY, traefikRouting } from "./traefik.ts";

/**
 * Comments are wrapped 6 characters short of 100, so that pasted under `labels:` in a compose
 * file (6 spaces in) they still fit.
 */
const WIDTH = 94;

/**
 * The routing of generateTraefikDynamic as Docker labels for the app's container: a YAML list to
 * paste under `labels:`. Routers and the app's service get the same names and priorities, and
 * refer to the same shared pieces (name@file, from generateTraefikShared), so the two forms are
 * interchangeable (in Traefik they live apart, as name@file and name@docker).
 *
 * The shared pieces stay in the file provider rather than on a container's labels: a container
 * whose labels define a service but no router gets a router Traefik makes up from its
 * defaultRule (pkg/provider/configuration.go BuildRouterConfiguration), which would publish
 * forward-auth itself under a host name nobody chose.
 */
export function generateLabels(o: Omit<GenerateOptions, "authAddress">): string {
  const r = traefikRouting(o);
  const label = (key: string, value: string | number): string =>
    `- ${JSON.stringify(`traefik.${key}=${String(value)}`)}`;

  const out: string[] = [
    ...comment(
      0,
      `Docker labels (Traefik v3.7.12 or later, for aliasHeadersStrategy): ${o.host} behind forward-auth, the same ` +
        "routing as `forward-auth config traefik` writes for the file provider. Paste them " +
        "under the app's labels:.",
      WIDTH,
    ),
    ...commandComment("labels", appArgs(o), WIDTH),
    ...comment(0, TRAEFIK_WHY.needsShared, WIDTH),
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
  out.push(
    ...comment(0, r.service.why, WIDTH),
    label(`http.services.${r.service.name}.loadbalancer.server.url`, r.service.url),
  );
  return `${out.join("\n")}\n`;
}
