import { parseArgs, type ParseArgsConfig } from "node:util";
import { isCalendarDate } from "../../engine/input/dates.ts";
import { closestName } from "../../engine/input/did-you-mean.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

/** parseArgs with errors a person can act on: unknown flags get a did-you-mean. */
export function parseFlags<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  positionals = 0,
) {
  try {
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals)
      throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = (error as Error).message;
    const unknown = /Unknown option '(--?[^']+)'/.exec(message);
    if (unknown !== null) {
      const near = closestName(unknown[1]!.replace(/^-+/, ""), Object.keys(options));
      throw new UsageError(`unknown option ${unknown[1]}${near === undefined ? "" : `; did you mean --${near}?`}`);
    }
    throw new UsageError(message.split("\n")[0]!);
  }
}

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}

export function requiredOneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`--${flag} is required (${allowed.join(" | ")})`);
  return oneOf(flag, value, allowed, allowed[0]!);
}

/** Non-negative numbers with optional thousands separators: `100000`, `100,000`, `1e6`. */
export function numberFlag(flag: string, value: string | undefined, max = 1e12): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replaceAll(",", "").replaceAll("_", "").trim());
  if (!Number.isFinite(n) || n < 0 || n > max || value.trim() === "")
    throw new UsageError(`--${flag} must be a number between 0 and ${max}, got "${value}"`);
  return n;
}

export function booleanFlag(flag: string, value: string | undefined): boolean {
  if (value === undefined) throw new UsageError(`--${flag} is required (true | false)`);
  const v = value.toLowerCase();
  if (["true", "yes", "y", "1"].includes(v)) return true;
  if (["false", "no", "n", "0"].includes(v)) return false;
  throw new UsageError(`--${flag} must be true or false, got "${value}"`);
}

/** `"200 examples"`, `200`, `1.5k`: the number of curated examples. */
export function examplesFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([\d.,_]+)\s*(k)?\s*(examples?)?\s*$/i.exec(value);
  if (match === null) throw new UsageError(`--training-data must look like "200 examples", got "${value}"`);
  const n = Number(match[1]!.replaceAll(",", "").replaceAll("_", "")) * (match[2] === undefined ? 1 : 1000);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--training-data must be a whole number of examples, got "${value}"`);
  return n;
}

/** `2s`, `2000ms`, `1.5 s`, `100`: a latency in milliseconds (bare numbers are milliseconds). */
export function durationFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([\d.]+)\s*(ms|s|sec|seconds?|milliseconds?)?\s*$/i.exec(value);
  if (match === null || !Number.isFinite(Number(match[1])))
    throw new UsageError(`--latency-requirement must look like 2s or 150ms, got "${value}"`);
  const unit = (match[2] ?? "ms").toLowerCase();
  const ms = Number(match[1]) * (unit.startsWith("ms") || unit.startsWith("milli") ? 1 : 1000);
  if (ms <= 0 || ms > 3_600_000)
    throw new UsageError(`--latency-requirement must be between 1 ms and 1 hour, got "${value}"`);
  return ms;
}

/** `openai/gpt-5` into its provider and model. */
export function modelFlag(flag: string, value: string | undefined): { provider: string; model: string } | undefined {
  if (value === undefined) return undefined;
  const slash = value.indexOf("/");
  if (slash <= 0 || slash === value.length - 1)
    throw new UsageError(`--${flag} must be provider/model, e.g. openai/gpt-5, got "${value}"`);
  return { provider: value.slice(0, slash), model: value.slice(slash + 1) };
}

export function dateFlag(flag: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!isCalendarDate(value)) throw new UsageError(`--${flag} must be a calendar date YYYY-MM-DD, got "${value}"`);
  return value;
}
