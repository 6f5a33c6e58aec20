import { describe, expect, it } from '@jest/globals';
import { API_LIFECYCLE, entryApiVersion } from '../../src/data/api-lifecycle.js';
import { deprecatedApiRule } from '../../src/rules/deprecated-api.js';
import { removedApiRule } from '../../src/rules/removed-api.js';
import { checkFixture, contextFor, fixtureNames, runRule } from './rule-fixture.js';
import type { FoundFinding } from './rule-fixture.js';

function findings(yaml: string, kubernetesVersion: string, upgradeVersion?: string) {
  return runRule(deprecatedApiRule, 'app.yaml', yaml, contextFor(kubernetesVersion, upgradeVersion));
}

function only(yaml: string, kubernetesVersion: string, upgradeVersion?: string): FoundFinding {
  const found = findings(yaml, kubernetesVersion, upgradeVersion);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const manifest = (apiVersion: string, kind: string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;

describe('deprecated-api fixtures', () => {
  it.each(fixtureNames('deprecated-api'))('%s: reports exactly the marked lines and severities', (name) => {
    const { expected, actual } = checkFixture(deprecatedApiRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('deprecatedApiRule', () => {
  it('has the documented metadata', () => {
    expect(deprecatedApiRule.meta).toMatchObject({
      id: 'deprecated-api',
      category: 'deprecation',
      defaultSeverity: 'warning',
    });
  });

  it('warns when the upgrade target removes the API, with the replacement and a fix', () => {
    const finding = only(manifest('policy/v1beta1', 'PodDisruptionBudget'), '1.24', '1.25');
    expect(finding.severity).toBe('warning');
    expect(finding.key).toBe('deprecated');
    expect(finding.line).toBe(1);
    expect(finding.message).toContain(
      'policy/v1beta1 PodDisruptionBudget is removed in 1.25: migrate before upgrading to 1.25',
    );
    expect(finding.message).toContain('policy/v1 (available since 1.21)');
    expect(finding.fix).toEqual({
      line: 1,
      replacement: 'apiVersion: policy/v1',
      description: 'Change apiVersion to policy/v1',
    });
  });

  it('offers a batch/v1 fix for CronJob and none for Ingress, whose fields change', () => {
    expect(only(manifest('batch/v1beta1', 'CronJob'), '1.21', '1.25').fix?.replacement).toBe(
      'apiVersion: batch/v1',
    );

    const ingress = only(manifest('networking.k8s.io/v1beta1', 'Ingress'), '1.19', '1.22');
    expect(ingress.message).toContain('spec.backend -> spec.defaultBackend');
    expect(ingress.fix).toBeUndefined();
  });

  it('gives no fix while the replacement is not served at the current version', () => {
    const finding = only(manifest('autoscaling/v2beta1', 'HorizontalPodAutoscaler'), '1.22', '1.25');
    expect(finding.message).toContain('autoscaling/v2 (available from 1.23, not served by 1.22)');
    expect(finding.message).toContain('targetAverageUtilization -> target.averageUtilization');
    expect(finding.fix).toBeUndefined();

    const pdb = only(manifest('policy/v1beta1', 'PodDisruptionBudget'), '1.20', '1.25');
    expect(pdb.fix).toBeUndefined();
  });

  it('sends a notice for a deprecated API whose removal is after the upgrade target', () => {
    const finding = only(
      manifest('flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration'),
      '1.29',
    );
    expect(finding.severity).toBe('notice');
    expect(finding.message).toContain('is deprecated since 1.29 and will be removed in 1.32');
    expect(finding.message).toContain('Use flowcontrol.apiserver.k8s.io/v1 (available since 1.29)');
    expect(finding.message).toContain('an explicit 0 stays 0');
  });

  it('marks removals after the newest known release as planned', () => {
    const finding = only(manifest('resource.k8s.io/v1beta1', 'ResourceClaim'), '1.36');
    expect(finding.severity).toBe('notice');
    expect(finding.message).toContain('deprecated since 1.35 and will be removed in 1.38 (planned)');
    expect(finding.message).toContain('resource.k8s.io/v1 (available since 1.34)');
    expect(finding.message).toContain('spec.devices.requests[*].exactly.*');
  });

  it('names the interim flowcontrol version the current cluster serves', () => {
    const finding = only(manifest('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'), '1.25', '1.26');
    expect(finding.message).toContain('removed in 1.26: migrate before upgrading to 1.26');
    expect(finding.message).toContain(
      'Use flowcontrol.apiserver.k8s.io/v1 once the cluster runs 1.29 or later',
    );
    expect(finding.message).toContain(
      'use flowcontrol.apiserver.k8s.io/v1beta2 (available since 1.23) until then',
    );
    expect(finding.message).toContain(
      'flowcontrol.apiserver.k8s.io/v1beta2 is itself deprecated since 1.26, removed in 1.29',
    );
    expect(finding.fix?.replacement).toBe('apiVersion: flowcontrol.apiserver.k8s.io/v1beta2');
  });

  it('treats the upgrade version as the current one when it is older', () => {
    expect(findings(manifest('batch/v1beta1', 'CronJob'), '1.24', '1.20')).toHaveLength(1);
  });

  it('does not report an API that is neither deprecated nor removed by the upgrade target', () => {
    expect(
      findings(manifest('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema'), '1.24', '1.25'),
    ).toHaveLength(0);
    expect(findings(manifest('resource.k8s.io/v1beta1', 'ResourceClaim'), '1.34')).toHaveLength(0);
  });

  it('never fires together with removed-api, at any version pair', () => {
    const versions = [
      '1.15',
      '1.16',
      '1.21',
      '1.22',
      '1.25',
      '1.26',
      '1.29',
      '1.32',
      '1.34',
      '1.36',
      '1.37',
      '1.40',
    ];
    for (const entry of API_LIFECYCLE) {
      const yaml = manifest(entryApiVersion(entry), entry.kind);
      for (const current of versions) {
        for (const upgrade of versions) {
          const context = contextFor(current, upgrade);
          const removed = runRule(removedApiRule, 'a.yaml', yaml, context);
          const deprecated = runRule(deprecatedApiRule, 'a.yaml', yaml, context);
          expect(removed.length + deprecated.length).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
