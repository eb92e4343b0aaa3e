/** The request headers that tell a top-level browser navigation from everything else. */
export interface NavigationHints {
  readonly method: string;
  readonly proto: string;
  readonly secFetchMode: string | undefined;
  readonly accept: string | undefined;
  readonly xRequestedWith: string | undefined;
  readonly upgrade: string | undefined;
}

/** How to ask for a login: a redirect the browser follows, or a 401 the caller handles. */
export type LoginChallenge =
  { readonly kind: "redirect"; readonly status: 302 | 303 } | { readonly kind: "unauthorized" };

export const UNAUTHORIZED: LoginChallenge = { kind: "unauthorized" };

/**
 * Only a top-level navigation may be redirected to the provider: a redirect answered to fetch,
 * XHR or a WebSocket upgrade lands in script or is dropped, and would store an API URL as the
 * place to return to. Fetch Metadata (Sec-Fetch-Mode) is authoritative where the browser sends
 * it; otherwise an HTML-accepting GET/HEAD without X-Requested-With is the best available signal.
 */
export function loginChallenge(req: NavigationHints): LoginChallenge {
  const method = req.method.toUpperCase();
  const proto = req.proto.toLowerCase();
  if (proto === "ws" || proto === "wss" || req.upgrade !== undefined) return UNAUTHORIZED;
  if (req.secFetchMode !== undefined) {
    if (req.secFetchMode.trim().toLowerCase() !== "navigate") return UNAUTHORIZED;
    if (method === "GET" || method === "HEAD") return { kind: "redirect", status: 302 };
    // RFC 9110 section 15.4.4: 303 turns the form POST into a GET; the body is never replayed.
    if (method === "POST") return { kind: "redirect", status: 303 };
    return UNAUTHORIZED;
  }
  if (method !== "GET" && method !== "HEAD") return UNAUTHORIZED;
  if (req.xRequestedWith !== undefined) return UNAUTHORIZED;
  return acceptsHtml(req.accept) ? { kind: "redirect", status: 302 } : UNAUTHORIZED;
}

/** True when the Accept header lists text/html or application/xhtml+xml with a non-zero q. */
export function acceptsHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  return accept.split(",").some((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (type !== "text/html" && type !== "application/xhtml+xml") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
