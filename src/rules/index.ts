import { deprecatedApiRule } from './deprecated-api.js';
import { parseErrorMeta } from './parse-error.js';
import { removedApiRule } from './removed-api.js';
import type { Analyzer } from '../engine/analyzer.js';
import type { Rule, RuleMeta } from './types.js';

/** The one list of resource rules: a rule not listed here does not run. */
export const RULES: readonly Rule[] = [removedApiRule, deprecatedApiRule];

/** Whole-change checks (CRD upgrades, version moves), registered here too. */
export const ANALYZERS: readonly Analyzer[] = [];

/** Every rule id a finding can carry, with its metadata (docs, SARIF, config validation). */
export const RULE_METAS: readonly RuleMeta[] = [
  parseErrorMeta,
  ...RULES.map((rule) => rule.meta),
  ...ANALYZERS.flatMap((analyzer) => analyzer.metas),
];

export const RULE_IDS: readonly string[] = RULE_METAS.map((meta) => meta.id);
