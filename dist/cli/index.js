#!/usr/bin/env node
// The CLI (package.json: bin). The code is in ../bundle/, shared with the Action.
import { runCliEntry } from "../bundle/index.js";

await runCliEntry();
