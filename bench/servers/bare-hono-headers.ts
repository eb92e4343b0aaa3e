// Baseline (1b): the framework alone, answering 200 with the same identity headers the service
// sends.
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { IDENTITY_RESPONSE_HEADERS } from "./identity-headers.ts";

const app = new Hono();
app.all("*", () => new Response(null, { status: 200, headers: { ...IDENTITY_RESPONSE_HEADERS } }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.env.PORT) }, () => {
  process.stdout.write("listening\n");
});

// A clean exit on SIGTERM, so --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on("SIGTERM", () => process.exit(0));
