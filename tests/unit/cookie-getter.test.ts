import { parse } from "hono/utils/cookie";
import { describe, expect, it } from "vitest";
import { cookieGetter } from "../../src/http/request-info.ts";

const NAME = "forward_auth_session";

describe("cookieGetter agrees with Hono's full parser on the names it reads", () => {
  it.each([
    { name: "only the session", header: `${NAME}=Fe26.2*1*abc~2` },
    { name: "among others", header: `a=1; ${NAME}=seal; b=2` },
    { name: "no spaces", header: `a=1;${NAME}=seal;b=2` },
    { name: "tabs and spaces", header: `a=1;\t ${NAME}=seal ; b=2` },
    { name: "first of two wins", header: `${NAME}=first; ${NAME}=second` },
    { name: "quoted", header: `${NAME}="seal"` },
    { name: "empty value", header: `${NAME}=` },
    { name: "name as a suffix of another", header: `x${NAME}=evil; ${NAME}=good` },
    { name: "name inside a value", header: `a=${NAME}=evil; ${NAME}=good` },
    { name: "name inside a value only", header: `a=${NAME}=evil` },
    { name: "chunk name is not the name", header: `${NAME}.1=part` },
    { name: "name without =", header: `${NAME}; b=2` },
    { name: "absent", header: "a=1; b=2" },
    { name: "garbage", header: ";;;=;==;  ;" },
  ])("$name", ({ header }) => {
    const get = cookieGetter(header);
    for (const name of [NAME, `${NAME}.1`, "a", "b"]) {
      expect(get(name), name).toBe(parse(header)[name]);
    }
  });

  it("reads nothing from a missing or empty header", () => {
    expect(cookieGetter(undefined)(NAME)).toBeUndefined();
    expect(cookieGetter("")(NAME)).toBeUndefined();
  });
});
