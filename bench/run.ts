// npm run bench: prints every benchmark's figure beside its budget. Benchmarks measure; they
// never assert, and no unit test times anything. BENCH_QUICK=1 skips the multi-million-line
// cases (several gigabytes of temporary files) and runs fewer pairs; BENCH_PAIRS sets the pairs;
// BENCH_HOSTILE (a regular expression) keeps only the hostile cases it matches.
import { benchActionRequests } from "./action.ts";
import { benchBigCheck } from "./big-check.ts";
import { benchEvalIngestion, benchPairedInterval } from "./evals.ts";
import { benchHostileInputs } from "./hostile.ts";
import { benchActionPlans, benchActionStartup, benchAudit, benchCheckStartup } from "./startup.ts";

const quick = process.env["BENCH_QUICK"] === "1";
const pairs = Number(process.env["BENCH_PAIRS"] ?? (quick ? 7 : 25));
console.log(
  `tunegate bench on node ${process.version}: the tool and bare \`node -e 0\` run in turn, ${pairs} pairs per start-up figure`,
);
benchCheckStartup(pairs);
benchActionStartup(pairs);
benchAudit(pairs);
benchActionPlans(quick ? 3 : 7);
await benchBigCheck(quick ? 500_000 : 5_000_000, 3);
await benchActionRequests();
benchPairedInterval(1_000_000, 15);
await benchEvalIngestion(quick ? [100_000] : [100_000, 1_000_000, 5_000_000]);
benchHostileInputs(process.env["BENCH_HOSTILE"] === undefined ? undefined : new RegExp(process.env["BENCH_HOSTILE"]));
