// Docker labels → the file provider's form, for comparing `config labels` with `config traefik`
// without a Docker engine. Only the keys the generator writes are known; any other label throws,
// so a new kind of label cannot pass the comparison unconverted.

/** A router or service of the file provider's `http` section, as YAML parses it. */
export interface FileHttp {
  readonly routers: Record<string, Record<string, unknown>>;
  readonly services: Record<string, { loadBalancer: { servers: { url: string }[] } }>;
}

/**
 * Traefik's label decoding (traefik/paerser): the key after `traefik.` is the path in the
 * dynamic configuration, option names match case-insensitively, a []string option takes a
 * comma-separated list, numbers are parsed; the Docker provider's `loadbalancer.server.url`
 * stands for the service's one server (servers[0]). `traefik.enable` is the provider's switch,
 * not configuration.
 */
export function labelsToFileHttp(labels: readonly string[]): FileHttp {
  const routers: Record<string, Record<string, unknown>> = {};
  const services: Record<string, { loadBalancer: { servers: { url: string }[] } }> = {};
  for (const label of labels) {
    const eq = label.indexOf("=");
    if (eq < 0) throw new Error(`label without "=": ${label}`);
    const [key, value] = [label.slice(0, eq), label.slice(eq + 1)];
    if (key === "traefik.enable") continue;
    const [root, kind, section, name, ...rest] = key.split(".");
    const option = rest.join(".").toLowerCase();
    if (root !== "traefik" || kind?.toLowerCase() !== "http" || name === undefined) {
      throw new Error(`not a traefik.http label: ${label}`);
    }
    if (section?.toLowerCase() === "routers") {
      const router = (routers[name] ??= {});
      if (option === "rule" || option === "service") router[option] = value;
      else if (option === "priority") router.priority = Number(value);
      else if (option === "middlewares") router.middlewares = value.split(",").map((m) => m.trim());
      else throw new Error(`a router option this converter does not know: ${label}`);
    } else if (section?.toLowerCase() === "services" && option === "loadbalancer.server.url") {
      services[name] = { loadBalancer: { servers: [{ url: value }] } };
    } else {
      throw new Error(`a label this converter does not know: ${label}`);
    }
  }
  return { routers, services };
}
