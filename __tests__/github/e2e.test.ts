import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, webhookPayload } from '../helpers/action-env.js';
import type { ActionRun } from '../helpers/action-env.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { GitHubServer, graphqlQuery } from '../helpers/github-server.js';
import {
  STICKY,
  expectEveryFindingPublished,
  expectNoLeaks,
  pullRequestEvent,
  reportFindings,
  stickyComments,
} from './fixtures.js';

// The bundled action (dist/index.js) against a local GitHub that checks every request against GitHub's
// OpenAPI description and keeps state between runs.

const BOT = 'github-actions[bot]';
const READ_ONLY_TOKEN = 'ghs_readOnlyTokenOfAForkRun';

const cronJob = (apiVersion: string, name = 'nightly', indent = '') =>
  yaml`
    apiVersion: ${apiVersion}
    kind: CronJob
    metadata:
      name: ${name}
      namespace: jobs
    spec:
      schedule: "0 3 * * *"
  `
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');

const pdb = (apiVersion: string, name: string) => yaml`
  apiVersion: ${apiVersion}
  kind: PodDisruptionBudget
  metadata:
    name: ${name}
    namespace: web
  spec:
    minAvailable: 1
    selector:
      matchLabels:
        app: ${name}
`;

const hpa = (apiVersion: string) => yaml`
  apiVersion: ${apiVersion}
  kind: HorizontalPodAutoscaler
  metadata:
    name: web
    namespace: web
  spec:
    minReplicas: 1
    maxReplicas: 3
`;

// Only the diff of the Secret matters here (masked values), not what other rules say about it.
const secret = (value: string) =>
  `# kube-pr-review: ignore\napiVersion: v1\nkind: Secret\nmetadata: {name: creds, namespace: web}\ndata: {password: ${value}}\n`;

const SECRET_BASE = Buffer.from('hunter2-base').toString('base64');
const SECRET_HEAD = Buffer.from('hunter2-head').toString('base64');

let server: GitHubServer;
beforeAll(async () => {
  server = await new GitHubServer().start();
  server.addToken('ghs_notARealTokenButSecretAnyway', { login: BOT });
  server.addToken(READ_ONLY_TOKEN, { login: BOT, readOnly: true });
});
afterAll(async () => {
  await server.stop();
});

function run(
  repo: TempRepo,
  payload: Record<string, unknown>,
  inputs: Record<string, string> = {},
  extra: { eventName?: string; actor?: string; sha?: string } = {},
): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: extra.eventName ?? 'pull_request',
    payload,
    apiUrl: server.url,
    inputs: { 'kubernetes-version': '1.26', ...inputs },
    ...(extra.actor && { actor: extra.actor }),
    ...(extra.sha && { sha: extra.sha }),
  });
}

/** A base commit and a pull request head: changed CronJobs (one indented, with a comment), an HPA, a Secret. */
function standardRepo(): TempRepo {
  return createRepo(
    {
      'deploy/cron.yaml': cronJob('batch/v1'),
      'deploy/indented.yaml': cronJob('batch/v1', 'weekly', '  '),
      'deploy/pdb.yaml': [pdb('policy/v1beta1', 'legacy'), '---', pdb('policy/v1', 'api')].join('\n'),
      'deploy/secret.yaml': secret(SECRET_BASE),
    },
    {
      'deploy/cron.yaml': cronJob('batch/v1beta1'),
      'deploy/indented.yaml': cronJob('batch/v1beta1', 'weekly', '  ').replace(
        'batch/v1beta1',
        'batch/v1beta1 # pinned',
      ),
      'deploy/hpa.yaml': hpa('autoscaling/v2beta2'),
      'deploy/pdb.yaml': [
        pdb('policy/v1beta1', 'legacy'),
        '---',
        pdb('policy/v1', 'api'),
        '---',
        pdb('policy/v1beta1', 'new'),
      ].join('\n'),
      'deploy/secret.yaml': secret(SECRET_HEAD),
    },
  );
}

