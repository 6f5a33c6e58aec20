import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TEST_TOKEN, runAction } from '../helpers/action-env.js';
import { createRepo } from '../helpers/git-repo.js';
import { GitHubServer } from '../helpers/github-server.js';
import { expectNoLeaks, pullRequestEvent, reportFindings, stickyComments } from '../github/fixtures.js';
import { argoCd, kustomization } from './remote-fixtures.js';

// The bundled action (dist/index.js): a pull request that bumps the ref of a kustomize remote base gets the CRD
// upgrade verdict inline on that line, the base read through the same local GitHub API it posts to.

const PR = 7;
let server: GitHubServer;
beforeAll(async () => {
  server = await new GitHubServer().start();
  server.addToken(TEST_TOKEN, { login: 'github-actions[bot]' });
  server.addContents('argoproj/argo-cd', 'v3.1.16', argoCd('3.1'));
  server.addContents('argoproj/argo-cd', 'v3.2.12', argoCd('3.2'));
});
afterAll(async () => {
  await server.stop();
});

describe('the action on a pull request that bumps a remote base ref', () => {
  const repo = createRepo(
    { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16') },
    { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.2.12') },
  );
  afterAll(() => repo.cleanup());

  it('comments the verdict on the ref line, reading the base with the token and showing it nowhere', async () => {
    const [base, head] = repo.commits as [string, string];
    server.addPullRequest({ number: PR, repoDir: repo.dir, base, head });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequestEvent(PR, base, head),
      apiUrl: server.url,
      inputs: { 'kubernetes-version': '1.33' },
    });
    expect(server.violations).toEqual([]);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'publish-status': 'posted', warnings: '1' });
    expect(reportFindings(run).map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
      ['crd-risky-change', 'argocd/kustomization.yaml', 4],
    ]);
    const comments = server.reviewComments(PR);
    expect(comments.map((comment) => `${comment.path}:${comment.line}`)).toEqual([
      'argocd/kustomization.yaml:4',
    ]);
    expect(comments[0]!.body).toContain('between v3.1.16 and v3.2.12');
    expect(stickyComments(server, PR)[0]!.body).toContain('crd-risky-change');

    const contents = server.requests.filter((request) => request.operation === 'repos/get-content');
    expect(contents).toHaveLength(8);
    expect(new Set(contents.map((request) => request.authorization))).toEqual(
      new Set([`Bearer ${TEST_TOKEN}`]),
    );
    expectNoLeaks(run, server);
  });
});
