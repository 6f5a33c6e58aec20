import type { FieldPath, LineFix, Resource, ResourceChange, Severity } from '../model.js';
import type { KubeVersion } from '../kube-version.js';

export type RuleCategory =
  | 'parsing'
  | 'deprecation'
  | 'crd'
  | 'rendering'
  | 'security'
  | 'availability'
  | 'upgradability'
  | 'resources';

export interface RuleMeta {
  /** Stable kebab-case id; the docs page is docs/rules/<id>.md. */
  id: string;
  description: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Kinds the rule looks up with `context.repo.resourcesOfKind`: an audit collects them as it goes. */
  lookupKinds?: readonly string[];
}

/**
 * Read-only lookups in the repository at the head commit. The first call reads the tree; only files that
 * mention one of the kinds asked for are parsed, so a rule that needs an HPA for a Deployment, or the CRD of a
 * custom resource, pays for those files and nothing else.
 */
export interface RepoLookup {
  /** Every object of these kinds in the repo at head (raw manifests, and rendered ones where rendering applies). */
  resourcesOfKind(kinds: readonly string[]): Promise<readonly Resource[]>;
}

export interface RuleContext {
  kubernetesVersion: KubeVersion;
  upgradeVersion: KubeVersion;
  /** The change that produced this resource in a review; undefined in an audit or for unchanged resources. */
  change?: ResourceChange;
  repo: RepoLookup;
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
  /** May return a promise when it needs `context.repo`; most rules are synchronous. */
  check(
    resource: Resource,
    context: RuleContext,
    report: (finding: RuleReport) => void,
  ): void | Promise<void>;
}
