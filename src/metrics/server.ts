import { createServer, type Server } from "node:http";
import type { Registry } from "prom-client";

/**
 * The metrics listener: its own port, so /metrics is never reachable through the proxy that
 * routes the service's endpoints. Only GET /metrics answers.
 */
export function createMetricsServer(registry: Registry): Server {
  return createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { "content-type": registry.contentType }).end(text);
      },
      () => {
        res.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n");
      },
    );
  });
}
