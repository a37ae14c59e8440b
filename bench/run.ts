// npm run bench: prints every benchmark's figures. Benchmarks measure; they never assert.
// BENCH_QUICK=1 skips the 5M-line ingestion (about a gigabyte of temporary file).
import { benchActionRequests, benchActionStartup } from "./action.ts";
import { benchAudit } from "./audit.ts";
import { benchCheckStartup } from "./check-startup.ts";
import { benchEvalIngestion, benchPairedInterval } from "./evals.ts";
import { benchHostileInputs } from "./hostile.ts";

const runs = Number(process.env["BENCH_RUNS"] ?? 25);
benchCheckStartup(runs);
benchActionStartup(runs);
await benchActionRequests();
benchAudit(runs);
benchPairedInterval(1_000_000, 15);
await benchEvalIngestion(process.env["BENCH_QUICK"] === "1" ? [100_000, 1_000_000] : [100_000, 1_000_000, 5_000_000]);
benchHostileInputs();
