import { runAction } from "./shell/action/main.ts";

await runAction();
