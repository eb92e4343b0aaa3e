import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/log.ts";
import { createRulesSource, RulesFileError, type RulesSource } from "../../src/rules/source.ts";
import type { Requirement, RuleRequest } from "../../src/rules/types.ts";
import { fileWatcher } from "../../src/rules/watch.ts";

const GLOBALS: Requirement = { groups: [], users: [] };
const ONE_APP =
  "apps:\n  - host: a.example.com\n    rules:\n      - path: /open/\n        action: allow\n";
const TWO_APPS = `${ONE_APP}  - host: b.example.com\n`;
const BROKEN =
  "apps:\n  - host: a.example.com\n    rules:\n      - path: open/\n        action: permit\n";

const request = (host: string, path: string): RuleRequest => ({
  host,
  path,
  method: "GET",
  methodOverrides: [],
  clientAddress: undefined,
  origin: undefined,
  accessControlRequestMethod: undefined,
});

interface Logged {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

function capture(): { logger: ReturnType<typeof createLogger>; lines: Logged[] } {
  const lines: Logged[] = [];
  const logger = createLogger("debug", (line) => lines.push(JSON.parse(line) as Logged));
  return { logger, lines };
}

/** Polls until the condition holds; fails after `ms` (real fs.watch needs real time). */
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("rules source with an injected file and watcher", () => {
  let files: Record<string, string>;
  let reads: number;
  let onChange: (() => void) | undefined;
  let unwatched: boolean;
  const readFile = (path: string): string => {
    reads++;
    const text = files[path];
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: "ENOENT",
      });
    }
    return text;
  };
  const watch = (_path: string, callback: () => void) => {
    onChange = callback;
    return () => {
      unwatched = true;
    };
  };

  beforeEach(() => {
    files = { "/etc/fa.yml": ONE_APP };
    reads = 0;
    onChange = undefined;
    unwatched = false;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const open = (logger = capture().logger): RulesSource =>
    createRulesSource({ file: "/etc/fa.yml", readFile, watch, logger, globals: GLOBALS });

  it("loads at start", () => {
    const source = open();
    expect(source.current().hosts).toEqual(["a.example.com"]);
    expect(source.current().decide(request("a.example.com", "/open/x")).kind).toBe("allow");
  });

  it("refuses to start on a broken file, listing every problem", () => {
    files["/etc/fa.yml"] = BROKEN;
    let thrown: unknown;
    try {
      open();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RulesFileError);
    const error = thrown as RulesFileError;
    expect(error.code).toBe("rules_file_invalid");
    expect(error.problems).toEqual([
      '/etc/fa.yml: apps[0].rules[0].action: must be allow, authenticate or deny (got "permit")',
      '/etc/fa.yml: apps[0].rules[0].path: must start with "/" (got "open/"); use a path like /rest/',
    ]);
    expect(error.message).toBe(error.problems.join("\n"));
  });

  it("refuses to start on a missing file", () => {
    delete files["/etc/fa.yml"];
    expect(() => open()).toThrow(
      new RulesFileError(["/etc/fa.yml: cannot read the file (ENOENT)"]),
    );
  });

  it("reload: a good file replaces the rules and logs the number of apps", () => {
    const { logger, lines } = capture();
    const source = open(logger);
    files["/etc/fa.yml"] = TWO_APPS;
    expect(source.reload("SIGHUP")).toEqual({ ok: true, problems: [] });
    expect(source.current().hosts).toEqual(["a.example.com", "b.example.com"]);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "rules file loaded",
        file: "/etc/fa.yml",
        reason: "SIGHUP",
        apps: 2,
      }),
    ]);
  });

  it("reload: a broken file is refused, logged, and the running rules stay", () => {
    const { logger, lines } = capture();
    const source = open(logger);
    const running = source.current();
    files["/etc/fa.yml"] = BROKEN;
    const result = source.reload("SIGHUP");
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(2);
    expect(source.current()).toBe(running);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "warn",
        msg: "rules file refused; the running rules stay",
        reason: "SIGHUP",
        problems: result.problems.join("\n"),
      }),
    ]);
  });

  it("reload: a file that disappeared is refused and the running rules stay", () => {
    const source = open();
    const running = source.current();
    delete files["/etc/fa.yml"];
    expect(source.reload("SIGHUP")).toEqual({
      ok: false,
      problems: ["/etc/fa.yml: cannot read the file (ENOENT)"],
    });
    expect(source.current()).toBe(running);
  });

  it("debounces a burst of change events into one read", () => {
    const { logger, lines } = capture();
    const source = open(logger);
    expect(reads).toBe(1);
    files["/etc/fa.yml"] = "";
    onChange?.(); // truncate
    vi.advanceTimersByTime(50);
    files["/etc/fa.yml"] = TWO_APPS;
    onChange?.(); // write
    onChange?.(); // close
    vi.advanceTimersByTime(99);
    expect(reads).toBe(1);
    vi.advanceTimersByTime(1);
    expect(reads).toBe(2);
    expect(source.current().hosts).toEqual(["a.example.com", "b.example.com"]);
    expect(lines.map((line) => [line.level, line.msg, line.reason])).toEqual([
      ["info", "rules file loaded", "file changed"],
    ]);
  });

  it("a half-written file seen by the watcher is refused; the finished one is taken", () => {
    const { logger, lines } = capture();
    const source = open(logger);
    files["/etc/fa.yml"] = `${ONE_APP}  - host: b.example.com\n    rul`;
    onChange?.();
    vi.advanceTimersByTime(100);
    expect(source.current().hosts).toEqual(["a.example.com"]);
    files["/etc/fa.yml"] = TWO_APPS;
    onChange?.();
    vi.advanceTimersByTime(100);
    expect(source.current().hosts).toEqual(["a.example.com", "b.example.com"]);
    expect(lines.map((line) => line.level)).toEqual(["warn", "info"]);
  });

  it("a change event with unchanged content is not a reload", () => {
    const { logger, lines } = capture();
    const source = open(logger);
    const running = source.current();
    onChange?.();
    vi.advanceTimersByTime(100);
    expect(source.current()).toBe(running);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ["debug", "rules file touched, content unchanged"],
    ]);
  });

  it("close() stops watching and drops a pending reload", () => {
    const source = open();
    files["/etc/fa.yml"] = TWO_APPS;
    onChange?.();
    source.close();
    vi.advanceTimersByTime(1000);
    expect(unwatched).toBe(true);
    expect(reads).toBe(1);
    expect(source.current().hosts).toEqual(["a.example.com"]);
  });
});

