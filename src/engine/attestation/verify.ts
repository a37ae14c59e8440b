import { daysBetween } from "../input/dates.ts";
import {
  PREDICATE_TYPE,
  statementSchema,
  verdictPredicateSchema,
  type Statement,
  type VerdictPredicate,
} from "./statement.ts";

/** deploy: exit 0; refuse: exit 1 with the reason; bad-input: exit 2 (nothing could be checked). */
export type VerifyOutcome =
  | { decision: "deploy"; message: string }
  | { decision: "refuse"; reason: string }
  | { decision: "bad-input"; reason: string };

export interface VerifyRequest {
  /** The attestation file's parsed JSON: a statement, `gh attestation verify --format json`'s array, or a Sigstore bundle. */
  document: unknown;
  file: string;
  /** The artifact's sha256, hex. */
  artifactSha256: string;
  today: string;
  maxAgeDays?: number | undefined;
  /** sha256 hex every plan's policy as applied must have. */
  policyDigest?: string | undefined;
}

interface Found {
  statement: Statement;
  /** When a transparency log or timestamp authority witnessed it (gh's verifiedTimestamps): what the workflow cannot set. */
  witnessed: string | null;
}

/**
 * Checks, at deploy time, that a tunegate statement covers this artifact and allows it: the
 * subject's digest, the predicate type, verdict pass, its age and (optionally) the policy digest.
 * Signatures are `gh attestation verify`'s job; this reads what it verified.
 */
export function verifyAttestation(request: VerifyRequest): VerifyOutcome {
  const found = statementsIn(request.document);
  if (found.length === 0) {
    return {
      decision: "bad-input",
      reason: `${request.file} holds no in-toto statement: expected a Statement v1 (tunegate check --attestation), the JSON that gh attestation verify --format json prints, or a Sigstore bundle`,
    };
  }
  const ours = found.filter((f) => f.statement.predicateType === PREDICATE_TYPE);
  if (ours.length === 0) {
    const types = [...new Set(found.map((f) => f.statement.predicateType))].join(", ");
    return { decision: "refuse", reason: `no tunegate verdict: the predicate type is ${types}, not ${PREDICATE_TYPE}` };
  }
  const matching = ours.filter((f) => f.statement.subject.some((s) => s.digest["sha256"] === request.artifactSha256));
  if (matching.length === 0) {
    const subjects = ours.flatMap((f) =>
      f.statement.subject.map((s) => `${s.name ?? "_"} (sha256:${(s.digest["sha256"] ?? "none").slice(0, 12)}…)`),
    );
    return {
      decision: "refuse",
      reason: `the artifact (sha256:${request.artifactSha256}) is not a subject of the statement; it covers ${subjects.join(", ")}: the file changed since it was judged, or this is another artifact`,
    };
  }
  const judged: Array<{ found: Found; predicate: VerdictPredicate; date: string }> = [];
  for (const f of matching) {
    const parsed = verdictPredicateSchema.safeParse(f.statement.predicate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return {
        decision: "bad-input",
        reason: `${request.file}: the predicate does not have tunegate's verdict shape at predicate.${issue.path.join(".")}: ${issue.message}`,
      };
    }
    judged.push({ found: f, predicate: parsed.data, date: f.witnessed ?? parsed.data.evaluated_on });
  }
  // Several statements for one artifact (re-runs): the latest decides.
  const latest = judged.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]!;
  const p = latest.predicate;
  if (p.verdict !== "pass") {
    const blocking = p.plans.flatMap((plan) =>
      plan.gates
        .filter((g) => g.level === "error" || (p.verdict === "warn" && g.level === "warning"))
        .map((g) => `${plan.name}: ${g.id} ${g.outcome}`),
    );
    return {
      decision: "refuse",
      reason: `the verdict is ${p.verdict}, not pass${blocking.length === 0 ? "" : ` (${blocking.join("; ")})`}`,
    };
  }
  const age = daysBetween(latest.date, request.today);
  if (age < 0)
    return { decision: "refuse", reason: `the statement is dated ${latest.date}, after today (${request.today})` };
  if (request.maxAgeDays !== undefined && age > request.maxAgeDays) {
    return {
      decision: "refuse",
      reason: `the verdict is ${age} days old (${latest.found.witnessed === null ? "evaluated on" : "witnessed on"} ${latest.date}), more than --max-age-days ${request.maxAgeDays}: re-run the check`,
    };
  }
  if (request.policyDigest !== undefined) {
    const other = p.plans.filter((plan) => plan.policy_sha256 !== request.policyDigest);
    if (other.length > 0 || p.plans.length === 0) {
      return {
        decision: "refuse",
        reason: `the policy as applied is not sha256:${request.policyDigest} (${other.map((plan) => `${plan.name}: ${plan.policy_sha256 === null ? "none recorded" : `sha256:${plan.policy_sha256}`}`).join("; ") || "no plan recorded"})`,
      };
    }
  }
  const plans = p.plans
    .map(
      (plan) =>
        `${plan.name} (rules from ${plan.rules.from === "base" && plan.rules.base_sha !== null ? `base ${plan.rules.base_sha.slice(0, 7)}` : "head"})`,
    )
    .join(", ");
  return {
    decision: "deploy",
    message: `verdict pass for sha256:${request.artifactSha256}, ${latest.date} (${age} day${age === 1 ? "" : "s"} ago), tunegate ${p.tool.version}: ${plans}`,
  };
}

/** Every in-toto statement a document holds, in whichever wrapping it came. */
function statementsIn(document: unknown): Found[] {
  const entries = Array.isArray(document) ? document : [document];
  const found: Found[] = [];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const result = entry["verificationResult"];
    if (isObject(result)) {
      // gh attestation verify --format json: [{ attestation: { bundle }, verificationResult: { statement, verifiedTimestamps, ... } }]
      const statement = statementSchema.safeParse(result["statement"]);
      if (statement.success)
        found.push({ statement: statement.data, witnessed: witnessedDate(result["verifiedTimestamps"]) });
      continue;
    }
    const envelope = isObject(entry["dsseEnvelope"])
      ? entry["dsseEnvelope"]
      : entry["payloadType"] !== undefined
        ? entry
        : undefined;
    const payload = envelope === undefined ? undefined : envelope["payload"];
    const parsed = statementSchema.safeParse(typeof payload === "string" ? decodePayload(payload) : entry);
    if (parsed.success) found.push({ statement: parsed.data, witnessed: null });
  }
  return found;
}

/** The latest witnessed time's day (YYYY-MM-DD), or null when none is given. */
function witnessedDate(timestamps: unknown): string | null {
  if (!Array.isArray(timestamps)) return null;
  const days = timestamps.flatMap((t) =>
    isObject(t) && typeof t["timestamp"] === "string" && !Number.isNaN(Date.parse(t["timestamp"]))
      ? [new Date(t["timestamp"]).toISOString().slice(0, 10)]
      : [],
  );
  return days.length === 0 ? null : days.sort().at(-1)!;
}

/** A DSSE envelope's base64 payload, as JSON (undefined when it is not). */
function decodePayload(payload: string): unknown {
  try {
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
