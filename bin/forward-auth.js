#!/usr/bin/env node
// Entry for the `forward-auth` bin (serve, check, config, --help): Node 22.18+ strips TypeScript types natively, so the source runs as is.
// No arguments (or `serve`) starts the service; `config ...` writes proxy configuration; `--help`.
import { runCli } from "../src/cli.ts";

// exitCode rather than process.exit(): the service keeps running after runCli returns, and
// output written to a pipe is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
