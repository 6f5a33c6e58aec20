import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import { makeReport } from './report-fixture.js';

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.some(hasUndefined);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasUndefined);
  return false;
}

function hasFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (value instanceof Set || value instanceof Map) return true;
  if (Array.isArray(value)) return value.some(hasFunction);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasFunction);
  return false;
}

describe('renderJson', () => {
  it('round-trips through JSON.stringify unchanged, with no undefined, functions or sets', () => {
    const json = renderJson(makeReport());
    expect(hasUndefined(json)).toBe(false);
    expect(hasFunction(json)).toBe(false);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('has the documented shape', () => {
    const json = renderJson(makeReport());
    expect(Object.keys(json)).toEqual([
      'version',
      'mode',
      'kubernetesVersion',
      'upgradeVersion',
      'scope',
      'base',
      'head',
      'findings',
      'changes',
      'summary',
      'stats',
    ]);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ error: 1, warning: 1, notice: 1 });
    expect(json.findings.find((f) => f.ruleId === 'deprecated-api')).toEqual({
      ruleId: 'deprecated-api',
      severity: 'error',
      message: 'policy/v1beta1 PodDisruptionBudget was removed in 1.25 | use policy/v1',
      file: 'deploy/web.yaml',
      line: 12,
      endLine: 14,
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' },
      helpUri: 'https://example.com/docs/rules/deprecated-api.md',
      fingerprint: 'deprecated-api-deploy/web.yaml-12',
      fix: { line: 12, replacement: 'apiVersion: policy/v1', description: 'Use policy/v1' },
    });
    const crdFinding = json.findings.find((f) => f.ruleId === 'crd-version-removed');
    expect(crdFinding?.resource).toEqual({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      name: 'widgets.example.com',
    });
    expect(crdFinding && 'endLine' in crdFinding).toBe(false);
    expect(json.changes[0]?.resources[0]).toEqual({
      key: 'Deployment/default/web',
      type: 'modified',
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'default',
      name: 'web',
      fields: [
        { path: 'spec.replicas', type: 'changed', before: 2, after: 3 },
        {
          path: 'spec.template.spec.containers[0].image',
          type: 'changed',
          before: 'web:1.0',
          after: 'web:1.1',
        },
        { path: 'metadata.labels.tier', type: 'added', after: 'frontend' },
      ],
    });
    expect(json.changes[1]?.resources[0]).toMatchObject({ type: 'removed', kind: 'ConfigMap', name: 'old' });
  });

  it('omits base and head when the report has none', () => {
    const report = makeReport({ mode: 'audit', changes: [] });
    delete report.base;
    delete report.head;
    const json = renderJson(report);
    expect('base' in json).toBe(false);
    expect('head' in json).toBe(false);
    expect(json.changes).toEqual([]);
  });
});
