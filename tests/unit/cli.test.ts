import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli, USAGE } from "../../src/cli/run-cli.ts";
import { generateCaddy } from "../../src/proxy-config/caddy.ts";
import { generateLabels } from "../../src/proxy-config/labels.ts";
import { generateNginx } from "../../src/proxy-config/nginx.ts";
import { generateNix, generateNixShared } from "../../src/proxy-config/nix.ts";
import { generateNpm, NPM_DETAILS_UPSTREAM } from "../../src/proxy-config/npm.ts";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";
import { generateTraefikDynamic, generateTraefikShared } from "../../src/proxy-config/traefik.ts";
import { NAVIDROME, NAVIDROME_ARGS, readRepoFile, ROOT } from "../helpers/bundle.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  served: number;
}

async function run(argv: string[]): Promise<Run> {
  const result = { code: -1, stdout: "", stderr: "", served: 0 };
  result.code = await runCli(
    argv,
    {
      stdout: (s) => (result.stdout += s),
      stderr: (s) => (result.stderr += s),
    },
    {
      serve: () => {
        result.served++;
        return Promise.resolve();
      },
    },
  );
  return result;
}

const BASE = ["--host", "app.example.com", "--upstream", "http://app:8080"];
const APP: GenerateOptions = {
  host: "app.example.com",
  upstream: "http://app:8080",
  publicPaths: [],
  authAddress: "http://forward-auth:9000",
  prefix: "/outpost.goauthentik.io",
  name: "app-example-com",
};

describe("runCli: the service", () => {
  it.each([{ argv: [] }, { argv: ["serve"] }])("$argv starts the service", async ({ argv }) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: "", stderr: "", served: 1 });
  });

  it("serve takes no arguments", async () => {
    expect(await run(["serve", "--port", "1"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'forward-auth: serve takes no arguments (got "--port 1"); it is configured by FORWARD_AUTH_* variables\n',
      served: 0,
    });
  });

  it.each([
    ["--help"],
    ["-h"],
    ["help"],
    ["config", "traefik", "--help"],
    ["config", "npm", "--help"],
    ["config", "nix", "--help"],
  ])("%s prints the usage", async (...argv) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: USAGE, stderr: "", served: 0 });
  });

  it("refuses an unknown command", async () => {
    expect(await run(["start"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'forward-auth: unknown command "start"; expected serve, check, explain, config or --help\n',
      served: 0,
    });
  });
});

describe("runCli: config, good arguments", () => {
  it.each<{ name: string; argv: string[]; want: string }>([
    {
      name: "the bundle's example",
      argv: ["config", "traefik", ...NAVIDROME_ARGS],
      want: generateTraefikDynamic(NAVIDROME),
    },
    {
      name: "labels",
      argv: ["config", "labels", ...NAVIDROME_ARGS],
      want: generateLabels(NAVIDROME),
    },
    {
      name: "traefik --format labels is labels",
      argv: ["config", "traefik", ...NAVIDROME_ARGS, "--format", "labels"],
      want: generateLabels(NAVIDROME),
    },
    {
      name: "traefik --format yaml is traefik",
      argv: ["config", "traefik", ...NAVIDROME_ARGS, "--format=yaml"],
      want: generateTraefikDynamic(NAVIDROME),
    },
    {
      name: "options in any order, with =",
      argv: [
        "config",
        "traefik",
        "--public=/share/",
        "--upstream=http://navidrome:4533",
        "--public",
        "/rest/",
        "--host=music.example.com",
      ],
      want: generateTraefikDynamic({ ...NAVIDROME, publicPaths: ["/share/", "/rest/"] }),
    },
    {
      name: "every option",
      argv: [
        "config",
        "traefik",
        ...BASE,
        "--public",
        "/api/v1/",
        "--prefix",
        "/_fa",
        "--name",
        "app",
      ],
      want: generateTraefikDynamic({
        ...APP,
        publicPaths: ["/api/v1/"],
        prefix: "/_fa",
        name: "app",
      }),
    },
    {
      name: "every option of caddy",
      argv: [
        "config",
        "caddy",
        ...BASE,
        "--auth-address",
        "https://auth.lan:9443",
        "--name",
        "app",
      ],
      want: generateCaddy({ ...APP, authAddress: "https://auth.lan:9443", name: "app" }),
    },
    {
      name: "Traefik's shared file, defaults",
      argv: ["config", "traefik", "--shared"],
      want: generateTraefikShared({
        authAddress: "http://forward-auth:9000",
        prefix: "/outpost.goauthentik.io",
      }),
    },
    {
      name: "Traefik's shared file, every option",
      argv: [
        "config",
        "traefik",
        "--prefix=/_fa",
        "--shared",
        "--auth-address",
        "https://auth.lan:9443/",
        "--format",
        "yaml",
      ],
      want: generateTraefikShared({ authAddress: "https://auth.lan:9443", prefix: "/_fa" }),
    },
    {
      name: "NixOS's shared set, defaults",
      argv: ["config", "nix", "--shared"],
      want: generateNixShared({
        authAddress: "http://forward-auth:9000",
        prefix: "/outpost.goauthentik.io",
      }),
    },
    {
      name: "NixOS's shared set, every option",
      argv: [
        "config",
        "nix",
        "--shared",
        "--auth-address=https://auth.lan:9443",
        "--prefix",
        "/_fa",
      ],
      want: generateNixShared({ authAddress: "https://auth.lan:9443", prefix: "/_fa" }),
    },
    {
      name: "host in upper case, upstream with a trailing slash and a default port",
      argv: ["config", "traefik", "--host", "App.Example.COM", "--upstream", "HTTP://App:80/"],
      want: generateTraefikDynamic({ ...APP, upstream: "http://app" }),
    },
    {
      name: "npm without --upstream: the Details tab's upstream",
      argv: [
        "config",
        "npm",
        "--host",
        "music.example.com",
        "--public",
        "/rest/",
        "--public=/share/",
      ],
      want: generateNpm({ ...NAVIDROME, upstream: NPM_DETAILS_UPSTREAM }),
    },
    {
      name: "npm with --upstream",
      argv: ["config", "npm", ...NAVIDROME_ARGS],
      want: generateNpm(NAVIDROME),
    },
    {
      name: "nix",
      argv: ["config", "nix", ...NAVIDROME_ARGS],
      want: generateNix(NAVIDROME),
    },
    {
      name: "an IPv6 upstream and a single-label host",
      argv: ["config", "labels", "--host", "nas", "--upstream", "http://[fd00::5]:8080"],
      want: generateLabels({ ...APP, host: "nas", name: "nas", upstream: "http://[fd00::5]:8080" }),
    },
  ])("$name", async ({ argv, want }) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: want, stderr: "", served: 0 });
  });
});

