import type { ReviewOptions } from '../config/config.js';
import type { ChangedFile, LineFix, Resource, ResourceChange, ResourceRef, Severity } from '../model.js';
import type { RepoLookup, RuleMeta } from '../rules/types.js';

/** What a whole-change analysis sees: every resource change at once, not one resource at a time. */
export interface AnalysisInput {
  mode: 'review' | 'audit';
  options: ReviewOptions;
  /** Changed files with hunks (empty in an audit). */
  changedFiles: readonly ChangedFile[];
  /** Resource changes of the changed files (every resource as `added` in an audit). */
  changes: readonly ResourceChange[];
  baseResources: readonly Resource[];
  headResources: readonly Resource[];
  repo: RepoLookup;
  /** Chart version bumps among the rendered targets (reviews only). */
  chartBumps?: readonly ChartBump[];
  /** A file's text at the base (merge-base) or head side; undefined when absent. Audits have only `head`. */
  readFile(side: 'base' | 'head', path: string): Promise<string | undefined>;
  /**
   * Every repo-relative file path at head that passes the path filters, for checks of files that hold no
   * Kubernetes objects (a chart's Chart.yaml). Given in audits and for scope `all`; absent otherwise.
   */
  headFiles?: () => Promise<readonly string[]>;
}

/** A rendered chart whose version the change moves, and what happened to the CRDs it carries. */
export interface ChartBump {
  /** `Application argocd/argocd`, `chart charts/web`. */
  target: string;
  chart: string;
  from: string;
  to: string;
  /** The version line that moved. */
  file: string;
  line: number;
  /** Names of the CRDs rendered the same at both versions, and how many differ. */
  unchangedCrds: string[];
  changedCrds: number;
}

export interface AnalyzerReport {
  ruleId: string;
  message: string;
  severity?: Severity;
  file: string;
  line: number;
  endLine?: number;
  resource?: ResourceRef;
  /** The resource itself, when the analyzer holds it: its ignore comments and the config's ignores apply. */
  subject?: Resource;
  /** Part of the fingerprint: what the finding is about (never a line number). */
  key: string;
  fix?: LineFix;
}

/**
 * A check over the whole change (a CRD upgrade, a version moved in a config file), for what one
 * resource at a time cannot see. Registered in rules/index.ts next to the resource rules.
 */
export interface Analyzer {
  metas: readonly RuleMeta[];
  analyze(input: AnalysisInput, report: (finding: AnalyzerReport) => void): Promise<void>;
}
