// The Action (action.yml: main). The code is in ./bundle/, shared with the CLI.
import { runActionEntry } from "./bundle/index.js";

await runActionEntry();
