import { VERSION } from "../version.ts";

/** Where tunegate's source lives; package.json's repository says the same (a test checks). */
export const REPOSITORY_URL = "https://github.com/tunegate/tunegate";

/** Sections of docs/framework.md that reports cite, by their heading anchors. */
export const FRAMEWORK_SECTIONS = {
  questions: "2-the-five-questions",
  mismatches: "4-mismatches-when-a-plan-contradicts-the-framework",
  gates: "5-the-pre-deploy-gates",
  readiness: "6-the-fine-tuning-readiness-checklist",
  cost: "7-the-cost-model",
  value: "9-start-simple-did-the-customisation-buy-anything",
} as const;

/**
 * A link to a section of the framework document shipped with this version of tunegate
 * (docs/framework.md in the package), at the release tag, so the rules cited are the rules applied.
 */
export function frameworkLink(section: keyof typeof FRAMEWORK_SECTIONS): string {
  return `${frameworkDocUrl()}#${FRAMEWORK_SECTIONS[section]}`;
}

/** The framework document shipped with this version, at its release tag. */
export function frameworkDocUrl(): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/framework.md`;
}

/** "tunegate framework, section 6 (<link>)": how a threshold or hint cites the rules. */
export function citeFramework(section: keyof typeof FRAMEWORK_SECTIONS): string {
  return `tunegate framework, section ${FRAMEWORK_SECTIONS[section].split("-")[0]} (${frameworkLink(section)})`;
}
