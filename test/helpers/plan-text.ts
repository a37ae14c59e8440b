/** A minimal valid plan; tests splice in the lines they are about. */
export const MINIMAL_PLAN = `version: 1
name: test-plan
approach: rag
use_case:
  task: knowledge
  knowledge_change: weekly
  citations_required: true
  monthly_queries: 1000
`;

/** A repository's pinned table with one model, openai/gpt-5, as `tunegate pricing pin` writes it. */
export const GPT5_PINNED = `version: 1
currency: USD
prices:
  openai/gpt-5:
    unit: per_1m_tokens
    input_mtok: 1.25
    output_mtok: 10
    source: genai-prices
    as_of: 2026-11-20
    check: { source: genai-prices, provider: openai, model: gpt-5 }
`;

/** A RAG plan priced on openai/gpt-5 whose $310 budget the audit tests push over with a drift. */
export const GPT5_RAG_PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 100000 }
cost:
  llm: { provider: openai, model: gpt-5, input_tokens: 800, output_tokens: 200 }
budget: { monthly_usd: 310 }
`;

/**
 * A RAG plan gated on one candidate eval file (evals/candidate.json) with a task floor: what the
 * hostile tests vary one field of (its name, a benchmark list, an eval path).
 */
export const GATED_RAG_PLAN = `version: 1
name: support-bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, latency_p95_ms: 2000, monthly_queries: 100000 }
cost:
  llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 }
budget: { monthly_usd: 400 }
evals:
  candidate: evals/candidate.json
  task_floor: 0.85
`;
