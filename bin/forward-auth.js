#!/usr/bin/env node
// Entry for the `forward-auth` bin (serve, check, explain, config, --help). From a checkout it
// runs the TypeScript sources, which needs a Node that strips types (22.18 or later); the image
// holds only the build (dist/) and its own Node 24.
// No arguments (or `serve`) starts the service; `config ...` writes proxy configuration; `--help`.
//
// Plain JavaScript that any Node since 14.8 can parse: on an older Node (the system's, when
// `node bin/forward-auth.js` is run by hand), the sources would fail to load with
// ERR_UNKNOWN_FILE_EXTENSION ".ts", so the command is run again on the Node that `npm ci`
// installs into node_modules/.bin (the `node` devDependency), or refused in one line.
import { spawn } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = new URL("../src/cli/run-cli.ts", import.meta.url);
const fromSource = existsSync(source);
// process.features.typescript is "strip" or "transform" where Node runs .ts files (22.18 and
// later by default), false or absent where it does not.
if (fromSource && !process.features.typescript) {
  runOnProjectNode();
} else {
  const { runCli } = await import(fromSource ? source.href : "../dist/cli/run-cli.js");
  // exitCode rather than process.exit(): the service keeps running after runCli returns, and
  // output written to a pipe is flushed before the process ends.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
}

/**
 * Runs this file again on node_modules/.bin/node with the same arguments, environment and
 * terminal, and ends as it ends: its exit code, or its signal. Signals sent to this process
 * (SIGTERM from a service manager, SIGHUP to reload the rules file) are passed on, so the
 * service behaves as if started directly.
 */
function runOnProjectNode() {
  const node = fileURLToPath(new URL("../node_modules/.bin/node", import.meta.url));
  // The project's Node that still cannot strip types (a flag turned it off) must not start
  // itself again and again.
  if (!existsSync(node) || realpathSync(node) === realpathSync(process.execPath)) {
    process.stderr.write(
      `forward-auth: needs Node.js 22.18 or later (this is ${process.version}); ` +
        "run it with npx forward-auth after npm ci, or install Node 24\n",
    );
    process.exitCode = 1;
    return;
  }
  const child = spawn(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  // The signals the service handles; a terminal's Ctrl-C reaches both processes, and a second
  // SIGINT is harmless (the service is already stopping, a command already ended).
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on("error", (error) => {
    process.stderr.write(`forward-auth: cannot start ${node}: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    for (const name of signals) process.off(name, forward);
    if (signal !== null) {
      // Die of the same signal, so a shell or service manager sees what really happened.
      process.kill(process.pid, signal);
      return;
    }
    process.exitCode = code ?? 1;
  });
}
