import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { createFileStore, dataDirFix } from "./revocation/file-store.ts";
import { fsReason } from "./fs/files.ts";
import { createRedisStore } from "./revocation/redis-store.ts";
import { createRevocations, type Revocations } from "./revocation/revocations.ts";
import type { Config } from "./config/config.ts";
import type { Logger } from "./log.ts";
import { SERVER_OPTIONS } from "./http/node-listener.ts";
import { loadConfig } from "./config/load.ts";
import { createLogger } from "./log.ts";
import { createPrometheusMetrics } from "./metrics/metrics.ts";
import { createMetricsServer } from "./metrics/server.ts";
import { createOidcClient } from "./oidc/client.ts";
import {
  IdentityKeyError,
  loadOrCreateSigningKeys,
  rotateIfDue,
  type SigningKeys,
} from "./identity-jwt/keys.ts";
import { createRulesSource, RulesFileError, type RulesSource } from "./rules/source.ts";
import { fileWatcher } from "./rules/watch.ts";
import { VERSION } from "./version.ts";

/** The composition root: the only place that reads process.env and owns the process. */
async function main(): Promise<void> {
  // The user is named when a secret file cannot be read: Docker mounts it with the host's owner.
  const user =
    process.getuid === undefined || process.getgid === undefined
      ? undefined
      : { uid: process.getuid(), gid: process.getgid() };
  const loaded = loadConfig(process.env, (path) => readFileSync(path, "utf8"), { user });
  if (!loaded.ok) {
    process.stderr.write(
      `forward-auth: invalid configuration\n${loaded.problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    process.exit(2);
  }
  const { config, warnings } = loaded;
  // A closed stdout (a log collector gone, a pipe whose reader exited) must not take the
  // service down with an unhandled EPIPE; requests matter more than log lines.
  process.stdout.on("error", () => undefined);
  const logger = createLogger(config.logLevel, (line) => process.stdout.write(line), {
    pretty: process.stdout.isTTY,
  });
  for (const warning of warnings) logger.warn(warning);

  const now = () => Math.floor(Date.now() / 1000);
  const metrics = config.metricsListen === undefined ? undefined : createPrometheusMetrics(VERSION);
  const oidc = createOidcClient({
    ...(metrics ? { metrics } : {}),
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    scopes: config.scopes,
    fetch: globalThis.fetch,
    logger,
    now,
  });

  // The rules file is loaded before listening: a bad one stops the start with every problem.
  const globals = { groups: config.allowedGroups, users: config.allowedUsers };
  let rulesSource: RulesSource | undefined;
  if (config.rulesFile !== undefined) {
    try {
      rulesSource = createRulesSource({
        file: config.rulesFile,
        readFile: (path) => readFileSync(path, "utf8"),
        watch: fileWatcher(logger),
        logger,
        globals,
      });
    } catch (error) {
      if (!(error instanceof RulesFileError)) throw error;
      process.stderr.write(`forward-auth: ${error.message}\n`);
      process.exit(2);
    }
    const source = rulesSource;
    process.on("SIGHUP", () => {
      source.reload("SIGHUP");
    });
  }

  const identityKeys = config.identityJwt
    ? await startIdentityKeys(config, logger, now)
    : undefined;
  const revocations = await openRevocations(config, logger, now);
  metrics?.watchRevocations(revocations);

  const { listener } = createApp({
    config,
    oidc,
    logger,
    now,
    revocations,
    ...(metrics ? { metrics } : {}),
    ...(rulesSource ? { rules: () => rulesSource.current() } : {}),
    ...(identityKeys ? { identityKeys } : {}),
  });
  oidc.start();

  const server = createServer(SERVER_OPTIONS, listener).listen(
    config.listen.port,
    config.listen.host,
    () => {
      logger.info("listening", {
        address: config.listen.host,
        port: (server.address() as AddressInfo).port,
        version: VERSION,
      });
    },
  );
  server.on("error", (error: Error) => {
    logger.error("cannot listen", { error: error.message });
    process.exit(1);
  });

  const metricsServer =
    metrics === undefined || config.metricsListen === undefined
      ? undefined
      : createMetricsServer(metrics.registry).listen(
          config.metricsListen.port,
          config.metricsListen.host,
          () => {
            logger.info("metrics listening", { port: config.metricsListen?.port });
          },
        );
  metricsServer?.on("error", (error: Error) => {
    logger.error("cannot listen for metrics", { error: error.message });
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping: finishing in-flight requests", { signal });
    oidc.stop();
    rulesSource?.close();
    metricsServer?.close();
    // close() stops accepting and waits for in-flight requests; idle keep-alive sockets would
    // hold it open, so they are closed now and again as requests finish.
    // The stores close only after the last in-flight request: a sign-out being answered now
    // still writes (and fsyncs) its revocation.
    server.close(() => {
      void revocations.close().finally(() => {
        logger.info("stopped");
        process.exit(0);
      });
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    const idle = setInterval(() => {
      if ("closeIdleConnections" in server) server.closeIdleConnections();
    }, 100);
    idle.unref();
    setTimeout(() => {
      logger.warn("stopping: in-flight requests did not finish in 10 s; exiting");
      process.exit(0);
    }, 10_000).unref();
  };
  process.on("SIGTERM", () => {
    stop("SIGTERM");
  });
  process.on("SIGINT", () => {
    stop("SIGINT");
  });
}

/**
 * The identity JWT's signing keys, loaded or made, with their hourly rotation; exits (2) when
 * they cannot be read.
 */
async function startIdentityKeys(
  config: Config,
  logger: Logger,
  now: () => number,
): Promise<SigningKeys> {
  let identityKeys: SigningKeys;
  try {
    identityKeys = await loadOrCreateSigningKeys({
      keyFile: config.identityJwtKeyFile,
      dataDir: config.dataDir,
      now: now(),
    });
  } catch (error) {
    if (!(error instanceof IdentityKeyError)) throw error;
    process.stderr.write(`forward-auth: ${error.message}\n`);
    process.exit(2);
  }
  const keys = identityKeys;
  const rotate = () => {
    rotateIfDue(keys, now()).then(
      (rotated) => {
        if (rotated) logger.info("identity JWT signing key rotated", { kid: keys.current().kid });
      },
      (error: unknown) => {
        logger.error("identity JWT key rotation failed; the current key stays", {
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };
  rotate();
  setInterval(rotate, 3600_000).unref();
  // Each replica serves only its own keys at /jwks: an app that fetched one replica's key set
  // rejects a JWT signed by another with a key of its own (issue 16, item 6).
  if (config.redisUrl !== undefined && config.identityJwtKeyFile === undefined) {
    logger.warn(
      "FORWARD_AUTH_IDENTITY_JWT with FORWARD_AUTH_REDIS_URL (several replicas): set FORWARD_AUTH_IDENTITY_JWT_KEY_FILE to the same key file on every replica, or apps reject JWTs signed by a replica whose /jwks they did not read",
    );
  }
  if (identityKeys.source === "memory") {
    logger.warn(
      "FORWARD_AUTH_IDENTITY_JWT: keys are kept in memory only (set FORWARD_AUTH_DATA_DIR or FORWARD_AUTH_IDENTITY_JWT_KEY_FILE); apps see a new key after every restart",
    );
  }
  return identityKeys;
}

/**
 * The revocation list with its stores (the data directory's file, Redis), loaded before the
 * server listens; exits (2) when the data directory cannot keep them.
 */
async function openRevocations(
  config: Config,
  logger: Logger,
  now: () => number,
): Promise<Revocations> {
  const revocations = createRevocations({
    stores: [
      ...(config.dataDir === undefined ? [] : [createFileStore(config.dataDir, logger)]),
      // Several replicas: revocations reach every one through Redis (redis-store.ts).
      ...(config.redisUrl === undefined
        ? []
        : [
            createRedisStore({
              url: config.redisUrl,
              issuer: config.issuer.href,
              clientId: config.clientId,
              logger,
              now,
            }),
          ]),
    ],
    now,
    logger,
  });
  try {
    await revocations.load();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const user =
      process.getuid === undefined || process.getgid === undefined
        ? undefined
        : { uid: process.getuid(), gid: process.getgid() };
    process.stderr.write(
      `forward-auth: FORWARD_AUTH_DATA_DIR: cannot keep revocations there (${reason})${dataDirFix(fsReason(error), user)}\n`,
    );
    process.exit(2);
  }
  if (config.dataDir === undefined && config.redisUrl === undefined) {
    logger.warn(
      "sign-outs and back-channel logouts are kept in memory only (set FORWARD_AUTH_DATA_DIR): a revoked session is valid again after a restart, until its cookie expires",
    );
  }
  return revocations;
}

await main();
