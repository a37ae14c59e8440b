// Writes src/shell/shipped-settings.generated.ts (see shipped-settings.ts).
import { writeFileSync } from "node:fs";
import { SHIPPED_MODULE, shippedSettingsModuleFromFiles } from "./shipped-settings.ts";

writeFileSync(SHIPPED_MODULE, shippedSettingsModuleFromFiles());
