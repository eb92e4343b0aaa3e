import type { Context } from "hono";
import type { Config } from "../config/config.ts";
import { backTo } from "../http/pages.ts";
import { browserOrigin } from "./origin.ts";
import { problem } from "./responses.ts";

/**
 * Any path the service has no endpoint for (a mistyped /outpost.goauthentik.io/… link, an old
 * bookmark): a page with the way back to the app for browsers, the JSON error for API clients.
 */
export function notFound(config: Config): (c: Context) => Response {
  return function notFoundHandler(c) {
    const origin = browserOrigin(c, config);
    return problem(
      c,
      404,
      "not_found",
      "Page not found",
      origin === undefined
        ? "There is no page at this address."
        : `${new URL(origin).host} has no page at this address.`,
      origin === undefined ? [] : [backTo(origin)],
    );
  };
}
