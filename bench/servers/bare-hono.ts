// Baseline (1): the framework alone, answering 200 with one header.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.all("*", (c) => c.body(null, 200, { "X-authentik-username": "alice" }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.env.PORT) }, () => {
  process.stdout.write("listening\n");
});

// A clean exit on SIGTERM, so --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on("SIGTERM", () => process.exit(0));
