import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/main.js';
import { EMPTY_CONFIG, resolveOptions } from '../../src/config/config.js';
import type { RawOptions } from '../../src/config/config.js';
import type { FileResourceChanges, Finding, Report } from '../../src/model.js';
import { runReview, silentLogger } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { exceedsFailOn } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { createRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { GitHubServer, closedPortUrl } from '../helpers/github-server.js';
import { HELM, KUBECTL } from '../render/helm-repo.js';
import { argoCd, crd, guestbook, kustomization, lbcCrds } from './remote-fixtures.js';

// Kustomize remote resources (`github.com/OWNER/REPO/PATH?ref=X` and friends) are read through the GitHub
// REST contents API, here a local stand-in that checks every request against GitHub's OpenAPI description.

const TOKEN = 'ghs_remoteBasesTokenNeverShown0123';

let server: GitHubServer;
beforeAll(async () => {
  server = await new GitHubServer().start();
  server.addToken(TOKEN, { login: 'github-actions[bot]' });
  server.addContents('argoproj/argo-cd', 'v3.1.16', argoCd('3.1'));
  server.addContents('argoproj/argo-cd', 'v3.2.12', argoCd('3.2'));
  server.addContents('kubernetes-sigs/aws-load-balancer-controller', 'v2.13.0', lbcCrds(true), {
    public: true,
  });
  server.addContents('kubernetes-sigs/aws-load-balancer-controller', 'v2.13.4', lbcCrds(false), {
    public: true,
  });
});
afterAll(async () => {
  await server.stop();
});

const options = (raw: RawOptions = {}) =>
  resolveOptions(
    {
      kubernetesVersion: '1.33',
      helm: HELM,
      kubectl: KUBECTL,
      githubToken: TOKEN,
      githubApiUrl: server.url,
      ...raw,
    },
    EMPTY_CONFIG,
    '1.36',
  );

const review = (repo: TempRepo, raw: RawOptions = {}) =>
  runReview({ repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! }, options(raw), silentLogger);

const crdFindings = (report: Report) =>
  report.findings.filter((finding) => finding.ruleId.startsWith('crd-'));
const at = (findings: readonly Finding[]) =>
  findings.map((finding) => [finding.ruleId, finding.severity, finding.file, finding.line]);

/** Every text the review produces: the token must be in none. */
function outputs(report: Report): string[] {
  return [
    JSON.stringify(renderJson(report)),
    renderText(report, { color: false }),
    renderMarkdown(report),
    ...report.findings.map((finding) => finding.message),
  ];
}

function requestsSince(from: number) {
  return server.requests.slice(from);
}

describe('a kustomization that bumps the ref of a GitHub remote base with CRDs', () => {
  const repo = createRepo(
    {
      'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16'),
      'apps/guestbook.yaml': guestbook,
    },
    { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.2.12') },
  );
  let report: Report;
  let from: number;
  beforeAll(async () => {
    from = server.requests.length;
    report = await review(repo);
  });
  afterAll(() => repo.cleanup());

  it('gets the CRD upgrade verdict on the ref line, naming both refs', () => {
    expect(report.findings.filter((finding) => finding.ruleId === 'render-error')).toEqual([]);
    const findings = crdFindings(report);
    expect(at(findings)).toEqual([
      ['crd-risky-change', 'warning', 'apps/guestbook.yaml', 10],
      ['crd-risky-change', 'warning', 'argocd/kustomization.yaml', 4],
    ]);
    const message = findings[1]!.message;
    expect(message).toContain(
      'CRD applications.argoproj.io: 0 breaking, 1 risky, 1 safe change between v3.1.16 and v3.2.12 (kustomize remote resource github.com/argoproj/argo-cd/manifests/crds).',
    );
    expect(message).toContain('.spec.sourceHydrator.syncSource.path: validation tightened');
    expect(message).toContain(
      'In this repo 1 of 1 Application resources are affected: Application argocd/guestbook',
    );
    // The Application the pull request does not touch, on the field the new CRD tightens.
    expect(findings[0]!.message).toBe(
      'Application argocd/guestbook is put at risk by the change to CRD applications.argoproj.io (argocd/kustomization.yaml:4): .spec.sourceHydrator.syncSource.path: validation-tightened.',
    );
    expect(exceedsFailOn(report.summary, 'error')).toBe(false);
    expect(exceedsFailOn(report.summary, 'warning')).toBe(true);
  });

  it('shows the rendered CRD change under the kustomization', () => {
    const group = report.changes.find(
      (candidate): candidate is FileResourceChanges & { target: string } =>
        candidate.target === 'kustomization argocd',
    );
    expect(group?.resources.map((change) => `${change.type} ${change.key}`)).toEqual([
      'modified apiextensions.k8s.io/CustomResourceDefinition//applications.argoproj.io',
    ]);
  });

  it('reads only what the remote kustomization needs, once, with the token, as GitHub describes it', () => {
    const requests = requestsSince(from);
    expect(server.violations).toEqual([]);
    expect(new Set(requests.map((request) => request.operation))).toEqual(new Set(['repos/get-content']));
    expect(new Set(requests.map((request) => request.authorization))).toEqual(new Set([`Bearer ${TOKEN}`]));
    const paths = requests.map((request) => request.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual(
      ['v3.1.16', 'v3.2.12']
        .flatMap((ref) =>
          ['', '/application-crd.yaml', '/appproject-crd.yaml', '/kustomization.yaml'].map(
            (file) => `/repos/argoproj/argo-cd/contents/manifests/crds${file}?ref=${ref}`,
          ),
        )
        .sort(),
    );
  });

  it('never shows the token', () => {
    for (const text of outputs(report)) expect(text).not.toContain(TOKEN);
  });
});

describe('a ref bump whose CRDs do not differ', () => {
  it('says plainly that there is no CRD difference, on the ref line', async () => {
    server.addContents('argoproj/argo-cd', 'v3.1.15', argoCd('3.1'));
    const repo = createRepo(
      {
        'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.15'),
      },
      {
        'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16'),
      },
    );
    try {
      const findings = crdFindings(await review(repo));
      expect(at(findings)).toEqual([['crd-change', 'notice', 'argocd/kustomization.yaml', 4]]);
      expect(findings[0]!.message).toContain(
        'No CRD difference between github.com/argoproj/argo-cd/manifests/crds v3.1.15 and v3.1.16 (kustomization argocd)',
      );
    } finally {
      repo.cleanup();
    }
  });
});

