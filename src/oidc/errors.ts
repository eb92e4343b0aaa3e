/** Stable codes callers branch on; the message is for logs and never reaches a client as is. */
export type OidcErrorCode =
  | "provider_unavailable"
  | "discovery_invalid"
  | "token_rejected"
  | "client_rejected"
  | "token_response_invalid"
  | "id_token_invalid"
  | "userinfo_failed";

export class OidcError extends Error {
  readonly code: OidcErrorCode;
  constructor(code: OidcErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OidcError";
    this.code = code;
  }
}

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Every call to the provider has a deadline well under Traefik's 30 s forwardAuth timeout, so
 * a hanging provider fails one login instead of holding connections open.
 */
export async function fetchWithTimeout(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  try {
    return await fetchImpl(url, {
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    // The URL asked, without its query (never a secret here, but no need to log it either).
    const asked = new URL(url);
    throw new OidcError(
      "provider_unavailable",
      `request to ${asked.origin}${asked.pathname} failed`,
      {
        cause: error,
      },
    );
  }
}

/** Reads a JSON object body with a size cap; anything else is the given error code. */
export async function readJsonObject(
  response: Response,
  code: OidcErrorCode,
  what: string,
): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    const text = await response.text();
    if (text.length > 1_000_000) throw new Error("body over 1 MB");
    body = JSON.parse(text);
  } catch (error) {
    throw new OidcError(code, `${what} is not JSON`, { cause: error });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new OidcError(code, `${what} is not a JSON object`);
  }
  return body as Record<string, unknown>;
}
