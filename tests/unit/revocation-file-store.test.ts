import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFileStore, REVOCATIONS_FILE } from "../../src/revocation/file-store.ts";
import { createRevocations } from "../../src/revocation/revocations.ts";
import { createLogger } from "../../src/log.ts";

const NOW = 1_800_000_000;
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "fa-revocations-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const lines: string[] = [];
const logger = createLogger("debug", (line) => lines.push(line));
const alice = { ref: "r1", sid: "s1", identity: { sub: "alice" }, issuedAt: NOW - 10 };

describe("revocations in FORWARD_AUTH_DATA_DIR", () => {
  it("a revocation made before a restart still holds after it", async () => {
    const dir = tempDir();
    const first = createRevocations({
      stores: [createFileStore(dir, logger)],
      now: () => NOW,
      logger,
    });
    await first.load();
    await first.revoke({ kind: "session", id: "r1", until: NOW + 100 });
    // Written and fsync'd when revoke resolves: read before close.
    expect(readFileSync(join(dir, REVOCATIONS_FILE), "utf8")).toContain('"id":"r1"');
    await first.close();

    const second = createRevocations({
      stores: [createFileStore(dir, logger)],
      now: () => NOW + 1,
      logger,
    });
    expect(second.isRevoked(alice)).toBe(false);
    await second.load();
    expect(second.isRevoked(alice)).toBe(true);
    await second.close();
  });

  it("compacts at start: expired entries and torn or foreign lines are dropped", async () => {
    const dir = tempDir();
    const path = join(dir, REVOCATIONS_FILE);
    writeFileSync(
      path,
      [
        JSON.stringify({ kind: "session", id: "old", until: NOW - 1 }),
        JSON.stringify({ kind: "sid", sid: "s1", until: NOW + 100 }),
        "not json",
        JSON.stringify({ kind: "session", id: 5, until: NOW + 100 }),
        '{"kind":"session","id":"torn',
      ].join("\n"),
    );
    const store = createFileStore(dir, logger);
    const revocations = createRevocations({ stores: [store], now: () => NOW, logger });
    await revocations.load();
    expect(revocations.isRevoked(alice)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(
      `${JSON.stringify({ kind: "sid", sid: "s1", until: NOW + 100 })}\n`,
    );
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(lines.some((l) => l.includes("unreadable lines skipped"))).toBe(true);
    await revocations.close();
  });

  it("a directory it cannot use stops the start with the reason", async () => {
    const dir = join(tempDir(), "missing", "deeper");
    const revocations = createRevocations({
      stores: [createFileStore(dir, logger)],
      now: () => NOW,
      logger,
    });
    await expect(revocations.load()).rejects.toThrow(/ENOENT/);
    await revocations.close();
  });

  it("a revocation recorded after close is a failure in health(), logged once", async () => {
    const dir = tempDir();
    const store = createFileStore(dir, logger);
    await store.load(NOW);
    await store.close();
    lines.length = 0;
    await store.record({ kind: "session", id: "late", until: NOW + 100 });
    await store.record({ kind: "session", id: "later", until: NOW + 100 });
    const path = join(dir, REVOCATIONS_FILE);
    expect(store.health()).toEqual({ ok: false, reason: `cannot write ${path}: store closed` });
    expect(lines.filter((l) => l.includes("revocations not saved"))).toHaveLength(1);
    expect(readFileSync(path, "utf8")).toBe("");
  });
});