describe('a pull request reviewed, re-run and fixed', () => {
  const repo = standardRepo();
  afterAll(() => repo.cleanup());
  const [base, head] = repo.commits as [string, string];
  const PR = 7;
  let first: ActionRun;

  it('first run: one review with inline comments on diff lines, suggestions, one sticky comment', async () => {
    server.addPullRequest({ number: PR, repoDir: repo.dir, base, head });
    first = await run(repo, pullRequestEvent(PR, base, head), { scope: 'files' });
    expect(server.violations).toEqual([]);
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ conclusion: 'failure', 'publish-status': 'posted' });

    const findings = reportFindings(first);
    // The untouched PodDisruptionBudget is in a changed file (scope: files) but not on a diff line.
    const legacy = findings.find((f) => f.file === 'deploy/pdb.yaml' && f.line === 1);
    expect(legacy).toBeDefined();

    expect(server.reviews(PR)).toHaveLength(1);
    expect(server.reviews(PR)[0]).toMatchObject({ state: 'COMMENTED', commit_id: head });
    const comments = server.reviewComments(PR);
    expect(comments.length).toBe(findings.length - 1);
    expect(first.outputs['review-comments']).toBe(String(comments.length));
    expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(
      findings
        .filter((f) => f !== legacy)
        .map((f) => `${f.file}:${f.line}`)
        .sort(),
    );
    for (const comment of comments) {
      const finding = findings.find((f) =>
        comment.body.includes(`<!-- kube-pr-review:fp=${f.fingerprint} -->`),
      );
      expect(finding).toBeDefined();
      expect(comment.body).toContain(`\`${finding!.ruleId}\``);
      expect(comment.body).toContain(`/docs/rules/${finding!.ruleId}.md`);
    }

    const cron = comments.find((c) => c.path === 'deploy/cron.yaml')!;
    expect(cron.body).toMatch(/^❌ \*\*error\*\* · `removed-api` · CronJob jobs\/nightly/);
    expect(cron.body).toContain('**What to change:** Change apiVersion to batch/v1:');
    expect(cron.body).toContain('```suggestion\napiVersion: batch/v1\n```');
    // The suggestion keeps the line's indentation and its trailing comment.
    const indented = comments.find((c) => c.path === 'deploy/indented.yaml')!;
    expect(indented.body).toContain('```suggestion\n  apiVersion: batch/v1 # pinned\n```');

    const sticky = stickyComments(server, PR);
    expect(sticky).toHaveLength(1);
    const body = sticky[0]!.body;
    expect(body.startsWith(`${STICKY}\n### ❌ kube-pr-review: `)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toContain('| Severity | Location | Resource | Rule | Message |');
    expect(body).toContain('| deploy/pdb.yaml:1 |');
    expect(body).toContain(`💬 ${comments.length} of ${findings.length} findings are also commented`);
    expect(body).toContain('<details><summary><code>deploy/secret.yaml</code>');
    expect(first.outputs['comment-url']).toBe(sticky[0]!.html_url);
    expect(first.summary).toContain(
      `💬 Posted to pull request #${PR}: [summary comment](${sticky[0]!.html_url})`,
    );

    expectEveryFindingPublished(first, server, PR);
    expectNoLeaks(first, server, [SECRET_BASE, SECRET_HEAD]);
  });

  it('re-run on the same commit: nothing new is posted and the sticky comment is not rewritten', async () => {
    const from = server.requests.length;
    const again = await run(repo, pullRequestEvent(PR, base, head), { scope: 'files' });
    expect(server.violations).toEqual([]);
    expect(server.writes(from)).toEqual([]);
    expect(server.reviews(PR)).toHaveLength(1);
    expect(stickyComments(server, PR)).toHaveLength(1);
    expect(stickyComments(server, PR)[0]!.edits).toBe(0);
    expect(again.outputs).toMatchObject({ 'publish-status': 'posted', 'review-comments': '0' });
    expect(again.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('re-run with other settings: the sticky comment is updated in place, inline comments stay', async () => {
    const from = server.requests.length;
    const comments = server.reviewComments(PR).length;
    await run(repo, pullRequestEvent(PR, base, head), { scope: 'changed' });
    expect(server.violations).toEqual([]);
    const writes = server.writes(from);
    expect(writes.map((w) => `${w.method} ${w.operation ?? ''}`)).toEqual(['PATCH issues/update-comment']);
    expect(stickyComments(server, PR)).toHaveLength(1);
    expect(stickyComments(server, PR)[0]!.edits).toBe(1);
    expect(server.reviewComments(PR)).toHaveLength(comments);
  });

  it('PR fixed: the sticky comment says so, the inline comments are minimized as outdated, others untouched', async () => {
    const human = server.seedIssueComment(PR, 'octocat', `Quoting the bot: ${STICKY}`);
    const otherBot = server.seedReviewComment(
      PR,
      'other-app[bot]',
      'deploy/cron.yaml',
      1,
      `<!-- kube-pr-review:fp=${reportFindings(first)[0]!.fingerprint} -->`,
    );
    const fixed = repo.commit({
      'deploy/cron.yaml': cronJob('batch/v1'),
      'deploy/indented.yaml': cronJob('batch/v1', 'weekly', '  '),
      'deploy/hpa.yaml': hpa('autoscaling/v2'),
      'deploy/pdb.yaml': [
        pdb('policy/v1', 'legacy'),
        '---',
        pdb('policy/v1', 'api'),
        '---',
        pdb('policy/v1', 'new'),
      ].join('\n'),
    });
    server.pushHead(PR, fixed);
    const from = server.requests.length;
    const clean = await run(repo, pullRequestEvent(PR, base, fixed), { scope: 'files' });
    expect(server.violations).toEqual([]);
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ findings: '0', conclusion: 'success', 'publish-status': 'posted' });

    const sticky = stickyComments(server, PR);
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('### ✅ kube-pr-review: no findings');
    expect(sticky[0]!.body).toContain('The findings of earlier runs are fixed.');
    expect(server.issueComments(PR).find((c) => c.id === human.id)!.body).toBe(`Quoting the bot: ${STICKY}`);

    const ours = server.reviewComments(PR).filter((c) => c.user.login === BOT);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((c) => c.minimized === 'OUTDATED')).toBe(true);
    expect(otherBot.minimized).toBeUndefined();
    const writes = server.writes(from);
    expect(writes.filter((w) => w.operation === 'pulls/create-review')).toEqual([]);
    expect(writes.filter((w) => w.path === '/graphql')).toHaveLength(ours.length);

    // And the next clean run changes nothing.
    const next = server.requests.length;
    await run(repo, pullRequestEvent(PR, base, fixed), { scope: 'files' });
    expect(server.writes(next)).toEqual([]);
  });

  it('a re-run of the run for an older commit posts nothing over the newer review', async () => {
    const from = server.requests.length;
    const stale = await run(repo, pullRequestEvent(PR, base, head), { scope: 'files' });
    expect(server.violations).toEqual([]);
    expect(server.writes(from)).toEqual([]);
    expect(stale.code).toBe(1);
    expect(stale.outputs).toMatchObject({ conclusion: 'failure', 'publish-status': 'skipped' });
    expect(stale.summary).toMatch(/Pull request #7 has moved on to [0-9a-f]{7} since this run started/);
    expect(stickyComments(server, PR)[0]!.body).toContain('### ✅ kube-pr-review: no findings');
  });
});

