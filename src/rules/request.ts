import { clientAddress } from "../proxy/client-address.ts";
import type { ForwardedRequest, HeaderReader } from "../proxy/forwarded.ts";
import type { AddressMatcher } from "../proxy/trusted-proxies.ts";
import type { RuleRequest } from "./types.ts";

/**
 * What the rules see of a forwarded request; the auth check and `forward-auth explain` both build
 * it here, so explain answers with the service's own decision.
 * `trusted` walks X-Forwarded-For for networks: rules; without a rules file there are none, and
 * the walk is skipped (undefined).
 */
export function ruleRequestOf(
  req: ForwardedRequest,
  header: HeaderReader,
  peer: string | undefined,
  trusted: AddressMatcher | undefined,
): RuleRequest {
  const preflight = req.method === "OPTIONS";
  return {
    host: req.host,
    path: req.path,
    method: req.method,
    methodOverrides: req.methodOverrides,
    clientAddress:
      trusted === undefined ? undefined : clientAddress(peer, header("x-forwarded-for"), trusted),
    // Only a CORS preflight (OPTIONS) is decided by these two.
    origin: preflight ? header("origin") : undefined,
    accessControlRequestMethod: preflight ? header("access-control-request-method") : undefined,
  };
}
