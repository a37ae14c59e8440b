import { z } from "zod";
import type { Diagnostic, Parsed } from "../input/diagnostic.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlMapping, type YamlSource } from "../input/yaml-source.ts";
import { planSchema, type Plan, type Waiver } from "../plan/schema.ts";
import { WAIVER_ORIGIN, type SourcedWaiver } from "../plan/waiver-origin.ts";

/** The waivers file read beside a plan: in a folder CODEOWNERS can protect apart from the plan. */
export const WAIVERS_FILE = ".tunegate/waivers.yml";

/**
 * `.tunegate/waivers.yml`: the same waivers a plan may hold, in a file of their own. Its entries
 * take the plan's waiver schema as is, so the two can never disagree.
 */
export const waiversFileSchema = z.lazy(() =>
  z
    .strictObject({
      $schema: z.string().optional(),
      version: z.literal(1),
      waivers: (planSchema.unwrap() as unknown as z.ZodObject<{ waivers: z.ZodType<Plan["waivers"]> }>).shape.waivers,
    })
    .describe(
      "tunegate waivers: .tunegate/waivers.yml beside the plans it applies to, merged with each plan's own waivers (a gate takes one waiver across both)",
    ),
);

export interface WaiversFile {
  waivers: Waiver[];
  source: YamlSource;
}

/** The file's waivers, validated, with a located diagnostic for each problem. */
export function loadWaiversFile(file: string, text: string): Parsed<WaiversFile> {
  const parsed = parseYamlMapping(file, text, "a waivers file must be a YAML mapping with version: 1 and waivers");
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  const result = waiversFileSchema.safeParse(source.data);
  if (!result.success)
    return { ok: false, diagnostics: schemaDiagnostics(result.error.issues, source, waiversFileSchema) };
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, number>();
  result.data.waivers.forEach((waiver, index) => {
    const earlier = first.get(waiver.gate);
    if (earlier === undefined) first.set(waiver.gate, index);
    else
      diagnostics.push(
        duplicate(
          source.locate(["waivers", index, "gate"]),
          `waivers[${index}].gate`,
          waiver.gate,
          `waivers[${earlier}] of this file`,
        ),
      );
  });
  return diagnostics.length > 0
    ? { ok: false, diagnostics }
    : { ok: true, value: { waivers: result.data.waivers, source } };
}

/**
 * The plan's waivers and the file's together. A gate takes one waiver, one owner and one expiry:
 * a second one for the same gate, in either place, is an error rather than a silent choice
 * between two deadlines.
 */
export function mergeWaivers(plan: Plan, planFile: string, file: WaiversFile): Parsed<Plan> {
  const diagnostics: Diagnostic[] = [];
  file.waivers.forEach((waiver, index) => {
    const inPlan = plan.waivers.findIndex((w) => w.gate === waiver.gate);
    if (inPlan !== -1)
      diagnostics.push(
        duplicate(
          file.source.locate(["waivers", index, "gate"]),
          `waivers[${index}].gate`,
          waiver.gate,
          `waivers[${inPlan}] of ${planFile}`,
        ),
      );
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const fromFile = file.waivers.map(
    (waiver, index): SourcedWaiver => ({
      ...waiver,
      [WAIVER_ORIGIN]: {
        file: file.source.file,
        index,
        expires: file.source.locate(["waivers", index, "expires"]),
        entry: file.source.locate(["waivers", index]),
      },
    }),
  );
  return { ok: true, value: { ...plan, waivers: [...plan.waivers, ...fromFile] } };
}

function duplicate(location: Diagnostic["location"], field: string, gate: string, first: string): Diagnostic {
  return {
    kind: "invalid-value",
    message: `a second waiver for gate "${gate}" (the first is ${first}); a gate takes one waiver`,
    location,
    field,
    hint: "keep one waiver per gate, with one owner, reason and expiry, in the plan or in the waivers file",
  };
}
