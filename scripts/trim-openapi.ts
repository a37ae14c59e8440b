// Regenerates test/fixtures/github-openapi.json: the operations tunegate calls, cut from GitHub's
// official OpenAPI description (@octokit/openapi), with every component they reference.
//
//   node scripts/trim-openapi.ts            installs the pinned @octokit/openapi into a temp dir
//   node scripts/trim-openapi.ts FILE.json  trims a description you already have
//
// Example `Link` headers point at the real API; the test server must never be led there, so
// response headers named `link` are dropped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OPENAPI_VERSION = "23.0.2";
// The REST writes and the contents read of an OWNER/REPO/PATH@REF policy: tunegate reads comments
// and issues (and who it is) through GraphQL, which the fake checks against GitHub's GraphQL
// schema instead (test/github/fake-github.ts).
const OPERATIONS = [
  "get /repos/{owner}/{repo}/contents/{path}",
  "post /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "patch /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "delete /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "post /repos/{owner}/{repo}/issues",
  "patch /repos/{owner}/{repo}/issues/{issue_number}",
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function loadDescription(): { spec: Record<string, Json>; cleanup: () => void } {
  const given = process.argv[2];
  if (given !== undefined) return { spec: JSON.parse(readFileSync(given, "utf8")), cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "tunegate-openapi-"));
  execFileSync(
    "npm",
    ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", `@octokit/openapi@${OPENAPI_VERSION}`],
    { stdio: "inherit" },
  );
  const file = join(dir, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
  return { spec: JSON.parse(readFileSync(file, "utf8")), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function dropLinkHeaders(node: Json): Json {
  if (Array.isArray(node)) return node.map(dropLinkHeaders);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "headers" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      const headers = Object.fromEntries(Object.entries(value).filter(([name]) => name.toLowerCase() !== "link"));
      if (Object.keys(headers).length > 0) out[key] = dropLinkHeaders(headers);
      continue;
    }
    out[key] = dropLinkHeaders(value);
  }
  return out;
}

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) collectRefs(n, into);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.add(value);
      else collectRefs(value, into);
    }
  }
}

const { spec, cleanup } = loadDescription();
try {
  const paths = spec["paths"] as Record<string, Record<string, Json>>;
  const trimmedPaths: Record<string, Record<string, Json>> = {};
  for (const operation of OPERATIONS) {
    const [method, path] = operation.split(" ") as [string, string];
    const item = paths[path]?.[method];
    if (item === undefined) throw new Error(`the description has no ${operation}`);
    trimmedPaths[path] = { ...trimmedPaths[path], [method]: dropLinkHeaders(item) };
  }
  const components = spec["components"] as Record<string, Record<string, Json>>;
  const kept: Record<string, Record<string, Json>> = {};
  const seen = new Set<string>();
  const queue = new Set<string>();
  collectRefs(trimmedPaths, queue);
  while (queue.size > 0) {
    const ref = queue.values().next().value as string;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , section, name] = ref.split("/") as [string, string, string, string];
    const value = dropLinkHeaders(components[section]![name]!);
    (kept[section] ??= {})[name] = value;
    const inner = new Set<string>();
    collectRefs(value, inner);
    for (const r of inner) if (!seen.has(r)) queue.add(r);
  }
  const sortedComponents = Object.fromEntries(
    Object.keys(kept)
      .sort()
      .map((section) => [
        section,
        Object.fromEntries(
          Object.keys(kept[section]!)
            .sort()
            .map((n) => [n, kept[section]![n]!]),
        ),
      ]),
  );
  const trimmed = {
    openapi: spec["openapi"],
    info: {
      ...(spec["info"] as object),
      "x-tunegate-trimmed": `@octokit/openapi ${OPENAPI_VERSION}: ${OPERATIONS.join(", ")}`,
    },
    servers: spec["servers"],
    paths: trimmedPaths,
    components: sortedComponents,
  };
  writeFileSync("test/fixtures/github-openapi.json", `${JSON.stringify(trimmed, null, 1)}\n`);
  console.log(`wrote test/fixtures/github-openapi.json: ${OPERATIONS.length} operations, ${seen.size} components`);
} finally {
  cleanup();
}
