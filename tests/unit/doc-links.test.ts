// Issue 15, item 7: README became a front door and its sections moved to docs/; a link to a moved
// page or heading must fail here rather than on GitHub. Every relative link in README.md,
// docs/**/*.md and bench/README.md must name a file that exists and, with a #fragment, a heading
// of that file.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readRepoFile } from "../helpers/bundle.ts";

/** The Markdown pages a reader follows links through. */
function pages(): string[] {
  const docs = readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name));
  return ["README.md", "bench/README.md", ...docs].sort();
}

/** The text outside fenced code blocks, whose brackets and hashes are not links or headings. */
const outsideFences = (markdown: string): string =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "");

/**
 * The anchor GitHub gives a heading: lower-case, inline code and link markup reduced to their
 * text, every character other than a letter, a digit, a space, `-` or `_` dropped, spaces turned
 * into `-`; a repeated anchor gets `-1`, `-2`, … (github-slugger, which GitHub's renderer uses).
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of outsideFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = (match[1] ?? "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${String(count)}`);
  }
  return anchors;
}

/** Relative links of a page: `[text](target)`, outside code, without a scheme. */
export function relativeLinks(markdown: string): string[] {
  const text = outsideFences(markdown).replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe("anchorsOf", () => {
  it.each([
    { name: "plain words", input: "## One login host", want: "one-login-host" },
    {
      name: "an apostrophe and parentheses",
      input: "## Migrating from Authentik's embedded outpost (many apps)",
      want: "migrating-from-authentiks-embedded-outpost-many-apps",
    },
    { name: "inline code", input: "### `forward-auth check`", want: "forward-auth-check" },
    { name: "underscore kept", input: "## FORWARD_AUTH_SECRET", want: "forward_auth_secret" },
    { name: "a link's text", input: "## See [Rules](rules.md)", want: "see-rules" },
  ])("$name", ({ input, want }) => {
    expect([...anchorsOf(input)]).toEqual([want]);
  });

  it("numbers a repeated heading", () => {
    expect([...anchorsOf("## Keys\n\n## Keys\n")]).toEqual(["keys", "keys-1"]);
  });

  it("ignores headings in fenced code", () => {
    expect([...anchorsOf("```sh\n# a comment\n```\n## Real\n")]).toEqual(["real"]);
  });
});

describe("relativeLinks", () => {
  it("skips absolute URLs, code spans and fenced code", () => {
    const markdown =
      "[a](docs/a.md) [b](https://x.example/) `[c](c.md)` [d](#d)\n```md\n[e](e.md)\n```\n";
    expect(relativeLinks(markdown)).toEqual(["docs/a.md", "#d"]);
  });
});

describe("links in README.md and docs/", () => {
  const rows = pages().flatMap((page) =>
    relativeLinks(readRepoFile(page)).map((target) => ({ page, target })),
  );

  it("finds the pages and their links", () => {
    expect(pages()).toContain("docs/README.md");
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows)("$page → $target", ({ page, target }) => {
    const [path = "", fragment] = target.split("#", 2);
    const file = path === "" ? page : normalize(join(dirname(page), decodeURIComponent(path)));
    expect(
      relative(ROOT, join(ROOT, file)).startsWith(".."),
      `${target} leaves the repository`,
    ).toBe(false);
    expect(existsSync(join(ROOT, file)), `${page}: ${target} names a missing file`).toBe(true);
    if (fragment !== undefined) {
      expect(
        file.endsWith(".md"),
        `${page}: ${target} has an anchor into a non-Markdown file`,
      ).toBe(true);
      expect(
        [...anchorsOf(readRepoFile(file))],
        `${page}: ${target} names a missing heading`,
      ).toContain(fragment);
    }
  });
});
