// Baseline (1b): the framework alone, answering 200 with the same identity headers the service
// sends, so the cost of those headers is measured apart from the cost of deciding them.
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { identityHeaders } from "../../src/auth/identity-headers.ts";

const headers = {
  ...Object.fromEntries(
    identityHeaders(
      {
        sub: "u-alice",
        username: "alice",
        email: "alice@example.test",
        name: "Alice Liddell",
        groups: ["music", "admins"],
        entitlements: [],
      },
      { outpost: "forward-auth", provider: "forward-auth", app: "music.example.com", version: "0" },
    ),
  ),
  "Cache-Control": "no-store",
};
const app = new Hono();
app.all("*", () => new Response(null, { status: 200, headers: { ...headers } }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.env.PORT) }, () => {
  process.stdout.write("listening\n");
});

// A clean exit on SIGTERM, so --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on("SIGTERM", () => process.exit(0));
