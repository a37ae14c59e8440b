// Writes the modules the build derives from the source: src/shell/shipped-settings.generated.ts
// (see shipped-settings.ts) and src/engine/plan/plan-parser.generated.ts (see plan-parser.ts).
import { writeFileSync } from "node:fs";
import { PLAN_PARSER_MODULE, planParserModule } from "./plan-parser.ts";
import { SHIPPED_MODULE, shippedSettingsModuleFromFiles } from "./shipped-settings.ts";

writeFileSync(SHIPPED_MODULE, shippedSettingsModuleFromFiles());
writeFileSync(PLAN_PARSER_MODULE, planParserModule());
