import type { FieldPath, LineFix, Resource, ResourceChange, Severity } from '../model.js';
import type { KubeVersion } from '../kube-version.js';

export type RuleCategory = 'parsing' | 'deprecation' | 'crd' | 'security' | 'availability' | 'upgradability' | 'resources';

export interface RuleMeta {
  /** Stable kebab-case id; the docs page is docs/rules/<id>.md. */
  id: string;
  description: string;
  category: RuleCategory;
  defaultSeverity: Severity;
}

export interface RuleContext {
  kubernetesVersion: KubeVersion;
  upgradeVersion: KubeVersion;
  /** The change that produced this resource in a review; undefined in an audit. */
  change?: ResourceChange;
}

export interface RuleReport {
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. deprecated-api: warning vs notice). */
  severity?: Severity;
  /** The field to point at; the resource's first line when absent. */
  path?: FieldPath;
  /** Distinguishes several findings of one rule on one resource; part of the fingerprint. */
  key?: string;
  fix?: LineFix;
}

export interface Rule {
  meta: RuleMeta;
  check(resource: Resource, context: RuleContext, report: (finding: RuleReport) => void): void;
}
