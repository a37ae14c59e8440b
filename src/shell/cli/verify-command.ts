import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { verifyAttestation } from "../../engine/attestation/verify.ts";
import { jsonWorkExcess } from "../../engine/input/json-work.ts";
import { oneLine } from "../../engine/output/parts/escape.ts";
import { readLocalFile } from "../files.ts";
import { dateFlag, numberFlag, parseFlags, UsageError } from "./flags.ts";
import { EXIT_USAGE, type CliIo } from "./io.ts";

/** Statements are small; gh's JSON for a few attestations is tens of kilobytes. */
const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024;
const DIGEST = /^sha256:([0-9a-f]{64})$/;

/**
 * `tunegate verify`, at deploy time: the statement against the artifact about to ship. Exit 0
 * deploy, 1 refuse (with the reason), 2 bad input. Offline: it reads two files and the clock.
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    attestation: { type: "string" },
    artifact: { type: "string" },
    digest: { type: "string" },
    "max-age-days": { type: "string" },
    "policy-digest": { type: "string" },
    today: { type: "string" },
  });
  if (values.attestation === undefined)
    throw new UsageError(
      "--attestation FILE is required: the statement from tunegate check --attestation, or gh attestation verify --format json's output",
    );
  if ((values.artifact === undefined) === (values.digest === undefined))
    throw new UsageError("give the artifact to deploy: --artifact PATH or --digest sha256:<64 hex>, one of them");
  const digest = values.digest === undefined ? undefined : DIGEST.exec(values.digest)?.[1];
  if (values.digest !== undefined && digest === undefined)
    throw new UsageError(`--digest must be sha256: and 64 lowercase hex digits, got "${values.digest}"`);
  const policyDigest = values["policy-digest"] === undefined ? undefined : DIGEST.exec(values["policy-digest"])?.[1];
  if (values["policy-digest"] !== undefined && policyDigest === undefined)
    throw new UsageError(
      `--policy-digest must be sha256: and 64 lowercase hex digits, got "${values["policy-digest"]}"`,
    );
  const maxAge = numberFlag("max-age-days", values["max-age-days"], 36500);
  if (maxAge !== undefined && !Number.isInteger(maxAge))
    throw new UsageError(`--max-age-days must be a whole number of days, got "${values["max-age-days"]}"`);
  const today = dateFlag("today", values.today, io.today);

  const file = values.attestation;
  const text = await readLocalFile(resolve(io.cwd, file), file, MAX_ATTESTATION_BYTES);
  if (!text.ok) return badInput(io, `${file}:1:1: ${text.message}`);
  // What parsing would build is bounded as for any JSON tunegate reads: 15 MiB of {} took 630 MB.
  const excess = jsonWorkExcess(text.text);
  if (excess !== null)
    return badInput(
      io,
      `${file}:${excess.line}:${excess.column}: ${excess.message}; no attestation is built like that`,
    );
  let document: unknown;
  try {
    document = JSON.parse(text.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return badInput(io, `${file}:1:1: not JSON (${oneLine((error as Error).message)})`);
  }
  let sha256 = digest;
  if (sha256 === undefined) {
    const hashed = await fileSha256(resolve(io.cwd, values.artifact!));
    if (!hashed.ok) return badInput(io, `${values.artifact}: cannot read the artifact (${hashed.message})`);
    sha256 = hashed.sha256;
  }
  const outcome = verifyAttestation({
    document,
    file,
    artifactSha256: sha256,
    today,
    maxAgeDays: maxAge,
    policyDigest,
  });
  if (outcome.decision === "deploy") {
    io.out(`tunegate verify: DEPLOY: ${outcome.message}\n`);
    return 0;
  }
  if (outcome.decision === "bad-input") return badInput(io, outcome.reason);
  io.err(`tunegate verify: REFUSE: ${outcome.reason}\n`);
  return 1;
}

function badInput(io: CliIo, message: string): number {
  io.err(`tunegate verify: ${message}\ntunegate verify: nothing was verified, so nothing may deploy.\n`);
  return EXIT_USAGE;
}

async function fileSha256(path: string): Promise<{ ok: true; sha256: string } | { ok: false; message: string }> {
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return { ok: true, sha256: hash.digest("hex") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? "file not found" : (code ?? (error as Error).message) };
  }
}
