import { readFileSync } from "node:fs";
import {
  buildClientSchema,
  buildSchema,
  graphqlSync,
  getIntrospectionQuery,
  type IntrospectionQuery,
  parse,
  printSchema,
  validate,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  GRAPHQL_SCHEMA_FIXTURE,
  type GraphqlSchemaFixture,
  queriesDigest,
  schemaSource,
  TUNEGATE_QUERIES,
  trimmedSchema,
} from "../../scripts/trim-graphql.ts";

const fixture = () => JSON.parse(readFileSync(GRAPHQL_SCHEMA_FIXTURE, "utf8")) as GraphqlSchemaFixture;
const introspect = (sdl: string) =>
  graphqlSync({ schema: buildSchema(sdl), source: getIntrospectionQuery() }).data as unknown as IntrospectionQuery;

describe("the fake's GraphQL schema, GitHub's cut to tunegate's queries (scripts/trim-graphql.ts)", () => {
  it("was cut from the pinned @octokit/graphql-schema for the queries tunegate sends today (npm run build cuts it again)", () => {
    expect({ source: fixture().source, queries_sha256: fixture().queries_sha256 }).toEqual({
      source: schemaSource(),
      queries_sha256: queriesDigest(),
    });
  });

  it("takes every query tunegate sends, and still rejects what GitHub would", () => {
    const schema = buildClientSchema(fixture().schema);
    expect(TUNEGATE_QUERIES.length).toBeGreaterThan(1);
    for (const query of TUNEGATE_QUERIES) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    expect(validate(schema, parse("query { viewer { logn } }")).map((e) => e.message)).toEqual([
      'Cannot query field "logn" on type "User". Did you mean "login"?',
    ]);
    expect(
      validate(schema, parse("query($n: String!) { repository(owner: $n, name: $n) { issue(number: 1) { title } } }"))
        .length,
    ).toBeGreaterThan(0);
  });

  it("keeps the fields selected with all their arguments and input types, an interface's implementations, and nothing else", () => {
    const full = introspect(`
      type Query { viewer: User!, repository(owner: String!, name: String!): Repository, unused: Unused }
      interface Actor { login: String!, avatar: String }
      type User implements Actor & Node { login: String!, avatar: String, email: String, id: ID! }
      type Bot implements Actor { login: String!, avatar: String }
      interface Node { id: ID! }
      type Repository { issues(first: Int, filterBy: IssueFilters, orderBy: IssueOrder): [Issue!]!, stars: Int }
      type Issue { number: Int!, author: Actor, title: String }
      input IssueFilters { labels: [String!], since: DateTime, state: IssueState }
      input IssueOrder { field: IssueOrderField!, direction: Direction! }
      enum IssueState { OPEN CLOSED }
      enum IssueOrderField { CREATED_AT }
      enum Direction { ASC DESC }
      enum Unrelated { A }
      scalar DateTime
      type Unused { x: Int }
    `);
    const query =
      "query($o: String!) { viewer { login } repository(owner: $o, name: $o) { issues(first: 1) { number author { __typename login } } } }";
    const cut = trimmedSchema(full, [query]);
    const schema = buildClientSchema(cut);
    expect(validate(schema, parse(query))).toEqual([]);
    expect(printSchema(schema)).toBe(
      printSchema(
        buildSchema(`
          type Query { viewer: User!, repository(owner: String!, name: String!): Repository }
          interface Actor { login: String! }
          type User implements Actor { login: String! }
          type Bot implements Actor { login: String! }
          type Repository { issues(first: Int, filterBy: IssueFilters, orderBy: IssueOrder): [Issue!]! }
          type Issue { number: Int!, author: Actor }
          input IssueFilters { labels: [String!], since: DateTime, state: IssueState }
          input IssueOrder { field: IssueOrderField!, direction: Direction! }
          enum IssueState { OPEN CLOSED }
          enum IssueOrderField { CREATED_AT }
          enum Direction { ASC DESC }
          scalar DateTime
        `),
      ),
    );
  });

  it("refuses to cut for a query the whole schema rejects", () => {
    const full = introspect("type Query { viewer: String }");
    expect(() => trimmedSchema(full, ["query { viewr }"])).toThrow(
      /^GitHub's schema rejects a tunegate query: Cannot query field "viewr" on type "Query"/,
    );
  });
});
