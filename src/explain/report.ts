// The plain-text report of `forward-auth explain`: pure functions of what the run observed.
import type { Decision } from "../auth/decide.ts";
import type { Identity } from "../auth/identity.ts";
import { mergeSlashes } from "../auth/path.ts";
import { IDENTITY_HEADER_NAMES } from "../auth/identity-headers.ts";
import type { ForwardedRequest } from "../proxy/forwarded.ts";
import { checkRequirements } from "../rules/requirement.ts";
import type { Requirement, RuleDecision, RuleRequest } from "../rules/types.ts";
import type { LoginState } from "../session/login-state.ts";
import type { ExplainArgs } from "./args.ts";

/** Everything one explain run saw: the request sent, the rules' verdict and the answer. */
export interface Explanation {
  readonly args: ExplainArgs;
  readonly config: {
    readonly rulesFile: string | undefined;
    readonly apps: number;
    readonly authHost: string | undefined;
  };
  readonly endpointPath: string;
  /** The trusted proxy address the request came from. */
  readonly peer: string;
  /** The request as the service parsed it, or why it refused to. */
  readonly forwarded: ForwardedRequest | string;
  readonly ruleRequest: RuleRequest | undefined;
  readonly decision: RuleDecision | undefined;
  /** The identity in the session sent along, if any. */
  readonly identity: Identity | undefined;
  /** Where the session came from: --user, a given Cookie header, or nowhere. */
  readonly identityFrom: "user" | "cookie" | "none";
  /** The auth check's decision (auth/decide.ts), as the server would answer it. */
  readonly answered: Decision;
  readonly status: number;
  /** The answer's headers, as the Fetch API lists them (lower-case names, sorted). */
  readonly headers: readonly (readonly [string, string])[];
  /** The login attempt the answer started, when it sent the browser to the provider. */
  readonly login: LoginState | undefined;
}

const LABEL_WIDTH = 10;
const label = (name: string, text: string): string => `${name.padEnd(LABEL_WIDTH)}${text}`;
const more = (text: string): string => `${" ".repeat(LABEL_WIDTH)}${text}`;

/** The report's lines, without newlines. */
export function report(e: Explanation): string[] {
  const { args } = e;
  const lines = [
    label(
      "request",
      `${args.method} ${args.url}${args.api ? " (an API request, not a browser navigation)" : ""}`,
    ),
  ];
  if (typeof e.forwarded !== "string") {
    const sent = e.forwarded.uri.split("?", 1)[0] ?? "";
    if (sent !== e.forwarded.path) {
      lines.push(label("path", `${e.forwarded.path} (decoded from ${sent}; rules see this)`));
    }
  }
  if (e.ruleRequest !== undefined) lines.push(...readingLines(e.ruleRequest));
  lines.push(label("endpoint", `${e.endpointPath}, asked from ${e.peer}`));
  const { rulesFile, apps } = e.config;
  lines.push(
    label(
      "rules",
      rulesFile === undefined
        ? "none: FORWARD_AUTH_CONFIG is not set; FORWARD_AUTH_ALLOWED_* apply to every host"
        : `${rulesFile} (${apps} app${apps === 1 ? "" : "s"})`,
    ),
  );
  if (rulesFile !== undefined && e.ruleRequest !== undefined) {
    const client = e.ruleRequest.clientAddress;
    lines.push(label("client", client ?? "unknown (give --client ADDRESS to try networks: rules)"));
  }
  lines.push(label("rule", ruleText(e.decision)));
  lines.push(label("user", userText(e.identity, e.identityFrom)));
  lines.push(...decisionLines(e));
  if (e.status === 200) lines.push(...headerLines(e.headers));
  return lines;
}

/** The other readings the rules judged (rules/readings.ts), when there are any. */
function readingLines(req: RuleRequest): string[] {
  const readings = [
    ...(req.path.includes("//") ? [`path ${mergeSlashes(req.path)} (slashes merged)`] : []),
    ...req.methodOverrides.map((method) => `method ${method} (method override)`),
  ];
  if (readings.length === 0) return [];
  return [label("also", `judged as ${readings.join(", ")}; the stricter verdict counts`)];
}

function ruleText(decision: RuleDecision | undefined): string {
  if (decision === undefined) return "not reached: the service refuses the malformed request first";
  const what =
    decision.kind === "authenticate"
      ? `login: ${requirementText(decision.requirements)}`
      : decision.kind;
  return `${decision.reason} (${what})`;
}

/** `group music or admins`, `user alice or group admins`; all of several must be met. */
function requirementText(requirements: readonly Requirement[]): string {
  const parts = requirements
    .filter((r) => r.users.length > 0 || r.groups.length > 0)
    .map((r) =>
      [
        r.users.length > 0 ? `user ${r.users.join(" or ")}` : "",
        r.groups.length > 0 ? `group ${r.groups.join(" or ")}` : "",
      ]
        .filter((part) => part !== "")
        .join(" or "),
    );
  if (parts.length === 0) return "any signed-in user";
  return parts.length === 1 ? (parts[0] ?? "") : parts.map((p) => `(${p})`).join(" and ");
}