describe('read-only tokens: fork pull requests, Dependabot, missing permission', () => {
  const repo = standardRepo();
  afterAll(() => repo.cleanup());
  const [base, head] = repo.commits as [string, string];

  it('a fork pull request: no write is tried, findings go to annotations and the job summary, gate unaffected', async () => {
    server.addPullRequest({ number: 8, repoDir: repo.dir, base, head, headRepo: 'contributor/gitops' });
    const from = server.requests.length;
    const fork = await run(repo, pullRequestEvent(8, base, head, 'contributor/gitops'), {
      'kubernetes-version': '1.24',
    });
    expect(server.requests.slice(from)).toEqual([]);
    expect(fork.code).toBe(0);
    expect(fork.outputs).toMatchObject({
      conclusion: 'success',
      'publish-status': 'read-only',
      'comment-url': '',
    });
    expect(fork.stdout).toMatch(
      /^::warning title=kube-pr-review::Nothing was posted to the pull request: the pull request comes from a fork/m,
    );
    expect(fork.summary).toContain(
      'Nothing was posted to the pull request: the pull request comes from a fork',
    );
    expect(fork.summary).toContain('docs/github.md#fork-pull-requests');
    expect(fork.stdout).toMatch(/^::warning title=deprecated-api,file=deploy\/cron\.yaml,line=1::/m);
    expectEveryFindingPublished(fork, server, 8);
  });

  it('a fork pull request with findings over fail-on still fails for the findings, not for the fallback', async () => {
    const fork = await run(repo, pullRequestEvent(8, base, head, 'contributor/gitops'));
    expect(fork.code).toBe(1);
    expect(fork.outputs).toMatchObject({ conclusion: 'failure', 'publish-status': 'read-only' });
    expect(fork.stdout).toMatch(/^::error::kube-pr-review: \d+ errors/m);
  });

  it('Dependabot: no write is tried', async () => {
    server.addPullRequest({ number: 9, repoDir: repo.dir, base, head });
    const from = server.requests.length;
    const bot = await run(
      repo,
      pullRequestEvent(9, base, head),
      { 'fail-on': 'never' },
      { actor: 'dependabot[bot]' },
    );
    expect(server.requests.slice(from)).toEqual([]);
    expect(bot.outputs).toMatchObject({ 'publish-status': 'read-only', conclusion: 'success' });
    expect(bot.summary).toContain('started by Dependabot');
  });

  it('a token without pull-requests: write gets 403 and falls back', async () => {
    server.addPullRequest({ number: 10, repoDir: repo.dir, base, head });
    const denied = await run(repo, pullRequestEvent(10, base, head), {
      'github-token': READ_ONLY_TOKEN,
      'fail-on': 'never',
    });
    expect(server.violations).toEqual([]);
    expect(denied.code).toBe(0);
    expect(denied.outputs).toMatchObject({ 'publish-status': 'read-only', conclusion: 'success' });
    expect(server.reviewComments(10)).toEqual([]);
    expect(server.issueComments(10)).toEqual([]);
    expect(denied.summary).toContain('Resource not accessible by integration');
    expect(denied.stdout.replace(`::add-mask::${READ_ONLY_TOKEN}\n`, '')).not.toContain(READ_ONLY_TOKEN);
    expectEveryFindingPublished(denied, server, 10);
  });
});

