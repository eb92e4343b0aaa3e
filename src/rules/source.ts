import type { Logger } from "../log.ts";
import { parseRulesYaml } from "./compile.ts";
import type { CompiledRules, Requirement } from "./types.ts";

/** Watches a path and calls onChange on every change; returns the function that stops it. */
export type Watch = (path: string, onChange: () => void) => () => void;

export interface RulesSourceOptions {
  readonly file: string;
  readonly readFile: (path: string) => string;
  readonly watch: Watch;
  readonly logger: Logger;
  readonly globals: Requirement;
  /** Quiet time after the last change before the file is read again; 100 ms by default. */
  readonly debounceMs?: number;
}

export interface RulesSource {
  /** The rules in force; swapped whole on a successful reload, never half-loaded. */
  current(): CompiledRules;
  /** Reads and compiles the file again; on any problem the running rules stay. */
  reload(reason: string): { readonly ok: boolean; readonly problems: readonly string[] };
  close(): void;
}

/** The rules file could not be loaded at start: the process exits before it listens. */
export class RulesFileError extends Error {
  readonly code = "rules_file_invalid";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "RulesFileError";
    this.problems = problems;
  }
}

type Loaded =
  | { readonly ok: true; readonly rules: CompiledRules; readonly text: string }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The rules file, loaded at start and again on reload() (the caller wires SIGHUP to it) or when
 * the file changes. Editors save in bursts (truncate, write, rename), so changes are debounced
 * and a read that gives the text already in force is not a reload; an empty or half-written
 * file is refused like any broken one, and the next event picks up the finished file.
 */
export function createRulesSource(options: RulesSourceOptions): RulesSource {
  const { file, readFile, watch, logger, globals } = options;
  const debounceMs = options.debounceMs ?? 100;

  const load = (): Loaded => {
    let text: string;
    try {
      text = readFile(file);
    } catch (error) {
      const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
      return { ok: false, problems: [`${file}: cannot read the file (${reason})`] };
    }
    const compiled = parseRulesYaml(text, file, globals);
    return compiled.ok ? { ok: true, rules: compiled.rules, text } : compiled;
  };

  const initial = load();
  if (!initial.ok) throw new RulesFileError(initial.problems);
  let rules = initial.rules;
  let text = initial.text;

  const apply = (loaded: Loaded, reason: string) => {
    if (!loaded.ok) {
      logger.warn("rules file refused; the running rules stay", {
        file,
        reason,
        problems: loaded.problems.join("\n"),
      });
      return { ok: false, problems: loaded.problems };
    }
    rules = loaded.rules;
    text = loaded.text;
    logger.info("rules file loaded", { file, reason, apps: rules.hosts.length });
    return { ok: true, problems: [] };
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const loaded = load();
      if (loaded.ok && loaded.text === text) {
        logger.debug("rules file touched, content unchanged", { file });
        return;
      }
      apply(loaded, "file changed");
    }, debounceMs);
    // A pending reload must not keep a draining process alive.
    timer.unref();
  };
  const unwatch = watch(file, changed);

  return {
    current: () => rules,
    reload: (reason) => apply(load(), reason),
    close() {
      unwatch();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
