import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it, onTestFinished } from "vitest";
import { statementSchema, PREDICATE_TYPE, STATEMENT_TYPE } from "../../src/engine/attestation/statement.ts";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { memoryWorkspace, runActionInProcess } from "../github/run-action.ts";

const plan = (artifacts: string, safety = 0.97) => ({
  "tunegate.yml": `version: 1
name: support-bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }
cost: { llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 } }
budget: { monthly_usd: 400 }
evals: { candidate: evals/candidate.json, task_floor: 0.85 }
${artifacts}`,
  "evals/candidate.json": JSON.stringify({
    model: "m",
    safety: { xstest: { passed: Math.round(safety * 2000), n: 2000 } },
    task: { qa: { passed: 1800, n: 2000 } },
  }),
  "model/adapter.safetensors": "weights v1",
});
const ARTIFACT = "models: { artifacts: [model/adapter.safetensors] }\n";

async function attest(files: Record<string, string>) {
  const root = tempRepo(files);
  const run = await runCli(["check", "--attestation", "statement.json", "--today", "2026-12-06"], root);
  return { root, run, statement: () => JSON.parse(readFileSync(join(root, "statement.json"), "utf8")) };
}
const verify = (root: string, ...args: string[]) =>
  runCli(["verify", "--attestation", "statement.json", ...args], root);

/**
 * What `gh attestation verify --format json` prints: an array of cli/cli's
 * AttestationProcessingResult ({attestation, verificationResult}, pkg/cmd/attestation/verification/sigstore.go),
 * verificationResult being sigstore-go's VerificationResult (mediaType, statement, signature,
 * verifiedTimestamps, verifiedIdentity; pkg/verify/signed_entity.go), its statement written by protojson.
 */
function ghVerifyJson(statement: unknown, witnessed: string) {
  return [
    {
      attestation: {
        bundle: {
          mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json",
          verificationMaterial: {},
          dsseEnvelope: { payload: "", payloadType: "application/vnd.in-toto+json", signatures: [] },
        },
        bundleURL: "",
      },
      verificationResult: {
        mediaType: "application/vnd.dev.sigstore.verificationresult+json;version=0.1",
        statement,
        signature: {
          certificate: {
            certificateIssuer: "CN=sigstore-intermediate,O=sigstore.dev",
            subjectAlternativeName: "https://github.com/acme/app/.github/workflows/tunegate.yml@refs/heads/main",
            issuer: "https://token.actions.githubusercontent.com",
            buildSignerURI: "https://github.com/acme/app/.github/workflows/tunegate.yml@refs/heads/main",
            sourceRepositoryURI: "https://github.com/acme/app",
          },
        },
        verifiedTimestamps: [{ type: "Tlog", uri: "https://rekor.sigstore.dev", timestamp: witnessed }],
        verifiedIdentity: {
          subjectAlternativeName: { regexp: "^https://github.com/acme/app/" },
          issuer: { issuer: "https://token.actions.githubusercontent.com" },
        },
      },
    },
  ];
}

describe("tunegate check --attestation: an in-toto Statement v1 for the declared artifacts", () => {
  it("validates against Statement v1 and the predicate's JSON Schema, and names what the verdict rests on", async () => {
    const { run, statement } = await attest(plan(ARTIFACT));
    expect(run.code).toBe(0);
    const s = statement();
    expect(statementSchema.safeParse(s).success).toBe(true);
    expect(s._type).toBe(STATEMENT_TYPE);
    expect(s.predicateType).toBe(PREDICATE_TYPE);
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync("schemas/attestation.schema.json", "utf8")),
    );
    expect(validate(s.predicate)).toBe(true);
    expect(s.subject).toEqual([
      {
        name: "model/adapter.safetensors",
        digest: { sha256: createHash("sha256").update("weights v1").digest("hex") },
      },
    ]);
    expect(s.predicate).toMatchObject({
      verdict: "pass",
      evaluated_on: "2026-12-06",
      tool: { name: "tunegate" },
      plans: [
        {
          file: "tunegate.yml",
          rules: { from: "head", base_sha: null },
          evidence: [{ side: "candidate", file: "evals/candidate.json" }],
        },
      ],
    });
    expect(s.predicate.plans[0].policy_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.predicate.plans[0].evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.predicate.plans[0].gates.map((g: { id: string }) => g.id)).toContain("safety");
  });
  it("with no artifact declared, writes no statement and says how to add one", async () => {
    const { run, root } = await attest(plan(""));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("no attestation written");
    expect(run.stderr).toContain("models: { artifacts:");
    expect(() => readFileSync(join(root, "statement.json"))).toThrow();
  });
  it("a declared artifact that cannot be read is an input error at models.artifacts (exit 2)", async () => {
    const { run } = await attest(plan("models: { artifacts: [model/missing.bin] }\n"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/tunegate\.yml:8:\d+.*artifact model\/missing\.bin cannot be read/);
  });
});

