import type { z } from "zod";
import type { Diagnostic, Parsed, SourceLocation } from "../input/diagnostic.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlSource, type YamlSource } from "../input/yaml-source.ts";
import { policySchema, type Policy } from "./schema.ts";

export interface PolicyLayerText {
  file: string;
  text: string;
}

/**
 * A layer parsed and validated when tunegate was built (the shipped policy): its data is used
 * as is, and its text is parsed for positions only if a location in it is ever asked for.
 */
export interface PreparsedPolicyLayer extends PolicyLayerText {
  data: Record<string, unknown>;
  /** `data` as the policy schema outputs it, when that too was done at build time. */
  validated?: Policy;
}

export type PolicyLayer = PolicyLayerText | PreparsedPolicyLayer;

function preparsedSource(layer: PreparsedPolicyLayer): YamlSource {
  let parsed: YamlSource | undefined;
  const positions = () => {
    if (parsed === undefined) {
      const result = parseYamlSource(layer.file, layer.text);
      if (!result.ok) throw new Error(`${layer.file} was validated when tunegate was built and cannot fail to parse`);
      parsed = result.value;
    }
    return parsed;
  };
  return { file: layer.file, data: layer.data, locate: (path) => positions().locate(path), locateKey: (path, key) => positions().locateKey(path, key) };
}

/** The effective policy and, for every leaf, the file its value came from. */
export interface EffectivePolicy {
  policy: Policy;
  files: string[];
  provenance: ReadonlyMap<string, string>;
  /** Where the value at `path` was written: in the last layer that sets it. */
  locate(path: readonly PropertyKey[]): SourceLocation;
}

/** Where a policy value came from, for reports: "policies/default.yml" or the repository's file. */
export function sourceOf(effective: EffectivePolicy, path: string): string {
  return effective.provenance.get(path) ?? effective.files[0] ?? "policy";
}

/**
 * Layers policies (shipped default first, then the repository's) and validates the merged
 * result once, so a repository file may override any single threshold.
 */
export function loadPolicy(layers: readonly PolicyLayer[]): Parsed<EffectivePolicy> {
  const sources: YamlSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const layer of layers) {
    const parsed: Parsed<YamlSource> = "data" in layer ? { ok: true, value: preparsedSource(layer) } : parseYamlSource(layer.file, layer.text);
    if (!parsed.ok) diagnostics.push(...parsed.diagnostics);
    else if (!isPlainObject(parsed.value.data)) {
      diagnostics.push({
        kind: "invalid-value",
        message: "a policy must be a YAML mapping",
        location: parsed.value.locate([]),
        field: "",
      });
    } else sources.push(parsed.value);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let merged: Record<string, unknown> = {};
  const provenance = new Map<string, string>();
  for (const source of sources) {
    merged = mergeLayer(merged, source.data as Record<string, unknown>, [], source.file, provenance);
  }
  const validated = validatedAtBuild(layers);
  const result = validated !== undefined ? { success: true as const, data: validated } : policySchema.safeParse(merged);
  if (result.error !== undefined) {
    // Each problem is reported in the layer that wrote the offending value.
    const byOwner = new Map<YamlSource, z.core.$ZodIssue[]>();
    for (const issue of result.error.issues) {
      const owner = [...sources].reverse().find((s) => hasPath(s.data, issue.path as PropertyKey[])) ?? sources.at(-1)!;
      const issues = byOwner.get(owner) ?? [];
      issues.push(issue);
      byOwner.set(owner, issues);
    }
    return { ok: false, diagnostics: [...byOwner.entries()].flatMap(([owner, issues]) => schemaDiagnostics(issues, owner, policySchema)) };
  }
  const locate = (path: readonly PropertyKey[]): SourceLocation => {
    // Lists are replaced whole by a layer, so the layer that wrote a list wrote its items.
    const listAt = path.findIndex((segment) => typeof segment === "number");
    const owned = listAt === -1 ? path : path.slice(0, listAt);
    return ([...sources].reverse().find((s) => hasPath(s.data, owned)) ?? sources.at(-1)!).locate(path);
  };
  return { ok: true, value: { policy: result.data, files: sources.map((s) => s.file), provenance, locate } };
}

/** One layer validated at build time (the shipped policy, with nothing over it) is not validated again. */
function validatedAtBuild(layers: readonly PolicyLayer[]): Policy | undefined {
  const only = layers.length === 1 ? layers[0]! : undefined;
  return only !== undefined && "validated" in only && only.validated !== undefined ? (structuredClone(only.validated) as Policy) : undefined;
}

function mergeLayer(
  base: Record<string, unknown>,
  layer: Record<string, unknown>,
  prefix: string[],
  file: string,
  provenance: Map<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    const path = [...prefix, key];
    const existing = out[key];
    if (isPlainObject(value) && isPlainObject(existing)) {
      out[key] = mergeLayer(existing, value, path, file, provenance);
    } else {
      out[key] = value;
      recordLeaves(value, path, file, provenance);
    }
  }
  return out;
}

function recordLeaves(value: unknown, path: string[], file: string, provenance: Map<string, string>): void {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) recordLeaves(child, [...path, key], file, provenance);
  } else provenance.set(path.join("."), file);
}

function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let node = data;
  for (const segment of path.slice(0, -1)) {
    if (!isPlainObject(node)) return false;
    node = node[String(segment)];
  }
  const last = path.at(-1);
  return last === undefined || (isPlainObject(node) && String(last) in node);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
