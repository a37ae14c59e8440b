import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONTAINER_BYTES,
  countJsonWork,
  jsonWorkExcess,
  MAX_KEY_CHARS,
  VALUE_BYTES,
  WORK_PER_CHARACTER,
  workAllowance,
  workBytes,
  type JsonWork,
} from "../../src/engine/input/json-work.ts";
import { inflatingArchive } from "../../src/shell/eval-files.ts";
import { MAX_INFLATED_ARCHIVE_BYTES, MAX_INFLATED_MEMBER_BYTES } from "../../src/shell/files.ts";
import { zipMembers } from "../../src/shell/zip.ts";
import { lmEvalResults } from "../helpers/eval-files.ts";
import { repeatedBytes } from "../helpers/repeated-bytes.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { zipArchive } from "../helpers/zip-file.ts";
import { MAX_YAML_COLLECTIONS, yamlCollectionExcess } from "../../src/engine/input/yaml-work.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, check, expectInputError } from "./harness.ts";

/**
 * Issue 19, class 2: memory bombs made of objects, not bytes. A 65 KB .eval whose header.json
 * inflates to 64 MiB of `{}` drove the process to 4.7 GB; so did a 60 MB JSON file of `{}`. What
 * parsing would build is counted before it is built (objects, arrays, values, depth) and what an
 * archive inflates is capped per member and in total, each a located error at once. How much
 * memory the bombs take is measured by `npm run bench` (hostile cases), never here.
 */

const plan = (candidate: string) => `version: 1
name: bombs
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, style_requirements: high, latency_p95_ms: 3000, monthly_queries: 10000 }
training: { examples: 600 }
evals:
  candidate: ${candidate}
  general: [arc]
`;

/** `[{},{},...]` of about `bytes` characters (three an object), as bytes. */
const emptyObjects = (bytes: number) => repeatedBytes("[", "{},", Math.floor(bytes / 3) - 1, "{}]");

/** Every object, array, key and value JSON.parse built, found by walking what it returned. */
function built(value: unknown): JsonWork {
  let containers = 0;
  let values = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node !== null && typeof node === "object") {
      containers++;
      if (Array.isArray(node)) stack.push(...node);
      else {
        values += Object.keys(node).length;
        stack.push(...Object.values(node));
      }
    } else values++;
  }
  return { containers, values };
}

const SHARED = "../shared/fixtures/eval-formats/inspect-ai/mmlu-summary-choices.eval";

/** The real 0.3.154 .eval log with its header.json replaced. */
function evalWithHeader(header: Buffer): Buffer {
  const members = zipMembers(readFileSync(SHARED));
  return zipArchive(members.map((m) => ({ name: m.name, data: m.name === "header.json" ? header : m.read(1 << 20)! })));
}

describe("class 2: an .eval archive whose members inflate to a bomb", () => {
  it.skipIf(!existsSync(SHARED))(
    "the issue's case: a header.json of 64 MiB of {} in a small archive is refused before it is inflated whole",
    async () => {
      const archive = evalWithHeader(emptyObjects(64 * 1024 * 1024));
      expect(archive.length).toBeLessThan(200_000);
      const root = tempRepo({ "tunegate.yml": plan("c.eval") });
      writeFileSync(join(root, "c.eval"), archive);
      expectInputError(
        await check(root),
        /^tunegate.yml:7:14: error \[evals.candidate\]: c.eval: header.json decompresses to more than 48 MiB, the most tunegate inflates of one member/,
      );
    },
  );

  it.skipIf(!existsSync(SHARED))(
    "a header.json of 8 MiB of {} (under the member cap) is refused at the object where its cost passes the allowance",
    async () => {
      const header = emptyObjects(8 * 1024 * 1024);
      const root = tempRepo({ "tunegate.yml": plan("c.eval") });
      writeFileSync(join(root, "c.eval"), evalWithHeader(header));
      const run = await check(root);
      expectInputError(
        run,
        /^c.eval:header.json:1:(\d+): error: the JSON builds more than its size allows: [\d,]+ objects and arrays and 0 values by here, about \d+ MiB of memory once read, more than 8 times the 8 MiB of text/,
      );
      const column = Number(/^c.eval:header.json:1:(\d+)/.exec(run.stderr)![1]);
      // Stopped at once: at the first object past the allowance, not after building the rest.
      const containersBefore = Math.floor((column - 1) / 3) + 1;
      expect(containersBefore * CONTAINER_BYTES).toBeLessThanOrEqual(workAllowance(header.length));
      expect((containersBefore + 1) * CONTAINER_BYTES).toBeGreaterThan(workAllowance(header.length));
    },
  );

  // The caps lowered (64 MiB in all, 48 MiB a member, as shipped: the first case above shows the
  // member cap end to end): a real header padded to 1.25 MiB, then 1.9 MiB of reductions (under
  // the member cap, past what is left), against 3 MiB in all and 2 MiB a member.
  it.skipIf(!existsSync(SHARED))(
    "members together past the archive's cap: the second member is refused, naming what was already inflated",
    () => {
      const members = zipMembers(readFileSync(SHARED));
      const header = members
        .find((m) => m.name === "header.json")!
        .read(1 << 20)!
        .toString();
      const padded = Buffer.concat([
        Buffer.from(`${header.trimEnd().slice(0, -1)},"padding":`),
        repeatedBytes('"', "x", 1_310_720 - header.length - 20, '"}'),
      ]);
      const reductions = repeatedBytes("[", " ", 1_992_000, "]");
      const archive = inflatingArchive(
        zipMembers(
          zipArchive(
            members.map((m) => ({
              name: m.name,
              data: m.name === "header.json" ? padded : m.name === "reductions.json" ? reductions : m.read(1 << 20)!,
            })),
          ),
        ),
        { member: 2 * 1024 * 1024, archive: 3 * 1024 * 1024 },
      );
      expect(typeof archive.text("header.json")).toBe("string");
      expect(archive.text("reductions.json")).toEqual({
        problem:
          "decompresses past the 3 MiB tunegate inflates from one archive in all (1 MiB already read); no Inspect log is that large",
      });
      expect(MAX_INFLATED_ARCHIVE_BYTES).toBe(64 * 1024 * 1024);
      expect(MAX_INFLATED_MEMBER_BYTES).toBe(48 * 1024 * 1024);
    },
  );
});

