/** What a rule does with a request it matches. */
export type Action = "allow" | "authenticate" | "deny";

/**
 * Who may pass once authenticated: empty lists = any authenticated user. A user passes when named
 * in users or in any of groups (exact, case-sensitive comparison: see checkRequirement in requirement.ts).
 */
export interface Requirement {
  readonly groups: readonly string[];
  readonly users: readonly string[];
}

/** The parts of the original request the rules look at; built once per request by the route. */
export interface RuleRequest {
  /**
   * host[:port] as in ForwardedRequest.host, lower-case. Rules match the host name only: a port
   * is ignored, so `music.example.com` covers `music.example.com:8443` too.
   */
  readonly host: string;
  /**
   * The path percent-decoded once and otherwise as received (auth/path.ts normalizePath output),
   * never the query: no dot segment (those are refused), empty segments (`//`) kept. Rules are
   * judged on it and, when it has `//`, on its slash-merged form too (readings.ts).
   */
  readonly path: string;
  /** Upper-case. */
  readonly method: string;
  /**
   * Other methods the app may act as (X-HTTP-Method-Override and the like, `?_method=`),
   * upper-case; rules are judged on each of them too (readings.ts). Usually empty.
   */
  readonly methodOverrides: readonly string[];
  /** From proxy/client-address.ts; undefined when unknown, which no `networks` list matches. */
  readonly clientAddress: string | undefined;
  /** The Origin request header. */
  readonly origin: string | undefined;
  /** The Access-Control-Request-Method request header. */
  readonly accessControlRequestMethod: string | undefined;
}

/**
 * The rules' verdict for one request, before any session is looked at. `reason` names what
 * matched (`apps[0] music.example.com rules[1] path /share/`, `global default`) for logs.
 * `app` is the matched app's host pattern as written in the file (lower-case), undefined when
 * the host matched no app and the global settings apply.
 */
export type RuleDecision =
  /** No login required; identity headers still carry a valid session's user. */
  | { readonly kind: "allow"; readonly reason: string; readonly app: string | undefined }
  /** 403 for everyone, signed in or not. */
  | { readonly kind: "deny"; readonly reason: string; readonly app: string | undefined }
  /** A login is required, and the user must meet every one of `requirements`. */
  | {
      readonly kind: "authenticate";
      readonly reason: string;
      readonly app: string | undefined;
      /** All must be met; an empty list (or empty requirements) = any authenticated user. */
      readonly requirements: readonly Requirement[];
    };

/** A rules file compiled once per load; decide() allocates nothing but its answer. */
export interface CompiledRules {
  decide(req: RuleRequest): RuleDecision;
  /** The apps' host patterns, in file order (`music.example.com`, `*.example.com`). */
  readonly hosts: readonly string[];
  /**
   * Every method a rule's `methods` names (upper case), so that a request whose method is
   * unknown can be judged under each of them (rules/readings.ts).
   */
  readonly methods: readonly string[];
}

export type CompileResult =
  | { readonly ok: true; readonly rules: CompiledRules }
  | { readonly ok: false; readonly problems: readonly string[] };