describe("rules source on the real file system", () => {
  let dir: string;
  let source: RulesSource | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "fa-rules-"));
  });
  afterEach(() => {
    source?.close();
    source = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (logger: ReturnType<typeof createLogger>) => {
    const file = join(dir, "forward-auth.yml");
    writeFileSync(file, ONE_APP);
    source = createRulesSource({
      file,
      readFile: (path) => readFileSync(path, "utf8"),
      watch: fileWatcher(logger),
      logger,
      globals: GLOBALS,
    });
    return { file, source };
  };

  it("picks up a file written in place", async () => {
    const { logger, lines } = capture();
    const { file, source } = start(logger);
    writeFileSync(file, TWO_APPS);
    await until(() => source.current().hosts.length === 2);
    expect(lines.filter((line) => line.level === "info")).toEqual([
      expect.objectContaining({ msg: "rules file loaded", reason: "file changed", apps: 2 }),
    ]);
  });

  it("picks up a file saved by rename (editors, config tools), then a second save", async () => {
    const { logger } = capture();
    const { file, source } = start(logger);
    writeFileSync(join(dir, ".forward-auth.yml.tmp"), TWO_APPS);
    renameSync(join(dir, ".forward-auth.yml.tmp"), file);
    await until(() => source.current().hosts.length === 2);
    // The old inode is gone: a watch on the file itself would miss this one.
    writeFileSync(join(dir, ".forward-auth.yml.tmp"), `${TWO_APPS}  - host: c.example.com\n`);
    renameSync(join(dir, ".forward-auth.yml.tmp"), file);
    await until(() => source.current().hosts.length === 3);
  });

  it("refuses a broken save with a logged warning and keeps the running rules", async () => {
    const { logger, lines } = capture();
    const { file, source } = start(logger);
    const running = source.current();
    writeFileSync(file, BROKEN);
    await until(() => lines.some((line) => line.level === "warn"));
    expect(source.current()).toBe(running);
    expect(lines.find((line) => line.level === "warn")).toEqual(
      expect.objectContaining({
        msg: "rules file refused; the running rules stay",
        file,
        reason: "file changed",
        problems: `${file}: apps[0].rules[0].action: must be allow, authenticate or deny (got "permit")\n${file}: apps[0].rules[0].path: must start with "/" (got "open/"); use a path like /rest/`,
      }),
    );
    // Fixed again: taken.
    writeFileSync(file, TWO_APPS);
    await until(() => source.current().hosts.length === 2);
  });

  it("a directory that cannot be watched leaves the rules loaded, with a warning", () => {
    const { logger, lines } = capture();
    const stop = fileWatcher(logger)(join(dir, "missing", "forward-auth.yml"), () => {});
    stop();
    expect(lines).toEqual([
      expect.objectContaining({
        level: "warn",
        msg: "cannot watch the rules file; reload with SIGHUP",
        file: join(dir, "missing", "forward-auth.yml"),
      }),
    ]);
  });

  it("ignores other files in the directory", async () => {
    const { logger, lines } = capture();
    start(logger);
    writeFileSync(join(dir, "other.yml"), "not: rules\n");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines).toEqual([]);
  });
});
