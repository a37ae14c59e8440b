import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runActionInProcess } from "../github/run-action.ts";
import { commentBody, commentMarker } from "../../src/engine/output/parts/comment-body.ts";
import { codeSpan, escapeCell, escapeInline, terminalSafe } from "../../src/engine/output/parts/escape.ts";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { decideFrom } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, candidateWith, check, tunegate } from "./harness.ts";

/** Anything a terminal acts on instead of printing (C0 but tab and newline, DEL, C1, bidi controls). */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("hostile output: terminal control sequences in user data", () => {
  // YAML double-quoted escapes: ESC [2J clears the screen, OSC 0 retitles the window, OSC 8 is a
  // hyperlink, a bare CR rewinds the line, U+009B is a one-character CSI, U+202E reverses text.
  const evilName = String.raw`"x\e[2J\e]0;pwned\a\e]8;;https://evil\e\\y\rPASS\x9b31m\u202Eok"`;
  const plan =
    BRAND_VOICE_PLAN.replace("name: brand-voice", `name: ${evilName}`).replace(
      "budget: { monthly_usd: 100",
      "budget: { monthly_usd: 1",
    ) +
    `waivers:\n  - gate: cost-budget\n    reason: "ok\\rAll gates pass\\e[8m"\n    owner: "@ml\\e[31m"\n    expires: 2027-01-31\n`;
  // A failing suite, so its name is printed in the gate's details.
  const evalFile = candidateWith((c) => (c.safety = { "xstest\u001b[32m": 0.5, harmbench: 0.99 }));

  it("text output shows every control character escaped, in place", async () => {
    const run = await check(brandVoiceRepo({ "tunegate.yml": plan, "evals/candidate.json": evalFile }));
    expect(run.stdout).not.toMatch(ACTIVE);
    expect(run.stdout).toContain(
      String.raw`x\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil\u001b\y\u000dPASS\u009b31m\u202eok`,
    );
    expect(run.stdout).toContain(String.raw`ok\u000dAll gates pass\u001b[8m`);
    expect(run.stdout).toContain(String.raw`xstest\u001b[32m`);
  });

  it("JSON output stays JSON with the same values", async () => {
    const run = await check(
      brandVoiceRepo({ "tunegate.yml": plan, "evals/candidate.json": evalFile }),
      "--format",
      "json",
    );
    expect(run.stdout).not.toMatch(ACTIVE);
    expect(JSON.parse(run.stdout).plans[0].report.plan.name).toBe(
      "x\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil\u001b\\y\rPASS\u009b31m\u202eok",
    );
  });

  it("a newline in a plan name cannot print a verdict line of its own", async () => {
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": BRAND_VOICE_PLAN.replace(
          "name: brand-voice",
          String.raw`name: "x\ntunegate PASS: all gates pass"`,
        ).replace("monthly_usd: 100", "monthly_usd: 1"),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("tunegate "))).toEqual([
      expect.stringMatching(/^tunegate FAIL: x\\u000atunegate PASS: all gates pass: /),
    ]);
  });

  it("stderr: keys, paths and flags in diagnostics and usage errors", async () => {
    const root = brandVoiceRepo({ "tunegate.yml": `${BRAND_VOICE_PLAN}"k\\e]0;pwned\\a\\nx": 1\n` });
    const keyRun = await check(root);
    expect(keyRun.code).toBe(2);
    expect(keyRun.stderr).not.toMatch(ACTIVE);
    expect(keyRun.stderr.split("\n")[0]).toBe(
      String.raw`tunegate.yml:33:1: error [k\u001b]0;pwned\u0007\u000ax]: unknown key "k\u001b]0;pwned\u0007\u000ax"`,
    );
    // --plan takes a list (commas or newlines): the newline separates two paths, each shown escaped.
    const pathRun = await check(root, "--plan", "evil\u001b[2J\nplan.yml");
    expect(pathRun.stderr).not.toMatch(ACTIVE);
    expect(pathRun.stderr).toContain(String.raw`no plan file matches "evil\u001b[2J"`);
    const flagRun = await tunegate(["chec\u001b[31mk\nx"], root);
    expect(flagRun.code).toBe(2);
    expect(flagRun.stderr).not.toMatch(ACTIVE);
    expect(flagRun.stderr.split("\n")[0]).toBe(
      String.raw`tunegate: unknown command "chec\u001b[31mk\u000ax"; did you mean "check"?`,
    );
  });

  it("terminalSafe keeps tab and newline and escapes the rest", async () => {
    expect(terminalSafe("a\tb\nc\u001bd\re\u0085f\u2066g")).toBe(
      String.raw`a	b` + "\n" + String.raw`c\u001bd\u000de\u0085f\u2066g`,
    );
  });
});

