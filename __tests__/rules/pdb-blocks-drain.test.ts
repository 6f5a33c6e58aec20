import { describe, expect, it } from '@jest/globals';
import { pdbBlocksDrainRule } from '../../src/rules/pdb-blocks-drain.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, parse, runPractice } from './practice-fixture.js';

const pdb = (budget: string) =>
  'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n' +
  `${budget}  selector:\n    matchLabels: { app: web }\n`;

const workload = (kind: string, name: string, replicas: number) =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n` +
  '  template:\n    metadata:\n      labels: { app: web }\n';

describe('pdb-blocks-drain fixtures', () => {
  it.each(fixtureNames('pdb-blocks-drain'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(pdbBlocksDrainRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('pdbBlocksDrainRule', () => {
  it('has the documented metadata', () => {
    expect(pdbBlocksDrainRule.meta).toMatchObject({
      id: 'pdb-blocks-drain',
      category: 'availability',
      defaultSeverity: 'warning',
    });
  });

  it('explains maxUnavailable: 0', async () => {
    const [finding] = await runPractice(pdbBlocksDrainRule, pdb('  maxUnavailable: 0\n'));
    expect(finding?.line).toBe(6);
    expect(finding?.message).toContain(
      "PodDisruptionBudget 'web' allows no voluntary disruption (maxUnavailable: 0)",
    );
    expect(finding?.message).toContain('kubectl drain');
    expect(finding?.message).toContain('Set maxUnavailable: 1');
  });

  it('adds up every workload the selector matches, across files', async () => {
    const others = {
      'web.yaml': workload('Deployment', 'web', 2),
      'canary.yaml': workload('StatefulSet', 'web-canary', 1),
    };
    const [finding] = await runPractice(pdbBlocksDrainRule, pdb('  minAvailable: 3\n'), { others });
    expect(finding?.message).toContain(
      "requires minAvailable: 3 of the 3 pods it selects (Deployment 'web': 2 replicas and StatefulSet 'web-canary': 1 replica)",
    );
    expect(finding?.message).toContain('Set minAvailable to 2 or less');
    expect(await runPractice(pdbBlocksDrainRule, pdb('  minAvailable: 2\n'), { others })).toEqual([]);
  });

  it('suggests more replicas for a single pod', async () => {
    const others = { 'web.yaml': workload('Deployment', 'web', 1) };
    const [finding] = await runPractice(pdbBlocksDrainRule, pdb('  minAvailable: 1\n'), { others });
    expect(finding?.message).toContain('Run 2 or more replicas');
  });

  it('does not read the repo for budgets that cannot block', async () => {
    let reads = 0;
    const repo = {
      resourcesOfKind: () => {
        reads++;
        return Promise.resolve([]);
      },
    };
    for (const budget of ['  maxUnavailable: 1\n', '  minAvailable: 0\n', '  maxUnavailable: 25%\n']) {
      const [resource] = parse('pdb.yaml', pdb(budget));
      await pdbBlocksDrainRule.check(
        resource!,
        { kubernetesVersion: { major: 1, minor: 33 }, upgradeVersion: { major: 1, minor: 34 }, repo },
        () => {},
      );
    }
    expect(reads).toBe(0);
  });
});
