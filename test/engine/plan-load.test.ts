import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";

function problems(text: string) {
  const result = loadPlan("tunegate.yml", text);
  if (result.ok) throw new Error("expected the plan to be rejected");
  return result.diagnostics;
}

describe("loadPlan", () => {
  it("accepts a minimal plan and fills defaults", () => {
    const result = loadPlan("tunegate.yml", MINIMAL_PLAN);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.plan.use_case.style_requirements).toBe("none");
      expect(result.value.plan.waivers).toEqual([]);
    }
  });

  it("reports YAML syntax errors with line and column", () => {
    const [d] = problems("version: 1\nname: [unclosed\n");
    expect(d).toMatchObject({ kind: "syntax", location: { file: "tunegate.yml" } });
    expect(d!.location.line).toBeGreaterThanOrEqual(2);
  });

  it("names a misspelt key, its line, and the key it probably meant", () => {
    const text = MINIMAL_PLAN.replace("  citations_required: true", "  citation_required: true");
    const diagnostics = problems(text);
    const unknown = diagnostics.find((d) => d.kind === "unknown-key");
    expect(unknown).toMatchObject({ field: "use_case.citation_required", location: { line: 7, column: 3 } });
    expect(unknown!.message).toContain('did you mean "citations_required"?');
  });

  it("rejects an unknown top-level key with the allowed keys", () => {
    const [d] = problems(`${MINIMAL_PLAN}colour: blue\n`);
    expect(d).toMatchObject({ kind: "unknown-key", field: "colour", location: { line: 9, column: 1 } });
    expect(d!.hint).toContain("approach");
  });

  it("reports a wrong type at the value's position", () => {
    const [d] = problems(MINIMAL_PLAN.replace("monthly_queries: 1000", "monthly_queries: lots"));
    expect(d).toMatchObject({
      kind: "invalid-value",
      field: "use_case.monthly_queries",
      location: { line: 8, column: 20 },
    });
    expect(d!.message).toMatch(/expected number, got string "lots"/);
  });

  it("rejects negative and absurd numbers", () => {
    expect(problems(MINIMAL_PLAN.replace("monthly_queries: 1000", "monthly_queries: -5"))[0]!.field).toBe(
      "use_case.monthly_queries",
    );
    expect(problems(MINIMAL_PLAN.replace("monthly_queries: 1000", "monthly_queries: 1e15"))[0]!.message).toMatch(/<=/);
  });

  it("lists the allowed values of an enum", () => {
    const [d] = problems(MINIMAL_PLAN.replace("approach: rag", "approach: finetune"));
    expect(d!.message).toContain('"full-fine-tune"');
    expect(d!.location.line).toBe(3);
  });

  it("points at the parent when a required field is missing", () => {
    const [d] = problems(MINIMAL_PLAN.replace("  knowledge_change: weekly\n", ""));
    expect(d).toMatchObject({ field: "use_case.knowledge_change" });
    expect(d!.message).toMatch(/required/);
  });

  it("refuses YAML alias bombs", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    const [d] = problems(bomb);
    expect(d!.message).toMatch(/alias/);
  });

  it("refuses duplicate keys", () => {
    expect(problems(`${MINIMAL_PLAN}name: again\n`)[0]!.kind).toBe("syntax");
  });

  it("refuses a document that is not a mapping", () => {
    expect(problems("- just\n- a list\n")[0]!.message).toMatch(/mapping/);
  });

  it("allows fine_tune_method only for a hybrid", () => {
    const [d] = problems(MINIMAL_PLAN.replace("approach: rag", "approach: rag\nfine_tune_method: lora"));
    expect(d).toMatchObject({ field: "fine_tune_method", location: { line: 4 } });
  });

  it("checks waiver shape: gate id, owner, date", () => {
    const text = `${MINIMAL_PLAN}waivers:\n  - gate: safty\n    reason: x\n    owner: "@a"\n    expires: 31/12/2026\n`;
    const fields = problems(text).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["waivers[0].gate", "waivers[0].expires"]));
  });
});

describe("loadPlan: typos", () => {
  it("reports a misspelt required key once, as the typo, not also as missing", () => {
    const result = loadPlan(
      "tunegate.yml",
      MINIMAL_PLAN.replace("  citations_required: true", "  citation_required: true"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.field)).toEqual(["use_case.citation_required"]);
  });
});

describe("loadPlan: YAML that would change what a value is", () => {
  it("refuses type-changing tags at the tag, and keeps plain-scalar tags", () => {
    const [omap] = problems(`${MINIMAL_PLAN}cost: !!omap\n  - llm: { monthly_usd: 5 }\n`);
    expect(omap).toMatchObject({ kind: "invalid-value", field: "cost", location: { line: 9, column: 7 } });
    expect(omap!.message).toMatch(/YAML tag !!omap is not allowed/);
    expect(problems(MINIMAL_PLAN.replace("name: test-plan", "name: !!binary aGk="))[0]!.message).toMatch(
      /tag !!binary/,
    );
    expect(
      loadPlan("tunegate.yml", MINIMAL_PLAN.replace("monthly_queries: 1000", "monthly_queries: !!int 1000")).ok,
    ).toBe(true);
  });

  it("treats __proto__ as an unknown key, in records too", () => {
    expect(problems(`${MINIMAL_PLAN}evals:\n  metrics:\n    __proto__: acc\n`)[0]).toMatchObject({
      kind: "unknown-key",
      field: "evals.metrics.__proto__",
      location: { line: 11, column: 5 },
    });
  });

  it("names a duplicate key at its second occurrence", () => {
    expect(problems(`${MINIMAL_PLAN}name: again\n`)[0]).toMatchObject({
      kind: "syntax",
      field: "name",
      location: { line: 9, column: 1 },
    });
  });
});

describe("loadPlan: bounded work on huge or deep input", () => {
  it("reports the first 20 problems and counts the rest", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `  citations_requird${i}: true\n`).join("");
    const diagnostics = problems(MINIMAL_PLAN.replace("use_case:\n", `use_case:\n${keys}`));
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics[0]!.message).toContain('did you mean "citations_required"?');
    expect(diagnostics[20]!.message).toBe("and 4980 more problems in this file, not listed; fix the ones above first");
  });

  it("refuses nesting past 64 levels with a located message", () => {
    const [d] = problems(`${MINIMAL_PLAN}x: ${"[".repeat(65)}${"]".repeat(65)}\n`);
    expect(d).toMatchObject({ location: { line: 9 } });
    expect(d!.message).toBe("the document nests more than 64 levels deep");
  });

  it("turns the parser's stack overflow on 100,000 levels into the same kind of message", () => {
    for (const deep of [
      `x: ${"[".repeat(100_000)}`,
      `x: ${"{a: ".repeat(100_000)}`,
      `x:\n  ${"- ".repeat(100_000)}1`,
    ]) {
      const [d] = problems(`${MINIMAL_PLAN}${deep}\n`);
      expect(d!.message).toMatch(/nests too deeply to read/);
      expect(d!.location.line).toBeGreaterThanOrEqual(9);
    }
  });
});
