import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstDuplicateKey } from "../../src/engine/input/json-duplicate-keys.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import {
  BRAND_VOICE_PLAN,
  brandVoiceRepo,
  candidateWith,
  check,
  expectInputError,
  TODAY,
  tunegate,
  type CliRun,
} from "./harness.ts";

/**
 * A user who wants a bad model through the gate: the candidate forgets hellaswag (0.812 -> 0.3),
 * and each case tries to hide that. The right answer is the failure, or exit 2 saying why not.
 */
const BAD = candidateWith((c) => (c.general["hellaswag"] = 0.3));
const forgets = (run: CliRun) => {
  expect(run.stdout).toMatch(/FAIL +forgetting +forgetting on .*\bhellaswag\b/);
  expect(run.code).toBe(1);
};

describe("hostile evals: one side standing in for the other", () => {
  it("the bad candidate fails as written", async () => {
    forgets(await check(brandVoiceRepo({ "evals/candidate.json": BAD })));
  });

  it("a candidate glob that also matches the baseline (which sorts first)", async () => {
    const run = await check(
      brandVoiceRepo({
        "evals/candidate.json": BAD,
        "tunegate.yml": BRAND_VOICE_PLAN.replace("candidate: evals/candidate.json", "candidate: evals/*.json"),
      }),
    );
    // Within the candidate's side, baseline.json and candidate.json both give every benchmark.
    expectInputError(
      run,
      /^tunegate.yml:31:14: error \[evals.candidate\]: two files give hellaswag \(score\): evals\/baseline.json and evals\/candidate.json/,
    );
  });

  it("the baseline named as the candidate, directly or through a symbolic link", async () => {
    expectInputError(
      await check(
        brandVoiceRepo({
          "tunegate.yml": BRAND_VOICE_PLAN.replace("candidate: evals/candidate.json", "candidate: evals/baseline.json"),
        }),
      ),
      /evals\/baseline.json is both a candidate and a baseline file/,
    );
    const root = brandVoiceRepo();
    rmSync(join(root, "evals/candidate.json"));
    symlinkSync("baseline.json", join(root, "evals/candidate.json"));
    expectInputError(
      await check(root),
      /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/baseline.json is both a candidate and a baseline file/,
    );
  });

  it("an older, better run left beside the new one in the candidate's folder", async () => {
    const root = tempRepo({});
    cpSync("test/fixtures/evals/lm-eval-forgetting-clear", root, { recursive: true });
    expect((await check(root)).stdout).toMatch(/FAIL +forgetting/);
    cpSync(
      join(root, "base/results_2026-11-01T00-00-00.000000.json"),
      join(root, "tuned/results_2026-10-01T00-00-00.000000.json"),
    );
    expectInputError(
      await check(root),
      /^tunegate.yml:9:14: error \[evals.candidate\]: two files give hellaswag \(acc,none\): tuned\/results_2026-10-01T00-00-00.000000.json and tuned\/results_2026-11-02T00-00-00.000000.json/,
    );
  });

  it("a symbolic link to an eval folder outside the repository", async () => {
    const outside = brandVoiceRepo();
    const root = brandVoiceRepo({
      "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/candidate.json", "linked/candidate.json"),
    });
    symlinkSync(join(outside, "evals"), join(root, "linked"));
    expectInputError(
      await check(root),
      /^tunegate.yml:31:14: error \[evals.candidate\]: .*leads outside the repository through a symbolic link/,
    );
  });

  it("a symbolic link loop under a ** glob ends", async () => {
    const root = brandVoiceRepo({
      "evals/candidate.json": BAD,
      "tunegate.yml": BRAND_VOICE_PLAN.replace("candidate: evals/candidate.json", "candidate: evals/**/candidate.json"),
    });
    mkdirSync(join(root, "evals/loop"));
    symlinkSync("..", join(root, "evals/loop/up"));
    forgets(await check(root));
  });
});

