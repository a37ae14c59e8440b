import { z } from "zod";
import { FAIL_ON_VALUES } from "../../engine/input/severities.ts";

/** The Action's inputs; defaults live here, not in action.yml, so the README and code agree. */
export const actionInputsSchema = z.strictObject({
  plan: z.string().trim().min(1).default("tunegate.yml"),
  policy: z.string().trim().min(1).optional(),
  pricing: z.string().trim().min(1).optional(),
  mode: z.enum(["auto", "check", "audit"]).default("auto"),
  "rules-from": z.enum(["base", "head"]).default("base"),
  "fail-on": z.enum(FAIL_ON_VALUES).default("error"),
  comment: z.enum(["auto", "always", "on-failure", "never"]).default("auto"),
  "comment-key": z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9._/:@-]*$/, "use letters, digits and . _ / : @ - only")
    .default(""),
  "github-token": z.string().default(""),
  "external-repo-token": z.string().default(""),
  "current-prices": z.string().trim().min(1).optional(),
});
export type ActionInputs = z.infer<typeof actionInputsSchema>;

export class InputError extends Error {
  override name = "InputError";
}

/** Reads every input through `get` ('' means not given) and validates them together. */
export function readActionInputs(get: (name: string) => string): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(actionInputsSchema.shape)) {
    const value = get(name);
    if (value !== "") raw[name] = value;
  }
  const parsed = actionInputsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "");
      const allowed = issue.code === "invalid_value" ? `: use one of ${issue.values.join(", ")}` : `: ${issue.message}`;
      return `input "${name}" is "${raw[name] ?? ""}"${allowed}`;
    });
    throw new InputError(problems.join("; "));
  }
  return parsed.data;
}
