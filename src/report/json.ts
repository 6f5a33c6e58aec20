import type {
  ChangeType,
  FieldChange,
  FileStatus,
  Finding,
  Report,
  ResourceChange,
  ResourceRef,
  Scope,
  Severity,
  Summary,
} from '../model.js';
import { sortFindings } from './summary.js';

export interface JsonResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  endLine?: number;
  resource?: JsonResourceRef;
  helpUri: string;
  fingerprint: string;
  fix?: { line: number; replacement: string; description: string };
}

export interface JsonFieldChange {
  path: string;
  type: FieldChange['type'];
  before?: unknown;
  after?: unknown;
}

export interface JsonResourceChange extends JsonResourceRef {
  key: string;
  type: ChangeType;
  fields: JsonFieldChange[];
}

export interface JsonFileChanges {
  file: string;
  status: FileStatus;
  /** Rendered resources: the release or overlay (`Application argocd/web`) declared in `file`. */
  target?: string;
  resources: JsonResourceChange[];
}

/** The `--format json` output. Bump `version` on any incompatible change. */
export interface JsonReport {
  version: 1;
  mode: Report['mode'];
  kubernetesVersion: string;
  upgradeVersion: string;
  scope: Scope;
  base?: string;
  head?: string;
  findings: JsonFinding[];
  changes: JsonFileChanges[];
  summary: Summary;
  stats: { filesRead: number; resources: number };
}

/** Plain data only: no functions, no parsed objects, no undefined-valued keys. */
export function renderJson(report: Report): JsonReport {
  return {
    version: 1,
    mode: report.mode,
    kubernetesVersion: report.kubernetesVersion,
    upgradeVersion: report.upgradeVersion,
    scope: report.scope,
    ...(report.base !== undefined && { base: report.base }),
    ...(report.head !== undefined && { head: report.head }),
    findings: sortFindings(report.findings).map(jsonFinding),
    changes: report.changes.map((fileChanges) => ({
      file: fileChanges.file,
      status: fileChanges.status,
      ...(fileChanges.target !== undefined && { target: fileChanges.target }),
      resources: fileChanges.resources.map(jsonResourceChange),
    })),
    summary: { error: report.summary.error, warning: report.summary.warning, notice: report.summary.notice },
    stats: { filesRead: report.stats.filesRead, resources: report.stats.resources },
  };
}

function jsonRef(ref: ResourceRef): JsonResourceRef {
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    ...(ref.namespace !== undefined && { namespace: ref.namespace }),
    name: ref.name,
  };
}

function jsonFinding(finding: Finding): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    ...(finding.endLine !== undefined && { endLine: finding.endLine }),
    ...(finding.resource && { resource: jsonRef(finding.resource) }),
    helpUri: finding.helpUri,
    fingerprint: finding.fingerprint,
    ...(finding.fix && {
      fix: {
        line: finding.fix.line,
        replacement: finding.fix.replacement,
        description: finding.fix.description,
      },
    }),
  };
}

function jsonResourceChange(change: ResourceChange): JsonResourceChange {
  const ref = (change.head ?? change.base)?.ref;
  return {
    key: change.key,
    type: change.type,
    // A change always has a side; the key is only a fallback so the shape stays valid.
    ...(ref ? jsonRef(ref) : { apiVersion: '', kind: '', name: change.key }),
    fields: change.fields.map((field) => ({
      path: field.path,
      type: field.type,
      ...(field.before !== undefined && { before: field.before }),
      ...(field.after !== undefined && { after: field.after }),
    })),
  };
}
