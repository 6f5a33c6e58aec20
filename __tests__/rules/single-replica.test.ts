import { describe, expect, it } from '@jest/globals';
import { singleReplicaRule } from '../../src/rules/single-replica.js';
import { fixtureNames } from './rule-fixture.js';
import type { RuleContext } from '../../src/rules/types.js';
import { checkPracticeFixture, parse, runPractice } from './practice-fixture.js';

const deployment = (replicas: string, namespace = 'shop') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: ${namespace}\nspec:\n${replicas}` +
  '  template:\n    spec:\n      containers:\n        - name: web\n';

const hpa = (namespace?: string, target = 'web') =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${target}\n` +
  (namespace ? `  namespace: ${namespace}\n` : '') +
  `spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${target}\n  maxReplicas: 4\n`;

describe('single-replica fixtures', () => {
  it.each(fixtureNames('single-replica'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(singleReplicaRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('singleReplicaRule', () => {
  it('has the documented metadata', () => {
    expect(singleReplicaRule.meta).toMatchObject({
      id: 'single-replica',
      category: 'availability',
      defaultSeverity: 'notice',
    });
  });

  it('says what to change, and that an unset replicas means 1', async () => {
    const [unset] = await runPractice(singleReplicaRule, deployment(''));
    expect(unset?.line).toBe(6);
    expect(unset?.message).toContain(
      "Deployment 'web' runs a single replica (spec.replicas is not set, so 1)",
    );
    expect(unset?.message).toContain('Set spec.replicas to 2 or more');
    const [explicit] = await runPractice(singleReplicaRule, deployment('  replicas: 1\n'));
    expect(explicit?.line).toBe(7);
    expect(explicit?.message).not.toContain('not set');
  });

  it('finds an HPA in another file of the repo', async () => {
    const found = await runPractice(singleReplicaRule, deployment(''), {
      others: { 'hpa/web.yaml': hpa('shop') },
    });
    expect(found).toEqual([]);
  });

  it('matches an HPA without a namespace (set at deploy time), but not one in another namespace', async () => {
    expect(await runPractice(singleReplicaRule, deployment(''), { others: { 'hpa.yaml': hpa() } })).toEqual(
      [],
    );
    expect(
      await runPractice(singleReplicaRule, deployment(''), { others: { 'hpa.yaml': hpa('other') } }),
    ).toHaveLength(1);
    expect(
      await runPractice(singleReplicaRule, deployment(''), { others: { 'hpa.yaml': hpa('shop', 'api') } }),
    ).toHaveLength(1);
  });

  it('does not read the repo for workloads with enough replicas', async () => {
    let reads = 0;
    const context: RuleContext = {
      kubernetesVersion: { major: 1, minor: 33 },
      upgradeVersion: { major: 1, minor: 34 },
      repo: {
        resourcesOfKind: () => {
          reads++;
          return Promise.resolve([]);
        },
      },
    };
    const [resource] = parse('app.yaml', deployment('  replicas: 3\n'));
    await singleReplicaRule.check(resource!, context, () => {});
    expect(reads).toBe(0);
  });
});