describe('the https:// and raw.githubusercontent.com forms', () => {
  const lbc = (ref: string) =>
    `https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${ref}/helm/aws-load-balancer-controller/crds/crds.yaml`;
  const repo = createRepo(
    {
      'platform/crds/kustomization.yaml': kustomization(
        'https://github.com/argoproj/argo-cd//manifests/crds?ref=v3.1.16',
        lbc('v2.13.0'),
      ),
    },
    {
      'platform/crds/kustomization.yaml': kustomization(
        'https://github.com/argoproj/argo-cd//manifests/crds?ref=v3.2.12',
        lbc('v2.13.4'),
      ),
    },
  );
  afterAll(() => repo.cleanup());

  it('compares the CRDs of each remote resource, each on its own line', async () => {
    const report = await review(repo);
    const findings = crdFindings(report);
    expect(at(findings)).toEqual([
      ['crd-risky-change', 'warning', 'platform/crds/kustomization.yaml', 4],
      ['crd-breaking-change', 'error', 'platform/crds/kustomization.yaml', 5],
    ]);
    expect(findings[0]!.message).toContain('between v3.1.16 and v3.2.12');
    expect(findings[1]!.message).toContain(
      'CRD targetgroupbindings.elbv2.k8s.aws: 1 breaking, 0 risky, 0 safe changes between v2.13.0 and v2.13.4 (kustomize remote resource github.com/kubernetes-sigs/aws-load-balancer-controller/helm/aws-load-balancer-controller/crds/crds.yaml).',
    );
    expect(findings[1]!.message).toContain('.spec.ipAddressType: field removed');
    expect(exceedsFailOn(report.summary, 'error')).toBe(true);
  });

  it('reads public repositories without a token', async () => {
    const from = server.requests.length;
    const report = await review(repo, { githubToken: '' });
    // argoproj/argo-cd is private on this server: without a token it is a render-error, the public one renders.
    const errors = report.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(at(errors)).toEqual([['render-error', 'error', 'platform/crds/kustomization.yaml', 4]]);
    expect(errors[0]!.message).toContain('asks for credentials (401)');
    expect(errors[0]!.message).toContain('No GitHub token was given');
    const anonymous = requestsSince(from).filter((request) => request.status === 200);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.every((request) => request.authorization === '')).toBe(true);
  });
});

