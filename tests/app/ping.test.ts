import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";

describe("ping", () => {
  it("answers 204", async () => {
    const res = await createApp().request("/outpost.goauthentik.io/ping");
    expect(res.status).toBe(204);
  });
});
