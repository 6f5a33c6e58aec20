import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  allowsMinor,
  chartKubeVersionAnalyzer,
  chartKubeVersionMeta,
  parseConstraint,
} from '../../src/rules/chart-kube-version.js';
import { fixtureNames } from './rule-fixture.js';
import { runAnalyzer } from './practice-fixture.js';

const HEADER = /^#\s*kubernetes-version:\s*([\d.]+)(?:,\s*upgrade-version:\s*([\d.]+))?/m;
const MARKER = /#\s*expect:\s*chart-kube-version(?:\s+(error|warning|notice))?/;

const chart = (kubeVersion: string) =>
  `apiVersion: v2\nname: app\nversion: 1.0.0\nkubeVersion: '${kubeVersion}'\n`;

const allows = (constraint: string, version: string) => {
  const parsed = parseConstraint(constraint);
  if (!parsed) throw new Error(`cannot parse ${constraint}`);
  const [major, minor] = version.split('.').map(Number);
  return allowsMinor(parsed, { major: major!, minor: minor! });
};

describe('chart-kube-version fixtures', () => {
  it.each(fixtureNames('chart-kube-version'))(
    '%s as a changed Chart.yaml: reports exactly the marked lines',
    async (name) => {
      const text = readFileSync(
        new URL(`../fixtures/rules/chart-kube-version/${name}`, import.meta.url),
        'utf8',
      );
      const header = HEADER.exec(text)!;
      const expected = text.split('\n').flatMap((line, index) => {
        const marker = MARKER.exec(line);
        return marker ? [`${index + 1} ${marker[1] ?? 'error'}`] : [];
      });
      const found = await runAnalyzer(chartKubeVersionAnalyzer, {
        kubernetesVersion: header[1]!,
        ...(header[2] ? { upgradeVersion: header[2] } : {}),
        head: { 'charts/app/Chart.yaml': text },
      });
      expect(found.map((f) => `${f.line} ${f.severity}`)).toEqual(expected);
    },
  );
});

describe('chartKubeVersionAnalyzer', () => {
  it('has the documented metadata', () => {
    expect(chartKubeVersionMeta).toMatchObject({
      id: 'chart-kube-version',
      category: 'upgradability',
      defaultSeverity: 'error',
    });
  });

  it('says what Helm will do and what to change', async () => {
    const [finding] = await runAnalyzer(chartKubeVersionAnalyzer, {
      kubernetesVersion: '1.33',
      head: { 'charts/app/Chart.yaml': chart('>=1.22.0-0 <1.30.0-0') },
    });
    expect(finding).toMatchObject({ file: 'charts/app/Chart.yaml', line: 4, severity: 'error' });
    expect(finding?.message).toBe(
      "Chart 'app' requires kubeVersion '>=1.22.0-0 <1.30.0-0', which excludes Kubernetes 1.33 (the target): " +
        'helm install and upgrade fail with "incompatible with Kubernetes". Use a chart version that supports ' +
        '1.33, or widen kubeVersion if you maintain the chart.',
    );
  });

  it('reports only changed and added Chart.yaml files in a review, not deleted or unchanged ones', async () => {
    const bad = chart('<1.20');
    const found = await runAnalyzer(chartKubeVersionAnalyzer, {
      base: {
        'charts/old/Chart.yaml': bad,
        'charts/same/Chart.yaml': bad,
        'charts/mod/Chart.yaml': chart('*'),
      },
      head: { 'charts/same/Chart.yaml': bad, 'charts/mod/Chart.yaml': bad, 'charts/new/Chart.yaml': bad },
      listsTree: true,
    });
    expect(found.map((f) => f.file)).toEqual(['charts/mod/Chart.yaml', 'charts/new/Chart.yaml']);
  });

  it('checks every Chart.yaml in an audit, in scope all, and when the config file changes', async () => {
    const head = { 'a/Chart.yaml': chart('<1.20'), 'b/Chart.yaml': chart('>=1.20'), 'values.yaml': 'x: 1\n' };
    const audit = await runAnalyzer(chartKubeVersionAnalyzer, { mode: 'audit', head });
    expect(audit.map((f) => f.file)).toEqual(['a/Chart.yaml']);
    const all = await runAnalyzer(chartKubeVersionAnalyzer, {
      scope: 'all',
      base: head,
      head,
      listsTree: true,
    });
    expect(all.map((f) => f.file)).toEqual(['a/Chart.yaml']);
    const moved = await runAnalyzer(chartKubeVersionAnalyzer, {
      base: { ...head, '.kube-pr-review.yaml': "kubernetesVersion: '1.32'\n" },
      head: { ...head, '.kube-pr-review.yaml': "kubernetesVersion: '1.33'\n" },
      listsTree: true,
    });
    expect(moved.map((f) => f.file)).toEqual(['a/Chart.yaml']);
    // Without a file list (the run does not give one) only changed charts are read.
    expect(await runAnalyzer(chartKubeVersionAnalyzer, { scope: 'all', base: head, head })).toEqual([]);
  });

  it('follows config severities and path ignores', async () => {
    const head = { 'vendor/x/Chart.yaml': chart('<1.20') };
    const [notice] = await runAnalyzer(chartKubeVersionAnalyzer, {
      head,
      config: 'rules:\n  chart-kube-version: notice\n',
    });
    expect(notice?.severity).toBe('notice');
    const ignore = 'ignore:\n  - path: vendor/**\n';
    expect(await runAnalyzer(chartKubeVersionAnalyzer, { head, config: ignore })).toEqual([]);
  });
});

