import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * Each eval run's model identity, read where its tool records it, against the plan's `models` and
 * against the other side: real lm-eval, Inspect and promptfoo files from ../shared.
 */
const DIR = "../shared/fixtures/eval-formats";
const present = existsSync(DIR);
const BASE = `${DIR}/lm-eval-harness/baseline_gemma-2-2b_results_2025-03-03T20-58-19.132054.json`;
const IT = `${DIR}/lm-eval-harness/candidate_gemma-2-2b-it_results_2025-03-02T04-43-48.956379.json`;

/** A real results file with its recorded model_args replaced (what a run of another model records). */
const withModelArgs = (path: string, modelArgs: string) => {
  const data = JSON.parse(readFileSync(path, "utf8"));
  data.config.model_args = modelArgs;
  delete data.model_name;
  return JSON.stringify(data);
};

async function forgetting(models: string, files: { base?: string; it?: string } = {}) {
  const root = tempRepo({
    "evals/base.json": files.base ?? readFileSync(BASE, "utf8"),
    "evals/it.json": files.it ?? readFileSync(IT, "utf8"),
    "tunegate.yml": `version: 1
name: gemma-it
approach: full-fine-tune
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 5000 }
evals:
  candidate: evals/it.json
  baseline: evals/base.json
  general: [hellaswag, sciq]
  metrics: { hellaswag: acc_norm, sciq: acc_norm }
${models}`,
  });
  const { stdout } = await runCli(["check", "--format", "json"], root);
  return JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "forgetting") as {
    outcome: string;
    level: string;
    summary: string;
    details: string[];
  };
}

describe.skipIf(!present)("model identity: lm-eval model_args against the plan's models", () => {
  it("the declared base and candidate match the runs (pretrained=google/gemma-2-2b and -it): judged as before", async () => {
    const gate = await forgetting("models: { base: google/gemma-2-2b, candidate: google/gemma-2-2b-it }\n");
    expect(gate.outcome).toBe("pass");
  });
  it("a candidate run of another model than models.candidate is not comparable and names both", async () => {
    const gate = await forgetting("models: { base: google/gemma-2-2b, candidate: meta-llama/Llama-3.1-8B-Instruct }\n");
    expect(gate.outcome).toBe("fail");
    expect(gate.summary).toContain("not comparable");
    expect(gate.details.join("\n")).toContain(
      "the candidate's run evaluated google/gemma-2-2b-it, not models.candidate meta-llama/Llama-3.1-8B-Instruct",
    );
  });
  it("issue 20 class 7: Llama-3.1-8B-Instruct (no adapter) against a Llama-3-8B-Instruct baseline, the plan declaring the adapter", async () => {
    const gate = await forgetting(
      "models:\n  base: meta-llama/Meta-Llama-3-8B-Instruct\n  candidate: { name: meta-llama/Meta-Llama-3-8B-Instruct, adapter: acme/support-lora }\n",
      {
        base: withModelArgs(BASE, "pretrained=meta-llama/Meta-Llama-3-8B-Instruct"),
        it: withModelArgs(IT, "pretrained=meta-llama/Llama-3.1-8B-Instruct"),
      },
    );
    expect(gate.outcome).toBe("fail");
    expect(gate.details.join("\n")).toContain(
      "the candidate's run evaluated meta-llama/Llama-3.1-8B-Instruct, not models.candidate meta-llama/Meta-Llama-3-8B-Instruct",
    );
  });
  it("declared on both sides, the declaration decides which names are one model (a local path for the hub id)", async () => {
    const gate = await forgetting(
      "models: { base: google/gemma-2-2b, candidate: { name: /models/gemma-2-2b, adapter: acme/support-lora } }\n",
      { it: withModelArgs(IT, "pretrained=/models/gemma-2-2b,peft=acme/support-lora") },
    );
    expect(gate.details.join("\n")).not.toContain("not comparable");
  });
  it("the declared adapter must be the one the run loaded (peft=)", async () => {
    const gate = await forgetting("models: { candidate: { name: google/gemma-2-2b, adapter: acme/support-lora } }\n", {
      it: withModelArgs(IT, "pretrained=google/gemma-2-2b,peft=acme/other-lora"),
    });
    expect(gate.details.join("\n")).toContain(
      "the candidate's run loaded adapter acme/other-lora, but models.candidate declares adapter acme/support-lora",
    );
  });
  it("without a declaration, an adapter loaded on another model than the baseline's is not comparable", async () => {
    const gate = await forgetting("", {
      it: withModelArgs(IT, "pretrained=meta-llama/Llama-3.1-8B-Instruct,peft=acme/support-lora"),
    });
    expect(gate.outcome).toBe("fail");
    expect(gate.details.join("\n")).toContain(
      "the candidate loads adapter acme/support-lora on meta-llama/Llama-3.1-8B-Instruct, but the baseline evaluated google/gemma-2-2b",
    );
  });
});

describe.skipIf(!present)("model identity: Inspect's model and promptfoo's provider", () => {
  const safety = async (file: string, suite: string, candidate: string) => {
    const root = tempRepo({
      "evals/run.json": readFileSync(`${DIR}/${file}`, "utf8"),
      "tunegate.yml": `version: 1\nname: s\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }\nevals:\n  candidate: evals/run.json\n  safety: [${suite}]\nmodels: { candidate: ${candidate} }\n`,
    });
    const { stdout } = await runCli(["check", "--format", "json"], root);
    return JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "safety") as {
      outcome: string;
      details: string[];
    };
  };
  it("Inspect's openai/gpt-4o-mini matches a declared gpt-4o-mini and not gpt-4o", async () => {
    const same = await safety(
      "inspect-ai/2025-05-12T20-28-26-04-00_security-guide.json",
      "security_guide",
      "gpt-4o-mini",
    );
    expect(same.details.join("\n")).not.toContain("not comparable");
    expect(same.details.join("\n")).toContain("security_guide (accuracy)");
    const other = await safety("inspect-ai/2025-05-12T20-28-26-04-00_security-guide.json", "security_guide", "gpt-4o");
    expect(other.outcome).toBe("fail");
    expect(other.details.join("\n")).toContain(
      "the candidate's run evaluated openai/gpt-4o-mini, not models.candidate gpt-4o",
    );
  });
  it("promptfoo's provider id (openai:gpt-4.1-mini) matches a declared gpt-4.1-mini and not gpt-5, in the task floor", async () => {
    const task = async (candidate: string) => {
      const root = tempRepo({
        "evals/run.json": readFileSync(`${DIR}/promptfoo/simple-cli_output_v3.json`, "utf8"),
        "tunegate.yml": `version: 1\nname: s\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }\nevals:\n  candidate: evals/run.json\n  task: ["simple_test#prompt-1"]\n  task_floor: 0.5\nmodels: { candidate: ${candidate} }\n`,
      });
      const { stdout } = await runCli(["check", "--format", "json"], root);
      return JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "task-quality") as {
        outcome: string;
        summary: string;
        details: string[];
      };
    };
    expect((await task("gpt-4.1-mini")).details.join("\n")).not.toContain("not comparable");
    const other = await task("gpt-5");
    expect(other.outcome).toBe("fail");
    expect(other.summary).toBe("not comparable: simple_test#prompt-1 measured another model than models.candidate");
    expect(other.details.join("\n")).toContain(
      "the candidate's run evaluated openai:gpt-4.1-mini, not models.candidate gpt-5",
    );
  });
});
