import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { versionOf, versionSkewAnalyzer, versionSkewMeta } from '../../src/rules/version-skew.js';
import { runAnalyzer } from './practice-fixture.js';
import type { AnalyzerRun } from './practice-fixture.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/rules/version-skew/${name}`, import.meta.url), 'utf8');

/** Lines of a text that carry `# expect: version-skew`. */
const markedLines = (text: string) =>
  text.split('\n').flatMap((line, index) => (line.includes('# expect: version-skew') ? [index + 1] : []));

const eksctl = (version: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  version: '${version}'\n`;

describe('version-skew fixtures', () => {
  it('clusters.yaml against clusters.base.yaml: reports exactly the marked lines', async () => {
    const head = fixture('clusters.yaml');
    const found = await runAnalyzer(versionSkewAnalyzer, {
      base: { 'clusters/clusters.yaml': fixture('clusters.base.yaml') },
      head: { 'clusters/clusters.yaml': head },
    });
    expect(found.map((f) => f.line).sort((a, b) => a - b)).toEqual(markedLines(head));
    expect(found.every((f) => f.severity === 'error' && f.file === 'clusters/clusters.yaml')).toBe(true);
  });
});

describe('versionSkewAnalyzer', () => {
  it('has the documented metadata', () => {
    expect(versionSkewMeta).toMatchObject({
      id: 'version-skew',
      category: 'upgradability',
      defaultSeverity: 'error',
    });
    expect(versionSkewAnalyzer.metas).toEqual([versionSkewMeta]);
  });

  it('explains a skipped minor with the path to take', async () => {
    const [finding] = await runAnalyzer(versionSkewAnalyzer, {
      base: { 'eks.yaml': eksctl('1.28') },
      head: { 'eks.yaml': eksctl('1.31') },
    });
    expect(finding?.line).toBe(5);
    expect(finding?.resource?.name).toBe('prod');
    expect(finding?.message).toContain(
      "eksctl ClusterConfig 'prod' moves Kubernetes from 1.28 to 1.31 in one change",
    );
    expect(finding?.message).toContain('(1.28 -> 1.29 -> 1.30 -> 1.31)');
    expect(finding?.message).toContain('Change it to 1.29 first');
  });

  it('explains a downgrade', async () => {
    const [finding] = await runAnalyzer(versionSkewAnalyzer, {
      base: { 'eks.yaml': eksctl('1.30') },
      head: { 'eks.yaml': eksctl('1.29') },
    });
    expect(finding?.message).toContain(
      'moves Kubernetes down from 1.30 to 1.29: a control plane cannot be downgraded',
    );
  });

  it('is silent for one-minor upgrades, unchanged versions, renamed clusters and audits', async () => {
    const quiet: AnalyzerRun[] = [
      { base: { 'eks.yaml': eksctl('1.29') }, head: { 'eks.yaml': eksctl('1.30') } },
      { base: { 'eks.yaml': eksctl('1.29') + '  region: x\n' }, head: { 'eks.yaml': eksctl('1.29') } },
      { base: { 'a.yaml': eksctl('1.27') }, head: { 'b.yaml': eksctl('1.31').replace('prod', 'other') } },
    ];
    for (const run of quiet) expect(await runAnalyzer(versionSkewAnalyzer, run)).toEqual([]);
    expect(
      await runAnalyzer(versionSkewAnalyzer, { mode: 'audit', head: { 'eks.yaml': eksctl('1.31') } }),
    ).toEqual([]);
  });

  it('checks kubernetesVersion in .kube-pr-review.yaml between base and head', async () => {
    const config = (version: string) => `# the cluster\nkubernetesVersion: '${version}'\nfailOn: error\n`;
    const [jump] = await runAnalyzer(versionSkewAnalyzer, {
      base: { '.kube-pr-review.yaml': config('1.29') },
      head: { '.kube-pr-review.yaml': config('1.31') },
    });
    expect(jump).toMatchObject({ file: '.kube-pr-review.yaml', line: 2, severity: 'error' });
    expect(jump?.message).toContain(
      'kubernetesVersion in .kube-pr-review.yaml moves Kubernetes from 1.29 to 1.31',
    );
    const [down] = await runAnalyzer(versionSkewAnalyzer, {
      base: { '.kube-pr-review.yaml': config('1.31') },
      head: { '.kube-pr-review.yaml': config('1.30') },
    });
    expect(down?.message).toContain('down from 1.31 to 1.30');
    for (const [before, after] of [
      ['1.29', '1.30'],
      ['1.30', '1.30'],
    ] as const) {
      const run = {
        base: { '.kube-pr-review.yaml': config(before) },
        head: { '.kube-pr-review.yaml': config(after) },
      };
      expect(await runAnalyzer(versionSkewAnalyzer, run)).toEqual([]);
    }
    // Unquoted, 1.30 is the YAML number 1.3: the written text is what counts.
    const unquoted = await runAnalyzer(versionSkewAnalyzer, {
      base: { '.kube-pr-review.yaml': 'kubernetesVersion: 1.28\n' },
      head: { '.kube-pr-review.yaml': 'kubernetesVersion: 1.30\n' },
    });
    expect(unquoted[0]?.message).toContain('from 1.28 to 1.30');
    // A new config file has nothing to compare with.
    expect(
      await runAnalyzer(versionSkewAnalyzer, { head: { '.kube-pr-review.yaml': config('1.31') } }),
    ).toEqual([]);
  });

  it('can be suppressed in the config file, switched off or re-levelled', async () => {
    const base = { '.kube-pr-review.yaml': "kubernetesVersion: '1.29'\n" };
    const suppressed = "# kube-pr-review: ignore version-skew\nkubernetesVersion: '1.31'\n";
    expect(
      await runAnalyzer(versionSkewAnalyzer, { base, head: { '.kube-pr-review.yaml': suppressed } }),
    ).toEqual([]);
    const eks = { base: { 'eks.yaml': eksctl('1.28') }, head: { 'eks.yaml': eksctl('1.31') } };
    expect(
      await runAnalyzer(versionSkewAnalyzer, { ...eks, config: 'rules:\n  version-skew: off\n' }),
    ).toEqual([]);
    const [warning] = await runAnalyzer(versionSkewAnalyzer, {
      ...eks,
      config: 'rules:\n  version-skew: warning\n',
    });
    expect(warning?.severity).toBe('warning');
    const ignore = 'ignore:\n  - rules: [version-skew]\n    kind: ClusterConfig\n';
    expect(await runAnalyzer(versionSkewAnalyzer, { ...eks, config: ignore })).toEqual([]);
  });

  it.each([
    ['1.29', '1.29'],
    ['v1.29.3', '1.29'],
    [1.29, '1.29'],
    [1.3, undefined],
    ['latest', undefined],
    [null, undefined],
  ] as const)('versionOf(%j) is %s', (value, expected) => {
    const version = versionOf(value);
    expect(version ? `${version.major}.${version.minor}` : undefined).toBe(expected);
  });
});
