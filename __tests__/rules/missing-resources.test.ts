import { describe, expect, it } from '@jest/globals';
import { missingResourcesRule } from '../../src/rules/missing-resources.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const deployment = (resources: string, namespace = 'shop') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: ${namespace}\nspec:\n` +
  `  template:\n    spec:\n      containers:\n        - name: web\n${resources}`;

const limitRange = (namespace: string, limits: string) =>
  `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: ${namespace}\nspec:\n  limits:\n` +
  `    - type: Container\n${limits}`;

describe('missing-resources fixtures', () => {
  it.each(fixtureNames('missing-resources'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(missingResourcesRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('missingResourcesRule', () => {
  it('has the documented metadata', () => {
    expect(missingResourcesRule.meta).toMatchObject({
      id: 'missing-resources',
      category: 'resources',
      defaultSeverity: 'notice',
    });
  });

  it('names what is missing and the fields to set', async () => {
    const [none] = await runPractice(missingResourcesRule, deployment(''));
    expect(none?.line).toBe(10);
    expect(none?.message).toContain(
      "Container 'web' has no CPU request, no memory request and no memory limit",
    );
    expect(none?.message).toContain(
      'Set resources.requests.cpu, resources.requests.memory and resources.limits.memory',
    );
    const [limit] = await runPractice(
      missingResourcesRule,
      deployment('          resources:\n            requests: { cpu: 10m, memory: 64Mi }\n'),
    );
    expect(limit?.line).toBe(11);
    expect(limit?.message).toContain(
      "Container 'web' has no memory limit: a leak can use up the node's memory",
    );
    expect(limit?.message).toContain('Set resources.limits.memory (for example');
  });

  it('treats a limit as the request, as Kubernetes does', async () => {
    const found = await runPractice(
      missingResourcesRule,
      deployment('          resources:\n            limits: { cpu: 1, memory: 1Gi }\n'),
    );
    expect(found).toEqual([]);
  });

  it('takes LimitRange defaults from the same namespace only, and a partial default leaves the rest', async () => {
    const full = limitRange('shop', '      default: { cpu: 500m, memory: 512Mi }\n');
    expect(await runPractice(missingResourcesRule, deployment(''), { others: { 'lr.yaml': full } })).toEqual(
      [],
    );
    expect(
      await runPractice(missingResourcesRule, deployment('', 'other'), { others: { 'lr.yaml': full } }),
    ).toHaveLength(1);
    const cpuOnly = limitRange('shop', '      defaultRequest: { cpu: 100m }\n');
    const [finding] = await runPractice(missingResourcesRule, deployment(''), {
      others: { 'lr.yaml': cpuOnly },
    });
    expect(finding?.message).toContain('has no memory request and no memory limit');
  });
});