describe('GitHub faults', () => {
  const repo = standardRepo();
  afterAll(() => {
    server.clearFaults();
    repo.cleanup();
  });
  const [base, head] = repo.commits as [string, string];

  it('retries 5xx, secondary rate limits and 429, and never posts a review twice', async () => {
    server.addPullRequest({ number: 11, repoDir: repo.dir, base, head });
    server.inject({ method: 'GET', path: /\/pulls\/11$/, status: 502 });
    server.inject({ graphql: /viewer/, status: 429, headers: { 'retry-after': '0' } });
    server.inject({
      method: 'GET',
      path: /\/issues\/11\/comments$/,
      status: 403,
      headers: { 'retry-after': '0' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    // GitHub created the review but answered 502: the action must notice and not post it again.
    server.inject({ method: 'POST', path: /\/pulls\/11\/reviews$/, status: 502, afterProcessing: true });
    server.inject({
      method: 'POST',
      path: /\/issues\/11\/comments$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' },
      message: 'API rate limit exceeded',
    });
    const faulty = await run(repo, pullRequestEvent(11, base, head), { 'fail-on': 'never' });
    expect(server.violations).toEqual([]);
    expect(faulty.outputs).toMatchObject({ 'publish-status': 'posted' });
    expect(server.reviews(11)).toHaveLength(1);
    const keys = server.reviewComments(11).map((c) => `${c.path}:${c.line}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(stickyComments(server, 11)).toHaveLength(1);
    expect(faulty.stdout).toMatch(/retrying in/);
    expectEveryFindingPublished(faulty, server, 11);
  });

  it('a 422 on one inline comment does not lose the others', async () => {
    server.addPullRequest({ number: 12, repoDir: repo.dir, base, head });
    server.inject({
      method: 'POST',
      path: /\/pulls\/12\/reviews$/,
      when: (body) =>
        ((body as { comments?: { path: string }[] }).comments ?? []).some(
          (c) => c.path === 'deploy/hpa.yaml',
        ),
      status: 422,
      message: 'Pull request review thread line must be part of the diff',
      times: Infinity,
    });
    const partial = await run(repo, pullRequestEvent(12, base, head), { 'fail-on': 'never' });
    server.clearFaults();
    expect(server.violations).toEqual([]);
    const findings = reportFindings(partial);
    const paths = server.reviewComments(12).map((c) => c.path);
    expect(paths).not.toContain('deploy/hpa.yaml');
    expect(paths.length).toBe(findings.length - 1);
    const sticky = stickyComments(server, 12)[0]!.body;
    expect(sticky).toContain('1 inline comment could not be posted');
    expect(partial.summary).toMatch(/GitHub refused 1 inline comment \(deploy\/hpa\.yaml:1\)/);
    expectEveryFindingPublished(partial, server, 12);
  });

  it('GitHub down for good: the run ends, the gate decides, every finding is in the job summary', async () => {
    server.addPullRequest({ number: 13, repoDir: repo.dir, base, head });
    server.inject({ method: 'POST', path: /^\/repos\//, status: 503, times: Infinity });
    const started = Date.now();
    const down = await run(repo, pullRequestEvent(13, base, head));
    server.clearFaults();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(server.violations).toEqual([]);
    expect(down.code).toBe(1);
    expect(down.outputs).toMatchObject({ conclusion: 'failure', 'publish-status': 'failed' });
    expect(down.stdout).toMatch(/^::warning title=kube-pr-review::.*could not be posted/m);
    expect(server.reviewComments(13)).toEqual([]);
    expectEveryFindingPublished(down, server, 13);
  });
});

describe('a pull request too big for one comment', () => {
  const jobs = Array.from({ length: 300 }, (_, i) => cronJob('batch/v1beta1', `job-${i}`)).join('---\n');
  const repo = createRepo({ 'README.md': 'hi\n' }, { 'deploy/jobs.yaml': jobs });
  afterAll(() => repo.cleanup());
  const [base, head] = repo.commits as [string, string];

  it('posts at most 30 inline comments and a summary within 65536 characters that says what was left out', async () => {
    server.addPullRequest({ number: 14, repoDir: repo.dir, base, head });
    const big = await run(repo, pullRequestEvent(14, base, head), { 'fail-on': 'never' });
    expect(server.violations).toEqual([]);
    expect(big.outputs).toMatchObject({ findings: '300', 'review-comments': '30' });
    expect(server.reviewComments(14)).toHaveLength(30);
    const sticky = stickyComments(server, 14)[0]!.body;
    expect(sticky.length).toBeLessThanOrEqual(65536);
    expect(sticky).toMatch(/\d+ findings? (and \d+ resource changes? )?(was|were) left out/);
    expect(sticky).toContain('[kube-pr-review check](https://github.test/octo-org/gitops/pull/14/checks)');
    expect(sticky).toContain('💬 30 of 300 findings are also commented');
    expect(big.summary).not.toContain('left out');
    // 300 errors: GitHub shows 10 error annotations per step, so the last slots say what is not shown.
    const errorAnnotations = big.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errorAnnotations.length).toBeLessThanOrEqual(10);
    expect(errorAnnotations.some((line) => /\d+ more errors? not shown/.test(line))).toBe(true);
    expectEveryFindingPublished(big, server, 14);

    const from = server.requests.length;
    await run(repo, pullRequestEvent(14, base, head), { 'fail-on': 'never' });
    expect(server.writes(from)).toEqual([]);
    expect(server.reviewComments(14)).toHaveLength(30);
  });
});

describe('runs without a pull request', () => {
  const repo = standardRepo();
  afterAll(() => repo.cleanup());
  const [base, head] = repo.commits as [string, string];

  it('an audit (workflow_dispatch) and a push make no GitHub API call at all', async () => {
    const from = server.requests.length;
    const audit = await run(
      repo,
      webhookPayload('workflow_dispatch'),
      { 'fail-on': 'never' },
      {
        eventName: 'workflow_dispatch',
        sha: head,
      },
    );
    expect(audit.code).toBe(0);
    expect(audit.outputs).toMatchObject({ 'publish-status': 'skipped', 'comment-url': '' });
    expect(JSON.parse(audit.outputs['report-json:content']!)).toMatchObject({ mode: 'audit' });
    expect(audit.summary).toContain('audit of');

    const push = webhookPayload('push');
    push.before = base;
    push.after = head;
    const pushed = await run(repo, push, { 'fail-on': 'never' }, { eventName: 'push' });
    expect(pushed.outputs).toMatchObject({ 'publish-status': 'skipped' });
    expect(server.requests.slice(from)).toEqual([]);
  });

  it('workflow_run with pull-request: reviews that pull request and posts to it (the fork-safe pattern)', async () => {
    server.addPullRequest({ number: 15, repoDir: repo.dir, base, head, headRepo: 'contributor/gitops' });
    const payload = webhookPayload('workflow_run');
    const posted = await run(
      repo,
      payload,
      { 'pull-request': '15', 'fail-on': 'never' },
      { eventName: 'workflow_run' },
    );
    expect(server.violations).toEqual([]);
    expect(posted.outputs).toMatchObject({ 'publish-status': 'posted' });
    expect(stickyComments(server, 15)).toHaveLength(1);
    expect(server.reviewComments(15).length).toBeGreaterThan(0);
    const first = server.requests.find((r) => r.path.includes('/pulls/15'));
    expect(first?.operation).toBe('pulls/get');
    expect(server.requests.some((r) => graphqlQuery(r.body).includes('viewer'))).toBe(true);
  });

  it('rejects a bad pull-request or comment-id input as an action error', async () => {
    const bad = await run(
      repo,
      webhookPayload('workflow_run'),
      { 'pull-request': '15; rm -rf' },
      { eventName: 'workflow_run' },
    );
    expect(bad.code).toBe(1);
    expect(bad.outputs.conclusion).toBe('action-error');
    expect(bad.stdout).toMatch(/'pull-request' must be a pull request number/);
    const badId = await run(repo, pullRequestEvent(7, base, head), { 'comment-id': 'a -->' });
    expect(badId.outputs.conclusion).toBe('action-error');
  });
});
