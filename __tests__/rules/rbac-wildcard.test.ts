import { describe, expect, it } from '@jest/globals';
import { rbacWildcardRule } from '../../src/rules/rbac-wildcard.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const role = (rules: string, kind = 'ClusterRole') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: r\nrules:\n${rules}`;

describe('rbac-wildcard fixtures', () => {
  it.each(fixtureNames('rbac-wildcard'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(rbacWildcardRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('rbacWildcardRule', () => {
  it('has the documented metadata', () => {
    expect(rbacWildcardRule.meta).toMatchObject({
      id: 'rbac-wildcard',
      category: 'security',
      defaultSeverity: 'warning',
    });
  });

  it('reports one finding per rule entry, on the verbs line when verbs are a wildcard', async () => {
    const found = await runPractice(
      rbacWildcardRule,
      role("  - apiGroups: ['*']\n    resources: ['*']\n    verbs: ['*']\n"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(8);
    expect(found[0]?.message).toContain(
      "ClusterRole 'r' grants every verb ('*') on every resource ('*') in API groups [*]",
    );
    expect(found[0]?.message).toContain('List only the verbs and resources the subjects need');
  });

  it('names the verbs granted on every resource, and the core group as ""', async () => {
    const [finding] = await runPractice(
      rbacWildcardRule,
      role("  - apiGroups: ['']\n    resources: ['*']\n    verbs: [get, list]\n", 'Role'),
    );
    expect(finding?.line).toBe(7);
    expect(finding?.message).toContain(
      "Role 'r' grants verbs [get, list] on every resource ('*') in API groups [\"\"]",
    );
  });

  it('keeps fingerprints when rules are reordered', async () => {
    const a = "  - apiGroups: [apps]\n    resources: ['*']\n    verbs: [get]\n";
    const b = '  - apiGroups: [batch]\n    resources: [jobs]\n    verbs: [get]\n';
    const [before] = await runPractice(rbacWildcardRule, role(a + b));
    const [after] = await runPractice(rbacWildcardRule, role(b + a));
    expect(after?.fingerprint).toBe(before?.fingerprint);
    expect(after?.line).toBe(10);
  });
});