describe('a remote resource that cannot be read', () => {
  it('is a render-error on the line of the entry, naming the reference and what GitHub said', async () => {
    const repo = createRepo(
      {
        'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16'),
      },
      { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v9.9.9') },
    );
    try {
      const report = await review(repo);
      expect(at(report.findings)).toEqual([['render-error', 'error', 'argocd/kustomization.yaml', 4]]);
      const message = report.findings[0]!.message;
      expect(message).toContain(
        "kustomization argocd: kustomize remote resource 'github.com/argoproj/argo-cd/manifests/crds?ref=v9.9.9' could not be read:",
      );
      expect(message).toContain('found no argoproj/argo-cd manifests/crds at v9.9.9 (404)');
      expect(message).toContain('No commit found for the ref v9.9.9');
      for (const text of outputs(report)) expect(text).not.toContain(TOKEN);
      expect(server.violations).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('says when there is no token and no API to read from', async () => {
    const repo = createRepo(
      {
        'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16'),
      },
      {
        'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.2.12'),
      },
    );
    try {
      const nowhere = await closedPortUrl();
      const report = await review(repo, { githubToken: '', githubApiUrl: nowhere });
      expect(at(report.findings)).toEqual([['render-error', 'error', 'argocd/kustomization.yaml', 4]]);
      const message = report.findings[0]!.message;
      expect(message).toContain(`could not reach the GitHub API at ${nowhere}: ECONNREFUSED`);
      expect(message).toContain(
        'No GitHub token was given (GITHUB_TOKEN, --github-token, or the action input github-token)',
      );
    } finally {
      repo.cleanup();
    }
  });

  it('is never fetched from anywhere but GitHub', async () => {
    const repo = createRepo(
      { 'crds/kustomization.yaml': kustomization('https://gitlab.com/acme/widgets//crds?ref=v1') },
      { 'crds/kustomization.yaml': kustomization('https://gitlab.com/acme/widgets//crds?ref=v2') },
    );
    try {
      const from = server.requests.length;
      const report = await review(repo);
      expect(at(report.findings)).toEqual([['render-error', 'error', 'crds/kustomization.yaml', 4]]);
      expect(report.findings[0]!.message).toContain(
        "kustomize remote resource 'https://gitlab.com/acme/widgets//crds?ref=v2' is not fetched: only GitHub repositories are read",
      );
      expect(requestsSince(from)).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('remote kustomizations that build on more', () => {
  const widgetCrd = (version: string) =>
    crd(
      'example.com',
      'widgets',
      'Widget',
      `                size: {type: ${version === 'v1' ? 'string' : 'integer'}}\n`,
    );
  const platform = (widgets: string) => ({
    'deploy/kustomization.yaml': kustomization(
      '../crds',
      `https://raw.githubusercontent.com/acme/widgets/${widgets}/widget-crd.yaml`,
    ),
    // v2 adds a ClusterRole that rbac-wildcard flags, to see how rendered remote resources are named.
    'crds/kustomization.yaml': kustomization('gadget-crd.yaml', ...(widgets === 'v2' ? ['role.yaml'] : [])),
    'crds/role.yaml':
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: gadgets-admin}\nrules: [{apiGroups: ["example.com"], resources: ["*"], verbs: ["*"]}]\n',
    'crds/gadget-crd.yaml': crd(
      'example.com',
      'gadgets',
      'Gadget',
      '                color: {type: string}\n',
    ),
    // A cycle: remote kustomizations that name each other end, whatever they say.
    'loop/kustomization.yaml': kustomization('github.com/acme/platform/loop?ref=v1', '../crds'),
  });
  beforeAll(() => {
    server.addContents('acme/platform', 'v1', platform('v1'));
    server.addContents('acme/platform', 'v2', platform('v2'));
    server.addContents('acme/widgets', 'v1', { 'widget-crd.yaml': widgetCrd('v1') });
    server.addContents('acme/widgets', 'v2', { 'widget-crd.yaml': widgetCrd('v2') });
  });

  it('follows local paths and remote resources inside them, and names the ref of the entry in the repo', async () => {
    const repo = createRepo(
      { 'platform/kustomization.yaml': kustomization('github.com/acme/platform//deploy?ref=v1') },
      { 'platform/kustomization.yaml': kustomization('github.com/acme/platform//deploy?ref=v2') },
    );
    try {
      const report = await review(repo);
      const findings = crdFindings(report);
      expect(at(findings)).toEqual([['crd-breaking-change', 'error', 'platform/kustomization.yaml', 4]]);
      expect(findings[0]!.message).toContain(
        'CRD widgets.example.com: 1 breaking, 0 risky, 0 safe changes between v1 and v2 (kustomize remote resource github.com/acme/platform/deploy).',
      );
      const group = report.changes.find((candidate) => candidate.target === 'kustomization platform');
      expect(group?.resources.map((change) => `${change.type} ${change.key}`)).toEqual([
        'modified apiextensions.k8s.io/CustomResourceDefinition//widgets.example.com',
        'added rbac.authorization.k8s.io/ClusterRole//gadgets-admin',
      ]);
      const wildcard = report.findings.filter((finding) => finding.ruleId === 'rbac-wildcard');
      expect(at(wildcard)).toEqual([['rbac-wildcard', 'warning', 'platform/kustomization.yaml', 4]]);
      expect(wildcard[0]!.message).toContain(
        '(rendered ClusterRole gadgets-admin from github.com/acme/platform/crds/role.yaml?ref=v2 by kustomization platform)',
      );
      expect(server.violations).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('ends on a cycle of remote kustomizations', async () => {
    const repo = createRepo(
      { 'loop/kustomization.yaml': kustomization('github.com/acme/platform//crds?ref=v1') },
      { 'loop/kustomization.yaml': kustomization('github.com/acme/platform//loop?ref=v1') },
    );
    try {
      const report = await review(repo);
      // kustomize finds the cycle in the local copies; nothing waits forever.
      expect(at(report.findings)).toEqual([['render-error', 'error', 'loop/kustomization.yaml', 1]]);
      expect(report.findings[0]!.message).toMatch(/cycle|already|accumulat/i);
    } finally {
      repo.cleanup();
    }
  });

  it('reads each remote path once per run, however many overlays use it', async () => {
    const overlay = (ref: string) => kustomization(`github.com/argoproj/argo-cd/manifests/crds?ref=${ref}`);
    const repo = createRepo(
      { 'east/kustomization.yaml': overlay('v3.1.16'), 'west/kustomization.yaml': overlay('v3.1.16') },
      { 'east/kustomization.yaml': overlay('v3.2.12'), 'west/kustomization.yaml': overlay('v3.2.12') },
    );
    try {
      const from = server.requests.length;
      const report = await review(repo);
      const paths = requestsSince(from).map((request) => request.path);
      expect(paths).toHaveLength(8);
      expect(new Set(paths).size).toBe(8);
      expect(crdFindings(report).map((finding) => finding.ruleId)).toEqual(['crd-risky-change']);
    } finally {
      repo.cleanup();
    }
  });
});

describe('the CLI', () => {
  const repo = createRepo(
    { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16') },
    { 'argocd/kustomization.yaml': kustomization('github.com/argoproj/argo-cd/manifests/crds?ref=v3.2.12') },
  );
  afterAll(() => repo.cleanup());

  const cli = async (args: string[], env: Record<string, string | undefined>) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      [
        'review',
        '--repo',
        repo.dir,
        '--base',
        repo.commits[0]!,
        '--head',
        repo.commits[1]!,
        '--kubectl',
        KUBECTL,
        '--format',
        'json',
        ...args,
      ],
      {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        cwd: repo.dir,
        env,
      },
    );
    const findings = stdout ? (JSON.parse(stdout) as { findings: Finding[] }).findings : [];
    return { code, findings, stdout, stderr };
  };

  it('takes the token and the API URL from GITHUB_TOKEN and GITHUB_API_URL', async () => {
    const result = await cli([], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url });
    expect(result.code).toBe(0);
    expect(at(result.findings)).toEqual([['crd-risky-change', 'warning', 'argocd/kustomization.yaml', 4]]);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('or from --github-token and --github-api-url, which win', async () => {
    const nowhere = await closedPortUrl();
    const result = await cli(['--github-token', TOKEN, '--github-api-url', server.url], {
      GITHUB_TOKEN: 'ghs_notTheOneToUse',
      GITHUB_API_URL: nowhere,
    });
    expect(at(result.findings)).toEqual([['crd-risky-change', 'warning', 'argocd/kustomization.yaml', 4]]);
    const bad = await cli(['--github-api-url', 'ftp://example.com'], {});
    expect([bad.code, bad.stderr]).toEqual([
      2,
      "kube-pr-review: the GitHub API URL must be an http(s) URL, got 'ftp://example.com'\n",
    ]);
  });
});
