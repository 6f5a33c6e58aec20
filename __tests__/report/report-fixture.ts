import type {
  FieldChange,
  FileResourceChanges,
  Finding,
  KubeObject,
  Report,
  Resource,
  ResourceChange,
  ResourceRef,
  Severity,
} from '../../src/model.js';
import { summarize } from '../../src/report/summary.js';

export function makeResource(ref: ResourceRef, file: string, line = 1): Resource {
  const object: KubeObject = {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: ref.name, ...(ref.namespace !== undefined && { namespace: ref.namespace }) },
  };
  return {
    key: `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`,
    ref,
    object,
    file,
    line,
    endLine: line + 10,
    lineOf: () => line,
    ignoredRules: new Set<string>(),
  };
}

export function makeFinding(overrides: Partial<Finding> & { ruleId: string; severity: Severity }): Finding {
  return {
    message: `${overrides.ruleId} problem`,
    file: 'deploy/web.yaml',
    line: 1,
    helpUri: `https://example.com/docs/rules/${overrides.ruleId}.md`,
    fingerprint: `${overrides.ruleId}-${overrides.file ?? 'deploy/web.yaml'}-${overrides.line ?? 1}`,
    ...overrides,
  };
}

export function modified(ref: ResourceRef, file: string, fields: FieldChange[]): ResourceChange {
  const resource = makeResource(ref, file);
  return { key: resource.key, type: 'modified', base: resource, head: resource, fields };
}

export function added(ref: ResourceRef, file: string): ResourceChange {
  const head = makeResource(ref, file);
  return { key: head.key, type: 'added', head, fields: [] };
}

export function removed(ref: ResourceRef, file: string): ResourceChange {
  const base = makeResource(ref, file);
  return { key: base.key, type: 'removed', base, fields: [] };
}

export const WEB: ResourceRef = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  namespace: 'default',
  name: 'web',
};
export const WEB_SVC: ResourceRef = { apiVersion: 'v1', kind: 'Service', namespace: 'default', name: 'web' };
export const OLD_CONFIG: ResourceRef = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  namespace: 'default',
  name: 'old',
};
export const CRD: ResourceRef = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  name: 'widgets.example.com',
};

export function makeReport(overrides: Partial<Report> = {}): Report {
  const findings: Finding[] = overrides.findings ?? [
    makeFinding({
      ruleId: 'deprecated-api',
      severity: 'error',
      message: 'policy/v1beta1 PodDisruptionBudget was removed in 1.25 | use policy/v1',
      file: 'deploy/web.yaml',
      line: 12,
      endLine: 14,
      resource: WEB,
      fix: { line: 12, replacement: 'apiVersion: policy/v1', description: 'Use policy/v1' },
    }),
    makeFinding({
      ruleId: 'missing-resources',
      severity: 'warning',
      file: 'deploy/web.yaml',
      line: 20,
      resource: WEB,
    }),
    makeFinding({
      ruleId: 'crd-version-removed',
      severity: 'notice',
      file: 'crds/widgets.yaml',
      line: 3,
      resource: CRD,
    }),
  ];
  const changes: FileResourceChanges[] = overrides.changes ?? [
    {
      file: 'deploy/web.yaml',
      status: 'modified',
      resources: [
        modified(WEB, 'deploy/web.yaml', [
          { path: 'spec.replicas', type: 'changed', before: 2, after: 3 },
          {
            path: 'spec.template.spec.containers[0].image',
            type: 'changed',
            before: 'web:1.0',
            after: 'web:1.1',
          },
          { path: 'metadata.labels.tier', type: 'added', after: 'frontend' },
        ]),
        added(WEB_SVC, 'deploy/web.yaml'),
      ],
    },
    { file: 'deploy/old.yaml', status: 'deleted', resources: [removed(OLD_CONFIG, 'deploy/old.yaml')] },
  ];
  return {
    version: 1,
    mode: 'review',
    kubernetesVersion: '1.30',
    upgradeVersion: '1.31',
    scope: 'changed',
    changedFiles: [],
    base: '1111111111111111111111111111111111111111',
    head: '2222222222222222222222222222222222222222',
    stats: { filesRead: 3, resources: 4 },
    ...overrides,
    findings,
    changes,
    summary: overrides.summary ?? summarize(findings),
  };
}

/** Many findings and changed resources, for the size limits. */
export function makeLargeReport(findingCount = 2000, resourceCount = 500): Report {
  const findings: Finding[] = [];
  for (let i = 0; i < findingCount; i++) {
    const severity: Severity = i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice';
    findings.push(
      makeFinding({
        ruleId: `rule-${i % 7}`,
        severity,
        message: `Finding ${i} with a | pipe and\na newline and some padding text to make the row longer`,
        file: `deploy/app-${i % 50}.yaml`,
        line: i + 1,
        resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'ns', name: `app-${i % 50}` },
      }),
    );
  }
  const changes: FileResourceChanges[] = [];
  for (let f = 0; f < resourceCount / 5; f++) {
    const file = `deploy/app-${String(f).padStart(3, '0')}.yaml`;
    const resources: ResourceChange[] = [];
    for (let r = 0; r < 5; r++) {
      const ref: ResourceRef = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: 'ns',
        name: `app-${f}-${r}`,
      };
      resources.push(
        r === 0
          ? added(ref, file)
          : modified(ref, file, [
              { path: 'spec.replicas', type: 'changed', before: r, after: r + 1 },
              { path: 'spec.template.metadata.annotations.note', type: 'added', after: 'x'.repeat(300) },
              { path: 'metadata.labels.weird', type: 'removed', before: 'line1\n```\nline3' },
            ]),
      );
    }
    changes.push({ file, status: 'modified', resources });
  }
  return makeReport({ findings, changes });
}
