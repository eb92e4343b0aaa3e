import { ANY_METHOD } from "../proxy/method-override.ts";
import { mergeSlashes } from "../auth/path.ts";
import { applyQueryRules, type QueryRules } from "./query.ts";
import { stricter } from "./stricter.ts";
import type { CompiledRules, RuleDecision, RuleRequest } from "./types.ts";

/** A method no rule can name (a rule's methods are letters and "-", never "*"). */
const NO_RULE_METHOD = "*OTHER*";

/**
 * The verdict on a request, judged on every reading of it that the app may act on, the
 * stricter verdict winning (stricter.ts):
 * - the path as received and, when it has an empty segment, with its slashes merged: nginx
 *   matches locations on the merged form (merge_slashes, on by default) and many apps and
 *   routers read `//admin/x` as `/admin/x`, while others route on the raw path. A deny or group
 *   rule on `/admin/` must hold for `//admin/x`, and an allow rule on `/share/` must not open
 *   `//share/x` to an app that reads it as something else;
 * - the method and every override of it (`X-HTTP-Method-Override: DELETE` on a POST, which
 *   Rails, Laravel and Express act on): a `methods: [DELETE]` deny must hold for it. An
 *   overriding OPTIONS is never a CORS preflight: the preflight fields are only read for a real
 *   OPTIONS (request.ts).
 * `overlay` is the middleware address's rules (query.ts), applied to each reading. The common
 * request (no `//`, no override) is decided once, as before.
 */
export function decideEveryReading(
  rules: CompiledRules,
  req: RuleRequest,
  overlay: QueryRules | undefined,
): RuleDecision {
  const first = decideOne(rules, req, overlay);
  const emptySegment = req.path.includes("//");
  if (!emptySegment && req.methodOverrides.length === 0) return first;
  const paths = emptySegment ? [req.path, mergeSlashes(req.path)] : [req.path];
  const methods = [
    req.method,
    ...req.methodOverrides.flatMap((m) =>
      m === ANY_METHOD ? [...rules.methods, NO_RULE_METHOD] : [m],
    ),
  ];
  let decision = first;
  for (const path of paths) {
    for (const method of methods) {
      // Nothing is stricter than deny.
      if (decision.kind === "deny") return decision;
      if (path === req.path && method === req.method) continue;
      decision = stricter(decision, decideOne(rules, { ...req, path, method }, overlay));
    }
  }
  return decision;
}

function decideOne(
  rules: CompiledRules,
  req: RuleRequest,
  overlay: QueryRules | undefined,
): RuleDecision {
  const decision = rules.decide(req);
  return overlay === undefined ? decision : applyQueryRules(decision, overlay, req);
}
