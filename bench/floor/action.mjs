// The floor under the Action on a push on this stack: no compile cache (a new runner), yaml and
// zod loaded, one plan parsed and validated, one output written through @actions/core's protocol.
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { z } from "zod";
import { issueFileCommand, prepareKeyValueMessage } from "../../node_modules/@actions/core/lib/file-command.js";

z.config({ jitless: true });
const plan = z.looseObject({ version: z.literal(1), name: z.string() });
const parsed = plan.safeParse(parseDocument(readFileSync(`${process.env.GITHUB_WORKSPACE}/${process.env.INPUT_PLAN}`, "utf8")).toJS());
issueFileCommand("OUTPUT", prepareKeyValueMessage("verdict", parsed.success ? "pass" : "fail"));
process.exitCode = parsed.success ? 0 : 3;
