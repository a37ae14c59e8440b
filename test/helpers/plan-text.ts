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
