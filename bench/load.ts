/**
 * One load run against one URL: wrk (Debian's package, written in C, so the client is not the
 * bottleneck) when installed, else autocannon's CLI from npm. Both keep connections alive.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface LoadOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Cookie header values used in turn, one per request (wrk only; autocannon sends the first). */
  readonly cookies?: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  /**
   * Count 5xx answers separately. wrk then calls Lua for every response, which slows the
   * client in proportion to the response's headers, so only scenarios that need it ask.
   */
  readonly countServerErrors?: boolean;
}

export interface LoadResult {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50ms: number;
  readonly p99ms: number;
  /** Answers outside 2xx/3xx (wrk) or outside 2xx (autocannon). */
  readonly errorsByStatus: number;
  /** 5xx answers (wrk only; autocannon reports none separately). */
  readonly serverErrors: number;
  readonly socketErrors: number;
}

/**
 * Pinning: the servers on CPU 0, the load generator on CPU 1 (BENCH_PIN=0 turns it off). On a
 * two-core machine the scheduler otherwise moves them around mid-run, and the figures of two
 * runs a minute apart differed by a third.
 */
export const PIN =
  process.env.BENCH_PIN !== "0" &&
  availableParallelism() >= 2 &&
  spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/** command and args, run on the given CPU when pinning. */
export function onCpu(cpu: number, command: string, args: string[]): [string, string[]] {
  return PIN ? ["taskset", ["-c", String(cpu), command, ...args]] : [command, args];
}

export const TOOL: "wrk" | "autocannon" =
  spawnSync("wrk", ["--version"]).error === undefined ? "wrk" : "autocannon";

const lua = (s: string): string => JSON.stringify(s); // JSON strings are valid Lua strings here

function wrkScript(options: LoadOptions): string {
  const lines = [
    `local threads = {}`,
    `setup = function(thread) table.insert(threads, thread) end`,
    `wrk.headers = {}`,
    ...Object.entries(options.headers).map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`),
  ];
  if (options.countServerErrors === true) {
    lines.push(
      `response = function(status) if status >= 500 then fivexx = (fivexx or 0) + 1 end end`,
    );
  }
  if (options.cookies !== undefined && options.cookies.length > 0) {
    lines.push(`local cookies = {${options.cookies.map(lua).join(",\n")}}`);
    lines.push(`local n = #cookies`, `local i = 0`);
    lines.push(`request = function()`);
    lines.push(`  i = i + 1`);
    lines.push(`  wrk.headers["Cookie"] = cookies[(i % n) + 1]`);
    lines.push(`  return wrk.format(nil)`);
    lines.push(`end`);
  }
  lines.push(
    `done = function(summary, latency, requests)`,
    `  local e = summary.errors`,
    `  local five = 0`,
    `  for _, t in ipairs(threads) do five = five + (t:get("fivexx") or 0) end`,
    `  io.write(string.format('RESULT {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"status":%d,"socket":%d,"fivexx":%d}\\n',`,
    `    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,`,
    `    e.connect + e.read + e.write + e.timeout, five))`,
    `end`,
  );
  return lines.join("\n") + "\n";
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(...onCpu(1, command, args), { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", () => {
      resolve(out);
    });
  });
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  if (TOOL === "wrk") {
    const dir = mkdtempSync(join(tmpdir(), "forward-auth-bench-"));
    const script = join(dir, "load.lua");
    writeFileSync(script, wrkScript(options));
    const out = await run("wrk", [
      "-t1",
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      "--timeout",
      "10s",
      "-s",
      script,
      options.url,
    ]);
    const line = out.split("\n").find((l) => l.startsWith("RESULT "));
    if (line === undefined) throw new Error(`wrk printed no result:\n${out}`);
    const r = JSON.parse(line.slice(7)) as Record<string, number>;
    const requests = r.requests ?? 0;
    return {
      requests,
      requestsPerSecond: Math.round(requests / ((r.duration ?? 1) / 1e6)),
      p50ms: (r.p50 ?? 0) / 1000,
      p99ms: (r.p99 ?? 0) / 1000,
      errorsByStatus: r.status ?? 0,
      serverErrors: r.fivexx ?? 0,
      socketErrors: r.socket ?? 0,
    };
  }
  const autocannon = fileURLToPath(
    new URL("../node_modules/autocannon/autocannon.js", import.meta.url),
  );
  const args = [autocannon, "-c", String(options.connections), "-d", String(options.seconds), "-j"];
  const headers = {
    ...options.headers,
    ...(options.cookies?.[0] ? { Cookie: options.cookies[0] } : {}),
  };
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  const out = await run(process.execPath, [...args, options.url]);
  const json = JSON.parse(out) as {
    requests: { total: number; average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    requests: json.requests.total,
    requestsPerSecond: Math.round(json.requests.average),
    p50ms: json.latency.p50,
    p99ms: json.latency.p99,
    errorsByStatus: json.non2xx,
    serverErrors: 0,
    socketErrors: json.errors,
  };
}