describe("hostile evals: JSON that reads differently from how it looks", () => {
  const results = (acc: string) =>
    `{\n  "results": {\n    "hellaswag": {\n      "acc,none": ${acc}\n    },\n    "arc_easy": { "acc,none": 0.5 }\n  },\n  "versions": { "hellaswag": 1, "arc_easy": 1 }\n}\n`;

  it("a duplicate key, where JSON.parse would keep the better, last score", async () => {
    for (const [text, located] of [
      [
        results('0.31,\n      "acc,none": 0.92'),
        /evals\/candidate.json:5:7: error: the key "acc,none" appears twice in one object; JSON keeps only the last/,
      ],
      [
        results('0.31,\n      "\\u0061cc,none": 0.92'),
        /evals\/candidate.json:5:7: error: the key "acc,none" appears twice/,
      ],
      [
        `{"results": {"hellaswag": {"acc,none": 0.31}, "hellaswag": {"acc,none": 0.92}}, "versions": {"hellaswag": 1}}`,
        /evals\/candidate.json:1:47: error: the key "hellaswag" appears twice/,
      ],
    ] as const) {
      expectInputError(await check(brandVoiceRepo({ "evals/candidate.json": text })), new RegExp(`^${located.source}`));
    }
    expect(firstDuplicateKey(`{"a": [{"b": 1}, {"b": 2}], "c": {"a": 1}, "s": "\\"a\\": 1"}`)).toBeNull();
  });

  it("keys differing only in case are two benchmarks, and the bad one still fails", async () => {
    forgets(
      await check(
        brandVoiceRepo({
          "evals/candidate.json": BAD.replace('"hellaswag": 0.3', '"hellaswag": 0.3, "HellaSwag": 0.95'),
        }),
      ),
    );
  });

  it("a byte-order mark and CRLF line ends are read, and the verdict is the same", async () => {
    forgets(
      await check(
        brandVoiceRepo({
          "evals/candidate.json": `\ufeff${BAD.replaceAll("\n", "\r\n")}`,
          "tunegate.yml": `\ufeff${BRAND_VOICE_PLAN.replaceAll("\n", "\r\n")}`,
        }),
      ),
    );
    const crlf = await check(
      brandVoiceRepo({
        "tunegate.yml": BRAND_VOICE_PLAN.replaceAll("\n", "\r\n").replace("approach: lora", "approach: lorra"),
      }),
    );
    expectInputError(crlf, /^tunegate.yml:5:11: error \[approach\]: /);
  });

  it("scores that are not finite numbers are unusable, never a pass", async () => {
    for (const score of ["1e309", "NaN", "Infinity"]) {
      const run = await check(
        brandVoiceRepo({
          "tunegate.yml": BRAND_VOICE_PLAN.replace("evals:\n", "evals:\n  general: [hellaswag]\n"),
          "evals/candidate.json": results(score),
        }),
      );
      expect(run.stdout).toMatch(/FAIL +forgetting +hellaswag not in the candidate results/);
      expect(run.stdout).toContain(
        'hellaswag: candidate: "hellaswag" is not in evals/candidate.json (it has: arc_easy)',
      );
    }
  });
});

