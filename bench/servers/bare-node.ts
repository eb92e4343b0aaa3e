// Baseline (2): node:http alone, answering 200 with one header.
import { createServer } from "node:http";

createServer((_req, res) => {
  res.writeHead(200, { "X-authentik-username": "alice" });
  res.end();
}).listen(Number(process.env.PORT), "127.0.0.1", () => {
  process.stdout.write("listening\n");
});

// A clean exit on SIGTERM, so --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on("SIGTERM", () => process.exit(0));
