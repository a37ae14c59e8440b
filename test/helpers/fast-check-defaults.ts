import fc from "fast-check";

// Run before every test file (vitest setupFiles). With isolate: false the files of one worker
// share fast-check's global settings, so without this a file would inherit the seed and run
// count of whichever file ran before it in that worker: the same test would explore different
// inputs from run to run. Every file starts from one fixed seed (FC_SEED explores others) and
// fast-check's default run count; a file's own configureGlobal still applies after this.
fc.configureGlobal({ seed: Number(process.env["FC_SEED"] ?? 20261206) });
