import { describe, expect, it } from '@jest/globals';
import { containerSecurityContextRule } from '../../src/rules/container-security-context.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const pod = (containers: string, podContext = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${podContext}  containers:\n${containers}`;

describe('container-security-context fixtures', () => {
  it.each(fixtureNames('container-security-context'))(
    '%s: reports exactly the marked lines',
    async (name) => {
      const { expected, actual } = await checkPracticeFixture(containerSecurityContextRule, name);
      expect(expected.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    },
  );
});

describe('containerSecurityContextRule', () => {
  it('has the documented metadata', () => {
    expect(containerSecurityContextRule.meta).toMatchObject({
      id: 'container-security-context',
      category: 'security',
      defaultSeverity: 'warning',
    });
  });

  it('names every problem and the fields to set, on the container line', async () => {
    const [finding, ...rest] = await runPractice(
      containerSecurityContextRule,
      pod('    - name: app\n      image: x\n'),
    );
    expect(rest).toEqual([]);
    expect(finding?.line).toBe(7);
    expect(finding?.message).toBe(
      "Container 'app' may run as root (neither runAsNonRoot nor runAsUser is set, here or for the pod), " +
        'allows privilege escalation and keeps the default Linux capabilities. Set in its securityContext: ' +
        'runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}.',
    );
  });

  it('says which single field is missing', async () => {
    const container =
      '    - name: app\n      image: x\n      securityContext:\n        runAsNonRoot: true\n' +
      '        capabilities: { drop: [ALL] }\n';
    const [finding] = await runPractice(containerSecurityContextRule, pod(container));
    expect(finding?.message).toBe(
      "Container 'app' allows privilege escalation. Set in its securityContext: allowPrivilegeEscalation: false.",
    );
  });

  it('lets the container override the pod: runAsUser 0 in the container beats runAsNonRoot on the pod', async () => {
    const container =
      '    - name: app\n      image: x\n      securityContext:\n        runAsUser: 0\n' +
      '        allowPrivilegeEscalation: false\n        capabilities: { drop: [ALL] }\n';
    const [finding] = await runPractice(
      containerSecurityContextRule,
      pod(container, '  securityContext:\n    runAsNonRoot: true\n'),
    );
    expect(finding?.message).toContain('runs as root (runAsUser: 0)');
  });

  it('labels init and ephemeral containers and keys findings by container', async () => {
    const yaml =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: init\n' +
      '  containers:\n    - name: app\n  ephemeralContainers:\n    - name: debug\n';
    const found = await runPractice(containerSecurityContextRule, yaml);
    expect(found.map((f) => f.message.split(' may ')[0])).toEqual([
      "Init container 'init'",
      "Container 'app'",
      "Ephemeral container 'debug'",
    ]);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('is silent for objects without pods', async () => {
    expect(
      await runPractice(
        containerSecurityContextRule,
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n',
      ),
    ).toEqual([]);
  });
});
