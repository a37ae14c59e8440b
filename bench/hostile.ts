// Issue "hostile input": inputs that took minutes, gigabytes or for ever now cost what their size
// does. Each runs `tunegate check` in a fresh process (bench/hostile-child.ts) and reports its
// time, peak RSS, exit code and how much it printed. Before the fixes: a 32 MB JSONL line took
// 138 s (128 MB did not finish), a 1 MB plan of 60,000 near-miss keys 125-247 s and 20 MB of
// messages, a FIFO hung for ever, 100,000 levels of nesting crashed with a stack overflow.
// Issue 19 (class 2), bombs made of objects: a 65 KB .eval whose header.json inflates to 64 MiB
// of `{}` took 4.7 GB (V8 aborted under a 6 GiB limit), and so did a 60 MB JSON file of `{}`.
// Issue 23's sweep: text a streamed reader held whole (a CDATA section, a CSV field).
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipMembers } from "../src/shell/zip.ts";
import { zipArchive } from "../test/helpers/zip-file.ts";

const PLAN = readFileSync("examples/brand-voice/tunegate.yml", "utf8");
const SAMPLES = "evals/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl";

interface Case {
  name: string;
  files: (root: string) => void;
  args?: string[];
}

/** A samples file whose third line holds a string of `bytes` bytes, written in pieces. */
function longLine(root: string, bytes: number): void {
  const fd = openSync(join(root, SAMPLES), "w");
  const sample = (i: number) =>
    `{"doc_id":${i},"doc":{"query":"q"},"target":"0","resps":[],"filter":"none","metrics":["acc"],"doc_hash":"d${i}","target_hash":"t","acc":1}\n`;
  writeSync(fd, sample(0) + sample(1) + `{"doc_id":2,"doc":{"query":"`);
  const piece = "x".repeat(1 << 20);
  for (let left = bytes; left > 0; left -= piece.length)
    writeSync(fd, left >= piece.length ? piece : piece.slice(0, left));
  writeSync(
    fd,
    `"},"target":"0","resps":[],"filter":"none","metrics":["acc"],"doc_hash":"d2","target_hash":"t","acc":1}\n`,
  );
  closeSync(fd);
  writeFileSync(join(root, "tunegate.yml"), PLAN.replace("evals/candidate.json", SAMPLES));
  writeFileSync(join(root, "evals/baseline.json"), readFileSync("examples/brand-voice/evals/baseline.json"));
}

const deepList = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

/** `[{},{},...]` of about `bytes` characters. */
const emptyObjects = (bytes: number) => `[${"{},".repeat(Math.floor(bytes / 3) - 1)}{}]`;
/** The real .eval log beside this checkout (../shared), its header.json replaced. */
function evalWithHeader(root: string, header: string): void {
  const real = zipMembers(readFileSync("../shared/fixtures/eval-formats/inspect-ai/mmlu-summary-choices.eval"));
  writeFileSync(join(root, "tunegate.yml"), PLAN.replace("evals/candidate.json", "evals/candidate.eval"));
  writeFileSync(
    join(root, "evals/candidate.eval"),
    zipArchive(real.map((m) => ({ name: m.name, data: m.name === "header.json" ? header : m.read(1 << 20)! }))),
  );
}
function candidateText(root: string, text: string): void {
  writeFileSync(join(root, "tunegate.yml"), PLAN);
  writeFileSync(join(root, "evals/candidate.json"), text);
}
/** `count` distinct names of `chars` characters and six more, alike but for their ends. */
function longNames(count: number, chars: number): string[] {
  const start = "n".repeat(chars);
  return Array.from({ length: count }, (_, i) => `${start}${String(i).padStart(6, "0")}`);
}
/** 60 MB as dense as the allowance lets through: an object and a distinct short string per 11 characters. */
function atTheAllowance(bytes: number): string {
  const items: string[] = [];
  for (let i = 0; i < bytes / 11; i++) items.push(`{},"${(i & 0xfffff).toString(16).padStart(5, "0")}"`);
  return `[${items.join(",")}]`;
}

