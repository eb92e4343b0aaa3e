import { describe, expect, it } from "vitest";
import { got, orList, scanArgs, single } from "../../src/cli/args.ts";

const scan = (tokens: string[]) => {
  const { values, booleans, positionals, seen, problems } = scanArgs(tokens, {
    valueFlags: ["--a", "--b"],
    booleanFlags: ["--flag"],
  });
  return {
    values: Object.fromEntries(values),
    booleans: [...booleans],
    positionals,
    seen: [...seen],
    problems,
  };
};

describe("scanArgs", () => {
  it.each([
    { tokens: ["--a", "b"], values: { "--a": ["b"] }, seen: ["--a"] },
    { tokens: ["--a=b"], values: { "--a": ["b"] }, seen: ["--a"] },
    { tokens: ["--a=b=c"], values: { "--a": ["b=c"] }, seen: ["--a"] },
    { tokens: ["--a="], seen: ["--a"], problems: ["--a: needs a value"] },
    { tokens: ["--a"], seen: ["--a"], problems: ["--a: needs a value"] },
    {
      tokens: ["--a", "--b", "x"],
      values: { "--b": ["x"] },
      seen: ["--a", "--b"],
      problems: ["--a: needs a value"],
    },
    { tokens: ["--a", "-x"], values: { "--a": ["-x"] }, seen: ["--a"] },
    { tokens: ["--a", "1", "--a=2"], values: { "--a": ["1", "2"] }, seen: ["--a"] },
    {
      tokens: ["--c", "--c=1", "-d=2"],
      positionals: [],
      problems: [
        'unknown option "--c"; see forward-auth --help',
        'unknown option "--c"; see forward-auth --help',
        'unknown option "-d=2"; see forward-auth --help',
      ],
    },
    {
      tokens: ["x", "--a", "b", "y"],
      values: { "--a": ["b"] },
      seen: ["--a"],
      positionals: ["x", "y"],
    },
    { tokens: ["--flag", "x"], booleans: ["--flag"], positionals: ["x"] },
    { tokens: ["--flag=1"], problems: ['--flag: takes no value (got "--flag=1")'] },
  ])(
    "$tokens",
    ({ tokens, values = {}, booleans = [], positionals = [], seen = [], problems = [] }) => {
      expect(scan(tokens)).toEqual({ values, booleans, positionals, seen, problems });
    },
  );

  it("words unknown options and stray arguments as asked, in argument order", () => {
    const { problems, positionals } = scanArgs(["x", "-h=1", "--a"], {
      valueFlags: ["--a"],
      unknown: (flag, token) => `unknown ${flag} in ${token}`,
      stray: (token) => `stray ${token}`,
    });
    expect(problems).toEqual(["stray x", "unknown -h=1 in -h=1", "--a: needs a value"]);
    expect(positionals).toEqual([]);
  });

  it("reports a value's own problem in its place and leaves it out of values", () => {
    const { values, problems } = scanArgs(["--a", "bad", "--z", "--a", "good"], {
      valueFlags: ["--a"],
      onValue: (_, value) => (value === "bad" ? `--a: bad value` : undefined),
    });
    expect(problems).toEqual(["--a: bad value", 'unknown option "--z"; see forward-auth --help']);
    expect(values.get("--a")).toEqual(["good"]);
  });
});

describe("single", () => {
  it.each([
    { list: undefined, value: undefined, problems: [] },
    { list: ["x"], value: "x", problems: [] },
    { list: ["x", "y"], value: "x", problems: ["--a: given more than once"] },
  ])("$list", ({ list, value, problems }) => {
    const values = new Map<string, string[]>(list === undefined ? [] : [["--a", list]]);
    const found: string[] = [];
    expect(single(values, "--a", found)).toBe(value);
    expect(found).toEqual(problems);
  });
});

describe("orList", () => {
  it.each([
    { choices: [], want: "" },
    { choices: ["yaml"], want: "yaml" },
    { choices: ["yaml", "labels"], want: "yaml or labels" },
    { choices: ["traefik", "caddy", "nginx"], want: "traefik, caddy or nginx" },
  ])("$choices", ({ choices, want }) => {
    expect(orList(choices)).toBe(want);
  });
});

describe("got", () => {
  it.each([
    { raw: "apache", want: '(got "apache")' },
    { raw: "", want: '(got "")' },
    { raw: 'say "hi"\n', want: '(got "say \\"hi\\"\\n")' },
  ])("$raw", ({ raw, want }) => {
    expect(got(raw)).toBe(want);
  });
});