describe("hostile output: markdown in user text", () => {
  const hostile = (name: string, reason: string) =>
    decideFrom(
      `${MINIMAL_PLAN.replace("name: test-plan", `name: ${JSON.stringify(name)}`)}waivers:\n  - gate: safety\n    reason: ${JSON.stringify(reason)}\n    owner: "@security-team"\n    expires: 2026-12-31\n`,
    ).report;

  it("a waiver reason cannot embed a tracking image, a link, an autolink or an issue reference", async () => {
    const rendered = renderMarkdown(
      hostile(
        "bot",
        "see ![x](https://evil.example/p.png) and [docs](https://evil.example) <https://evil.example/a> https://evil.example/b www.evil.example fixes #123 and GH-45 and acme/app#7",
      ),
    );
    // tunegate's own syntax (the alert's [!WARNING], charts' [a, b] lists, intervals in a plot,
    // its links to its own framework document) is not user text.
    const markdown = rendered
      .replace(/^> \[!(CAUTION|WARNING|TIP)\]$/gm, "")
      .replace(/```(mermaid|text)[\s\S]*?```/g, "")
      .replace(
        /\[tunegate framework, section \d+\]\(https:\/\/github\.com\/tunegate\/tunegate\/blob\/v[\d.]+\/docs\/framework\.md#[a-z0-9-]+\)/g,
        "",
      );
    expect(markdown).not.toBe(rendered);
    // No unescaped bracket (so no link or image), no raw tag, no autolinkable URL, no reference.
    expect(markdown).not.toMatch(/(?<!\\)[[\]]|<https?:|https?:\/\/evil|www\.evil|#\d|GH-\d/i);
    // what the reader sees is still the text that was written
    expect(markdown).toContain(
      "see !\\[x\\](https:\u200b//evil.example/p.png) and \\[docs\\](https:\u200b//evil.example) &lt;https:\u200b//evil.example/a&gt;",
    );
    expect(markdown).toContain("fixes #\u200b123 and GH-\u200b45 and acme/app#\u200b7");
  });

  it("raw HTML and an early end of the comment marker are shown, not rendered", async () => {
    const report = hostile("x --> <img src=https://evil.example/p.png> <!-- ", "r");
    const body = commentBody({
      report: { ...report, plan: { ...report.plan, file: "plans/a-->![x](https://evil.example/p.png)/tunegate.yml" } },
      key: "k",
      state: undefined,
      change: "",
      summaryUrl: "https://github.com/o/r/actions/runs/1",
    });
    const marker = body.trimEnd().split("\n").at(-1)!;
    expect(marker).toBe(
      String.raw`<!-- tunegate:comment key="k" plan="plans/a--\u003e![x](https://evil.example/p.png)/tunegate.yml" -->`,
    );
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(body).not.toMatch(/<img|<!-- (?!tunegate:)/);
    expect(body).toContain("Plan `plans/a-->![x](https://evil.example/p.png)/tunegate.yml`");
    expect(commentMarker("k", "tunegate.yml")).toBe('<!-- tunegate:comment key="k" plan="tunegate.yml" -->');
  });

  it("code spans hold backticks, pipes and controls literally", async () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    expect(codeSpan("p\u001b\n|q")).toBe("`p\\u001b |q`");
    expect(escapeCell("a|b")).toBe("a\\|b");
    expect(escapeInline("@here and @everyone")).toBe("@\u200bhere and @\u200beveryone");
  });
});

describe("hostile output: the Action's short job summary", () => {
  it("escapes the plan name too when the full report is too big for a summary", async () => {
    // 10,000 general benchmarks make the forgetting details alone larger than GitHub's 1 MiB.
    const general = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`bench_${i}`, { passed: 8000, n: 10_000 }]),
    );
    const evalJson = (model: string) =>
      JSON.stringify({
        model,
        general,
        safety: { xstest: { passed: 990, n: 1000 } },
        task: { voice_match: { passed: 900, n: 1000 } },
      });
    const name = "![x](https://evil.example/p.png) <img src=x> #1 @here";
    const run = await runActionInProcess({
      apiUrl: "http://127.0.0.1:9",
      repo: "acme/brand",
      workspace: brandVoiceRepo({
        "tunegate.yml": BRAND_VOICE_PLAN.replace("name: brand-voice", `name: ${JSON.stringify(name)}`),
        "evals/candidate.json": evalJson("tuned"),
        "evals/baseline.json": evalJson("base"),
      }),
      event: "push",
      payload: JSON.parse(readFileSync("test/fixtures/events/push.json", "utf8")),
      inputs: { plan: "tunegate.yml", comment: "never" },
    });
    expect(run.summary).toContain("The full report is larger than a job summary may be");
    expect(run.summary).toContain(
      "- WARN: !\\[x\\](https:\u200b//evil.example/p.png) &lt;img src=x&gt; #\u200b1 @\u200bhere: passes with ",
    );
  });
});