describe("runCli: config, bad arguments", () => {
  const failure = (problems: string[]) =>
    `forward-auth: invalid arguments\n${problems.map((p) => `  ${p}\n`).join("")}` +
    "Run forward-auth --help for usage.\n";

  it.each<{ name: string; argv: string[]; problems: string[] }>([
    {
      name: "nothing to write",
      argv: ["config"],
      problems: [
        "config: missing what to write; expected traefik, labels, caddy, nginx, npm or nix",
        "--host: is required, e.g. --host music.example.com",
        "--upstream: is required, e.g. --upstream http://navidrome:4533",
      ],
    },
    {
      name: "unknown target",
      argv: ["config", "apache", ...BASE],
      problems: [
        'config: unknown target "apache"; expected traefik, labels, caddy, nginx, npm or nix',
      ],
    },
    {
      name: "nix without --upstream",
      argv: ["config", "nix", "--host", "music.example.com"],
      problems: ["--upstream: is required, e.g. --upstream http://navidrome:4533"],
    },
    {
      name: "npm with a bad --upstream or --format",
      argv: [
        "config",
        "npm",
        "--host",
        "music.example.com",
        "--upstream",
        "$server",
        "--format",
        "labels",
      ],
      problems: [
        '--upstream: must be an http:// or https:// URL like http://navidrome:4533 (got "$server")',
        '--format: only applies to config traefik (got "labels")',
      ],
    },
    {
      name: "target missing, options given",
      argv: ["config", ...BASE],
      problems: [
        "config: missing what to write; expected traefik, labels, caddy, nginx, npm or nix",
      ],
    },
    {
      name: "unknown option and stray argument",
      argv: ["config", "traefik", ...BASE, "--hots", "x", "--public"],
      problems: [
        'unknown option "--hots"; see forward-auth --help',
        'unexpected argument "x"; options take the form --flag value',
        "--public: needs a value",
      ],
    },
    {
      name: "a flag where a value belongs",
      argv: ["config", "traefik", "--host", "--upstream", "http://app:1"],
      problems: ["--host: needs a value"],
    },
    {
      name: "an empty value",
      argv: ["config", "traefik", "--host=", "--upstream", "http://app:1"],
      problems: ["--host: needs a value"],
    },
    {
      name: "host given twice",
      argv: ["config", "traefik", ...BASE, "--host", "b.example.com"],
      problems: ["--host: given more than once"],
    },
    ...[
      "music example.com",
      "*.example.com",
      "music.example.com:443",
      "https://music.example.com",
      "music.example.com.",
      "-music.example.com",
      "music..example.com",
      "müsic.example.com",
      "a`b",
    ].map((host) => ({
      name: `host ${host}`,
      argv: ["config", "traefik", "--host", host, "--upstream", "http://app:1"],
      problems: [
        `--host: must be a host name like music.example.com (got ${JSON.stringify(host)})`,
      ],
    })),
    ...[
      "navidrome:4533",
      "ftp://navidrome",
      "http://",
      "http://a b",
      "http://a`b:1",
      "//navidrome",
    ].map((upstream) => ({
      name: `upstream ${upstream}`,
      argv: ["config", "traefik", "--host", "a.example", "--upstream", upstream],
      problems: [
        `--upstream: must be an http:// or https:// URL like http://navidrome:4533 (got ${JSON.stringify(upstream)})`,
      ],
    })),
    ...["http://navidrome:4533/music", "http://navidrome?x=1", "http://navidrome/#top"].map(
      (upstream) => ({
        name: `upstream with a path: ${upstream}`,
        argv: ["config", "traefik", "--host", "a.example", "--upstream", upstream],
        problems: [
          `--upstream: must have no path, query or fragment, like http://navidrome:4533 (got ${JSON.stringify(upstream)})`,
        ],
      }),
    ),
    {
      name: "upstream with credentials",
      argv: ["config", "traefik", "--host", "a.example", "--upstream", "http://u:p@app:1"],
      problems: ['--upstream: must not contain a user name or password (got "http://u:p@app:1")'],
    },
    {
      name: "auth address with a path",
      argv: [
        "config",
        "traefik",
        "--shared",
        "--auth-address",
        "http://forward-auth:9000/outpost.goauthentik.io",
      ],
      problems: [
        '--auth-address: must have no path, query or fragment, like http://forward-auth:9000 (got "http://forward-auth:9000/outpost.goauthentik.io")',
      ],
    },
    ...["rest/", "/rest", "/", "/re st/", "/rest//x/", "/a`b/", "/rest/*/"].map((path) => ({
      name: `public ${path}`,
      argv: ["config", "traefik", ...BASE, "--public", path],
      problems: [
        `--public: must start and end with / and hold only letters, digits, ".", "_", "~", "-" and /, like /rest/ (got ${JSON.stringify(path)})`,
      ],
    })),
    ...["/../", "/rest/./", "/a/../b/"].map((path) => ({
      name: `public ${path}`,
      argv: ["config", "traefik", ...BASE, "--public", path],
      problems: [`--public: must not contain . or .. segments (got ${JSON.stringify(path)})`],
    })),
    ...["/outpost.goauthentik.io/", "/outpost.goauthentik.io/callback/"].map((path) => ({
      name: `public ${path} under the prefix`,
      argv: ["config", "traefik", ...BASE, "--public", path],
      problems: [
        `--public: must not be forward-auth's prefix /outpost.goauthentik.io/ or under it (got ${JSON.stringify(path)})`,
      ],
    })),
    {
      name: "public under a custom prefix",
      argv: ["config", "traefik", ...BASE, "--prefix", "/_fa", "--public", "/_fa/x/"],
      problems: [`--public: must not be forward-auth's prefix /_fa/ or under it (got "/_fa/x/")`],
    },
    {
      name: "public too long",
      argv: ["config", "traefik", ...BASE, "--public", `/${"a".repeat(255)}/`],
      problems: [`--public: must be at most 255 characters (got "/${"a".repeat(255)}/")`],
    },
    {
      name: "public twice",
      argv: ["config", "traefik", ...BASE, "--public", "/rest/", "--public", "/rest/"],
      problems: ['--public: given twice (got "/rest/")'],
    },
    ...["/", "outpost", "/outpost/", "/a//b", "/a/../b"].map((prefix) => ({
      name: `prefix ${prefix}`,
      argv: ["config", "traefik", ...BASE, "--prefix", prefix],
      problems: [
        prefix === "/a/../b"
          ? `--prefix: must not contain . or .. segments (got "/a/../b")`
          : `--prefix: must start with / and not end with /, like /outpost.goauthentik.io (got ${JSON.stringify(prefix)})`,
      ],
    })),
    ...["App", "my_app", "-app", "app-", "a.b", "x".repeat(64)].map((name) => ({
      name: `name ${name}`,
      argv: ["config", "traefik", ...BASE, "--name", name],
      problems: [
        `--name: must be lower-case letters, digits and inner "-", at most 63 characters (got ${JSON.stringify(name)})`,
      ],
    })),
    {
      name: "name of forward-auth's service",
      argv: ["config", "traefik", ...BASE, "--name", "forward-auth"],
      problems: [
        `--name: "forward-auth" is the name of forward-auth's own service; choose another`,
      ],
    },
    {
      name: "host whose name would be forward-auth's service",
      argv: ["config", "traefik", "--host", "forward-auth", "--upstream", "http://app:1"],
      problems: [
        '--name: the name taken from --host is "forward-auth", forward-auth\'s own service; give --name',
      ],
    },
    {
      name: "format for another target",
      argv: ["config", "labels", ...BASE, "--format", "labels"],
      problems: ['--format: only applies to config traefik (got "labels")'],
    },
    {
      name: "unknown format",
      argv: ["config", "traefik", ...BASE, "--format", "json"],
      problems: ['--format: must be yaml or labels (got "json")'],
    },
    // Traefik: forward-auth's address lives in the shared file alone, apps in their own files.
    ...[
      { target: "traefik", shared: "traefik" },
      { target: "labels", shared: "traefik" },
      { target: "nix", shared: "nix" },
    ].map(({ target, shared }) => ({
      name: `${target}: an app's routing with --auth-address`,
      argv: ["config", target, ...BASE, "--auth-address", "http://fa:9000"],
      problems: [
        `--auth-address: an app's Traefik routing reaches forward-auth through the shared pieces; give it to forward-auth config ${shared} --shared`,
      ],
    })),
    ...["traefik", "nix"].map((target) => ({
      name: `${target}: the shared pieces with an app's options`,
      argv: ["config", target, "--shared", ...BASE, "--public", "/rest/", "--name", "app"],
      problems: [
        "--host: describes one app, not the shared file; write the app's routing without --shared",
        "--upstream: describes one app, not the shared file; write the app's routing without --shared",
        "--public: describes one app, not the shared file; write the app's routing without --shared",
        "--name: describes one app, not the shared file; write the app's routing without --shared",
      ],
    })),
    {
      name: "nix --shared as labels",
      argv: ["config", "nix", "--shared", "--format", "labels"],
      problems: ['--format: only applies to config traefik (got "labels")'],
    },
    ...[
      ["config", "labels", "--shared"],
      ["config", "traefik", "--shared", "--format", "labels"],
    ].map((argv) => ({
      name: `shared as labels: ${argv.join(" ")}`,
      argv,
      problems: [
        "--shared: the shared middlewares and service are file-provider configuration for labels too; write them with forward-auth config traefik --shared",
      ],
    })),
    ...["caddy", "nginx", "npm"].map((target) => ({
      name: `${target} --shared`,
      argv: ["config", target, "--shared"],
      problems: [
        `--shared: only applies to config traefik and config nix; the ${target} output holds all its app needs`,
      ],
    })),
    {
      name: "--shared with a value",
      argv: ["config", "traefik", "--shared=yes"],
      problems: [
        '--shared: takes no value (got "--shared=yes")',
        "--host: is required, e.g. --host music.example.com",
        "--upstream: is required, e.g. --upstream http://navidrome:4533",
      ],
    },
    {
      name: "every problem at once",
      argv: [
        "config",
        "traefik",
        "--host",
        "a b",
        "--upstream",
        "x",
        "--public",
        "p",
        "--name",
        "N",
      ],
      problems: [
        '--host: must be a host name like music.example.com (got "a b")',
        '--upstream: must be an http:// or https:// URL like http://navidrome:4533 (got "x")',
        '--name: must be lower-case letters, digits and inner "-", at most 63 characters (got "N")',
        '--public: must start and end with / and hold only letters, digits, ".", "_", "~", "-" and /, like /rest/ (got "p")',
      ],
    },
  ])("$name", async ({ argv, problems }) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr: failure(problems), served: 0 });
  });

  it("reports a generator's failure with exit code 1", async () => {
    let stderr = "";
    const code = await runCli(
      ["config", "caddy", ...BASE],
      { stdout: () => undefined, stderr: (s) => (stderr += s) },
      {
        serve: () => Promise.resolve(),
        generators: {
          caddy: () => {
            throw new Error("not implemented");
          },
        },
      },
    );
    expect([code, stderr]).toEqual([1, "forward-auth: config caddy: not implemented\n"]);
  });

  it.each([
    { target: "caddy", generate: generateCaddy },
    { target: "nginx", generate: generateNginx },
  ])("config $target prints the $target generator's output", async ({ target, generate }) => {
    expect(await run(["config", target, ...NAVIDROME_ARGS])).toEqual({
      code: 0,
      stdout: generate(NAVIDROME),
      stderr: "",
      served: 0,
    });
  });
});

describe("bin/forward-auth.js", () => {
  const bin = (args: string[]) =>
    spawnSync(process.execPath, [`${ROOT}bin/forward-auth.js`, ...args], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
      timeout: 10_000,
    });

  it.each([
    { file: "navidrome.yml", args: NAVIDROME_ARGS },
    { file: "forward-auth.yml", args: ["--shared"] },
  ])("writes the bundled traefik/dynamic/$file and exits 0", ({ file, args }) => {
    const result = bin(["config", "traefik", ...args]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toBe(readRepoFile(`traefik/dynamic/${file}`));
  });

  it("exits 2 with the problems on bad arguments", () => {
    const result = bin(["config", "traefik", "--host", "a b"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      '--host: must be a host name like music.example.com (got "a b")',
    );
  });
});
