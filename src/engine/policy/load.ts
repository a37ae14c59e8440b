import type { z } from "zod";
import type { Diagnostic, Parsed, SourceLocation } from "../input/diagnostic.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlSource, type YamlSource } from "../input/yaml-source.ts";
import { policySchema, type Policy } from "./schema.ts";

export interface PolicyLayerText {
  file: string;
  text: string;
  /**
   * Set on an organisation's policy: every rule it writes is also a floor, reported by this
   * name, that the layers above it (the repository's) can only tighten.
   */
  floor?: string;
}

/** How a report names the floors the shipped policy marks (its `floors` list). */
export const DEFAULT_FLOOR = "tunegate default floor";

/** Rules a repository can only tighten: leaf path -> the floor's value, and who set it. */
export interface PolicyFloor {
  source: string;
  values: ReadonlyMap<string, unknown>;
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
  return {
    file: layer.file,
    data: layer.data,
    locate: (path) => positions().locate(path),
    locateKey: (path, key) => positions().locateKey(path, key),
  };
}

/** The effective policy and, for every leaf, the file its value came from. */
export interface EffectivePolicy {
  policy: Policy;
  files: string[];
  provenance: ReadonlyMap<string, string>;
  /** The shipped policy's floors, then an organisation policy's (see rules/floors.ts). */
  floors: PolicyFloor[];
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
    const parsed: Parsed<YamlSource> =
      "data" in layer ? { ok: true, value: preparsedSource(layer) } : parseYamlSource(layer.file, layer.text);
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

  const floors = policyFloors(layers, sources);
  if (!floors.ok) return floors;

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
    return {
      ok: false,
      diagnostics: [...byOwner.entries()].flatMap(([owner, issues]) => schemaDiagnostics(issues, owner, policySchema)),
    };
  }
  const locate = (path: readonly PropertyKey[]): SourceLocation => {
    // Lists are replaced whole by a layer, so the layer that wrote a list wrote its items.
    const listAt = path.findIndex((segment) => typeof segment === "number");
    const owned = listAt === -1 ? path : path.slice(0, listAt);
    return ([...sources].reverse().find((s) => hasPath(s.data, owned)) ?? sources.at(-1)!).locate(path);
  };
  return {
    ok: true,
    value: { policy: result.data, files: sources.map((s) => s.file), provenance, floors: floors.value, locate },
  };
}

/**
 * The first layer's (the shipped policy's) `floors`, with the values it gives them, then every
 * rule of a layer marked as a floor (an organisation's policy). Only the first layer may mark
 * floors: a repository that could would choose its own minimum. A floor layer must be a valid
 * policy on its own, since the layers above may hide its values from the merged check.
 */
function policyFloors(layers: readonly PolicyLayer[], sources: readonly YamlSource[]): Parsed<PolicyFloor[]> {
  const diagnostics: Diagnostic[] = [];
  const floors: PolicyFloor[] = [];
  for (const [index, source] of sources.entries()) {
    const data = source.data as Record<string, unknown>;
    if (index > 0 && "floors" in data) {
      diagnostics.push({
        kind: "invalid-value",
        message:
          "floors is marked only in the policy shipped with tunegate: a repository cannot choose its own minimum",
        location: source.locateKey([], "floors"),
        field: "floors",
        hint: "remove floors; to set a minimum for several repositories, give an organisation policy as OWNER/REPO/PATH@REF, whose every rule is a floor",
      });
    }
    if (index === 0 && Array.isArray(data["floors"])) {
      const values = new Map<string, unknown>();
      for (const [i, path] of (data["floors"] as unknown[]).entries()) {
        const before = values.size;
        if (typeof path === "string") collectLeaves(valueAt(data, path.split(".")), path.split("."), values);
        if (values.size === before)
          diagnostics.push({
            kind: "invalid-value",
            message: `floors[${i}] names no rule this policy sets`,
            location: source.locate(["floors", i]),
            field: `floors[${i}]`,
          });
      }
      floors.push({ source: DEFAULT_FLOOR, values });
    }
    const mark = layers[index]?.floor;
    if (mark !== undefined && index > 0) {
      if (index < layers.length - 1) {
        const alone = loadPolicy(layers.slice(0, index + 1).map(({ floor: _floor, ...layer }) => layer));
        if (!alone.ok) diagnostics.push(...alone.diagnostics);
      }
      const values = new Map<string, unknown>();
      // Only rules that decide an outcome are floors: analyze's assumptions (estimate) and the
      // self-hosting crossover's inputs (sensitivity) judge nothing, so a repository keeps its own.
      const {
        $schema: _schema,
        version: _version,
        floors: _floors,
        estimate: _estimate,
        sensitivity: _sensitivity,
        ...rules
      } = data;
      collectLeaves(rules, [], values);
      floors.push({ source: mark, values });
    }
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: floors };
}

/** The value at a dotted rule's path in a policy document; undefined where the path stops. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const segment of path) node = isPlainObject(node) ? node[segment] : undefined;
  return node;
}

function collectLeaves(value: unknown, path: string[], into: Map<string, unknown>): void {
  if (value === undefined) return;
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) collectLeaves(child, [...path, key], into);
  } else if (path.length > 0) into.set(path.join("."), value);
}

/** One layer validated at build time (the shipped policy, with nothing over it) is not validated again. */
function validatedAtBuild(layers: readonly PolicyLayer[]): Policy | undefined {
  const only = layers.length === 1 ? layers[0]! : undefined;
  return only !== undefined && "validated" in only && only.validated !== undefined
    ? (structuredClone(only.validated) as Policy)
    : undefined;
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
