// The checks of `forward-auth check` that talk to the identity provider: discovery, keys and the
// client's credentials at the token endpoint. Each returns a result instead of throwing, so one
// failure never hides the report of the next check.
import { createLocalJWKSet, type JWK, type JSONWebKeySet } from "jose";
import { discover, isSymmetric, type ProviderMetadata } from "../oidc/discovery.ts";
import { fetchWithTimeout, readJsonObject, type FetchLike } from "../oidc/errors.ts";
import { authenticateClient, type ClientCredentials } from "../oidc/tokens.ts";

export interface CheckResult {
  readonly ok: boolean;
  /** What was found, without the mark; never a secret. */
  readonly text: string;
}

export type DiscoveryResult =
  | { readonly ok: true; readonly text: string; readonly metadata: ProviderMetadata }
  | { readonly ok: false; readonly text: string };

/** A code no provider issued: the token endpoint authenticates the client, then refuses it. */
const INVALID_CODE = "forward-auth-check-invalid-code";
/** Well-formed (RFC 7636 section 4.1: 43 to 128 unreserved characters), so only the code fails. */
const DUMMY_CODE_VERIFIER = "forward-auth-check-dummy-code-verifier-0123456789";
/** Provider text quoted in a line: one line, bounded. */
const MAX_QUOTED = 200;

/** Text that stays on its line: a body quoted in an error message may hold line breaks. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to remove control characters
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

/**
 * The message of an error and of its innermost cause: the socket error under "fetch failed",
 * the parser's complaint under "is not JSON".
 */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  let detail: string | undefined;
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
    const code = "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
    const text = cause.message !== "" ? cause.message : code;
    if (text !== undefined) detail = text;
  }
  return oneLine(
    detail === undefined || detail === error.message
      ? error.message
      : `${error.message} (${detail})`,
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function checkDiscovery(
  issuer: URL,
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<DiscoveryResult> {
  try {
    const metadata = await discover(issuer, fetchImpl, timeoutMs);
    return { ok: true, text: `discovery: ${metadata.issuer} (issuer matches)`, metadata };
  } catch (error) {
    return { ok: false, text: `discovery: ${reasonOf(error)}` };
  }
}

/**
 * Fetches the key set and finds, with jose's own key selection (the one the service verifies
 * ID tokens with), which keys verify which advertised algorithm.
 */
export async function checkKeys(
  metadata: ProviderMetadata,
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<CheckResult> {
  const fail = (text: string): CheckResult => ({ ok: false, text: `keys: ${text}` });
  const wanted = metadata.idTokenAlgorithms.filter((alg) => !isSymmetric(alg));
  if (wanted.length === 0) {
    // OpenID Connect Core section 10.1: HMAC ID tokens are verified with the client secret.
    const algorithms = metadata.idTokenAlgorithms.join(", ");
    return {
      ok: true,
      text: `keys: none needed (ID tokens signed with the client secret: ${algorithms})`,
    };
  }
  const where = metadata.jwksUri;
  let doc: Record<string, unknown>;
  try {
    const response = await fetchWithTimeout(
      fetchImpl,
      where,
      { headers: { accept: "application/json" } },
      timeoutMs,
    );
    if (response.status !== 200) {
      await response.body?.cancel();
      return fail(`${where} answered HTTP ${response.status}`);
    }
    doc = await readJsonObject(response, "discovery_invalid", `the key set at ${where}`);
  } catch (error) {
    return fail(reasonOf(error));
  }
  try {
    createLocalJWKSet(doc as unknown as JSONWebKeySet);
  } catch (error) {
    return fail(`${where} is not a JSON Web Key Set (${reasonOf(error)})`);
  }
  const keys = doc.keys as JWK[];
  if (keys.length === 0) return fail(`the key set at ${where} holds no key`);

  const usable = new Set<JWK>();
  const algorithms: string[] = [];
  for (const alg of wanted) {
    for (const key of keys) {
      try {
        // No kid in the header: the one-key set answers with that key only if it suits `alg`.
        await createLocalJWKSet({ keys: [key] })({ alg });
      } catch {
        // Not usable for this algorithm (type, curve, "use", "alg" or a private key): the
        // count below says so when no key is left.
        continue;
      }
      usable.add(key);
      if (!algorithms.includes(alg)) algorithms.push(alg);
    }
  }
  if (usable.size === 0) {
    return fail(
      `none of the ${plural(keys.length, "key")} at ${where} verifies ${wanted.join(", ")}, ` +
        "the ID token algorithms the provider advertises",
    );
  }
  const count =
    usable.size === keys.length
      ? plural(keys.length, "key")
      : `${usable.size} of ${keys.length} keys usable`;
  return { ok: true, text: `keys: ${count} (${algorithms.join(", ")})` };
}

/** One line of provider text: control characters out, the client secret never echoed. */
function quote(raw: unknown, secret: string): string | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  let text = oneLine(raw);
  if (secret !== "") text = text.replaceAll(secret, "<client secret>");
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

/**
 * Redeems a code no provider issued: RFC 6749 section 5.2 has the token endpoint authenticate
 * the client first, so `invalid_client` (or HTTP 401) means the id or secret is wrong and
 * `invalid_grant` means they were accepted and only the code was refused.
 */
export async function checkClientCredentials(
  metadata: ProviderMetadata,
  client: ClientCredentials,
  redirectUri: string,
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<CheckResult> {
  const method = metadata.tokenAuthMethod;
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code: INVALID_CODE,
    redirect_uri: redirectUri,
    code_verifier: DUMMY_CODE_VERIFIER,
  });
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  authenticateClient(method, client, headers, body);

  const prefix = "client credentials: ";
  let status: number;
  let answer: Record<string, unknown> | undefined;
  try {
    const response = await fetchWithTimeout(
      fetchImpl,
      metadata.tokenEndpoint,
      { method: "POST", headers, body },
      timeoutMs,
    );
    status = response.status;
    try {
      answer = await readJsonObject(response, "token_response_invalid", "token response");
    } catch {
      // A 401 from a proxy or a 5xx page need not be JSON: the status alone decides below.
      answer = undefined;
    }
  } catch (error) {
    return { ok: false, text: prefix + reasonOf(error) };
  }

  const error = quote(answer?.error, client.clientSecret);
  const description = quote(answer?.error_description, client.clientSecret);
  const said = [`HTTP ${status}`, error, description === undefined ? undefined : `"${description}"`]
    .filter((part) => part !== undefined)
    .join(" ");
  if (error === "invalid_client" || status === 401) {
    return {
      ok: false,
      text:
        `client id or secret rejected by the token endpoint (${said}; ${method}); check ` +
        `FORWARD_AUTH_CLIENT_ID (${JSON.stringify(client.clientId)}) and ` +
        `FORWARD_AUTH_CLIENT_SECRET (${client.clientSecret.length} characters)`,
    };
  }
  const aboutTheCode =
    error === "invalid_grant" ||
    (error === "invalid_request" && /code|verifier/i.test(description ?? ""));
  if (status >= 400 && status < 500 && aboutTheCode) {
    return { ok: true, text: `client credentials accepted by the token endpoint (${method})` };
  }
  if (status === 200) {
    return {
      ok: false,
      text: `${prefix}the token endpoint answered HTTP 200 to a made-up code (${method})`,
    };
  }
  return {
    ok: false,
    text:
      `${prefix}unexpected answer from the token endpoint (${said}; ${method}); ` +
      `expected invalid_grant for a made-up code`,
  };
}