describe("class 2: plain JSON and JSONL bombs", () => {
  // The issue's file was 60 MB; npm run bench (hostile) reads one that size. The allowance is a
  // multiple of the text's size, so the refusal is the same at a fifth of it.
  it("a 12 MB eval JSON file of {} is refused at its line and column, before JSON.parse builds it", async () => {
    const root = tempRepo({ "tunegate.yml": plan("c.json") });
    writeFileSync(join(root, "c.json"), emptyObjects(12 * 1000 * 1000));
    expectInputError(
      await check(root),
      /^c.json:1:\d+: error: the JSON builds more than its size allows: [\d,]+ objects and arrays/,
    );
  });

  it("a real-looking lm-eval results file with 8 MiB of {} in its config is refused where the objects start", async () => {
    // Written compactly: pretty-printed, each {} takes a line of its own and costs what its text does.
    const results = lmEvalResults({ arc: { value: 0.6, n: 100 } });
    const at = results.indexOf('"config": {') + '"config": {'.length;
    const text = Buffer.concat([
      Buffer.from(`${results.slice(0, at)}"junk": `),
      emptyObjects(8 * 1024 * 1024),
      Buffer.from(`,${results.slice(at)}`),
    ]);
    const root = tempRepo({ "tunegate.yml": plan("c.json"), "c.json": text });
    expectInputError(await check(root), /^c.json:\d+:\d+: error: the JSON builds more than its size allows/);
  });

  it("one JSONL line of 12 MiB of {} in a samples file is refused at its line", async () => {
    const samples = "samples_arc_2026-11-24T00-00-00.000000.jsonl";
    const line = (i: number) =>
      JSON.stringify({
        doc_id: i,
        doc: { q: `q${i}` },
        target: "a",
        filter: "none",
        metrics: ["acc"],
        doc_hash: `d${i}`,
        prompt_hash: "p",
        target_hash: `t${i}`,
        acc: 1,
      });
    const root = tempRepo({ "tunegate.yml": plan(samples) });
    writeFileSync(
      join(root, samples),
      Buffer.concat([
        Buffer.from(`${line(0)}\n${line(1)}\n{"doc_id":2,"doc":`),
        emptyObjects(12 * 1024 * 1024),
        Buffer.from("}\n"),
      ]),
    );
    expectInputError(
      await check(root),
      new RegExp(`^${samples.replaceAll(".", "\\.")}:3:\\d+: error: the JSON builds more than its size allows`),
    );
  });
});

/** Texts a bomb would be made of: JSON values, and runs of cheap-to-write, costly-to-build pieces. */
const bombish = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
  fc
    .tuple(
      fc.array(fc.constantFrom("{}", "[]", "[0]", "[[]]", '{"a":{}}', "0", '""', "1.5e3", "null", "[{}]"), {
        maxLength: 400,
      }),
      fc.constantFrom("[", '{"k":['),
    )
    .map(([items, open]) => `${open}${items.join(",")}${open === "[" ? "]" : "]}"}`),
);

