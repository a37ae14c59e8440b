import { describe, expect, it } from "vitest";
import { BRAND_VOICE_PLAN, brandVoiceRepo, check, expectInputError } from "./harness.ts";

/**
 * YAML constructs that change what a node becomes once read: an ordered map or a set validates as
 * an empty object, so `cost: !!omap [...]` used to price the plan at $0 and pass its budget.
 */
describe("hostile YAML: tags that change a node's type", () => {
  const COST =
    "cost:\n  llm: { input_tokens: 300, output_tokens: 250, input_usd_per_mtok: 0.3, output_usd_per_mtok: 1.2 }  # the serving provider's rates for the adapter\n  fine_tune: { training_tokens: 400000, epochs: 3, usd_per_mtok: 3 }  # the fine-tuning provider's LoRA training price\n";
  const planCases: Array<[string, string, string, RegExp]> = [
    [
      "cost: !!omap (a list of pairs) used to price the plan at $0",
      COST,
      COST.replace("cost:", "cost: !!omap").replace("  llm:", "  - llm:").replace("  fine_tune:", "  - fine_tune:"),
      /^tunegate.yml:26:7: error \[cost\]: the YAML tag !!omap is not allowed here/,
    ],
    [
      "cost: !!omap over a mapping",
      "cost:\n",
      "cost: !!omap\n",
      /^tunegate.yml:26:7: error: the YAML tag !!omap is not allowed here/,
    ],
    [
      "cost: !!set",
      COST,
      "cost: !!set { llm, fine_tune }\n",
      /^tunegate.yml:26:7: error \[cost\]: the YAML tag !!set is not allowed here/,
    ],
    [
      "evals: !!omap drops the eval paths",
      "evals:\n  candidate: evals/candidate.json\n  baseline: evals/baseline.json\n",
      "evals: !!omap\n  - candidate: evals/candidate.json\n  - baseline: evals/baseline.json\n",
      /^tunegate.yml:30:8: error \[evals\]: the YAML tag !!omap is not allowed here/,
    ],
    [
      "a name tagged !!binary gets a message about tags",
      "name: brand-voice",
      "name: !!binary YnJhbmQtdm9pY2U=",
      /^tunegate.yml:4:7: error \[name\]: the YAML tag !!binary is not allowed here/,
    ],
    [
      "!!timestamp",
      "name: brand-voice",
      "name: !!timestamp 2026-01-01",
      /^tunegate.yml:4:7: error \[name\]: the YAML tag !!timestamp is not allowed here/,
    ],
    [
      "a verbatim tag",
      "name: brand-voice",
      "name: !<tag:yaml.org,2002:binary> YnJhbmQtdm9pY2U=",
      /^tunegate.yml:4:7: error \[name\]: the YAML tag !!binary is not allowed here/,
    ],
    [
      "a custom tag",
      "name: brand-voice",
      "name: !evil brand-voice",
      /^tunegate.yml:4:7: error: the YAML tag !evil is not allowed here/,
    ],
    [
      "a tag handle declared nowhere",
      "name: brand-voice",
      "name: !e!x brand-voice",
      /^tunegate.yml:4:7: error: the YAML tag !e!x is not allowed here/,
    ],
    [
      "!!map is a tag too",
      "use_case:\n",
      "use_case: !!map\n",
      /^tunegate.yml:6:11: error \[use_case\]: the YAML tag !!map is not allowed here/,
    ],
    [
      "a plain-scalar tag on a value it does not fit",
      "monthly_queries: 20000",
      "monthly_queries: !!int 2e4",
      /^tunegate.yml:12:20: error: the YAML tag !!int is not allowed here/,
    ],
  ];
  for (const [name, from, to, located] of planCases) {
    it(`plan: ${name}`, async () => {
      expect(BRAND_VOICE_PLAN).toContain(from);
      const root = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace(from, to) });
      expectInputError(await check(root), located);
    });
  }

  it("plan: architecture: !!omap cannot turn a warning into a pass", async () => {
    const plan = `${BRAND_VOICE_PLAN}architecture: !!omap\n  - components: [router, reranker, cascade]\n`;
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": plan })),
      /^tunegate.yml:33:15: error \[architecture\]: the YAML tag !!omap is not allowed here/,
    );
  });

  it("tags that only confirm a plain scalar's type are fine", async () => {
    const plan = BRAND_VOICE_PLAN.replace("name: brand-voice", "name: !!str brand-voice")
      .replace("monthly_queries: 20000", "monthly_queries: !!int 20000")
      .replace("citations_required: false", "citations_required: !!bool false");
    const run = await check(brandVoiceRepo({ "tunegate.yml": plan }));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("policy: a tagged section is located in the policy file", async () => {
    const root = brandVoiceRepo({ "ai-policy.yml": "gates: !!omap\n  - forgetting: { min_ratio: 0.1 }\n" });
    expectInputError(
      await check(root, "--policy", "ai-policy.yml"),
      /^ai-policy.yml:1:8: error \[gates\]: the YAML tag !!omap is not allowed here/,
    );
  });

  it("pricing table: a tagged price entry is located in the table", async () => {
    const table = "version: 1\ncurrency: USD\nprices:\n  openai/gpt-5: !!omap\n    - unit: per_1m_tokens\n";
    const root = brandVoiceRepo({ "ai-policy.yml": "pricing:\n  file: prices.yml\n", "prices.yml": table });
    expectInputError(
      await check(root, "--policy", "ai-policy.yml"),
      /^prices.yml:4:17: error \[prices.openai\/gpt-5\]: the YAML tag !!omap is not allowed here/,
    );
  });
});

