#!/usr/bin/env bash
# Type-check, emit lib/ with tsc (TypeScript 7 has no JS API, so ncc cannot compile .ts itself),
# then bundle the Action and the CLI with ncc. The output is deterministic, so CI can diff dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf lib dist
node scripts/generate-shipped.ts
tsc -p tsconfig.json
tsc -p tsconfig.build.json
ncc build lib/index.js -o dist --source-map --no-source-map-register --license licenses.txt --quiet
ncc build lib/cli.js -o dist/cli --source-map --no-source-map-register --license licenses.txt --quiet
chmod +x dist/cli/index.js
node scripts/generate-schemas.ts
# The README's picture of a failing and a passing comment, redrawn when the golden comments changed
# (docs/comment.sources.json records what it was drawn from; test/docs-picture.test.ts checks it).
node scripts/render-comment.ts --if-stale
