import { chartKubeVersionAnalyzer } from './chart-kube-version.js';
import { clusterAdminBindingRule } from './cluster-admin-binding.js';
import { containerSecurityContextRule } from './container-security-context.js';
import { crdInvalidResourceRule } from './crd-invalid-resource.js';
import { crdUpgradeAnalyzer } from './crd-upgrade.js';
import { deprecatedApiRule } from './deprecated-api.js';
import { emptydirDataRule } from './emptydir-data.js';
import { missingProbesRule } from './missing-probes.js';
import { missingResourcesRule } from './missing-resources.js';
import { parseErrorMeta } from './parse-error.js';
import { pdbBlocksDrainRule } from './pdb-blocks-drain.js';
import { plaintextSecretRule } from './plaintext-secret.js';
import { rbacWildcardRule } from './rbac-wildcard.js';
import { removedApiRule } from './removed-api.js';
import { renderErrorMeta } from './render-error.js';
import { singleReplicaRule } from './single-replica.js';
import { versionSkewAnalyzer } from './version-skew.js';
import type { Analyzer } from '../engine/analyzer.js';
import type { Rule, RuleMeta } from './types.js';

/** The one list of resource rules: a rule not listed here does not run. */
export const RULES: readonly Rule[] = [
  removedApiRule,
  deprecatedApiRule,
  crdInvalidResourceRule,
  plaintextSecretRule,
  containerSecurityContextRule,
  rbacWildcardRule,
  clusterAdminBindingRule,
  singleReplicaRule,
  missingProbesRule,
  pdbBlocksDrainRule,
  emptydirDataRule,
  missingResourcesRule,
];

/** Whole-change checks (CRD upgrades, version moves), registered here too. */
export const ANALYZERS: readonly Analyzer[] = [
  crdUpgradeAnalyzer,
  versionSkewAnalyzer,
  chartKubeVersionAnalyzer,
];

/** Every rule id a finding can carry, with its metadata (docs, SARIF, config validation). */
export const RULE_METAS: readonly RuleMeta[] = [
  parseErrorMeta,
  renderErrorMeta,
  ...RULES.map((rule) => rule.meta),
  ...ANALYZERS.flatMap((analyzer) => analyzer.metas),
];

export const RULE_IDS: readonly string[] = RULE_METAS.map((meta) => meta.id);