/** The candidate as `name`: `open`, then `megabytes` of 1 KB lines of text, then `close`, written in pieces. */
function candidateOfLines(root: string, name: string, open: string, megabytes: number, close: string): void {
  writeFileSync(join(root, "tunegate.yml"), PLAN.replace("evals/candidate.json", `evals/${name}`));
  writeFileSync(join(root, "evals/baseline.json"), readFileSync("examples/brand-voice/evals/baseline.json"));
  const fd = openSync(join(root, `evals/${name}`), "w");
  writeSync(fd, open);
  const megabyte = `${"x".repeat(1023)}\n`.repeat(1024);
  for (let i = 0; i < megabytes; i++) writeSync(fd, megabyte);
  writeSync(fd, close);
  closeSync(fd);
}

const CASES: Case[] = [
  { name: "JSONL line of 15 MB (read)", files: (r) => longLine(r, 15 * 1024 * 1024) },
  { name: "JSONL line of 32 MB (refused)", files: (r) => longLine(r, 32 * 1024 * 1024) },
  { name: "JSONL line of 128 MB (refused)", files: (r) => longLine(r, 128 * 1024 * 1024) },
  {
    name: "1 MB plan, 60,000 near-miss keys",
    files: (r) =>
      writeFileSync(
        join(r, "tunegate.yml"),
        `${PLAN}${Array.from({ length: 60_000 }, (_, i) => `apprach${i.toString(36)}: true\n`).join("")}`,
      ),
  },
  {
    name: "plan nested 100,000 levels",
    files: (r) => writeFileSync(join(r, "tunegate.yml"), `${PLAN}x: ${deepList(100_000)}\n`),
  },
  {
    name: "promptfoo eval file nested 100,000 levels",
    files: (r) => {
      writeFileSync(join(r, "tunegate.yml"), PLAN);
      writeFileSync(
        join(r, "evals/candidate.json"),
        `{"evalId": "e", "results": {"version": 3, "results": [{"provider": {"id": "p"}, "vars": ${deepList(100_000)}, "success": true}]}}`,
      );
    },
  },
  {
    // The NaN repair is one pass; the file is refused for its unknown key, located by a scan of
    // the JSON text (re-parsing it as YAML to place the error took about 4 s and 1.3 GB).
    name: "eval JSON of 32 MB with one bare NaN",
    files: (r) => {
      writeFileSync(join(r, "tunegate.yml"), PLAN);
      writeFileSync(
        join(r, "evals/candidate.json"),
        `{"model": "m", "general": {"hellaswag": 0.8}, "latency_p95_ms": NaN, "note": "${"x".repeat(32 * 1024 * 1024)}"}`,
      );
    },
  },
  {
    name: ".eval whose header.json inflates to 64 MiB of {} (refused: member cap)",
    files: (r) => evalWithHeader(r, emptyObjects(64 * 1024 * 1024)),
  },
  {
    name: ".eval whose header.json inflates to 40 MiB of {} (refused: object count)",
    files: (r) => evalWithHeader(r, emptyObjects(40 * 1024 * 1024)),
  },
  {
    name: "eval JSON of 60 MB of {} (refused: object count)",
    files: (r) => candidateText(r, emptyObjects(60_000_000)),
  },
  {
    name: "eval JSON of 60 MB at the allowance, {} and a short string per 11 characters (read)",
    files: (r) => candidateText(r, atTheAllowance(60_000_000)),
  },
  {
    name: "JSONL line of 15 MB of {} (refused: object count)",
    files: (r) => {
      writeFileSync(join(r, "tunegate.yml"), PLAN.replace("evals/candidate.json", SAMPLES));
      writeFileSync(
        join(r, SAMPLES),
        `{"doc_id":0,"doc":{"query":"q"},"target":"0","resps":[],"filter":"none","metrics":["acc"],"doc_hash":"d0","target_hash":"t","acc":1}\n{"doc_id":1,"doc":${emptyObjects(15 * 1024 * 1024)}}\n`,
      );
    },
  },
  {
    name: "1 MB plan of {} (refused: collections)",
    files: (r) => writeFileSync(join(r, "tunegate.yml"), `${PLAN}x: [${"{},".repeat(340_000)}{}]\n`),
  },
  {
    // Before: 490 MB (saxes held the section whole).
    name: "JUnit XML with a 300 MB CDATA section of test output (refused: held text)",
    files: (r) =>
      candidateOfLines(
        r,
        "junit.xml",
        '<testsuites><testsuite name="s"><testcase name="a"><system-out><![CDATA[',
        300,
        "]]></system-out></testcase></testsuite></testsuites>\n",
      ),
  },
  {
    // Before: 69 s and 4.3 GB, then V8 aborted with a native stack trace.
    name: "Ragas CSV with a 300 MB quoted field never closed (refused: record size)",
    files: (r) => candidateOfLines(r, "ragas_results.csv", 'user_input,response,faithfulness\nq1,"', 300, '",0.9\n'),
  },
  {
    // The suite reads 30,000 such lines (test/hostile/new-formats.test.ts); here, ten times that.
    name: "garak report of 300,000 attempt lines and one eval (read)",
    files: (r) => {
      writeFileSync(
        join(r, "tunegate.yml"),
        "version: 1\nname: scan\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }\nevals:\n  candidate: evals/scan.report.jsonl\n  task: [p.P]\n  task_floor: 0.5\n",
      );
      const attempt =
        '{"entry_type": "attempt", "status": 2, "probe_classname": "p.P", "detector_results": {"d.D": [0.0]}, "outputs": [{"text": "no"}]}\n';
      writeFileSync(
        join(r, "evals/scan.report.jsonl"),
        `{"entry_type": "start_run setup", "_config.version": "0.13.3", "plugins.target_type": "openai", "plugins.target_name": "m"}\n${attempt.repeat(300_000)}{"entry_type": "eval", "probe": "p.P", "detector": "d.D", "passed": 9, "fails": 1, "nones": 0, "total_evaluated": 10}\n{"entry_type": "completion"}\n`,
      );
    },
  },
  // Names of one length past V8's 16,383 characters hash alike, so a reader that keys a map by them
  // goes quadratic; each is refused at the first such name now.
  {
    name: "lm-eval results: a group of 3,000 subtasks named with 20,000 characters (refused: name)",
    files: (r) =>
      candidateText(
        r,
        JSON.stringify({
          results: { g: { "acc,none": 0.5 } },
          versions: { g: 1 },
          group_subtasks: { g: longNames(3_000, 20_000) },
          config: { model: "hf", model_args: "pretrained=x" },
        }),
      ),
  },
  {
    name: "promptfoo document: 3,000 providers with 20,000-character ids (refused: name)",
    files: (r) =>
      candidateText(
        r,
        JSON.stringify({
          evalId: "e",
          results: {
            version: 3,
            results: longNames(3_000, 20_000).map((id) => ({
              provider: { id },
              prompt: { raw: "x" },
              success: true,
              score: 1,
            })),
          },
        }),
      ),
  },
  {
    name: "JSON of 1,500 keys of 20,000 characters (refused: key length)",
    files: (r) =>
      candidateText(
        r,
        `{"results": {}, "versions": {${longNames(1_500, 20_000)
          .map((k) => `"${k}": 1`)
          .join(", ")}}}`,
      ),
  },
  {
    name: "plan that is a FIFO",
    files: (r) => execFileSync("mkfifo", [join(r, "tunegate.yml")]),
  },
];

export function benchHostileInputs(only?: RegExp): void {
  for (const c of CASES.filter((k) => only === undefined || only.test(k.name))) {
    const root = mkdtempSync(join(tmpdir(), "tunegate-hostile-"));
    try {
      mkdirSync(join(root, "evals"));
      c.files(root);
      const out = execFileSync(process.execPath, ["bench/hostile-child.ts", root, "check", ...(c.args ?? [])], {
        encoding: "utf8",
        timeout: 600_000,
      });
      const r = JSON.parse(out) as { seconds: number; peakRssMb: number; exit: number; stderrBytes: number };
      console.log(
        `hostile ${c.name}: ${r.seconds.toFixed(2)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB, exit ${r.exit}, ${r.stderrBytes.toLocaleString("en-US")} bytes of messages`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}
