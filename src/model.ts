// The typed data passed between pipeline stages: collect -> parse -> diff -> check -> report.

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export const SCOPES = ['changed', 'files', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

/** A path into a parsed object: map keys and sequence indexes. */
export type FieldPath = readonly (string | number)[];

/** A Kubernetes object as parsed from YAML or JSON (plain data). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** One Kubernetes object found in a file, with where it came from. */
export interface Resource {
  /** Pairing key: group/kind/namespace/name. The version is left out so an apiVersion bump pairs up. */
  key: string;
  ref: ResourceRef;
  object: KubeObject;
  /** Repo-relative path, forward slashes. */
  file: string;
  /** 1-based line where the object starts, and where it ends. */
  line: number;
  endLine: number;
  /** 1-based line of the key (or sequence item) at `path`; the nearest existing ancestor if it is absent. */
  lineOf(path: FieldPath): number;
  /** True for an item of a `kind: List` (its lines are indented inside `items`). */
  listItem?: boolean;
  /** Rule ids switched off by `# kube-pr-review: ignore <rule-id>` comments in this document ('*' for all). */
  ignoredRules: ReadonlySet<string>;
  /**
   * Set for a resource that a Helm chart, Kustomize overlay or release rendered: the target (`Application
   * argocd/web`) and the template it came from (`web/templates/deployment.yaml`, as helm names it). Its
   * `file` and lines are then the repo line that caused it (a values line, a chart version, the declaration).
   */
  rendered?: { target: string; template?: string };
}

/** A problem found while reading a file: it becomes a `parse-error` finding. */
export interface ParseProblem {
  file: string;
  line: number;
  message: string;
}

export interface ParsedFile {
  file: string;
  /** `kubernetes`: at least one object; `other`: YAML that is not Kubernetes (left alone); `template`: Helm template. */
  kind: 'kubernetes' | 'other' | 'template' | 'empty' | 'broken';
  resources: Resource[];
  problems: ParseProblem[];
}

// ---- changes from git ----

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Head-side line numbers added or changed by this hunk. */
  addedLines: number[];
}

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  path: string;
  /** Base-side path (differs from `path` for renames). */
  oldPath: string;
  status: FileStatus;
  hunks: Hunk[];
}

export interface ChangeSet {
  /** The merge-base commit that head is compared with; undefined in an audit. */
  base?: string;
  head: string;
  files: ChangedFile[];
}

// ---- resource diff ----

export type ChangeType = 'added' | 'removed' | 'modified' | 'unchanged';

export interface FieldChange {
  /** Dotted path, sequence indexes in brackets: `spec.template.spec.containers[0].image`. */
  path: string;
  type: 'added' | 'removed' | 'changed';
  /** Values are already masked for Secrets: never raw Secret data. */
  before?: unknown;
  after?: unknown;
}

export interface ResourceChange {
  key: string;
  type: ChangeType;
  base?: Resource;
  head?: Resource;
  /** Field-level differences for `modified` (empty otherwise). */
  fields: FieldChange[];
}

// ---- findings ----

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  endLine?: number;
  resource?: ResourceRef;
  helpUri: string;
  /** Stable across line moves: rule, file, resource and the finding's own key. */
  fingerprint: string;
  /** A one-line edit that fixes the finding, where there is one (used for review suggestions). */
  fix?: LineFix;
}

export interface LineFix {
  line: number;
  /** The whole new text of the line. */
  replacement: string;
  description: string;
}

export interface Summary {
  error: number;
  warning: number;
  notice: number;
}

export interface Report {
  version: 1;
  mode: 'review' | 'audit';
  kubernetesVersion: string;
  upgradeVersion: string;
  scope: Scope;
  base?: string;
  head?: string;
  findings: Finding[];
  changes: FileResourceChanges[];
  /** The changed files with their diff hunks (review only): where inline comments may go. */
  changedFiles: ChangedFile[];
  summary: Summary;
  stats: { filesRead: number; resources: number };
}

/** Resource changes grouped by the file they belong to (head path; base path for removals). */
export interface FileResourceChanges {
  file: string;
  status: FileStatus;
  resources: ResourceChange[];
  /**
   * For rendered resources: the release or overlay they belong to (`Application argocd/web`); `file` is then
   * the file that declares it and `status` says whether the change adds, removes or modifies the target.
   */
  target?: string;
}
