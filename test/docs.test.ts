import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_SECTIONS, REPOSITORY_URL } from "../src/engine/framework/doc-link.ts";
import { runCli } from "./helpers/cli.ts";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  files: string[];
  repository: { url: string };
};
const doc = readFileSync("docs/framework.md", "utf8");

/** The anchors GitHub gives a document's headings. */
function anchors(markdown: string): Set<string> {
  const slugs = [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replaceAll(" ", "-"),
  );
  return new Set(slugs);
}

describe("docs/framework.md: the rules reports cite, shipped with the package", () => {
  it("is in the package and at the repository the links point to", () => {
    expect(pkg.files).toContain("docs");
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
  });

  it("has a heading for every section reports cite", () => {
    const headings = anchors(doc);
    for (const anchor of Object.values(FRAMEWORK_SECTIONS)) expect(headings).toContain(anchor);
  });

  it("every framework link in a real report resolves to this version's document and one of its headings", async () => {
    const headings = anchors(doc);
    let links = 0;
    for (const example of ["support-bot", "faq-full-finetune", "brand-voice"]) {
      for (const format of ["text", "markdown", "json"]) {
        const { stdout } = await runCli(["check", "--plan", `examples/${example}/tunegate.yml`, "--format", format]);
        expect(stdout).not.toMatch(/framework\.md section/);
        for (const m of stdout.matchAll(
          /https:\/\/github\.com\/tunegate\/tunegate\/blob\/([^/\s)]+)\/docs\/framework\.md#([\w-]+)/g,
        )) {
          links++;
          expect(m[1]).toBe(`v${pkg.version}`);
          expect(headings).toContain(m[2]);
        }
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