describe('Helm kubeVersion constraints (Masterminds semver)', () => {
  it.each([
    // [constraint, version, allowed]
    ['>=1.22.0-0 <1.30.0-0', '1.29', true],
    ['>=1.22.0-0 <1.30.0-0', '1.30', false],
    ['>=1.22.0-0 <1.30.0-0', '1.21', false],
    ['>=1.22.0-0 <1.30.0-0', '1.22', true],
    ['>= 1.19 < 1.33', '1.32', true],
    ['>= 1.19 < 1.33', '1.33', false],
    ['>=1.19, <1.33', '1.33', false],
    ['^1.25', '1.40', true],
    ['^1.25', '1.24', false],
    ['~1.28', '1.28', true],
    ['~1.28', '1.29', false],
    ['~1.28.3', '1.28', true],
    ['~>1.28', '1.28', true],
    ['1.28.x', '1.28', true],
    ['1.28.x', '1.29', false],
    ['1.28', '1.28', true],
    ['=1.28', '1.29', false],
    ['1.x', '1.33', true],
    ['*', '1.33', true],
    ['<=1.29', '1.29', true],
    ['<=1.29', '1.30', false],
    ['<=1.29.0', '1.29', true],
    ['<1.29.0', '1.29', false],
    ['>1.29', '1.29', false],
    ['>1.29', '1.30', true],
    ['>1.29.0', '1.29', true],
    ['>1.29.0-0', '1.29', true],
    ['!=1.29', '1.29', false],
    ['!=1.29.2', '1.29', true],
    ['>=1.29.5 <1.29.7', '1.29', true],
    ['>=1.29.5 <1.29.6-0', '1.29', true],
    ['>=1.29.5 <=1.29.4', '1.29', false],
    ['=1.29.3-0', '1.29', false],
    ['1.20 - 1.28', '1.28', true],
    ['1.20 - 1.28', '1.29', false],
    ['1.20 - 1.28', '1.19', false],
    ['<1.20 || >=1.30', '1.25', false],
    ['<1.20 || >=1.30', '1.31', true],
    ['>= 1.16.0-0 || >= 1.16.0', '1.33', true],
    ['v1.25 - v1.30', '1.30', true],
  ] as const)('%s allows %s: %s', (constraint, version, expected) => {
    expect(allows(constraint, version)).toBe(expected);
  });

  it.each(['at least 1.25', '>= 1.25 ||', '>== 1.2', '', 'latest', '1.2.3.4'])(
    'rejects %j as Helm does',
    (text) => {
      expect(parseConstraint(text)).toBeUndefined();
    },
  );
});
