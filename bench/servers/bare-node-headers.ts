// Baseline (2b): node:http alone, answering 200 with the same identity headers the service
// sends, over the same server options: the floor under the authenticated check, since the
// check must send these headers and Node validates and writes each one on every response.
// WORK_MICROSECONDS busy-waits that long per request first: what a microsecond of handler work
// costs in throughput on this machine, measured beside the check.
import { createServer } from "node:http";
import { IDENTITY_RESPONSE_HEADERS } from "./identity-headers.ts";

const workMs = Number(process.env.WORK_MICROSECONDS ?? 0) / 1000;

createServer({ optimizeEmptyRequests: true }, (_req, res) => {
  if (workMs > 0) {
    const until = performance.now() + workMs;
    while (performance.now() < until);
  }
  res.writeHead(200, IDENTITY_RESPONSE_HEADERS);
  res.end();
}).listen(Number(process.env.PORT), "127.0.0.1", () => {
  process.stdout.write("listening\n");
});

// A clean exit on SIGTERM, so --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on("SIGTERM", () => process.exit(0));
