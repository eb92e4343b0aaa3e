import { LineCounter, parseDocument } from "yaml";
import { checkKeys, isRecord, join, Problems, shown, string, stringList } from "./document.ts";
import { hostLookup, parseHostPattern } from "./hosts.ts";
import { compileRule, type CompiledRule } from "./rule.ts";
import type { CompiledRules, CompileResult, Requirement, RuleDecision } from "./types.ts";

/** One app of the file: its rules in order, and the answer when none matches. */
interface CompiledApp {
  readonly rules: readonly CompiledRule[];
  readonly fallback: RuleDecision;
}

const TOP_KEYS = ["apps"] as const;
const APP_KEYS = ["host", "groups", "users", "rules"] as const;

function globalDefault(globals: Requirement): RuleDecision {
  return Object.freeze({
    kind: "authenticate",
    reason: "global default",
    app: undefined,
    requirements: Object.freeze([freezeRequirement(globals)]),
  });
}

function freezeRequirement(requirement: Requirement): Requirement {
  return Object.freeze({
    groups: Object.freeze([...requirement.groups]),
    users: Object.freeze([...requirement.users]),
  });
}

/** Env-only setup: every host needs a login meeting the global groups/users. */
export const NO_RULES = (globals: Requirement): CompiledRules => {
  const decision = globalDefault(globals);
  return Object.freeze({
    decide: () => decision,
    hosts: Object.freeze([]),
    methods: Object.freeze([]),
  });
};

/**
 * Validates a parsed rules document and compiles it: host patterns into two maps, rules into
 * predicates, every answer built in advance. Every problem is collected, each naming the file
 * and the place in the document; a document with any problem compiles to nothing.
 */
export function compileRules(doc: unknown, file: string, globals: Requirement): CompileResult {
  const problems = new Problems(file);
  if (doc === null || doc === undefined) {
    problems.add("", "is empty; list your apps under apps:");
    return { ok: false, problems: problems.list };
  }
  if (!isRecord(doc)) {
    problems.add("", `must be a mapping with an apps: list (got ${shown(doc)})`);
    return { ok: false, problems: problems.list };
  }
  checkKeys(doc, TOP_KEYS, "", problems);
  if (doc.apps === undefined) {
    problems.add("apps", "is required; list your apps, each with a host");
  } else if (!Array.isArray(doc.apps)) {
    problems.add("apps", `must be a list of apps, each with a host (got ${shown(doc.apps)})`);
  }
  const rawApps: readonly unknown[] = Array.isArray(doc.apps) ? (doc.apps as unknown[]) : [];

  const global = freezeRequirement(globals);
  const exact = new Map<string, CompiledApp>();
  const wildcard = new Map<string, CompiledApp>();
  const seen = new Map<string, number>();
  const hosts: string[] = [];
  const methods = new Set<string>();

  rawApps.forEach((raw, index) => {
    const at = `apps[${index}]`;
    if (!isRecord(raw)) {
      problems.add(at, `must be a mapping with a host (got ${shown(raw)})`);
      return;
    }
    const before = problems.list.length;
    checkKeys(raw, APP_KEYS, at, problems);

    let pattern: ReturnType<typeof parseHostPattern> | undefined;
    if (raw.host === undefined) {
      problems.add(
        join(at, "host"),
        "is required; use a host name like music.example.com, or *.example.com for one label",
      );
    } else {
      const host = string(raw.host, join(at, "host"), problems);
      pattern = host === undefined ? undefined : parseHostPattern(host);
      if (pattern?.ok === false) problems.add(join(at, "host"), pattern.problem);
      if (pattern?.ok === true) {
        const first = seen.get(pattern.host);
        if (first === undefined) seen.set(pattern.host, index);
        else {
          problems.add(
            join(at, "host"),
            `repeats apps[${first}] (got ${shown(host)}); merge the two into one app`,
          );
        }
      }
    }
    const host = pattern?.ok === true ? pattern.host : "?";

    const groups =
      raw.groups === undefined ? undefined : stringList(raw.groups, join(at, "groups"), problems);
    const users =
      raw.users === undefined ? undefined : stringList(raw.users, join(at, "users"), problems);
    // Either key makes the app's own requirement, replacing the global one; `groups: []` alone
    // deliberately means "any signed-in user" for this app.
    const requirement: Requirement =
      raw.groups === undefined && raw.users === undefined
        ? global
        : freezeRequirement({ groups: groups ?? [], users: users ?? [] });

    const label = `${at} ${host}`;
    const rules: CompiledRule[] = [];
    if (raw.rules !== undefined && !Array.isArray(raw.rules)) {
      problems.add(join(at, "rules"), `must be a list of rules (got ${shown(raw.rules)})`);
    } else if (Array.isArray(raw.rules)) {
      (raw.rules as unknown[]).forEach((rawRule, ruleIndex) => {
        const rule = compileRule(
          rawRule,
          `${at}.rules[${ruleIndex}]`,
          host,
          label,
          requirement,
          problems,
        );
        if (rule !== undefined) rules.push(rule);
        const listed = (rawRule as { methods?: unknown } | null)?.methods;
        if (Array.isArray(listed)) {
          for (const m of listed) if (typeof m === "string") methods.add(m.toUpperCase());
        }
      });
    }

    if (problems.list.length > before || pattern?.ok !== true) return;
    const app: CompiledApp = Object.freeze({
      rules: Object.freeze(rules),
      fallback: Object.freeze({
        kind: "authenticate",
        reason: `${label} default`,
        app: host,
        requirements: Object.freeze([requirement]),
      }),
    });
    hosts.push(host);
    if (pattern.kind === "exact") exact.set(host, app);
    else wildcard.set(host.slice(2), app);
  });

  if (problems.list.length > 0) return { ok: false, problems: problems.list };

  const lookup = hostLookup(exact, wildcard);
  const fallback = globalDefault(globals);
  const rules: CompiledRules = {
    decide(req) {
      const app = lookup(req.host);
      if (app === undefined) return fallback;
      // First match wins, in file order.
      for (const rule of app.rules) if (rule.matches(req)) return rule.decision;
      return app.fallback;
    },
    hosts: Object.freeze(hosts),
    // A rule for GET also holds for HEAD (rule.ts).
    methods: Object.freeze([...methods, ...(methods.has("GET") ? ["HEAD"] : [])]),
  };
  return { ok: true, rules: Object.freeze(rules) };
}

/**
 * Parses YAML text and compiles it. Syntax errors (and duplicate keys, unknown tags, several
 * documents in one file) are reported with their line and column, all at once.
 */
export function parseRulesYaml(text: string, file: string, globals: Requirement): CompileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
  });
  const issues = [...doc.errors, ...doc.warnings];
  if (issues.length > 0) {
    return {
      ok: false,
      problems: issues.map((issue) => {
        const { line, col } = lineCounter.linePos(issue.pos[0]);
        return `${file}: line ${line}, column ${col}: ${issue.message.replace(/\s+/g, " ")}`;
      }),
    };
  }
  let value: unknown;
  try {
    // An alias to a missing anchor, or too many aliases (a "billion laughs" file), throws here.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${file}: ${message.replace(/\s+/g, " ")}`] };
  }
  return compileRules(value, file, globals);
}
