import { builtinModules } from "node:module";
import { resolve } from "node:path";
import { API } from "typescript/unstable/sync";
import { SyntaxKind, type Node, type SourceFile } from "typescript/unstable/ast";

// The architecture tests read the sources' syntax trees, not their text: a regular expression
// misses `import("node:fs")`, a bare "fs", `require(...)` and module-level calls.
// TypeScript 7 is native (tsgo); its parser is reached through `typescript/unstable/sync`, which
// runs one tsgo process per API. A virtual tsconfig lists exactly the files asked for, with no
// lib and no resolution, so tsgo parses them and loads nothing else (about a second, not the
// ten a full program costs).

const VIRTUAL_CONFIG = resolve(".source-syntax.tsconfig.json");

/** Parses each file's text with TypeScript's own parser; keys are paths relative to the project. */
export function parseSources(texts: ReadonlyMap<string, string>): Map<string, SourceFile> {
  const absolute = new Map([...texts].map(([file, text]) => [resolve(file), { file, text }]));
  const config = JSON.stringify({
    compilerOptions: {
      noLib: true,
      noResolve: true,
      types: [],
      noEmit: true,
      allowImportingTsExtensions: true,
      module: "nodenext",
      target: "esnext",
    },
    files: [...absolute.keys()],
  });
  const api = new API({
    cwd: process.cwd(),
    fs: {
      readFile: (path) => (path === VIRTUAL_CONFIG ? config : (absolute.get(path)?.text ?? undefined)),
      fileExists: (path) => (path === VIRTUAL_CONFIG || absolute.has(path) ? true : undefined),
    },
  });
  try {
    const project = api.updateSnapshot({ openProjects: [VIRTUAL_CONFIG] }).getProject(VIRTUAL_CONFIG);
    if (project === undefined) throw new Error("tsgo opened no project for the virtual tsconfig");
    const parsed = new Map<string, SourceFile>();
    for (const [path, { file }] of absolute) {
      const source = project.program.getSourceFile(path);
      if (source === undefined) throw new Error(`tsgo did not parse ${file}`);
      parsed.set(file, source);
    }
    return parsed;
  } finally {
    api.close();
  }
}

function where(file: string, source: SourceFile, node: Node): string {
  const starts = source.getLineStarts();
  const position = node.getStart(source);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= position) line++;
  return `${file}:${line + 1}:${position - starts[line]! + 1}`;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.forEachChild((child) => {
    walk(child, visit);
  });
}

function stringArgument(node: Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  return node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral
    ? (node as unknown as { text: string }).text
    : undefined;
}

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith("_")));

/** Why a module specifier would give the engine I/O or tie it to a runner, or undefined. */
function impureSpecifier(specifier: string): string | undefined {
  if (specifier.startsWith("node:")) return "a node: module";
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split("/")[0]!)) return "a Node built-in under its bare name";
  if (specifier.startsWith("@actions/")) return "an @actions package";
  if (specifier.startsWith("@octokit/")) return "an @octokit package";
  if (specifier.includes("/shell/")) return "the shell";
  return undefined;
}

/** Globals through which code reaches the process, the network or the console. */
const IO_GLOBALS = new Set([
  "process",
  "globalThis",
  "global",
  "require",
  "fetch",
  "console",
  "XMLHttpRequest",
  "WebSocket",
  "Deno",
  "Bun",
]);

/** An identifier used as a value, not a property name, a key or a declared name. */
function isValueReference(node: Node): boolean {
  const parent = node.parent as Node & { name?: Node; right?: Node; propertyName?: Node };
  switch (parent.kind) {
    case SyntaxKind.PropertyAccessExpression:
    case SyntaxKind.PropertyAssignment:
    case SyntaxKind.PropertyDeclaration:
    case SyntaxKind.PropertySignature:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.MethodSignature:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor:
    case SyntaxKind.EnumMember:
    case SyntaxKind.VariableDeclaration:
    case SyntaxKind.Parameter:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.BindingElement:
      return parent.name !== node && parent.propertyName !== node;
    case SyntaxKind.QualifiedName:
      return parent.right !== node;
    case SyntaxKind.ImportSpecifier:
    case SyntaxKind.ExportSpecifier:
    case SyntaxKind.TypeReference:
      return false;
    default:
      return true;
  }
}

/** Every way a file could reach I/O or the runner: static, dynamic and CommonJS imports of
 *  impure modules, imports whose target cannot be read, and I/O globals. */
