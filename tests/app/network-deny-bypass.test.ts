// Regression (commit f850f0e): a trusted proxy that sent no X-Forwarded-For made the client
// address unknown, an unknown address matched no `networks:` condition, and a deny rule for a
// network let the request fall through to the allow rule after it. A deny rule now counts an
// unknown client in: it might be inside the network.
import { describe, expect, it } from "vitest";
import { askAuth, FLAVOURS, type Flavour } from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const HOST = "admin.example.com";
const RULES = `
apps:
  - host: ${HOST}
    rules:
      - networks: [203.0.113.0/24]
        action: deny
      - path: /
        action: allow
`;

const { service } = useService({ rulesYaml: RULES });

/** A GET of /x from the trusted proxy, which passes on `xff` as the client's address. */
const check = (endpoint: Flavour, xff: string | undefined) =>
  askAuth(service, endpoint, "/x", {
    host: HOST,
    headers: xff === undefined ? {} : { "x-forwarded-for": xff },
  });

const FORBIDDEN = {
  error: "forbidden",
  message: "admin.example.com does not allow access to this page.",
};

describe("regression: a deny rule's networks skipped a client whose address is unknown, who fell through to the allow after it (failed open)", () => {
  it.each(
    FLAVOURS.flatMap((endpoint) => [
      { endpoint, xff: undefined, name: "no X-Forwarded-For" },
      { endpoint, xff: "not an address", name: "a malformed X-Forwarded-For" },
    ]),
  )("$endpoint, $name: 403", async ({ endpoint, xff }) => {
    const res = await check(endpoint, xff);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual(FORBIDDEN);
  });
});

describe("the same rules on a known client address", () => {
  it.each(
    FLAVOURS.flatMap((endpoint) => [
      { endpoint, xff: "198.51.100.1", want: 200 },
      { endpoint, xff: "203.0.113.9", want: 403 },
    ]),
  )("$endpoint, from $xff: $want", async ({ endpoint, xff, want }) => {
    expect((await check(endpoint, xff)).status).toBe(want);
  });
});
