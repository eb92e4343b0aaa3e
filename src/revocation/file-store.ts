import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { nodeFiles } from "../fs/files.ts";
import type { ProcessUser } from "../config/load.ts";
import type { Logger } from "../log.ts";
import { parseRevocation, type Revocation } from "./revocation-list.ts";
import type { RevocationStore, StoreHealth } from "./revocations.ts";

export const REVOCATIONS_FILE = "revocations.jsonl";

/**
 * Revocations on disk in FORWARD_AUTH_DATA_DIR, one JSON object per line, so that a restart
 * brings no revoked session back. Each line is appended and fsync'd before the sign-out or
 * back-channel logout that made it is answered. At start the file is read, expired and
 * unreadable lines (a line torn by a crash) are dropped, and the rest is written to a new file
 * that replaces the old one in one rename: the file holds about one session lifetime of
 * revocations after each start.
 */
export function createFileStore(dir: string, logger: Logger): RevocationStore {
  const path = join(dir, REVOCATIONS_FILE);
  let handle: FileHandle | undefined;
  // Appends run one after another, each with its fsync, in the order revocations were made.
  let queue: Promise<void> = Promise.resolve();
  let health: StoreHealth = { ok: true };

  const fail = (what: string, error: unknown): void => {
    const reason = `${what} ${path}: ${error instanceof Error ? error.message : String(error)}`;
    // Logged when it starts failing, not on every revocation after.
    if (health.ok) logger.error("revocations not saved", { reason });
    health = { ok: false, reason };
  };

  return {
    name: "file",
    async load(now) {
      const text = (await nodeFiles.readFile(path)) ?? "";
      const live: Revocation[] = [];
      let unreadable = 0;
      for (const line of text.split("\n")) {
        if (line === "") continue;
        let revocation: Revocation | undefined;
        try {
          revocation = parseRevocation(JSON.parse(line));
        } catch {
          revocation = undefined;
        }
        if (revocation === undefined) unreadable++;
        else if (revocation.until > now) live.push(revocation);
      }
      if (unreadable > 0)
        logger.warn("revocations: unreadable lines skipped", { path, unreadable });
      // Compacted: only what is still in force, written whole before it replaces the old file.
      const next = `${path}.new`;
      // A new file ("wx") after removing a leftover: never follows a planted symlink.
      await nodeFiles.remove(next);
      const compacted = live.map((r) => `${JSON.stringify(r)}\n`).join("");
      await nodeFiles.writeNewFile(next, compacted, 0o600);
      await nodeFiles.rename(next, path);
      handle = await open(path, "a", 0o600);
      return live;
    },
    record(revocation) {
      const line = `${JSON.stringify(revocation)}\n`;
      queue = queue.then(async () => {
        // Closed (or never loaded): the revocation holds in memory only, which health() says.
        if (handle === undefined) {
          fail("cannot write", new Error("store closed"));
          return;
        }
        try {
          await handle.appendFile(line, "utf8");
          await handle.sync();
          if (!health.ok) logger.info("revocations saved again", { path });
          health = { ok: true };
        } catch (error) {
          fail("cannot write", error);
        }
      });
      return queue;
    },
    health: () => health,
    async close() {
      await queue;
      await handle?.close();
      handle = undefined;
    },
  };
}

/** How to fix FORWARD_AUTH_DATA_DIR for an errno (the start and `forward-auth check` say it). */
export function dataDirFix(code: string, user: ProcessUser | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      // As for a `*_FILE` (config/load.ts): a bind mount keeps the host's owner and mode, and the
      // image runs as the node user (uid 1000), not root.
      return user === undefined
        ? "; make it writable by the user the service runs as"
        : `; the service runs as uid ${user.uid} (gid ${user.gid}): chown ${user.uid}:${user.gid} the directory on the host, or chmod u+w it`;
    case "ENOENT":
      return "; nothing is at that path as the service sees it: create the directory (in a container, mount a volume there)";
    case "ENOTDIR":
      return "; it is not a directory: give the path of a directory";
    case "EROFS":
      return "; the file system is read-only: mount a writable volume there";
    case "ENOSPC":
    case "EDQUOT":
      return "; the disk is full";
    default:
      return "";
  }
}