export function impurities(file: string, source: SourceFile): string[] {
  const found: string[] = [];
  const flag = (node: Node, what: string) => found.push(`${where(file, source, node)} ${what}`);
  walk(source, (node) => {
    if (node.kind === SyntaxKind.ImportDeclaration || node.kind === SyntaxKind.ExportDeclaration) {
      const specifier = stringArgument((node as unknown as { moduleSpecifier?: Node }).moduleSpecifier);
      const why = specifier === undefined ? undefined : impureSpecifier(specifier);
      if (why !== undefined) flag(node, `imports "${specifier}", ${why}`);
    } else if (node.kind === SyntaxKind.ExternalModuleReference) {
      flag(node, "uses import = require(...)");
    } else if (node.kind === SyntaxKind.CallExpression) {
      const call = node as unknown as { expression: Node; arguments: readonly Node[] };
      if (call.expression.kind !== SyntaxKind.ImportKeyword) return;
      const specifier = stringArgument(call.arguments[0]);
      if (specifier === undefined) flag(node, "imports a module whose name is computed");
      else {
        const why = impureSpecifier(specifier);
        if (why !== undefined) flag(node, `imports "${specifier}" dynamically, ${why}`);
      }
    } else if (node.kind === SyntaxKind.ImportType) {
      // `typeof import("node:fs")` in a type is erased; it gives no I/O.
    } else if (
      node.kind === SyntaxKind.Identifier &&
      IO_GLOBALS.has((node as unknown as { text: string }).text) &&
      isValueReference(node)
    ) {
      flag(node, `uses the global ${(node as unknown as { text: string }).text}`);
    }
  });
  return found;
}

/** Top-level statements that declare nothing: they run when the module is imported. */
const DECLARATIONS = new Set([
  SyntaxKind.ImportDeclaration,
  SyntaxKind.ImportEqualsDeclaration,
  SyntaxKind.ExportDeclaration,
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.ClassDeclaration,
  SyntaxKind.InterfaceDeclaration,
  SyntaxKind.TypeAliasDeclaration,
  SyntaxKind.EnumDeclaration,
  SyntaxKind.ModuleDeclaration,
  SyntaxKind.VariableStatement,
  SyntaxKind.EmptyStatement,
]);

/** Nodes whose body runs later, when called, not when the module is imported. */
const DEFERRED = new Set([
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
  SyntaxKind.Constructor,
  SyntaxKind.PropertyDeclaration,
]);

const ASSIGNMENTS = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.PlusEqualsToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
]);

/**
 * What runs with effect when the module is imported: any top-level statement that is not a
 * declaration (a call, an assignment, `new`, `await`, an `if`, a loop), and, inside top-level
 * declarations (outside function bodies), `await`, assignments, `++`/`--`, `delete`, class static
 * blocks and calls through the I/O globals. Building values with calls (`z.object(...)`, `new Set(...)`)
 * in a `const` is a declaration and stays allowed.
 */
export function moduleLevelEffects(file: string, source: SourceFile): string[] {
  const found: string[] = [];
  const flag = (node: Node, what: string) => found.push(`${where(file, source, node)} ${what}`);
  const visitEager = (node: Node): void => {
    if (DEFERRED.has(node.kind)) {
      // A static property's initializer runs at class definition: keep looking inside it.
      const isStatic =
        node.kind === SyntaxKind.PropertyDeclaration &&
        (node as unknown as { modifiers?: readonly Node[] }).modifiers?.some(
          (m) => m.kind === SyntaxKind.StaticKeyword,
        );
      if (!isStatic) return;
    }
    switch (node.kind) {
      case SyntaxKind.AwaitExpression:
        flag(node, "awaits at module level");
        break;
      case SyntaxKind.ClassStaticBlockDeclaration:
        flag(node, "runs a class static block at module level");
        return;
      case SyntaxKind.DeleteExpression:
        flag(node, "deletes at module level");
        break;
      case SyntaxKind.PrefixUnaryExpression:
      case SyntaxKind.PostfixUnaryExpression: {
        const operator = (node as unknown as { operator: SyntaxKind }).operator;
        if (operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken)
          flag(node, "increments or decrements at module level");
        break;
      }
      case SyntaxKind.BinaryExpression:
        if (ASSIGNMENTS.has((node as unknown as { operatorToken: Node }).operatorToken.kind))
          flag(node, "assigns at module level");
        break;
      case SyntaxKind.CallExpression:
      case SyntaxKind.NewExpression: {
        let callee = (node as unknown as { expression: Node }).expression;
        while (
          callee.kind === SyntaxKind.PropertyAccessExpression ||
          callee.kind === SyntaxKind.ElementAccessExpression
        )
          callee = (callee as unknown as { expression: Node }).expression;
        const name = callee.kind === SyntaxKind.Identifier ? (callee as unknown as { text: string }).text : undefined;
        if (callee.kind === SyntaxKind.ImportKeyword) flag(node, "imports dynamically at module level");
        else if (name !== undefined && IO_GLOBALS.has(name)) flag(node, `calls through ${name} at module level`);
        break;
      }
    }
    node.forEachChild((child) => {
      visitEager(child);
    });
  };
  for (const statement of source.statements) {
    if (!DECLARATIONS.has(statement.kind)) {
      flag(statement, `runs a ${SyntaxKind[statement.kind]} at module level`);
      continue;
    }
    visitEager(statement);
  }
  return found;
}