describe("class 2: what parsing builds is bounded by the size of the text", () => {
  it("the count made before parsing is exactly what JSON.parse builds", () => {
    fc.assert(
      fc.property(bombish, (text) => {
        expect(countJsonWork(text)).toEqual(built(JSON.parse(text)));
      }),
    );
  });

  it("no accepted text of N characters builds more than the allowance (8 N + a constant, by the model); a refused one stops within one node of it", () => {
    // A small constant, so inputs of a few hundred characters reach the limit.
    const free = 256;
    fc.assert(
      fc.property(bombish, (text) => {
        const allowance = WORK_PER_CHARACTER * text.length + free;
        const excess = jsonWorkExcess(text, 512, allowance);
        if (excess === null) expect(workBytes(built(JSON.parse(text)))).toBeLessThanOrEqual(allowance);
        else {
          expect(excess.reason).toBe("nodes");
          expect(workBytes(excess.work)).toBeGreaterThan(allowance);
          expect(workBytes(excess.work)).toBeLessThanOrEqual(allowance + CONTAINER_BYTES);
          // Located: the character where the allowance was passed opens an object, array or value.
          expect(text[excess.offset]).toMatch(/[[{"\-0-9tfnNI]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it(`a key longer than ${MAX_KEY_CHARS.toString()} characters is refused where it opens; a value that long, or a string in a list, is not`, () => {
    const key = (chars: number) => "k".repeat(chars);
    expect(jsonWorkExcess(`{"a": 1, "${key(MAX_KEY_CHARS)}": 1}`)).toBeNull();
    expect(jsonWorkExcess(`{"a": 1,\n "${key(MAX_KEY_CHARS + 1)}": 1}`)).toMatchObject({
      reason: "key",
      line: 2,
      column: 2,
      message: "the JSON has a key of 16,384 characters, more than the 16,383 tunegate reads in a key",
    });
    expect(jsonWorkExcess(`{"a": "${key(100_000)}", "b": ["${key(100_000)}"], "c": {"d": 1}}`)).toBeNull();
    expect(jsonWorkExcess(`[{"a": 1}, {"${key(MAX_KEY_CHARS + 1)}": 2}]`)?.reason).toBe("key");
    // After a nested object closes, the next string of the outer object is a key again.
    expect(jsonWorkExcess(`{"a": {"b": 1}, "${key(MAX_KEY_CHARS + 1)}": 2}`)?.reason).toBe("key");
  });

  it("an lm-eval results file naming tasks with 20,000 characters is refused at the first, before JSON.parse interns them", async () => {
    // 1,500 such tasks (60 MB) took 7 s to read, since V8 hashes such keys by their
    // length alone; refused at the first key, three show it as well.
    const tasks = Array.from({ length: 3 }, (_, i) => `"${"t".repeat(20_000)}${String(i).padStart(6, "0")}": 1`);
    const text = `{"versions": {${tasks.join(", ")}}, "results": {}}`;
    const root = tempRepo({ "tunegate.yml": plan("c.json"), "c.json": text });
    expectInputError(
      await check(root),
      /^c\.json:1:15: error: the JSON has a key of 20,006 characters, more than the 16,383 tunegate reads in a key; no eval tool writes one that long/,
    );
  });

  it("strings with quotes and backslashes inside are skipped whole, never counted as structure", () => {
    expect(countJsonWork(JSON.stringify({ a: 'x"{[\\', b: ["\\\\", '"]}'] }))).toEqual({ containers: 2, values: 5 });
    expect(VALUE_BYTES).toBeLessThan(CONTAINER_BYTES);
  });
});

describe("class 2, tried next: YAML plans, policies and price tables made of collections", () => {
  // A 1 MB plan of {} took 730 MB and 35 s in yaml's parser (about 2 KB a collection).
  const flow = `[${"{},".repeat(340_000)}{}]`;
  const block = `\n${"  -\n".repeat(200_000)}`;

  it("a 1 MB plan, policy or price table of {} or of empty list entries is refused before the parser builds it, at the entry past the limit", async () => {
    const root = brandVoiceRepo({
      "flow.yml": `${BRAND_VOICE_PLAN}x: ${flow}\n`,
      "block.yml": `${BRAND_VOICE_PLAN}x:${block}`,
      "policy.yml": `gates: ${flow}\n`,
      "ai-policy.yml": "pricing:\n  file: prices.yml\n",
      "prices.yml": `version: 1\ncurrency: USD\nprices: ${flow}\n`,
    });
    // The plan opens 3 flow maps before line 33; the 25,001st collection is the 24,997th {}.
    expectInputError(
      await check(root, "--plan", "flow.yml"),
      /^flow.yml:33:74993: error: the document opens more than 25,000 collections and list entries; tunegate's files open a few dozen/,
    );
    expectInputError(
      await check(root, "--plan", "block.yml"),
      /^block.yml:25031:3: error: the document opens more than 25,000 collections and list entries/,
    );
    expectInputError(
      await check(root, "--policy", "policy.yml"),
      /^policy.yml:1:\d+: error: the document opens more than 25,000 collections/,
    );
    expectInputError(
      await check(root, "--policy", "ai-policy.yml"),
      /^prices.yml:3:\d+: error: the document opens more than 25,000 collections/,
    );
  });

  it("every YAML file the project ships opens under 1% of the limit", () => {
    for (const file of [
      "policies/default.yml",
      "policies/pricing.yml",
      "examples/brand-voice/tunegate.yml",
      "examples/support-bot/tunegate.yml",
    ]) {
      expect(yamlCollectionExcess(readFileSync(file, "utf8"), MAX_YAML_COLLECTIONS / 100), file).toBeNull();
    }
  });
});
