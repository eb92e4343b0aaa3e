import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.ts";

describe("createLogger", () => {
  it("writes one JSON object per line with a level name, an ISO time and the message", () => {
    const lines: string[] = [];
    createLogger("info", (l) => lines.push(l)).warn("peer refused", { peer: "127.0.0.2" });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "warn", msg: "peer refused", peer: "127.0.0.2" });
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it.each([
    { level: "debug", want: 4 },
    { level: "info", want: 3 },
    { level: "warn", want: 2 },
    { level: "error", want: 1 },
  ] as const)("keeps entries at $level and above", ({ level, want }) => {
    const lines: string[] = [];
    const log = createLogger(level, (l) => lines.push(l));
    log.debug("d");
    log.info("i");
    log.warn("w");
    log.error("e");
    expect(lines).toHaveLength(want);
  });

  it("redacts secret-looking fields passed by mistake", () => {
    const lines: string[] = [];
    createLogger("info", (l) => lines.push(l)).info("oops", {
      cookie: "forward_auth_session=Fe26.2*secret",
      code: "abc",
      token: "eyJ",
    });
    expect(lines.join("")).not.toMatch(/Fe26|abc|eyJ/);
    expect(lines.join("")).toContain("[redacted]");
  });

  it("writes readable lines for a terminal", () => {
    const lines: string[] = [];
    createLogger("info", (l) => lines.push(l), { pretty: true }).info("listening", { port: 9000 });
    // eslint-disable-next-line no-control-regex -- strips the colour codes
    const text = lines.join("").replace(/\u001b\[[0-9;]*m/g, "");
    expect(text).toContain("INFO");
    expect(text).toContain("listening");
    expect(() => JSON.parse(text) as unknown).toThrow();
  });
});

describe("debugEnabled", () => {
  it.each([
    { level: "debug", want: true },
    { level: "info", want: false },
    { level: "error", want: false },
  ] as const)("is $want at $level", ({ level, want }) => {
    expect(createLogger(level, () => undefined).debugEnabled).toBe(want);
  });
});
