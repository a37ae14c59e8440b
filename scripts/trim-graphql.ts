// Regenerates test/fixtures/github-graphql-schema.json: GitHub's GraphQL schema (the pinned
// @octokit/graphql-schema) cut to what tunegate's queries read, for the fake GitHub
// (test/github/fake-github.ts) to validate and answer them with.
//
//   node scripts/trim-graphql.ts             regenerates the file
//   node scripts/trim-graphql.ts --if-stale  only when the queries or the package changed
//
// The whole schema is a 5 MB introspection that cost each test worker about 0.7 CPU-seconds to
// load. Every query is validated against the whole schema here first, so a query GitHub would
// reject never reaches the cut. What is kept: each field the queries select (with all its
// arguments and the input types and enums those take), the types those fields return, and, for
// an interface, the object types that implement it, with its kept fields.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import {
  buildClientSchema,
  getNamedType,
  type IntrospectionField,
  type IntrospectionInputValue,
  type IntrospectionQuery,
  type IntrospectionType,
  type IntrospectionTypeRef,
  isInterfaceType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { COMMENTS_QUERY } from "../src/shell/github/sticky-comment.ts";
import { ISSUES_QUERY } from "../src/shell/github/tracking-issue.ts";

export const GRAPHQL_SCHEMA_FIXTURE = "test/fixtures/github-graphql-schema.json";
const PACKAGE = "@octokit/graphql-schema";

/** Every GraphQL document tunegate sends. */
export const TUNEGATE_QUERIES: readonly string[] = [COMMENTS_QUERY, ISSUES_QUERY];

export interface GraphqlSchemaFixture {
  $comment: string;
  /** The package and version the cut was made from. */
  source: string;
  /** sha256 of the queries it was cut for, joined by a NUL: a changed query needs a new cut. */
  queries_sha256: string;
  schema: IntrospectionQuery;
}

export function schemaSource(): string {
  const { version } = JSON.parse(readFileSync(`node_modules/${PACKAGE}/package.json`, "utf8")) as { version: string };
  return `${PACKAGE}@${version}`;
}

export function queriesDigest(queries: readonly string[] = TUNEGATE_QUERIES): string {
  return createHash("sha256").update(queries.join("\0")).digest("hex");
}

function typeName(ref: IntrospectionTypeRef): string {
  let at = ref as { kind: string; name?: string | null; ofType?: IntrospectionTypeRef | null };
  while (at.ofType) at = at.ofType as typeof at;
  return at.name as string;
}

export function trimmedSchema(full: IntrospectionQuery, queries: readonly string[]): IntrospectionQuery {
  const schema = buildClientSchema(full);
  /** Type name to the field names kept on it. */
  const fields = new Map<string, Set<string>>();
  const keep = (type: string, field?: string) => {
    const kept = fields.get(type) ?? new Set<string>();
    if (field !== undefined) kept.add(field);
    fields.set(type, kept);
  };
  for (const query of queries) {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`GitHub's schema rejects a tunegate query: ${errors[0]!.message}`);
    const info = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(info, {
        Field(node) {
          const parent = info.getParentType();
          if (parent === null || parent === undefined || node.name.value.startsWith("__")) return;
          keep(parent.name, node.name.value);
          const returned = info.getType();
          if (returned !== null && returned !== undefined) keep(getNamedType(returned).name);
          // A selection on an interface can come back as any type that implements it.
          if (isInterfaceType(parent))
            for (const implementation of schema.getPossibleTypes(parent)) keep(implementation.name, node.name.value);
        },
        VariableDefinition() {
          const type = info.getInputType();
          if (type !== null && type !== undefined) keep(getNamedType(type).name);
        },
      }),
    );
  }
  const byName = new Map(full.__schema.types.map((t) => [t.name, t]));
  // Arguments of kept fields, and the input types, enums and scalars they take, all of them.
  const inputs = new Set<string>();
  const takeInput = (ref: IntrospectionTypeRef) => {
    const name = typeName(ref);
    if (inputs.has(name)) return;
    inputs.add(name);
    const type = byName.get(name);
    if (type?.kind === "INPUT_OBJECT") for (const field of type.inputFields) takeInput(field.type);
  };
  for (const [name, kept] of fields) {
    const type = byName.get(name);
    if (type === undefined || (type.kind !== "OBJECT" && type.kind !== "INTERFACE")) continue;
    for (const field of type.fields) {
      if (!kept.has(field.name)) continue;
      for (const arg of field.args as readonly IntrospectionInputValue[]) takeInput(arg.type);
    }
  }
  for (const name of inputs) keep(name);
  const keptNames = new Set([...fields.keys(), "String", "Boolean", "Int", "Float", "ID"]);
  const types: IntrospectionType[] = [];
  for (const type of full.__schema.types) {
    if (type.name.startsWith("__")) {
      types.push(type);
      continue;
    }
    if (!keptNames.has(type.name)) continue;
    if (type.kind === "OBJECT" || type.kind === "INTERFACE") {
      const kept = fields.get(type.name) ?? new Set<string>();
      const cut = {
        ...type,
        fields: type.fields.filter((f: IntrospectionField) => kept.has(f.name)),
        interfaces: type.interfaces.filter((i) => keptNames.has(i.name)),
      };
      if (type.kind === "INTERFACE")
        Object.assign(cut, { possibleTypes: type.possibleTypes.filter((p) => keptNames.has(p.name)) });
      types.push(cut as IntrospectionType);
    } else if (type.kind === "UNION") {
      types.push({ ...type, possibleTypes: type.possibleTypes.filter((p) => keptNames.has(p.name)) });
    } else types.push(type);
  }
  return {
    __schema: {
      ...full.__schema,
      mutationType: null,
      subscriptionType: null,
      types,
      // Directives are few; they take only scalars and enums tunegate's queries never use.
      directives: full.__schema.directives.filter((d) =>
        d.args.every((a) => keptNames.has(typeName(a.type)) || a.type.kind === "SCALAR"),
      ),
    },
  };
}

export function fixtureText(full: IntrospectionQuery): string {
  const fixture: GraphqlSchemaFixture = {
    $comment: "Generated by scripts/trim-graphql.ts from GitHub's GraphQL schema; do not edit.",
    source: schemaSource(),
    queries_sha256: queriesDigest(),
    schema: trimmedSchema(full, TUNEGATE_QUERIES),
  };
  return `${JSON.stringify(fixture, null, 1)}\n`;
}

function isStale(): boolean {
  try {
    const fixture = JSON.parse(readFileSync(GRAPHQL_SCHEMA_FIXTURE, "utf8")) as GraphqlSchemaFixture;
    return fixture.source !== schemaSource() || fixture.queries_sha256 !== queriesDigest();
  } catch {
    return true;
  }
}

function main(): void {
  if (process.argv.includes("--if-stale") && !isStale()) return;
  const full = JSON.parse(readFileSync(`node_modules/${PACKAGE}/schema.json`, "utf8")) as IntrospectionQuery;
  writeFileSync(GRAPHQL_SCHEMA_FIXTURE, fixtureText(full));
}

if (import.meta.main) main();
