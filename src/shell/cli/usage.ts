export const USAGE = `tunegate: the pre-deploy gate for RAG, fine-tuning and hybrid LLM systems

Usage:
  tunegate check   [--plan tunegate.yml] [--policy FILE] [--format text|markdown|json]
                   [--fail-on error|warning|never] [--today YYYY-MM-DD]
  tunegate analyze --knowledge-changes daily|weekly|monthly|yearly|static
                   --needs-citations true|false --style-requirements none|low|medium|high
                   --training-data "200 examples" --latency-requirement 2s
                   --monthly-queries 100000 [--task knowledge|behavior|both|none]
                   [--llm provider/model] [--input-tokens N] [--output-tokens N]
                   [--embedding provider/model] [--embedding-tokens N]
                   [--vector-db-usd N] [--hosting-usd N] [--budget-usd N]
                   [--policy FILE] [--format text|markdown|json]
  tunegate audit   [--plan GLOB] [--pricing policies/pricing.yml] [--current FILE|URL|bundled]
                   [--policy FILE] [--format text|markdown|json]
  tunegate pricing pin [--plan GLOB] [--pricing policies/pricing.yml] [--data FILE|URL|bundled]
  tunegate schema  plan|policy|pricing|eval|report
  tunegate --version

Exit codes:
  0  pass (or warnings, unless --fail-on warning)
  1  a gate failed (or warned, with --fail-on warning); audit: something needs action
  2  bad input or usage: the message names the file, line, column and field
  3  audit / pricing pin: current prices could not be fetched or verified
  70 internal error in tunegate (please report it)
`;