describe("hostile YAML: keys", () => {
  it("__proto__ is an unknown key, also where records would drop it silently", async () => {
    for (const [text, located] of [
      [
        `${BRAND_VOICE_PLAN}__proto__: { approach: rag }\n`,
        /^tunegate.yml:33:1: error \[__proto__\]: unknown key "__proto__"/,
      ],
      [
        `${BRAND_VOICE_PLAN.replace("evals:\n", "evals:\n  metrics:\n    __proto__: { hellaswag: acc }\n")}`,
        /^tunegate.yml:32:5: error \[evals.metrics.__proto__\]: unknown key "__proto__"/,
      ],
      [
        `${BRAND_VOICE_PLAN.replace("evals:\n", "evals:\n  chance:\n    __proto__: 0.25\n")}`,
        /^tunegate.yml:32:5: error \[evals.chance.__proto__\]: unknown key "__proto__"/,
      ],
    ] as const) {
      expectInputError(await check(brandVoiceRepo({ "tunegate.yml": text })), located);
    }
  });

  it("__proto__ in a repository price table", async () => {
    const table =
      "version: 1\ncurrency: USD\nprices:\n  __proto__:\n    unit: per_1m_tokens\n    source: x\n    as_of: 2026-11-01\n";
    const root = brandVoiceRepo({ "ai-policy.yml": "pricing:\n  file: prices.yml\n", "prices.yml": table });
    expectInputError(
      await check(root, "--policy", "ai-policy.yml"),
      /^prices.yml:4:3: error \[prices.__proto__\]: unknown key "__proto__"/,
    );
  });

  it("a key written twice is an error, even when YAML would call 1 and '1' different keys", async () => {
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": `${BRAND_VOICE_PLAN}budget: { monthly_usd: 1000000 }\n` })),
      /^tunegate.yml:33:1: error \[budget\]: duplicate key "budget"/,
    );
    const chance = BRAND_VOICE_PLAN.replace("evals:\n", "evals:\n  chance:\n    1: 0.25\n    '1': 0.5\n");
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": chance })),
      /^tunegate.yml:33:5: error \[evals.chance.1\]: duplicate key "1"/,
    );
  });

  it("a key that is a list or a mapping", async () => {
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": `${BRAND_VOICE_PLAN}? [approach]\n: rag\n` })),
      /^tunegate.yml:33:3: error: a key must be a plain name/,
    );
  });
});
