import { posix } from "node:path";
import type { Parsed } from "../engine/input/diagnostic.ts";
import type { Plan } from "../engine/plan/schema.ts";
import { loadWaiversFile, mergeWaivers, WAIVERS_FILE } from "../engine/rules/waivers-file.ts";
import { MAX_CONFIG_BYTES, readFailure } from "./files.ts";
import type { Reader } from "./repo-settings.ts";

/** `.tunegate/waivers.yml` in the plan's own folder: the plans there share it. */
export function waiversPathFor(planPath: string): string {
  return posix.join(posix.dirname(planPath), WAIVERS_FILE);
}

/**
 * The plan with the waivers file beside it merged in, and the file's path when there was one.
 * No file is no waivers; a file that does not load stops the check (exit 2), never a silent pass.
 */
export async function withWaiversBeside(
  read: Reader,
  planPath: string,
  plan: Plan,
): Promise<Parsed<{ plan: Plan; file: string | undefined }>> {
  const file = waiversPathFor(planPath);
  const text = await read(file, MAX_CONFIG_BYTES);
  if (!text.ok)
    return text.kind === "file-missing"
      ? { ok: true, value: { plan, file: undefined } }
      : { ok: false, diagnostics: [readFailure(text, { file, line: 1, column: 1 }, "")] };
  const loaded = loadWaiversFile(file, text.text);
  if (!loaded.ok) return loaded;
  const merged = mergeWaivers(plan, planPath, loaded.value);
  return merged.ok ? { ok: true, value: { plan: merged.value, file } } : merged;
}
