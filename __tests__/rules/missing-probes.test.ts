import { describe, expect, it } from '@jest/globals';
import { missingProbesRule } from '../../src/rules/missing-probes.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const deployment = (container: string) =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n' +
  `      containers:\n        - name: web\n${container}`;

describe('missing-probes fixtures', () => {
  it.each(fixtureNames('missing-probes'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(missingProbesRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('missingProbesRule', () => {
  it('has the documented metadata', () => {
    expect(missingProbesRule.meta).toMatchObject({
      id: 'missing-probes',
      category: 'availability',
      defaultSeverity: 'notice',
    });
  });

  it('names the missing probes and what each one is for', async () => {
    const [both] = await runPractice(missingProbesRule, deployment(''));
    expect(both?.line).toBe(9);
    expect(both?.message).toBe(
      "Container 'web' has no readiness and no liveness probe: it gets traffic and counts as available " +
        'before it is ready, and a hung process is never restarted. Add readinessProbe and livenessProbe ' +
        '(for example httpGet on a health endpoint, or tcpSocket on its port).',
    );
    const [liveness] = await runPractice(
      missingProbesRule,
      deployment('          readinessProbe: { tcpSocket: { port: 80 } }\n'),
    );
    expect(liveness?.message).toContain(
      "Container 'web' has no liveness probe: a hung process is never restarted.",
    );
    expect(liveness?.message).toContain('Add livenessProbe');
  });
});