describe("hostile plans: values and names that look right", () => {
  it("infinite and NaN numbers in YAML are located errors that say what they became", async () => {
    for (const value of [".inf", "1e309", "-.inf", ".nan"]) {
      const run = await check(
        brandVoiceRepo({
          "tunegate.yml": BRAND_VOICE_PLAN.replace("budget: { monthly_usd: 100", `budget: { monthly_usd: ${value}`),
        }),
      );
      expectInputError(
        run,
        /^tunegate.yml:29:24: error \[budget.monthly_usd\]: expected number, got (-?Infinity|NaN) \(not a finite number\)/,
      );
    }
  });

  it("a budget of -0 is zero: any cost is over it", async () => {
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": BRAND_VOICE_PLAN.replace("budget: { monthly_usd: 100", "budget: { monthly_usd: -0"),
      }),
    );
    expect(run.stdout).toMatch(/FAIL +cost-budget +over budget/);
  });

  it("a waiver for a gate id spelt with a Cyrillic letter is refused, with the real id", async () => {
    const plan = `${BRAND_VOICE_PLAN}waivers:\n  - gate: \u0455afety\n    reason: r\n    owner: o\n    expires: 2027-01-01\n`;
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": plan })),
      /^tunegate.yml:34:11: error \[waivers\[0\].gate\]: must be one of .*"safety"/,
    );
  });

  it("a general benchmark spelt with a Cyrillic letter matches nothing: a located error with the real name", async () => {
    const run = await check(
      brandVoiceRepo({
        "evals/candidate.json": BAD,
        "tunegate.yml": BRAND_VOICE_PLAN.replace("evals:\n", "evals:\n  general: [hell\u0430swag, mmlu]\n"),
      }),
    );
    expectInputError(
      run,
      /^tunegate.yml:\d+:\d+: error \[evals.general\[0\]\]: "hell\\u\{430\}swag" matches no benchmark or suite in the eval files; did you mean "hellaswag"\?/,
    );
  });

  it("NUL bytes: in a plan name they are shown, in an eval path refused", async () => {
    const named = await check(
      brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("name: brand-voice", "name: brand\u0000voice") }),
    );
    expect(named.stdout.split("\n")[0]).toMatch(/^tunegate PASS: brand\\u0000voice: /);
    expectInputError(
      await check(
        brandVoiceRepo({
          "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/candidate.json", '"evals/candidate.json\\0.png"'),
        }),
      ),
      /^tunegate.yml:31:14: error \[evals.candidate\]: path "evals\/candidate.json\\u0000.png" contains a NUL byte/,
    );
  });
});

describe("hostile repositories: many files and strange paths", () => {
  // 300 plans against 128 descriptors: opened all at once they would need more than twice the
  // limit; read in bounded batches they fit.
  it("300 plans under a file-descriptor limit of 128 are read, not refused with EMFILE", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`plans/p${i}/tunegate.yml`] = MINIMAL_PLAN.replace("test-plan", `plan-${i}`);
    const root = tempRepo(files);
    const run = spawnSync(
      "sh",
      [
        "-c",
        `ulimit -n 128 && exec "$0" "$@"`,
        process.execPath,
        `${process.cwd()}/dist/cli/index.js`,
        "audit",
        "--plan",
        "plans/*/tunegate.yml",
        "--current",
        "bundled",
        "--today",
        TODAY,
      ],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).not.toContain("EMFILE");
    expect(run.stdout.match(/^ {2}plan-\d+ \(plans\/p\d+\/tunegate.yml\)/gm)).toHaveLength(300);
  });

  it("globs of 500 eval files a side are read, and the bad benchmark among them still fails", async () => {
    const files: Record<string, string> = {
      "tunegate.yml": BRAND_VOICE_PLAN.replace(
        "candidate: evals/candidate.json",
        "candidate: [evals/candidate.json, more/*.json]",
      ).replace("baseline: evals/baseline.json", "baseline: [evals/baseline.json, more-base/*.json]"),
      "evals/candidate.json": BAD,
      "evals/baseline.json": readFileSync("examples/brand-voice/evals/baseline.json", "utf8"),
    };
    for (let i = 0; i < 500; i++) {
      files[`more/m${i}.json`] = JSON.stringify({ model: "tuned", general: { [`extra_${i}`]: 0.8 } });
      files[`more-base/m${i}.json`] = JSON.stringify({ model: "base", general: { [`extra_${i}`]: 0.8 } });
    }
    forgets(await check(tempRepo(files)));
  });

  it("a plan path with a newline prints as one line", async () => {
    const root = tempRepo({ "plans/a/tunegate.yml": MINIMAL_PLAN });
    renameSync(join(root, "plans/a"), join(root, "plans/x\ntunegate PASS"));
    const run = await tunegate(
      ["audit", "--plan", "plans/*/tunegate.yml", "--current", "bundled", "--today", TODAY],
      root,
    );
    expect(run.stdout).toContain("  test-plan (plans/x\\u000atunegate PASS/tunegate.yml): ");
    expect(run.stdout.split("\n").filter((l) => l.startsWith("tunegate PASS"))).toEqual([]);
  });
});
