import { describe, expect, it } from '@jest/globals';
import { removedApiRule } from '../../src/rules/removed-api.js';
import { checkFixture, contextFor, fixtureNames, runRule } from './rule-fixture.js';
import type { FoundFinding } from './rule-fixture.js';

function findings(yaml: string, kubernetesVersion: string, upgradeVersion?: string, file = 'app.yaml') {
  return runRule(removedApiRule, file, yaml, contextFor(kubernetesVersion, upgradeVersion));
}

function only(yaml: string, kubernetesVersion: string, upgradeVersion?: string): FoundFinding {
  const found = findings(yaml, kubernetesVersion, upgradeVersion);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const manifest = (apiVersion: string, kind: string, extra = '') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${extra}`;

describe('removed-api fixtures', () => {
  it.each(fixtureNames('removed-api'))('%s: reports exactly the marked lines', (name) => {
    const { expected, actual } = checkFixture(removedApiRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('removedApiRule', () => {
  it('has the documented metadata', () => {
    expect(removedApiRule.meta).toMatchObject({
      id: 'removed-api',
      category: 'deprecation',
      defaultSeverity: 'error',
    });
  });

  it('points at the apiVersion line with key "removed"', () => {
    const yaml = '# comment\nkind: CronJob\nmetadata:\n  name: x\napiVersion: batch/v1beta1\n';
    const finding = only(yaml, '1.25');
    expect(finding.line).toBe(5);
    expect(finding.key).toBe('removed');
    expect(finding.severity).toBe('error');
  });

  it('fires at exactly the removal version and not one release before', () => {
    const yaml = manifest('policy/v1beta1', 'PodDisruptionBudget');
    expect(findings(yaml, '1.24', '1.30')).toHaveLength(0);
    expect(findings(yaml, '1.25')).toHaveLength(1);
    expect(findings(yaml, '1.36')).toHaveLength(1);
  });

  it('names the removal version, the replacement and the field migrations for Ingress, without a fix', () => {
    const finding = only(manifest('extensions/v1beta1', 'Ingress'), '1.25');
    expect(finding.message).toContain('extensions/v1beta1 Ingress is no longer served as of Kubernetes 1.22');
    expect(finding.message).toContain('networking.k8s.io/v1 (available since 1.19)');
    expect(finding.message).toContain('spec.backend -> spec.defaultBackend');
    expect(finding.message).toContain('serviceName -> service.name');
    expect(finding.message).toContain('servicePort (number) -> service.port.number');
    expect(finding.message).toContain('pathType is required');
    expect(finding.fix).toBeUndefined();
  });

  it('offers an apiVersion fix for PodDisruptionBudget and warns about the empty selector', () => {
    const finding = only(manifest('policy/v1beta1', 'PodDisruptionBudget'), '1.25');
    expect(finding.fix).toEqual({
      line: 1,
      replacement: 'apiVersion: policy/v1',
      description: 'Change apiVersion to policy/v1',
    });
    expect(finding.message).toContain('policy/v1 (available since 1.21)');
    expect(finding.message).toContain('an empty spec.selector ({}) selects every pod');
  });

  it('offers an apiVersion fix for CronJob', () => {
    const finding = only(manifest('batch/v1beta1', 'CronJob'), '1.25');
    expect(finding.fix?.replacement).toBe('apiVersion: batch/v1');
    expect(finding.message).not.toContain('Changes needed');
  });

  it('says there is no replacement for PodSecurityPolicy', () => {
    const finding = only(manifest('policy/v1beta1', 'PodSecurityPolicy'), '1.25');
    expect(finding.message).toContain(
      'No replacement: use Pod Security Admission or a third-party admission webhook',
    );
    expect(finding.fix).toBeUndefined();
  });

  it('follows a replacement that is itself removed (extensions/v1beta1 -> policy/v1beta1 PodSecurityPolicy)', () => {
    const gone = only(manifest('extensions/v1beta1', 'PodSecurityPolicy'), '1.25');
    expect(gone.message).toContain('Its replacement policy/v1beta1 is itself removed in 1.25');
    expect(gone.message).toContain('No replacement: use Pod Security Admission');
    expect(gone.fix).toBeUndefined();

    const stillServed = only(manifest('extensions/v1beta1', 'PodSecurityPolicy'), '1.20');
    expect(stillServed.fix?.replacement).toBe('apiVersion: policy/v1beta1');
  });

  it('recommends flowcontrol v1 but names v1beta3 while the cluster does not serve v1 yet', () => {
    const plc = only(manifest('flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration'), '1.26');
    expect(plc.message).toContain('no longer served as of Kubernetes 1.26');
    expect(plc.message).toContain('Use flowcontrol.apiserver.k8s.io/v1 once the cluster runs 1.29 or later');
    expect(plc.message).toContain(
      'use flowcontrol.apiserver.k8s.io/v1beta3 (available since 1.26) until then',
    );
    expect(plc.message).toContain(
      'spec.limited.assuredConcurrencyShares -> spec.limited.nominalConcurrencyShares',
    );
    expect(plc.fix).toBeUndefined();

    const fs = only(manifest('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'), '1.26');
    expect(fs.fix?.replacement).toBe('apiVersion: flowcontrol.apiserver.k8s.io/v1beta3');

    const fsLater = only(manifest('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'), '1.29');
    expect(fsLater.message).toContain('Use flowcontrol.apiserver.k8s.io/v1 (available since 1.29)');
    expect(fsLater.fix?.replacement).toBe('apiVersion: flowcontrol.apiserver.k8s.io/v1');
  });

  it('gives no fix to an interim version that the upgrade target removes', () => {
    const fs = only(manifest('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'), '1.26', '1.32');
    expect(fs.message).toContain('flowcontrol.apiserver.k8s.io/v1beta3 is itself removed in 1.32');
    expect(fs.fix).toBeUndefined();
  });

  it('treats apps/v1beta2 workloads as an apiVersion change and extensions/v1beta1 ones as a migration', () => {
    const beta2 = only(manifest('apps/v1beta2', 'Deployment'), '1.16');
    expect(beta2.fix?.replacement).toBe('apiVersion: apps/v1');

    const extensions = only(manifest('extensions/v1beta1', 'Deployment'), '1.16');
    expect(extensions.message).toContain('spec.rollbackTo is removed');
    expect(extensions.message).toContain('spec.selector is required');
    expect(extensions.message).toContain('spec.revisionHistoryLimit defaults to 10');
    expect(extensions.fix).toBeUndefined();
  });

  it('lists the DRA request move under `exactly`', () => {
    const claim = only(manifest('resource.k8s.io/v1alpha3', 'ResourceClaim'), '1.34');
    expect(claim.message).toContain('resource.k8s.io/v1 (available since 1.34)');
    expect(claim.message).toContain('-> spec.devices.requests[*].exactly.*');
    expect(claim.fix).toBeUndefined();

    const deviceClass = only(manifest('resource.k8s.io/v1alpha3', 'DeviceClass'), '1.34');
    expect(deviceClass.fix?.replacement).toBe('apiVersion: resource.k8s.io/v1');
  });

  it('gives no fix in JSON files', () => {
    const json = JSON.stringify(
      { apiVersion: 'batch/v1beta1', kind: 'CronJob', metadata: { name: 'x' } },
      null,
      2,
    );
    const found = findings(json, '1.25', undefined, 'cronjob.json');
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
  });

  it('gives no fix for objects inside a kind: List, whose apiVersion line is indented', () => {
    const yaml =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: policy/v1beta1\n    kind: PodDisruptionBudget\n';
    const found = findings(yaml, '1.25');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(4);
    expect(found[0]?.resource.listItem).toBe(true);
    expect(found[0]?.fix).toBeUndefined();
  });

  it('never fires for current and custom APIs at any version', () => {
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['policy/v1', 'PodDisruptionBudget'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['v1', 'Service'],
      ['argoproj.io/v1alpha1', 'Application'],
    ] as const) {
      expect(findings(manifest(apiVersion, kind), '1.40')).toHaveLength(0);
    }
  });
});

describe('APIs newer than the cluster', () => {
  it('says when an apiVersion is not served yet, and what the cluster serves instead', () => {
    const found = only(manifest('networking.k8s.io/v1', 'Ingress'), '1.18');
    expect(found.key).toBe('not-served-yet');
    expect(found.message).toContain('networking.k8s.io/v1 Ingress is not served yet by Kubernetes 1.18');
    expect(found.message).toContain('available from 1.19');
    expect(found.message).toContain('extensions/v1beta1 or networking.k8s.io/v1beta1');
    expect(found.fix).toBeUndefined();
    expect(findings(manifest('networking.k8s.io/v1', 'Ingress'), '1.19')).toEqual([]);
    expect(findings(manifest('autoscaling/v2', 'HorizontalPodAutoscaler'), '1.22')).toHaveLength(1);
    expect(findings(manifest('autoscaling/v2', 'HorizontalPodAutoscaler'), '1.23')).toEqual([]);
  });
});
