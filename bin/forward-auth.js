#!/usr/bin/env node
// Entry for the `forward-auth` bin (serve, check, config, --help). From a checkout it runs the
// TypeScript sources (Node 22.18+ strips types natively); the image holds only the build (dist/).
// No arguments (or `serve`) starts the service; `config ...` writes proxy configuration; `--help`.
import { existsSync } from "node:fs";

const source = new URL("../src/cli.ts", import.meta.url);
const { runCli } = await import(existsSync(source) ? source.href : "../dist/cli.js");

// exitCode rather than process.exit(): the service keeps running after runCli returns, and
// output written to a pipe is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
