import { watch as fsWatch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import type { Logger } from "../log.ts";
import type { Watch } from "./source.ts";

/**
 * A Watch on the real file system. It watches the file's directory, not the file: editors and
 * config tools save by writing a new file and renaming it over the old one (and Kubernetes swaps
 * a `..data` symlink), after which a watch on the old inode never fires again. Events for the
 * file's name, for `..`-names (Kubernetes) and unnamed events count; the source re-reads and
 * ignores content it already has. A directory that disappears stops the watch with a logged
 * warning; SIGHUP still reloads. A symlinked file is watched where the link is, not its target.
 */
export function fileWatcher(logger: Logger): Watch {
  return (path, onChange) => {
    const name = basename(path);
    let watcher: FSWatcher;
    try {
      watcher = fsWatch(dirname(path), { persistent: false }, (_event, changed) => {
        // changed is null on platforms that do not report names; treat it as ours.
        if (changed === null || changed === name || changed.startsWith("..")) onChange();
      });
    } catch (error) {
      // Out of inotify watches (ENOSPC) or an unwatchable file system: the rules still load,
      // only without automatic reloads.
      logger.warn("cannot watch the rules file; reload with SIGHUP", {
        file: path,
        error: error instanceof Error ? error.message : String(error),
      });
      return () => {};
    }
    watcher.on("error", (error) => {
      logger.warn("rules file watch stopped; reload with SIGHUP", {
        file: path,
        error: error.message,
      });
      watcher.close();
    });
    return () => {
      watcher.close();
    };
  };
}
