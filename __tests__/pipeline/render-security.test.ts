import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { RawOptions } from '../../src/config/config.js';
import { HOMEPAGE, TOOL_VERSION } from '../../src/meta.js';
import type { Report } from '../../src/model.js';
import { runReview, silentLogger } from '../../src/pipeline.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { RULE_IDS, RULE_METAS } from '../../src/rules/index.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { HELM, KUBECTL, inDir, webChart } from '../render/helm-repo.js';

const options = (raw: RawOptions = {}, configText?: string) =>
  resolveOptions(
    { kubernetesVersion: '1.29', helm: HELM, kubectl: KUBECTL, ...raw },
    configText ? parseRepoConfig(configText, '.kube-pr-review.yaml', RULE_IDS) : EMPTY_CONFIG,
    '1.36',
  );

const review = (repo: TempRepo, raw: RawOptions = {}) =>
  runReview({ repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! }, options(raw), silentLogger);

/** Everything a run can print or publish. */
function allOutputs(report: Report): string {
  return [
    JSON.stringify(renderJson(report)),
    renderText(report, { color: false }),
    renderMarkdown(report),
    JSON.stringify(renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE })),
    JSON.stringify(renderAnnotations(report.findings)),
  ].join('\n');
}

const renderErrors = (report: Report) =>
  report.findings
    .filter((finding) => finding.ruleId === 'render-error')
    .map((finding) => [finding.file, finding.line, finding.severity, finding.message]);

