// `forward-auth check [--host HOST ...]`: the app hosts whose redirect URIs and cookies the
// self-check reports on, with every problem collected.
import { got, scanArgs } from "./args.ts";
import { parseAppHost, type AppHost } from "../self-check/app-host.ts";

export type ParsedCheck =
  | { readonly ok: true; readonly hosts: readonly AppHost[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Parses `check [--host HOST ...]`, collecting every problem. */
export function parseCheckArgs(args: readonly string[]): ParsedCheck {
  const hosts: AppHost[] = [];
  const { problems } = scanArgs(args, {
    valueFlags: ["--host"],
    unknown: (_, token) =>
      `unknown option ${JSON.stringify(token.split("=")[0])}; check takes only --host`,
    stray: (token) => `unexpected argument ${JSON.stringify(token)}; give hosts as --host ${token}`,
    onValue: (_, raw) => {
      try {
        const app = parseAppHost(raw);
        if (hosts.some((known) => known.host === app.host)) {
          return `--host: given twice ${got(raw)}`;
        }
        hosts.push(app);
        return undefined;
      } catch (error) {
        return `--host: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, hosts };
}
