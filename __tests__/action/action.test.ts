import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_TOKEN, runAction as runActionAt, webhookPayload } from '../helpers/action-env.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import { GitHubServer } from '../helpers/github-server.js';
import { pullRequestEvent } from '../github/fixtures.js';

// Pull request runs post to a local GitHub (see __tests__/github for what they post).
let server: GitHubServer;
beforeAll(async () => {
  server = await new GitHubServer().start();
  server.addToken(TEST_TOKEN, { login: 'github-actions[bot]' });
});
afterAll(async () => {
  await server.stop();
});

const runAction = (options: Parameters<typeof runActionAt>[0]) =>
  runActionAt({ ...options, apiUrl: server.url });

const cronJob = (apiVersion: string, name = 'nightly') => yaml`
  apiVersion: ${apiVersion}
  kind: CronJob
  metadata:
    name: ${name}
    namespace: jobs
  spec:
    schedule: "0 3 * * *"
`;

describe('the bundled action (dist/index.js)', () => {
  const repo = createRepo(
    {
      'deploy/cron.yaml': cronJob('batch/v1'),
      'deploy/old.yaml': cronJob('batch/v1beta1', 'untouched'),
      'deploy/secret.yaml':
        '# kube-pr-review: ignore\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {key: c2VjcmV0LWJhc2U=}\n',
    },
    {
      'deploy/cron.yaml': cronJob('batch/v1beta1'),
      'deploy/hpa.yaml':
        'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\n',
      'deploy/secret.yaml':
        '# kube-pr-review: ignore\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {key: c2VjcmV0LWhlYWQ=}\n',
    },
  );
  afterAll(() => repo.cleanup());
  const [base, head] = repo.commits as [string, string];
  beforeAll(() => server.addPullRequest({ number: 7, repoDir: repo.dir, base, head }));

  it('reviews a pull request: outputs, annotations, job summary, report files, failing gate', async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestEvent(7, base, head),
      inputs: { 'kubernetes-version': '1.26' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', errors: '2', warnings: '0', conclusion: 'failure' });
    expect(run.stdout).toMatch(
      /^::error title=removed-api,file=deploy\/cron\.yaml,line=1::batch\/v1beta1 CronJob/m,
    );
    expect(run.stdout).toMatch(/^::error title=removed-api,file=deploy\/hpa\.yaml,line=1::/m);
    expect(run.stdout).toMatch(
      /^::error::kube-pr-review: 2 errors, 0 warnings, 0 notices \(fail-on: error\)/m,
    );
    expect(run.stdout).not.toContain('untouched');
    expect(run.summary).toContain('removed-api');
    expect(run.summary).toContain('deploy/cron.yaml');
    const json = JSON.parse(run.outputs['report-json:content']!) as {
      findings: unknown[];
      base: string;
      head: string;
    };
    expect(json).toMatchObject({ base, head });
    expect(json.findings).toHaveLength(2);
    const sarif = JSON.parse(run.outputs['sarif:content']!) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(2);
    expect(run.outputs).toMatchObject({ 'publish-status': 'posted', 'review-comments': '2' });
    expect(server.violations).toEqual([]);
    expect(run.stdout).toContain(`::add-mask::${TEST_TOKEN}\n`);
    const stdout = run.stdout.replace(`::add-mask::${TEST_TOKEN}\n`, '');
    for (const text of [stdout, run.stderr, run.summary, ...Object.values(run.outputs)]) {
      expect(text).not.toContain('c2VjcmV0');
      expect(text).not.toContain('ghs_notARealToken');
    }
  });

  it('passes the gate when findings stay below fail-on', async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestEvent(7, base, head),
      inputs: { 'kubernetes-version': '1.24', 'fail-on': 'error' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1', notices: '1', conclusion: 'success' });
    expect(run.stdout).toMatch(/^::warning title=deprecated-api,file=deploy\/cron\.yaml,line=1::/m);
  });

  it('fetches the base commit and history in a shallow checkout', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kpr-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${repo.dir}`, workspace]);
      expect(() =>
        execFileSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: workspace, stdio: 'pipe' }),
      ).toThrow();
      const run = await runAction({
        workspace,
        eventName: 'pull_request',
        payload: pullRequestEvent(7, base, head),
        inputs: { 'kubernetes-version': '1.26' },
      });
      expect(run.outputs).toMatchObject({ errors: '2', conclusion: 'failure' });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('deepens a shallow checkout to the merge base when the base branch moved on', async () => {
    const branched = createRepo(
      { 'deploy/cron.yaml': cronJob('batch/v1') },
      ...Array.from({ length: 3 }, (_, i) => ({ [`deploy/old-${i}.yaml`]: cronJob('batch/v1', `old-${i}`) })),
    );
    const workspace = mkdtempSync(join(tmpdir(), 'kpr-shallow-'));
    try {
      branched.git('checkout', '-q', '-b', 'feature');
      const featureHead = branched.commit({ 'deploy/cron.yaml': cronJob('batch/v1beta1') });
      branched.git('checkout', '-q', 'main');
      // main moves on after the branch point: its own change must not show in the pull request's review
      const mainHead = branched.commit({ 'deploy/main-only.yaml': cronJob('batch/v1beta1', 'main-only') });
      execFileSync('git', [
        'clone',
        '--quiet',
        '--depth=1',
        '--branch=feature',
        `file://${branched.dir}`,
        workspace,
      ]);
      const run = await runAction({
        workspace,
        eventName: 'pull_request',
        payload: pullRequestEvent(7, mainHead, featureHead),
        inputs: { 'kubernetes-version': '1.26', 'fail-on': 'never' },
      });
      expect(run.stdout).not.toContain('no merge base');
      const json = JSON.parse(run.outputs['report-json:content']!) as {
        base: string;
        findings: { file: string }[];
      };
      expect(json.base).toBe(branched.commits[3]);
      expect(json.findings.map((finding) => finding.file)).toEqual(['deploy/cron.yaml']);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
      branched.cleanup();
    }
  });

  it('audits the whole tree on workflow_dispatch', async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      payload: webhookPayload('workflow_dispatch'),
      sha: head,
      inputs: { 'kubernetes-version': '1.26', 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '3', conclusion: 'success' });
    const json = JSON.parse(run.outputs['report-json:content']!) as {
      mode: string;
      findings: { file: string }[];
    };
    expect(json.mode).toBe('audit');
    expect(json.findings.map((f) => f.file)).toEqual([
      'deploy/cron.yaml',
      'deploy/hpa.yaml',
      'deploy/old.yaml',
    ]);
  });

  it('reviews merge_group and push events', async () => {
    const group = webhookPayload('merge_group');
    const mergeGroup = group.merge_group as { base_sha: string; head_sha: string };
    mergeGroup.base_sha = base;
    mergeGroup.head_sha = head;
    const merge = await runAction({
      workspace: repo.dir,
      eventName: 'merge_group',
      payload: group,
      inputs: { 'kubernetes-version': '1.26' },
    });
    expect(merge.outputs).toMatchObject({ errors: '2' });

    const push = webhookPayload('push');
    push.before = base;
    push.after = head;
    const pushed = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: push,
      inputs: { 'kubernetes-version': '1.26' },
    });
    expect(pushed.outputs).toMatchObject({ errors: '2' });
  });

  it('reports an action error, distinct from findings, on bad input', async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestEvent(7, base, head),
      inputs: { 'kubernetes-version': 'latest' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.conclusion).toBe('action-error');
    expect(run.stdout).toMatch(
      /^::error::kube-pr-review could not complete the review: 'kubernetes-version' must be a Kubernetes minor version/m,
    );
    expect(run.outputs.findings).toBeUndefined();
  });
});