describe('paths outside the repository', () => {
  const application = (valueFile: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: web, namespace: argocd}
    spec:
      destination: {namespace: prod}
      source:
        repoURL: https://example.com/this-repo.git
        path: charts/web
        helm:
          valueFiles:
            - values.yaml
            - ${valueFile}
  `;
  const repo = createRepo(
    { ...inDir('charts/web', webChart()), 'apps/web.yaml': application('values.yaml') },
    { 'apps/web.yaml': application('../../../../../../etc/passwd') },
  );
  afterAll(() => repo.cleanup());

  it('rejects a values file that escapes the repo, on its line, and renders nothing', async () => {
    const report = await review(repo);
    expect(renderErrors(report)).toEqual([
      [
        'apps/web.yaml',
        12,
        'error',
        "Application argocd/web: values file '../../../../../../etc/passwd' is outside the repository: it is not read, and the release is not rendered",
      ],
    ]);
    expect(report.changes.filter((group) => group.target)).toEqual([]);
  });

  it('rejects it in the config file too', () => {
    expect(() =>
      parseRepoConfig(
        'releases: [{name: web, chart: charts/web, valuesFiles: [../secrets.yaml]}]',
        '.kube-pr-review.yaml',
        RULE_IDS,
      ),
    ).toThrow(".kube-pr-review.yaml: releases[0].valuesFiles[0] '../secrets.yaml' is outside the repository");
  });
});

describe('symlinks', () => {
  const repo = createRepo(inDir('charts/web', webChart()), {
    'charts/web/values.yaml': 'replicas: 2\nimage: nginx:1.27\ngreeting: hello\n',
  });
  beforeAll(() => {
    // A link out of the repo, and one inside it: git stores both as symlinks.
    repo.git('checkout', '-q', repo.commits[1]!);
  });
  afterAll(() => repo.cleanup());

  it('does not follow a symlink out of the repository, and still renders the chart', async () => {
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', `${repo.dir}/charts/web/templates/host.yaml`);
    symlinkSync('configmap.yaml', `${repo.dir}/charts/web/templates/same.txt`);
    repo.commit({ 'charts/web/values.yaml': 'replicas: 3\nimage: nginx:1.27\ngreeting: hello\n' });
    const report = await runReview(
      { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[2]! },
      options(),
      silentLogger,
    );
    expect(renderErrors(report)).toEqual([
      [
        'charts/web/templates/host.yaml',
        1,
        'warning',
        'symlink charts/web/templates/host.yaml points outside the repository or through another symlink (/etc/hostname): not followed',
      ],
    ]);
    expect(report.changes.find((group) => group.target)?.resources.map((change) => change.key)).toEqual([
      'apps/Deployment//web',
    ]);
  });
});

describe('kustomize', () => {
  const repo = createRepo(
    {
      'apps/base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'apps/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n',
      'apps/prod/kustomization.yaml': 'resources: [../base]\n',
      'apps/exec/kustomization.yaml': 'resources: [../base]\n',
    },
    {
      'apps/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "2"}\n',
      'apps/prod/kustomization.yaml': 'resources:\n  - ../base\n  - ../../../../etc\n',
      'apps/exec/kustomization.yaml': 'resources: [../base]\ntransformers: [fn.yaml]\n',
      'apps/exec/fn.yaml': yaml`
        apiVersion: example.com/v1
        kind: Run
        metadata:
          name: run
          annotations:
            config.kubernetes.io/function: |
              exec:
                path: /bin/sh
      `,
    },
  );
  afterAll(() => repo.cleanup());

  it('never reads outside the repo and never runs exec functions', async () => {
    const report = await review(repo);
    const errors = renderErrors(report);
    expect(errors.map(([file, line, severity]) => [file, line, severity])).toEqual([
      ['apps/exec/kustomization.yaml', 1, 'error'],
      ['apps/prod/kustomization.yaml', 3, 'error'],
    ]);
    expect(errors[0]![3]).toMatch(/^kustomization apps\/exec: kustomize failed: .*(exec|plugin|function)/is);
    expect(errors[1]![3]).toBe(
      "kustomization apps/prod: kustomization refers to '../../../../etc', outside the repository: it is not read",
    );
  });
});

describe('Secret values', () => {
  const PASSWORD_OLD = 'correct-horse-battery-staple';
  const PASSWORD_NEW = 'Tr0ub4dor&3-very-secret';
  const secretTemplate = yaml`
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ .Release.Name }}-credentials
    data:
      password: {{ .Values.db.password | b64enc }}
    stringData:
      dsn: "postgres://app:{{ .Values.db.password }}@db/app"
  `;
  const chart = (password: string, fail: boolean) =>
    inDir(
      'charts/db',
      webChart({
        name: 'db',
        extraTemplates: {
          'templates/secret.yaml': secretTemplate,
          ...(fail
            ? {
                'templates/check.yaml': '{{ fail (printf "password %s is too weak" .Values.db.password) }}\n',
              }
            : {}),
        },
      }),
    );
  const values = (password: string) =>
    `replicas: 1\nimage: nginx:1.27\ngreeting: hi\ndb:\n  password: ${password}\n`;
  const repo = createRepo(
    { ...chart(PASSWORD_OLD, false), 'charts/db/values.yaml': values(PASSWORD_OLD) },
    { ...chart(PASSWORD_NEW, false), 'charts/db/values.yaml': values(PASSWORD_NEW) },
    { ...chart(PASSWORD_NEW, true), 'charts/db/values.yaml': values(PASSWORD_NEW) },
  );
  afterAll(() => repo.cleanup());
  const forbidden = [PASSWORD_OLD, PASSWORD_NEW].flatMap((password) => [
    password,
    Buffer.from(password).toString('base64'),
    `postgres://app:${password}@db/app`,
  ]);

  it('shows that rendered Secret data changed, never the values', async () => {
    const report = await review(repo);
    const group = report.changes.find((candidate) => candidate.target === 'chart charts/db')!;
    const secret = group.resources.find((change) => change.key === '/Secret//db-credentials')!;
    expect(secret.fields.map((field) => [field.path, field.before, field.after])).toEqual([
      ['data.password', '(masked secret value)', '(masked secret value)'],
      ['stringData.dsn', '(masked secret value)', '(masked secret value)'],
    ]);
    const output = allOutputs(report);
    for (const value of forbidden) expect(output).not.toContain(value);
  });

  it('scrubs them from helm’s error messages', async () => {
    const report = await runReview(
      { repo: repo.dir, base: repo.commits[1]!, head: repo.commits[2]! },
      options(),
      silentLogger,
    );
    const errors = renderErrors(report);
    expect(errors.map(([file, line]) => [file, line])).toEqual([['charts/db/templates/check.yaml', 1]]);
    expect(errors[0]![3]).toContain('password (masked) is too weak');
    const output = allOutputs(report);
    for (const value of forbidden) expect(output).not.toContain(value);
  });
});
