import { Hono } from "hono";

export function createApp(): Hono {
  const app = new Hono();
  app.get("/outpost.goauthentik.io/ping", (c) => c.body(null, 204));
  return app;
}
