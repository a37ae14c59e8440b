import { SCHEMA_NAMES } from "../../engine/input/schema-names.ts";
import { FAIL_ON_VALUES } from "../../engine/input/severities.ts";
import { formatsOf, OUTPUT_FORMATS, type OutputCommand } from "../../engine/output/registry.ts";

/** A command's formats as the registry lists them, joined by bars, the default first. */
function formatChoices(command: OutputCommand): string {
  return formatsOf(command).join("|");
}

/** The `--format` line of a command's help: the choices, the default and what each is for. */
function formatFlag(command: OutputCommand): string {
  const formats = formatsOf(command);
  const about = formats
    .map(
      (f) =>
        `\n                   ${f.padEnd(9)} ${(OUTPUT_FORMATS[command] as Record<string, { about: string }>)[f]!.about}`,
    )
    .join("");
  return `  --format ${formatChoices(command)}   (default ${formats[0]})${about}`;
}

const FAIL_ON = FAIL_ON_VALUES.join("|");

const EXIT_CODES = `Exit codes:
  0  pass (or warnings, unless --fail-on warning)
  1  a gate failed (or warned, with --fail-on warning); audit: something needs action
  2  bad input or usage: the message names the file, line, column and field
  3  audit / pricing pin: current prices could not be fetched or verified
  70 internal error in tunegate (please report it)
`;

const POLICY_FLAG = `  --policy FILE|OWNER/REPO/PATH@REF
                   policy layered over the shipped one (default .tunegate/policy.yml when present);
                   OWNER/REPO/PATH@REF reads an organisation's policy through GitHub's contents
                   API with GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise)`;
const PRICING_FLAG = `  --pricing FILE   the repository's pinned prices, layered over the shipped ones
                   (default: the policy's pricing.file, else .tunegate/pricing.yml when present)`;

const ANSWERS = `  --knowledge-changes daily|weekly|monthly|yearly|static   Q1 (required)
  --needs-citations true|false                             Q2 (required)
  --task knowledge|behavior|both|none                      Q3 (default: inferred from the answers)
  --style-requirements none|low|medium|high                Q3 (default none)
  --training-data "200 examples"                           Q4
  --latency-requirement 2s                                 Q5 (p95)
  --monthly-queries 100000                                 (required)

Cost assumptions (the policy's estimate block; these flags override it):
  --llm provider/model  --input-tokens N  --output-tokens N  --llm-usd-per-mtok N (blended)
  --embedding provider/model  --embedding-tokens N  --embedding-usd-per-mtok N
  --vector-db-usd N  --hosting-usd N  --budget-usd N`;

