// npm run bench: prints every benchmark's figures. Benchmarks measure; they never assert.
import { benchActionRequests, benchActionStartup } from "./action.ts";
import { benchCheckStartup } from "./check-startup.ts";

const runs = Number(process.env["BENCH_RUNS"] ?? 25);
benchCheckStartup(runs);
benchActionStartup(runs);
await benchActionRequests();
