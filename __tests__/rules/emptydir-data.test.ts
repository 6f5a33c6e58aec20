import { describe, expect, it } from '@jest/globals';
import { emptydirDataRule, looksLikeData } from '../../src/rules/emptydir-data.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

describe('emptydir-data fixtures', () => {
  it.each(fixtureNames('emptydir-data'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(emptydirDataRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('emptydirDataRule', () => {
  it('has the documented metadata', () => {
    expect(emptydirDataRule.meta).toMatchObject({
      id: 'emptydir-data',
      category: 'upgradability',
      defaultSeverity: 'notice',
    });
  });

  it('names the volume, where it is mounted and what to use instead', async () => {
    const yaml =
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n' +
      '      containers:\n        - name: db\n          volumeMounts:\n            - name: data\n' +
      '              mountPath: /var/lib/mysql\n      volumes:\n        - name: data\n          emptyDir: {}\n';
    const [finding] = await runPractice(emptydirDataRule, yaml);
    expect(finding?.line).toBe(14);
    expect(finding?.message).toContain(
      "emptyDir volume 'data' of StatefulSet 'db' (mounted at /var/lib/mysql in container 'db') looks like it holds data",
    );
    expect(finding?.message).toContain('PersistentVolumeClaim');
  });

  it.each([
    ['data', ['/data'], true],
    ['storage', [], true],
    ['x', ['/var/lib/app'], true],
    ['x', ['/bitnami/postgresql'], true],
    ['pgdata', ['/pg'], true],
    ['tmp', ['/tmp'], false],
    ['data', ['/data/tmp'], false],
    ['cache-data', ['/cache'], false],
    ['shared', ['/shared'], false],
    ['config', ['/etc/nginx/conf.d'], false],
    ['html', ['/usr/share/nginx/html'], false],
    ['sockets', ['/var/run/app'], false],
  ])('looksLikeData(%s, %j) is %s', (name, paths, expected) => {
    expect(looksLikeData(name, paths)).toBe(expected);
  });
});
