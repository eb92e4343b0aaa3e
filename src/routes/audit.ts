import type { Context } from "hono";
import type { Config } from "../config/config.ts";
import { peerAddress } from "../http/request-info.ts";
import type { Logger } from "../log.ts";
import { clientAddress } from "../proxy/client-address.ts";

/**
 * What happened to whom: a login, a refusal of a signed-in user or of everyone (403), a
 * sign-out, a callback that did not become a session, a back-channel logout from the provider
 * and one refused. The authenticated 200s are not logged: they are every request to every app.
 */
export type AuditOutcome =
  | "login"
  | "denied"
  | "sign_out"
  | "callback_refused"
  | "backchannel_logout"
  | "backchannel_logout_refused";

export interface AuditEvent {
  readonly outcome: AuditOutcome;
  /** The app's host (with its port when not the default), or the login host's. */
  readonly host: string;
  /** The client behind the trusted proxies (see clientAddress); undefined when unknown. */
  readonly client: string | undefined;
  /** The user name; undefined when the service does not know it (yet). */
  readonly user: string | undefined;
  /** Why, for denied and callback_refused: a stable code or the requirement that failed. */
  readonly reason?: string | undefined;
  /** For a denial by the rules: which app and rule decided (as in the debug "rule decision"). */
  readonly rule?: string | undefined;
  /** For a back-channel logout: the provider session (sid) and the subject (sub) it named. */
  readonly sid?: string | undefined;
  readonly sub?: string | undefined;
}

/**
 * One info line per event, always with the same keys (empty strings for what is unknown), so
 * a log pipeline can select them with `event == "audit"` and read them without guessing, as
 * oauth2-proxy's auth log is read:
 * {"level":"info","time":"…","event":"audit","outcome":"denied","host":"music.example.com",
 *  "client":"203.0.113.7","user":"bob","reason":"…","rule":"…","msg":"audit"}
 */
export function audit(logger: Logger, event: AuditEvent): void {
  logger.info("audit", {
    event: "audit",
    outcome: event.outcome,
    host: event.host,
    client: event.client ?? "",
    user: event.user ?? "",
    reason: event.reason ?? "",
    ...(event.rule === undefined ? {} : { rule: event.rule }),
    ...(event.sid === undefined ? {} : { sid: event.sid }),
    ...(event.sub === undefined ? {} : { sub: event.sub }),
  });
}

/** The client of a browser-facing request (callback, sign-out), from the trusted chain. */
export function requestClient(c: Context, config: Config): string | undefined {
  return clientAddress(peerAddress(c), c.req.header("x-forwarded-for"), config.trustedProxies);
}
