import type { ModelIdentity, Provenance } from "./model.ts";

/** lm-eval's model_args ("pretrained=org/model,peft=org/adapter,revision=main,dtype=bfloat16") and model_name. */
export function lmEvalIdentity(modelArgs: string | null, modelName: string | null): ModelIdentity | null {
  const args = new Map<string, string>();
  for (const part of (modelArgs ?? "").split(",")) {
    const at = part.indexOf("=");
    if (at > 0) args.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const names = unique([args.get("pretrained"), args.get("model"), modelName ?? undefined]);
  if (names.length === 0) return null;
  return {
    names,
    adapter: args.get("peft") ?? args.get("lora_local_path") ?? null,
    revision: args.get("revision") ?? null,
  };
}

/** The identity a benchmark's run recorded; the plain model name when its reader knows no more. */
export function identityOf(provenance: Provenance): ModelIdentity | null {
  if (provenance.identity !== undefined) return provenance.identity;
  return provenance.model === null ? null : { names: [provenance.model], adapter: null, revision: null };
}

export function unique(names: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(names.filter((n): n is string => n !== undefined && n !== null && n !== ""))];
}
