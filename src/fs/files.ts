// The few file operations the stores in FORWARD_AUTH_DATA_DIR need (identity keys, revocations,
// the check's probe), each with the care a store needs: no planted symlink followed, data
// fsync'd before it counts as written.
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";

/** The errno code of a failed fs call ("ENOENT", "EACCES"), or the message when there is none. */
export function fsReason(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** File operations of the stores; tests pass an in-memory one. */
export interface Files {
  /** The file's text, or undefined when it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** Creates a file that must not exist yet, with this mode, and flushes it to disk. */
  writeNewFile(path: string, data: string, mode: number): Promise<void>;
  /** Replaces `to` with `from` in one step (POSIX rename). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file if it exists. */
  remove(path: string): Promise<void>;
  /** Creates a directory (and its parents) if missing. */
  mkdir(path: string, mode: number): Promise<void>;
}

export const nodeFiles: Files = {
  async readFile(path) {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if (fsReason(error) === "ENOENT") return undefined;
      throw error;
    }
  },
  async writeNewFile(path, data, mode) {
    // "wx": never follows a planted symlink nor reuses a file someone else opened.
    const handle = await open(path, "wx", mode);
    try {
      await handle.writeFile(data, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  remove: (path) => rm(path, { force: true }),
  async mkdir(path, mode) {
    await mkdir(path, { recursive: true, mode });
  },
};
