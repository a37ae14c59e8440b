#!/usr/bin/env bash
# Type-check, emit lib/ with tsc (TypeScript 7 has no JS API, so ncc cannot compile .ts itself),
# then bundle the Action and the CLI with ncc. The output is deterministic, so CI can diff dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf lib dist
node scripts/generate-shipped.ts
tsc -p tsconfig.json
tsc -p tsconfig.build.json
# One bundle for the Action and the CLI (lib/index.js exports a start function for each, behind
# dynamic imports), so the package ships every chunk once; two launchers call into it (ES modules
# by the package's "type": "module").
ncc build lib/index.js -o dist/bundle --source-map --no-source-map-register --license licenses.txt --quiet
cat > dist/index.js <<'LAUNCHER'
// The Action (action.yml: main). The code is in ./bundle/, shared with the CLI.
import { runActionEntry } from "./bundle/index.js";

await runActionEntry();
LAUNCHER
mkdir -p dist/cli
cat > dist/cli/index.js <<'LAUNCHER'
#!/usr/bin/env node
// The CLI (package.json: bin). The code is in ../bundle/, shared with the Action.
import { runCliEntry } from "../bundle/index.js";

await runCliEntry();
LAUNCHER
chmod +x dist/cli/index.js
node scripts/generate-schemas.ts
# The README's picture of a failing and a passing comment, redrawn when the golden comments changed
# (docs/comment.sources.json records what it was drawn from; test/docs-picture.test.ts checks it).
node scripts/render-comment.ts --if-stale
# The comments' laid-out widths, measured again when a comment's text changed
# (test/golden/comment-widths.json; test/render-width.test.ts holds them to GitHub's width).
node scripts/comment-widths.ts --if-stale
# The fake GitHub's GraphQL schema, cut again when a query tunegate sends or the pinned schema
# changed (test/fixtures/github-graphql-schema.json; test/github/graphql-schema.test.ts checks it).
node scripts/trim-graphql.ts --if-stale