function userText(identity: Identity | undefined, from: Explanation["identityFrom"]): string {
  if (identity === undefined) {
    return from === "cookie"
      ? "anonymous: the Cookie header holds no valid session (missing, expired, or sealed with other secrets)"
      : "anonymous (no session)";
  }
  const details = [
    ...(from === "cookie" ? ["from the Cookie header"] : []),
    identity.groups.length > 0 ? `groups: ${identity.groups.join(", ")}` : "no groups",
    ...(identity.email === "" ? [] : [`email: ${identity.email}`]),
    ...(identity.name === "" ? [] : [`name: ${identity.name}`]),
  ];
  return `${identity.username} (${details.join("; ")})`;
}

function header(e: Explanation, name: string): string | undefined {
  const lower = name.toLowerCase();
  return e.headers.find(([n]) => n === lower)?.[1];
}

function decisionLines(e: Explanation): string[] {
  const { status, answered } = e;
  switch (answered.kind) {
    case "allow":
      return [
        label(
          "decision",
          e.decision?.kind === "allow" || answered.identity === undefined
            ? `${status} allow (no login needed)`
            : `${status} allow (signed in as ${answered.identity.username})`,
        ),
      ];
    case "login": {
      const location = header(e, "location") ?? "?";
      const lines = [label("decision", `${status} login redirect → ${location}`)];
      if (e.config.authHost !== undefined) {
        lines.push(more(`the login runs on ${e.config.authHost} (FORWARD_AUTH_AUTH_HOST)`));
      }
      if (e.login !== undefined) {
        lines.push(
          more("(the provider's real authorization endpoint comes from its discovery document)"),
          more(`redirect_uri ${e.login.redirectUri}`),
          more(`after login  ${e.login.returnTo}`),
        );
      }
      return lines;
    }
    case "unauthorized": {
      const why =
        answered.error !== undefined
          ? `the bearer token was refused: ${answered.error.description}`
          : e.args.endpoint === "nginx"
            ? "nginx always gets 401 instead of a redirect; its error_page sends the browser to log in"
            : "not a top-level browser navigation: API clients, fetch/XHR and WebSockets get 401";
      const loginUrl = header(e, "x-forward-auth-login");
      return [
        label("decision", `${status} login required (${why})`),
        ...(loginUrl === undefined ? [] : [more(`login at ${loginUrl}`)]),
      ];
    }
    case "deny":
      return [label("decision", `${status} denied: the rule denies this request to everyone`)];
    case "forbidden":
      return [label("decision", `${status} forbidden: ${forbiddenText(e, answered.identity)}`)];
    case "bad_request":
      return [label("decision", `${status} bad request: ${answered.message}`)];
    case "unavailable":
      return [label("decision", `${status} unavailable: the identity provider cannot be reached`)];
    case "untrusted":
      return [label("decision", `${status} untrusted: ${e.peer} is not a trusted proxy`)];
  }
}

/** The requirement of the rule that the signed-in user does not meet. */
function forbiddenText(e: Explanation, identity: Identity): string {
  const { decision } = e;
  const unmet =
    decision?.kind === "authenticate"
      ? decision.requirements.find((r) => !checkRequirements(identity, [r]).allowed)
      : undefined;
  return unmet === undefined
    ? `${identity.username} may not use ${e.args.host}`
    : `${identity.username} is signed in, but the rule needs ${requirementText([unmet])}`;
}

const CANONICAL = new Map<string, string>(
  [...IDENTITY_HEADER_NAMES, "Cache-Control"].map((name) => [name.toLowerCase(), name]),
);

/** The 200's headers, identity headers first in the order the service writes them. */
function headerLines(headers: Explanation["headers"]): string[] {
  const order = (name: string) => {
    const index = IDENTITY_HEADER_NAMES.findIndex((n) => n.toLowerCase() === name);
    return index === -1 ? IDENTITY_HEADER_NAMES.length : index;
  };
  const sorted = [...headers].sort(([a], [b]) => order(a) - order(b));
  return sorted.map(([name, value], index) => {
    const shown =
      name === "x-authentik-jwt" && value !== ""
        ? "<a JWT signed by the service, new on every request>"
        : // Identity headers carry UTF-8 bytes one per character (identity-headers.ts): show
          // them as the text an app decoding UTF-8 reads.
          Buffer.from(value, "latin1").toString("utf8");
    const line = `${CANONICAL.get(name) ?? name}: ${shown}`.trimEnd();
    return index === 0 ? label("headers", line) : more(line);
  });
}
