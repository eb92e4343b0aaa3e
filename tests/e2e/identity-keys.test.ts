import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PREFIX, testEnv } from "../helpers/harness.ts";
import { rawRequest, runService } from "../helpers/process.ts";

const dataDir = mkdtempSync(join(tmpdir(), "forward-auth-data-"));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function publishedKids(): Promise<string[]> {
  const service = await runService({
    ...testEnv("http://127.0.0.1:1"),
    FORWARD_AUTH_IDENTITY_JWT: "true",
    FORWARD_AUTH_DATA_DIR: dataDir,
  });
  try {
    let body = "";
    for (let i = 0; i < 100 && body === ""; i++) {
      const res = await rawRequest(`${service.url}${PREFIX}/jwks`).catch(() => undefined);
      if (res?.status === 200) body = res.body;
      else await new Promise((r) => setTimeout(r, 50));
    }
    return (JSON.parse(body) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
  } finally {
    expect(await service.stop()).toBe(0);
  }
}

describe("identity JWT signing keys in the real process", () => {
  it("are generated at first start, persisted privately, and the same after a restart", async () => {
    const first = await publishedKids();
    expect(first).toHaveLength(1);
    const store = statSync(join(dataDir, "identity-keys.json"));
    expect(store.mode & 0o777).toBe(0o600);
    expect(await publishedKids()).toEqual(first);
  });
});