/** One help text per command, printed by `tunegate <command> --help` and `tunegate help <command>`. */
export const COMMAND_USAGE: Record<string, string> = {
  check: `Usage: tunegate check [--plan tunegate.yml] [options]

Judges plans against the framework and the pre-deploy gates and prints the report.

  --plan PATHS     a plan, a glob, or several separated by commas (default tunegate.yml);
                   JSON output is the run report, one plan or many
                   (schemas/run-report.schema.json: {verdict, exit_code, plans: [...]})
${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("check")}
  --fail-on ${FAIL_ON} which verdict exits 1 (default error)
  --today YYYY-MM-DD            evaluate as of this date (waiver expiry, price age)
  --base REF                    judge as a pull request on REF: every rule is the stricter of
                                REF's and the working tree's; loosenings are listed, not applied
  --rules-from base|head        with --base: head takes the working tree's rules (named as a loosening)
  --attestation FILE            write an in-toto Statement v1 for the plans' models.artifacts
                                (predicate https://tunegate.dev/attestation/verdict/v1), for
                                actions/attest to sign and tunegate verify to check

${EXIT_CODES}`,
  verify: `Usage: tunegate verify --attestation FILE (--artifact PATH | --digest sha256:...) [options]

Checks at deploy time, offline, that a tunegate statement allows this artifact: the subject's
digest, the predicate type, verdict pass, its age and optionally the policy digest. FILE is the
statement (tunegate check --attestation), a Sigstore bundle holding it, or the JSON that
gh attestation verify --format json prints after checking its signature.

  --attestation FILE            the statement, bundle or gh's JSON
  --artifact PATH               the file about to ship (hashed with sha256), or
  --digest sha256:HEX           its digest
  --max-age-days N              refuse a verdict older than N days (gh's witnessed time when given)
  --policy-digest sha256:HEX    refuse unless every plan's policy as applied has this digest
  --today YYYY-MM-DD            as of this date

Exit codes: 0 deploy, 1 refuse (the reason is printed), 2 bad input (nothing was verified).
`,
  analyze: `Usage: tunegate analyze --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Answers the five questions from flags, without a plan file: the recommended approach, the
reasons, and a first cost estimate priced with the policy's estimate assumptions.

${ANSWERS}

${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("analyze")}

Exit codes: 0 answered, 2 bad input or usage, 70 internal error.
`,
  init: `Usage: tunegate init --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Writes what a repository needs to start, from analyze's answers:
  tunegate.yml                      the recommended approach, the answers, a cost block priced
                                    from the policy's estimate, placeholders for evals, budget
                                    and waivers
  .github/workflows/tunegate.yml    the pull-request check and the weekly pricing-drift audit
  .tunegate/pricing.yml             pinned prices for every model the plan uses
It never overwrites: if any of them exists it stops (exit 2), names it and writes nothing.

${ANSWERS}

  --name NAME      the plan's name (default: the repository folder's name)
  --print          show what would be written, write nothing
${POLICY_FLAG}
${PRICING_FLAG}

Exit codes: 0 written (or printed), 2 a file exists or bad input, 70 internal error.
`,
  audit: `Usage: tunegate audit [--plan GLOB] [options]

Compares every pinned price the repository answers for (its own pins and the shipped prices
its plans use) with current prices, ages them, flags model shutdowns and announced changes,
and re-costs every plan at pinned, current and announced prices.

  --plan GLOB      plans to re-cost (default **/tunegate.yml)
${POLICY_FLAG}
${PRICING_FLAG}
  --current FILE|URL|bundled   current prices (default: genai-prices' published live data)
${formatFlag("audit")}
  --fail-on ${FAIL_ON}  which verdict exits 1 (default warning: anything that needs action)
  --today YYYY-MM-DD

${EXIT_CODES}`,
  pricing: `Usage: tunegate pricing pin [--plan GLOB] [options]

Writes or refreshes the repository's pinned price of every model the plans use, from the price
data tunegate bundles (or --data). Comments and hand-pinned entries (check: manual) survive.
The file is written without following symbolic links and only inside the repository.

  --plan GLOB      plans whose models to pin (default **/tunegate.yml)
  --pricing FILE   the file to write (default: the policy's pricing.file, else
                   .tunegate/pricing.yml, created with its folder when absent)
${POLICY_FLAG}
  --data FILE|URL|bundled   where prices come from (default bundled)
  --today YYYY-MM-DD        the as_of date written

Exit codes: 0 pinned, 1 a model is unknown to the price data, 2 bad input or a refused path,
3 the price data could not be read, 70 internal error.
`,
  evals: `Usage: tunegate evals FILE... [--format ${formatChoices("evals")}]

Lists what each eval file holds, in the names a plan uses: the detected format, the tool's
version, the model, and every suite, benchmark or task with its metric, n and score. Paths are
relative to the folder you are in and must stay in the repository (the git work tree).

${formatFlag("evals")}

Exit codes: 0 listed, 2 a file that cannot be read (named, with its line).
`,
  schema: `Usage: tunegate schema ${SCHEMA_NAMES.join("|")}

Prints the JSON Schema of a file tunegate reads or writes (the committed copies are in the
package's schemas/ folder). The policy schema describes a partial override: every key is optional.

Exit codes: 0 printed, 2 unknown schema name.
`,
};

export const USAGE = `tunegate: the pre-deploy gate for RAG, fine-tuning and hybrid LLM systems

Usage:
  tunegate init    --knowledge-changes ... --needs-citations ... --monthly-queries N [--print]
  tunegate check   [--plan tunegate.yml] [--policy FILE] [--pricing FILE] [--format ${formatChoices("check")}]
                   [--fail-on ${FAIL_ON}] [--today YYYY-MM-DD] [--base REF] [--attestation FILE]
  tunegate analyze --knowledge-changes daily|weekly|monthly|yearly|static
                   --needs-citations true|false --monthly-queries 100000 [more answers and costs]
  tunegate audit   [--plan GLOB] [--pricing FILE] [--current FILE|URL|bundled] [--format ...]
  tunegate pricing pin [--plan GLOB] [--pricing FILE] [--data FILE|URL|bundled]
  tunegate evals   FILE... [--format ${formatChoices("evals")}]
  tunegate schema  ${SCHEMA_NAMES.join("|")}
  tunegate verify  --attestation FILE (--artifact PATH | --digest sha256:...) [--max-age-days N]
                   [--policy-digest sha256:...]
  tunegate --version

"tunegate <command> --help" describes each command's options.

${EXIT_CODES}`;
