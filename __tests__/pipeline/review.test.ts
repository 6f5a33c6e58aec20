import { afterAll, describe, expect, it } from '@jest/globals';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { RawOptions } from '../../src/config/config.js';
import { runAudit, runReview, silentLogger } from '../../src/pipeline.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { createRepo, yaml } from '../helpers/git-repo.js';

const options = (raw: RawOptions = {}, configText?: string) =>
  resolveOptions(
    { kubernetesVersion: '1.29', ...raw },
    configText ? parseRepoConfig(configText, 'c', RULE_IDS) : EMPTY_CONFIG,
    '1.36',
  );

const cronJob = (name: string, apiVersion = 'batch/v1', schedule = '0 * * * *') => yaml`
  apiVersion: ${apiVersion}
  kind: CronJob
  metadata:
    name: ${name}
  spec:
    schedule: "${schedule}"
`;

describe('runReview', () => {
  const repo = createRepo(
    {
      'apps/untouched.yaml': cronJob('untouched', 'batch/v1beta1'),
      'apps/jobs.yaml': `${cronJob('a', 'batch/v1beta1')}---\n${cronJob('b', 'batch/v1beta1')}`,
      'apps/old-name.yaml': cronJob('renamed'),
      'README.md': '# not a manifest\n',
    },
    {
      // a is modified (schedule), b unchanged but still deprecated, c added
      'apps/jobs.yaml': `${cronJob('a', 'batch/v1beta1', '5 * * * *')}---\n${cronJob('b', 'batch/v1beta1')}---\n${cronJob('c', 'policy/v1beta1')}`,
      'apps/old-name.yaml': null,
      'apps/new-name.yaml': cronJob('renamed', 'batch/v1beta1'),
      'apps/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n',
      '.github/workflows/ci.yaml': 'on: push\njobs: {}\n',
      'README.md': '# still not a manifest\n',
    },
  );
  afterAll(() => repo.cleanup());
  const request = { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! };

  it('scope changed: checks only resources the change adds or modifies', async () => {
    const report = await runReview(request, options(), silentLogger);
    const found = report.findings.map((f) => [f.ruleId, f.file, f.line, f.resource?.name]);
    expect(found).toEqual([
      ['parse-error', 'apps/broken.yaml', 4, undefined],
      ['removed-api', 'apps/jobs.yaml', 1, 'a'],
      ['removed-api', 'apps/new-name.yaml', 1, 'renamed'],
    ]);
    expect(report.summary).toEqual({ error: 3, warning: 0, notice: 0 });
    expect(report.base).toBe(repo.commits[0]);
    expect(report.head).toBe(repo.commits[1]);
    // policy/v1beta1 has no CronJob: an unknown group/version/kind is no finding
    const changes = Object.fromEntries(
      report.changes.map((file) => [file.file, file.resources.map((r) => `${r.type} ${r.key}`)]),
    );
    expect(changes).toEqual({
      'apps/jobs.yaml': ['modified batch/CronJob//a', 'added policy/CronJob//c'],
      'apps/new-name.yaml': ['modified batch/CronJob//renamed'],
    });
    expect(report.changes.find((c) => c.file === 'apps/new-name.yaml')!.status).toBe('renamed');
    expect(report.stats.filesRead).toBe(6);
  });

  it('scope files: every resource in the changed files', async () => {
    const report = await runReview(request, options({ scope: 'files' }), silentLogger);
    expect(report.findings.filter((f) => f.ruleId === 'removed-api').map((f) => f.resource?.name)).toEqual([
      'a',
      'b',
      'renamed',
    ]);
  });

  it('scope all: the whole tree at head', async () => {
    const report = await runReview(request, options({ scope: 'all' }), silentLogger);
    expect(report.findings.filter((f) => f.ruleId === 'removed-api').map((f) => f.resource?.name)).toEqual([
      'a',
      'b',
      'renamed',
      'untouched',
    ]);
  });

  it('applies paths, exclude, rule settings and ignores from the config', async () => {
    const config = yaml`
      exclude: [apps/broken.yaml]
      rules:
        removed-api: warning
      ignore:
        - {kind: CronJob, name: "ren*"}
    `;
    const report = await runReview(request, options({}, config), silentLogger);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.resource?.name])).toEqual([
      ['removed-api', 'warning', 'a'],
    ]);
    const only = await runReview(request, options({ paths: ['apps/new-name.yaml'] }), silentLogger);
    expect(only.findings.map((f) => f.resource?.name)).toEqual(['renamed']);
    const off = await runReview(
      request,
      options({}, 'rules: {removed-api: off, parse-error: off}'),
      silentLogger,
    );
    expect(off.findings).toEqual([]);
  });

  it('keeps fingerprints stable when lines move', async () => {
    const moved = createRepo(
      { 'a.yaml': cronJob('x') },
      { 'a.yaml': cronJob('x', 'batch/v1beta1') },
      { 'a.yaml': `# a new comment\n# and another\n${cronJob('x', 'batch/v1beta1', '1 * * * *')}` },
    );
    try {
      const first = await runReview(
        { repo: moved.dir, base: moved.commits[0]!, head: moved.commits[1]! },
        options(),
        silentLogger,
      );
      const second = await runReview(
        { repo: moved.dir, base: moved.commits[0]!, head: moved.commits[2]! },
        options(),
        silentLogger,
      );
      expect(first.findings[0]!.line).toBe(1);
      expect(second.findings[0]!.line).toBe(3);
      expect(second.findings[0]!.fingerprint).toBe(first.findings[0]!.fingerprint);
    } finally {
      moved.cleanup();
    }
  });

  it('compares with the merge base, not with the moved base branch', async () => {
    const branched = createRepo({ 'a.yaml': cronJob('x') });
    try {
      branched.git('checkout', '-q', '-b', 'feature');
      branched.commit({ 'b.yaml': cronJob('feature', 'batch/v1beta1') });
      branched.git('checkout', '-q', 'main');
      branched.commit({ 'main-only.yaml': cronJob('main-only', 'batch/v1beta1') });
      const report = await runReview(
        { repo: branched.dir, base: 'main', head: 'feature' },
        options(),
        silentLogger,
      );
      expect(report.findings.map((f) => f.resource?.name)).toEqual(['feature']);
      expect(report.changes.map((c) => c.file)).toEqual(['b.yaml']);
    } finally {
      branched.cleanup();
    }
  });

  it('compares with the base directly, and says so, when the histories share no commit', async () => {
    const unrelated = createRepo({ 'a.yaml': cronJob('x') });
    try {
      unrelated.git('checkout', '-q', '--orphan', 'other');
      unrelated.commit({
        'a.yaml': null,
        'b.yaml': 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: other}\n',
      });
      const warnings: string[] = [];
      const report = await runReview({ repo: unrelated.dir, base: 'main', head: 'other' }, options(), {
        ...silentLogger,
        warning: (message) => warnings.push(message),
      });
      expect(warnings).toEqual(['no merge base between main and other: comparing with main directly']);
      // Both files are in the diff from main: a.yaml is no longer at head, b.yaml is new.
      expect(report.changes.map((c) => [c.file, c.status])).toEqual([
        ['a.yaml', 'deleted'],
        ['b.yaml', 'added'],
      ]);
    } finally {
      unrelated.cleanup();
    }
  });

  it('fails clearly on refs that do not exist', async () => {
    await expect(runReview({ ...request, base: 'nope' }, options(), silentLogger)).rejects.toThrow(
      "base ref 'nope' is not a commit",
    );
  });
});

describe('runAudit', () => {
  it('audits files and folders on disk', async () => {
    const repo = createRepo({
      'a/one.yaml': cronJob('one', 'batch/v1beta1'),
      'a/two.yml': cronJob('two'),
      'b/three.yaml': cronJob('three', 'batch/v1beta1'),
      'node_modules/x/y.yaml': cronJob('skipped', 'batch/v1beta1'),
    });
    try {
      const whole = await runAudit({ root: repo.dir, paths: [] }, options(), silentLogger);
      expect(whole.findings.map((f) => f.file)).toEqual(['a/one.yaml', 'b/three.yaml']);
      expect(whole.stats).toEqual({ filesRead: 3, resources: 3 });
      const part = await runAudit({ root: repo.dir, paths: [`${repo.dir}/b`] }, options(), silentLogger);
      expect(part.findings.map((f) => f.file)).toEqual(['b/three.yaml']);
      await expect(
        runAudit({ root: repo.dir, paths: [`${repo.dir}/zzz`] }, options(), silentLogger),
      ).rejects.toThrow('no such file or directory');
    } finally {
      repo.cleanup();
    }
  });
});