describe("tunegate verify: the statement against the artifact about to ship", () => {
  it("accepts the matching artifact (exit 0) and refuses one changed byte (exit 1)", async () => {
    const { root } = await attest(plan(ARTIFACT));
    const ok = await verify(root, "--artifact", "model/adapter.safetensors", "--today", "2026-12-06");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("DEPLOY");
    writeFileSync(join(root, "model/adapter.safetensors"), "weights v2");
    const changed = await verify(root, "--artifact", "model/adapter.safetensors", "--today", "2026-12-06");
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("is not a subject of the statement");
  });
  it("refuses an expired statement, by its evaluation date or by gh's witnessed time", async () => {
    const { root, statement } = await attest(plan(ARTIFACT));
    expect(
      (await verify(root, "--artifact", "model/adapter.safetensors", "--today", "2026-12-20", "--max-age-days", "7"))
        .stderr,
    ).toContain("14 days old");
    expect(
      (await verify(root, "--artifact", "model/adapter.safetensors", "--today", "2026-12-10", "--max-age-days", "7"))
        .code,
    ).toBe(0);
    writeFileSync(join(root, "gh.json"), JSON.stringify(ghVerifyJson(statement(), "2026-11-01T09:30:00Z")));
    const viaGh = await runCli(
      [
        "verify",
        "--attestation",
        "gh.json",
        "--artifact",
        "model/adapter.safetensors",
        "--today",
        "2026-12-10",
        "--max-age-days",
        "7",
      ],
      root,
    );
    expect(viaGh.code).toBe(1);
    expect(viaGh.stderr).toContain("39 days old (witnessed on 2026-11-01)");
    writeFileSync(join(root, "gh.json"), JSON.stringify(ghVerifyJson(statement(), "2026-12-06T09:30:00Z")));
    expect(
      (
        await runCli(
          [
            "verify",
            "--attestation",
            "gh.json",
            "--artifact",
            "model/adapter.safetensors",
            "--today",
            "2026-12-10",
            "--max-age-days",
            "7",
          ],
          root,
        )
      ).code,
    ).toBe(0);
  });
  it("refuses a failing verdict", async () => {
    const { root, run } = await attest(plan(ARTIFACT, 0.5));
    expect(run.code).toBe(1);
    const refused = await verify(root, "--artifact", "model/adapter.safetensors", "--today", "2026-12-06");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the verdict is fail, not pass (support-bot: safety fail)");
  });
  it("refuses another predicate type, and a policy digest other than the one applied", async () => {
    const { root, statement } = await attest(plan(ARTIFACT));
    const s = statement();
    writeFileSync(join(root, "slsa.json"), JSON.stringify({ ...s, predicateType: "https://slsa.dev/provenance/v1" }));
    const slsa = await runCli(
      ["verify", "--attestation", "slsa.json", "--artifact", "model/adapter.safetensors", "--today", "2026-12-06"],
      root,
    );
    expect(slsa.code).toBe(1);
    expect(slsa.stderr).toContain("the predicate type is https://slsa.dev/provenance/v1");
    const digest = `sha256:${s.predicate.plans[0].policy_sha256}`;
    expect(
      (
        await verify(
          root,
          "--artifact",
          "model/adapter.safetensors",
          "--today",
          "2026-12-06",
          "--policy-digest",
          digest,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await verify(
          root,
          "--artifact",
          "model/adapter.safetensors",
          "--today",
          "2026-12-06",
          "--policy-digest",
          `sha256:${"0".repeat(64)}`,
        )
      ).code,
    ).toBe(1);
  });
  it("bad input exits 2: no file, not JSON, not a statement, no artifact flag", async () => {
    const { root } = await attest(plan(ARTIFACT));
    expect(
      (await runCli(["verify", "--attestation", "nope.json", "--digest", `sha256:${"a".repeat(64)}`], root)).code,
    ).toBe(2);
    writeFileSync(join(root, "bad.json"), "{ not json");
    expect(
      (await runCli(["verify", "--attestation", "bad.json", "--digest", `sha256:${"a".repeat(64)}`], root)).code,
    ).toBe(2);
    writeFileSync(join(root, "other.json"), JSON.stringify({ hello: "world" }));
    const other = await runCli(["verify", "--attestation", "other.json", "--digest", `sha256:${"a".repeat(64)}`], root);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("holds no in-toto statement");
    expect((await verify(root)).code).toBe(2);
  });

  it("an attestation that would build far more than its size is refused at its line and column, not parsed", async () => {
    const root = tempRepo({ "dense.json": `{"x":\n[${Array.from({ length: 100_000 }, () => "{}").join(",")}]}` });
    const run = await runCli(["verify", "--attestation", "dense.json", "--digest", `sha256:${"a".repeat(64)}`], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /dense\.json:2:\d+: the JSON builds more than its size allows.*no attestation is built like that/,
    );
  });
});

describe("the Action's output attestation-file", () => {
  const push = () => JSON.parse(readFileSync("test/fixtures/events/push.json", "utf8"));
  const action = async (files: Record<string, string>) => {
    const ws = memoryWorkspace(files, {});
    onTestFinished(() => rmSync(ws.root, { recursive: true, force: true }));
    return runActionInProcess({
      apiUrl: "http://127.0.0.1:9",
      repo: "acme/app",
      workspace: ws.root,
      event: "push",
      payload: push(),
      inputs: { comment: "never" },
      env: { TUNEGATE_TODAY: "2026-12-06" },
    });
  };
  it("names the statement over the declared artifacts", async () => {
    const run = await action(plan(ARTIFACT));
    expect(run.outputs["attestation-file"]).toMatch(/tunegate-attestation\.json$/);
    const s = JSON.parse(run.attestation!);
    expect(s.subject[0]).toEqual({
      name: "model/adapter.safetensors",
      digest: { sha256: createHash("sha256").update("weights v1").digest("hex") },
    });
    expect(s.predicate.verdict).toBe("pass");
  });
  it("is empty when no plan declares an artifact, and the log says how to add one", async () => {
    const run = await action(plan(""));
    expect(run.outputs["attestation-file"]).toBe("");
    expect(run.stdout).toContain("no attestation written");
  });
});
