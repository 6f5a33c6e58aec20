import type { RuleMeta } from './types.js';

/** Reported by the pipeline itself for files that cannot be read as YAML; not a per-resource check. */
export const parseErrorMeta: RuleMeta = {
  id: 'parse-error',
  description: 'A changed manifest file cannot be parsed (invalid YAML, alias bomb, binary or too large).',
  category: 'parsing',
  defaultSeverity: 'error',
};
