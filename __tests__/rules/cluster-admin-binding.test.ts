import { describe, expect, it } from '@jest/globals';
import { clusterAdminBindingRule } from '../../src/rules/cluster-admin-binding.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const binding = (kind: string, subjects: string, namespace = '') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: b\n${namespace}` +
  `roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n${subjects}`;

describe('cluster-admin-binding fixtures', () => {
  it.each(fixtureNames('cluster-admin-binding'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(clusterAdminBindingRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('clusterAdminBindingRule', () => {
  it('has the documented metadata', () => {
    expect(clusterAdminBindingRule.meta).toMatchObject({
      id: 'cluster-admin-binding',
      category: 'security',
      defaultSeverity: 'warning',
    });
  });

  it('names the ServiceAccounts and the scope of the grant', async () => {
    const subjects =
      '  - kind: ServiceAccount\n    name: ci\n    namespace: ci\n' +
      '  - kind: User\n    name: jane\n  - kind: ServiceAccount\n    name: deploy\n    namespace: tools\n';
    const [finding] = await runPractice(clusterAdminBindingRule, binding('ClusterRoleBinding', subjects));
    expect(finding?.line).toBe(8);
    expect(finding?.message).toContain(
      "ClusterRoleBinding 'b' gives cluster-admin (full control of the whole cluster) to ServiceAccount ci/ci and ServiceAccount tools/deploy",
    );
    expect(finding?.message).not.toContain('jane');
  });

  it('defaults a RoleBinding subject to the binding namespace', async () => {
    const [finding] = await runPractice(
      clusterAdminBindingRule,
      binding('RoleBinding', '  - kind: ServiceAccount\n    name: app\n', '  namespace: shop\n'),
    );
    expect(finding?.message).toContain("full control of namespace 'shop'");
    expect(finding?.message).toContain('ServiceAccount shop/app');
  });
});
