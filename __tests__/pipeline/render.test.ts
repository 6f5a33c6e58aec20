import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { RawOptions } from '../../src/config/config.js';
import type { FileResourceChanges, Report } from '../../src/model.js';
import { runAudit, runReview, silentLogger } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { HELM, KUBECTL, inDir, serveHelmRepo, webChart } from '../render/helm-repo.js';
import type { HelmRepoServer } from '../render/helm-repo.js';

const options = (raw: RawOptions = {}, configText?: string) =>
  resolveOptions(
    { kubernetesVersion: '1.29', helm: HELM, kubectl: KUBECTL, ...raw },
    configText ? parseRepoConfig(configText, '.kube-pr-review.yaml', RULE_IDS) : EMPTY_CONFIG,
    '1.36',
  );

const review = (repo: TempRepo, raw: RawOptions = {}, configText?: string, from = 0, to = 1) =>
  runReview(
    { repo: repo.dir, base: repo.commits[from]!, head: repo.commits[to]! },
    options(raw, configText),
    silentLogger,
  );

/** `type key` of every rendered change, by target. */
function renderedChanges(report: Report): Record<string, string[]> {
  return Object.fromEntries(
    report.changes
      .filter((group): group is FileResourceChanges & { target: string } => group.target !== undefined)
      .map((group) => [group.target, group.resources.map((change) => `${change.type} ${change.key}`)]),
  );
}

function fieldsOf(report: Report, target: string, key: string) {
  const group = report.changes.find((candidate) => candidate.target === target);
  return group?.resources
    .find((change) => change.key === key)
    ?.fields.map((f) => [f.path, f.before, f.after]);
}

const cronTemplate = yaml`
  {{- if .Values.cron.enabled }}
  apiVersion: {{ .Values.cron.apiVersion }}
  kind: CronJob
  metadata:
    name: {{ .Release.Name }}-cleanup
  spec:
    schedule: "0 * * * *"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: cleanup, image: busybox}]
  {{- end }}
`;

describe('a local chart whose values change', () => {
  const chart = webChart({ extraTemplates: { 'templates/cronjob.yaml': cronTemplate } });
  const values = (replicas: number, cron: boolean) =>
    `replicas: ${replicas}\nimage: nginx:1.27\ngreeting: hello\ncron:\n  enabled: ${cron}\n  apiVersion: batch/v1beta1\n`;
  const repo = createRepo(
    { ...inDir('charts/web', { ...chart, 'values.yaml': values(1, false) }), 'apps/raw.yaml': 'x: 1\n' },
    { ...inDir('charts/web', { ...chart, 'values.yaml': values(3, true) }) },
  );
  let report: Report;
  beforeAll(async () => {
    report = await review(repo);
  });
  afterAll(() => repo.cleanup());

  it('renders base and head and diffs them per target', () => {
    expect(renderedChanges(report)).toEqual({
      'chart charts/web': ['modified apps/Deployment//web', 'added batch/CronJob//web-cleanup'],
    });
    expect(fieldsOf(report, 'chart charts/web', 'apps/Deployment//web')).toEqual([['spec.replicas', 1, 3]]);
    const group = report.changes.find((candidate) => candidate.target === 'chart charts/web')!;
    expect(group.file).toBe('charts/web/Chart.yaml');
    expect(group.status).toBe('modified');
  });

  it('points findings at the values line the template reads, and names the resource and template', () => {
    const removed = report.findings.filter((finding) => finding.ruleId === 'removed-api');
    expect(removed.map((f) => [f.file, f.line, f.resource?.name])).toEqual([
      ['charts/web/values.yaml', 5, 'web-cleanup'],
    ]);
    expect(removed[0]!.message).toContain(
      'rendered CronJob web-cleanup from web/templates/cronjob.yaml by chart charts/web',
    );
    expect(report.changedFiles.map((file) => file.path)).toContain('charts/web/values.yaml');
  });
});

describe('noise control', () => {
  const repo = createRepo(
    inDir('charts/web', webChart({ version: '1.0.0' })),
    inDir('charts/web', webChart({ version: '1.0.1' })),
  );
  afterAll(() => repo.cleanup());

  it('leaves out helm.sh/chart labels by default, so a version-only bump changes nothing', async () => {
    const report = await review(repo);
    expect(renderedChanges(report)).toEqual({});
    expect(report.findings).toEqual([]);
  });

  it('shows them when the defaults are turned off, and ignores configured fields', async () => {
    const all = await review(repo, {}, 'diff: {defaultIgnoreFields: false}');
    expect(fieldsOf(all, 'chart charts/web', 'apps/Deployment//web')).toEqual([
      ['metadata.labels["helm.sh/chart"]', 'web-1.0.0', 'web-1.0.1'],
    ]);
    const custom = await review(
      repo,
      {},
      'diff: {defaultIgnoreFields: false, ignoreFields: ["**.labels[\\"helm.sh/*\\"]"]}',
    );
    expect(renderedChanges(custom)).toEqual({});
  });
});

describe('an umbrella chart with a dependency from a Helm repository on 127.0.0.1', () => {
  let server: HelmRepoServer;
  let repo: TempRepo;
  beforeAll(async () => {
    server = await serveHelmRepo([webChart({ name: 'backend', version: '2.0.0' })]);
    const umbrella = (greeting: string) => ({
      'charts/shop/Chart.yaml': yaml`
        apiVersion: v2
        name: shop
        version: 0.1.0
        dependencies:
          - name: backend
            version: 2.0.0
            repository: ${server.url}
      `,
      'charts/shop/values.yaml': `backend:\n  greeting: ${greeting}\n`,
      'charts/shop/templates/.keep': '',
    });
    repo = createRepo(umbrella('hello'), umbrella('bonjour'));
  });
  afterAll(async () => {
    repo.cleanup();
    await server.close();
  });

  it('builds the dependency from the repository (once per side) and diffs the subchart', async () => {
    const report = await review(repo);
    expect(renderedChanges(report)).toEqual({ 'chart charts/shop': ['modified /ConfigMap//shop-config'] });
    expect(fieldsOf(report, 'chart charts/shop', '/ConfigMap//shop-config')).toEqual([
      ['data.greeting', 'hello', 'bonjour'],
    ]);
    expect(server.requests.filter((path) => path.endsWith('.tgz'))).toEqual(['/backend-2.0.0.tgz']);
  });
});

describe('an Argo CD Application bumping a remote chart', () => {
  let server: HelmRepoServer;
  let repo: TempRepo;
  const application = (url: string, version: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata:
      name: web
      namespace: argocd
    spec:
      project: default
      destination: {server: https://kubernetes.default.svc, namespace: prod}
      source:
        repoURL: ${url}
        chart: web
        targetRevision: ${version}
        helm:
          valuesObject:
            replicas: 2
  `;
  beforeAll(async () => {
    const v2 = webChart({ version: '2.0.0', extraTemplates: { 'templates/cronjob.yaml': cronTemplate } });
    v2['values.yaml'] += 'cron:\n  enabled: true\n  apiVersion: batch/v1beta1\n';
    server = await serveHelmRepo([webChart({ version: '1.0.0' }), v2]);
    repo = createRepo(
      { 'apps/web.yaml': application(server.url, '1.0.0') },
      { 'apps/web.yaml': application(server.url, '2.0.0') },
    );
  });
  afterAll(async () => {
    repo.cleanup();
    await server.close();
  });

  it('renders the old and the new version and points findings at targetRevision', async () => {
    const report = await review(repo);
    expect(renderedChanges(report)).toEqual({
      'Application argocd/web': ['added batch/CronJob//web-cleanup'],
    });
    const group = report.changes.find((candidate) => candidate.target === 'Application argocd/web')!;
    expect(group.file).toBe('apps/web.yaml');
    const removed = report.findings.find((finding) => finding.ruleId === 'removed-api')!;
    expect([removed.file, removed.line]).toEqual(['apps/web.yaml', 12]);
    expect(removed.message).toContain('rendered CronJob web-cleanup from web/templates/cronjob.yaml');
    // The Application itself is a raw manifest too: its own change is in its file's group.
    const raw = report.changes.find((candidate) => candidate.file === 'apps/web.yaml' && !candidate.target)!;
    expect(raw.resources.map((change) => change.fields.map((field) => field.path))).toEqual([
      ['spec.source.targetRevision'],
    ]);
  });
});

describe('a kustomize overlay whose base changed', () => {
  const deployment = (apiVersion: string, image: string) => yaml`
    apiVersion: ${apiVersion}
    kind: Deployment
    metadata:
      name: web
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: "${image}"}]
  `;
  const repo = createRepo(
    {
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': deployment('apps/v1', 'web:1'),
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\nnamespace: prod\n',
      'overlays/staging/kustomization.yaml': 'resources: [../../base]\nnamespace: staging\n',
    },
    { 'base/deployment.yaml': `# the base\n${deployment('apps/v1beta2', 'web:2')}` },
  );
  let report: Report;
  beforeAll(async () => {
    report = await review(repo, { kubernetesVersion: '1.29' });
  });
  afterAll(() => repo.cleanup());

  it('re-renders every overlay of the base, not the base alone', () => {
    expect(renderedChanges(report)).toEqual({
      'kustomization overlays/prod': ['modified apps/Deployment/prod/web'],
      'kustomization overlays/staging': ['modified apps/Deployment/staging/web'],
    });
    expect(fieldsOf(report, 'kustomization overlays/prod', 'apps/Deployment/prod/web')).toEqual([
      ['apiVersion', 'apps/v1', 'apps/v1beta2'],
      ['spec.template.spec.containers[0].image', 'web:1', 'web:2'],
    ]);
  });

  it('traces rendered resources to the line of the base file, without repeating the raw finding', () => {
    const removed = report.findings.filter((finding) => finding.ruleId === 'removed-api');
    // The raw file's own finding; the overlays' identical findings on the same line are not repeated.
    expect(removed.map((f) => [f.file, f.line])).toEqual([['base/deployment.yaml', 2]]);
    // The origin annotations the review asks kustomize for are not part of the diff.
    expect(JSON.stringify(renderJson(report))).not.toContain('config.kubernetes.io/origin');
  });
});

describe('a kustomize configMapGenerator whose content changed', () => {
  const kustomization = (level: string) => yaml`
    resources: [deployment.yaml]
    configMapGenerator:
      - name: web-settings
        literals: [LOG_LEVEL=${level}]
  `;
  const deployment = yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: "web:1", envFrom: [{configMapRef: {name: web-settings}}]}]
  `;
  const repo = createRepo(
    { 'app/kustomization.yaml': kustomization('info'), 'app/deployment.yaml': deployment },
    { 'app/kustomization.yaml': kustomization('debug') },
  );
  afterAll(() => repo.cleanup());

  it('shows one generated ConfigMap that changed (its hash suffix too), not one removed and one added', async () => {
    const report = await review(repo);
    const changes = renderedChanges(report)['kustomization app']!;
    expect(changes).toHaveLength(2);
    const configMap = changes.find((change) => change.includes('ConfigMap'))!;
    expect(configMap).toMatch(/^modified \/ConfigMap\/\/web-settings-[2456789bcdfghkmt]{10}$/);
    const fields = fieldsOf(report, 'kustomization app', configMap.slice('modified '.length))!;
    expect(fields.map(([path]) => path)).toEqual(['data.LOG_LEVEL', 'metadata.name']);
    expect(fields[0]).toEqual(['data.LOG_LEVEL', 'info', 'debug']);
    // The Deployment follows the new name, which is what rolls it out.
    expect(changes).toContain('modified apps/Deployment//web');
  });
});

describe('render errors', () => {
  const broken = webChart({
    extraTemplates: {
      'templates/broken.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.nope.deeper }}\n',
    },
  });
  const repo = createRepo(
    { ...inDir('charts/web', webChart()), ...inDir('charts/api', webChart({ name: 'api' })) },
    {
      ...inDir('charts/web', { ...broken, 'values.yaml': 'replicas: 2\nimage: nginx:1.27\ngreeting: hi\n' }),
      'charts/api/values.yaml': 'replicas: 4\nimage: nginx:1.27\ngreeting: hello\n',
    },
  );
  afterAll(() => repo.cleanup());

  it('reports helm’s own message on the template line, and renders the other targets', async () => {
    const report = await review(repo);
    const errors = report.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(errors.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['charts/web/templates/broken.yaml', 4, 'error'],
    ]);
    expect(errors[0]!.message).toMatch(
      /^chart charts\/web: helm failed: .*nil pointer evaluating interface \{\}\.deeper/s,
    );
    expect(errors[0]!.message).not.toMatch(/kube-pr-review-render-|\/tmp\//);
    expect(renderedChanges(report)).toEqual({ 'chart charts/api': ['modified apps/Deployment//api'] });
  });

  it('reports a missing binary as a render-error, never a crash', async () => {
    const report = await review(repo, { helm: '/nonexistent/helm' });
    const errors = report.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(errors.map((f) => [f.file, f.severity])).toEqual([
      ['charts/api/Chart.yaml', 'warning'],
      ['charts/web/Chart.yaml', 'warning'],
    ]);
    expect(errors[0]!.message).toBe('chart charts/api is not rendered: helm not found at /nonexistent/helm');
  });

  it('stops a render that hangs at the timeout, as a render-error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpr-slow-helm-'));
    const slowHelm = join(dir, 'helm');
    // Answers a version question like helm, and hangs on everything else.
    writeFileSync(slowHelm, '#!/bin/sh\nif [ "$1" = version ]; then echo v4.1.4; exit 0; fi\nsleep 30\n', {
      mode: 0o755,
    });
    try {
      const started = Date.now();
      const report = await review(repo, { helm: slowHelm }, 'render: {timeoutSeconds: 1}');
      expect(Date.now() - started).toBeLessThan(15000);
      const errors = report.findings.filter((finding) => finding.ruleId === 'render-error');
      expect(errors.map((f) => f.file).sort()).toEqual(['charts/api/Chart.yaml', 'charts/web/Chart.yaml']);
      for (const error of errors) expect(error.message).toContain('timed out after 1s');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('can be switched off', async () => {
    const report = await review(repo, { render: false });
    expect(report.findings).toEqual([]);
    expect(renderedChanges(report)).toEqual({});
  });
});

describe('only affected targets render', () => {
  const brokenApi = webChart({
    name: 'api',
    extraTemplates: { 'templates/broken.yaml': '{{ fail "api is broken" }}\n' },
  });
  const repo = createRepo(
    { ...inDir('charts/web', webChart()), ...inDir('charts/api', brokenApi) },
    { 'charts/web/values.yaml': 'replicas: 2\nimage: nginx:1.27\ngreeting: hello\n' },
  );
  afterAll(() => repo.cleanup());

  it('leaves a target the change does not touch alone', async () => {
    const report = await review(repo);
    expect(renderedChanges(report)).toEqual({ 'chart charts/web': ['modified apps/Deployment//web'] });
    expect(report.findings.filter((finding) => finding.ruleId === 'render-error')).toEqual([]);
  });

  it('renders every target at head with scope all', async () => {
    const report = await review(repo, { scope: 'all' });
    expect(renderedChanges(report)).toEqual({ 'chart charts/web': ['modified apps/Deployment//web'] });
    expect(
      report.findings.filter((finding) => finding.ruleId === 'render-error').map((f) => [f.file, f.message]),
    ).toEqual([
      [
        'charts/api/templates/broken.yaml',
        'chart charts/api: helm failed: execution error at (api/templates/broken.yaml:1:3): api is broken',
      ],
    ]);
    const probes = report.findings.filter((finding) => finding.ruleId === 'missing-probes');
    expect(probes.map((f) => f.file)).toEqual(['charts/web/values.yaml']);
  });
});

describe('suppression on rendered resources', () => {
  const deployment = (apiVersion: string) =>
    `apiVersion: ${apiVersion}\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n`;
  const repo = createRepo(
    {
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': deployment('apps/v1'),
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\nnamespace: prod\n',
      ...inDir('charts/web', webChart()),
    },
    {
      'base/deployment.yaml': `# kube-pr-review: ignore removed-api\n${deployment('apps/v1beta2')}`,
      ...inDir('charts/web', {
        ...webChart({ extraTemplates: { 'templates/cronjob.yaml': cronTemplate } }),
        'templates/cronjob.yaml': `# kube-pr-review: ignore removed-api\n${cronTemplate}`,
        'values.yaml':
          'replicas: 1\nimage: nginx:1.27\ngreeting: hello\ncron: {enabled: true, apiVersion: batch/v1beta1}\n',
      }),
    },
  );
  afterAll(() => repo.cleanup());

  it('follows ignore comments in helm templates and in kustomize sources', async () => {
    const report = await review(repo);
    expect(renderedChanges(report)).toEqual({
      'chart charts/web': ['added batch/CronJob//web-cleanup'],
      'kustomization overlays/prod': ['modified apps/Deployment/prod/web'],
    });
    expect(report.findings.filter((finding) => finding.ruleId === 'removed-api')).toEqual([]);
  });
});

describe('a chart bump and the CRDs it carries', () => {
  let server: HelmRepoServer;
  let repo: TempRepo;
  const crd = (extraField: string) => yaml`
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: widgets.example.com
    spec:
      group: example.com
      names: {kind: Widget, plural: widgets}
      scope: Namespaced
      versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    size: {type: integer}
                    ${extraField}
  `;
  const application = (url: string, version: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata:
      name: widgets
      namespace: argocd
    spec:
      project: default
      destination: {server: https://kubernetes.default.svc, namespace: widgets}
      source:
        repoURL: ${url}
        chart: widgets
        targetRevision: ${version}
  `;
  const chart = (version: string, extraField: string) =>
    webChart({ name: 'widgets', version, extraTemplates: { 'crds/widgets.yaml': crd(extraField) } });
  beforeAll(async () => {
    server = await serveHelmRepo([
      chart('1.0.0', 'color: {type: string}'),
      chart('1.0.1', 'color: {type: string}'),
      chart('2.0.0', 'shape: {type: string}'),
    ]);
    repo = createRepo(
      { 'apps/widgets.yaml': application(server.url, '1.0.0') },
      { 'apps/widgets.yaml': application(server.url, '1.0.1') },
      { 'apps/widgets.yaml': application(server.url, '2.0.0') },
    );
  });
  afterAll(async () => {
    repo.cleanup();
    await server.close();
  });

  it('says plainly when the CRDs do not differ, on the version line', async () => {
    const report = await review(repo, {}, undefined, 0, 1);
    const crdFindings = report.findings.filter((finding) => finding.ruleId.startsWith('crd-'));
    expect(crdFindings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
      ['crd-change', 'apps/widgets.yaml', 12],
    ]);
    expect(crdFindings[0]!.message).toContain(
      'No CRD difference between widgets 1.0.0 and 1.0.1 (Application argocd/widgets): its 1 CRD (widgets.example.com)',
    );
  });

  it('says so for a Chart.yaml dependency bump too, on the dependency version line', async () => {
    const umbrella = (version: string) => ({
      'charts/platform/Chart.yaml': yaml`
        apiVersion: v2
        name: platform
        version: 0.1.0
        dependencies:
          - name: widgets
            version: ${version}
            repository: ${server.url}
      `,
      'charts/platform/templates/.keep': '',
    });
    const umbrellaRepo = createRepo(umbrella('1.0.0'), umbrella('1.0.1'));
    try {
      const report = await review(umbrellaRepo);
      const crdFindings = report.findings.filter((finding) => finding.ruleId.startsWith('crd-'));
      expect(crdFindings.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
        ['crd-change', 'charts/platform/Chart.yaml', 6],
      ]);
      expect(crdFindings[0]!.message).toContain(
        'No CRD difference between widgets 1.0.0 and 1.0.1 (chart charts/platform)',
      );
    } finally {
      umbrellaRepo.cleanup();
    }
  });

  it('classifies the CRD changes of a bump that has them', async () => {
    const report = await review(repo, {}, undefined, 1, 2);
    const crdFindings = report.findings.filter((finding) => finding.ruleId.startsWith('crd-'));
    expect(crdFindings.map((finding) => [finding.ruleId, finding.file])).toEqual([
      ['crd-breaking-change', 'apps/widgets.yaml'],
    ]);
    expect(crdFindings[0]!.message).toContain('1 breaking, 0 risky, 1 safe change');
    expect(crdFindings[0]!.message).toContain('.spec.color: field removed');
  });
});

describe('an audit that renders', () => {
  it('renders every chart at HEAD and checks what it renders; without --render, templates are left alone', async () => {
    const chart = webChart({ extraTemplates: { 'templates/cronjob.yaml': cronTemplate } });
    chart['values.yaml'] += 'cron:\n  enabled: true\n  apiVersion: batch/v1beta1\n';
    const repo = createRepo(inDir('charts/web', chart));
    try {
      const auditOptions = options();
      const plain = await runAudit({ root: repo.dir, paths: [] }, auditOptions, silentLogger);
      expect(plain.findings.filter((finding) => finding.ruleId === 'removed-api')).toEqual([]);
      const rendered = await runAudit(
        { root: repo.dir, paths: [], render: true },
        auditOptions,
        silentLogger,
      );
      const removed = rendered.findings.filter((finding) => finding.ruleId === 'removed-api');
      // nothing changed, so the finding sits on the chart's declaration and names the template
      expect(removed.map((finding) => finding.file)).toEqual(['charts/web/Chart.yaml']);
      expect(removed[0]!.message).toContain(
        'rendered CronJob web-cleanup from web/templates/cronjob.yaml by chart charts/web',
      );
    } finally {
      repo.cleanup();
    }
  });
});

describe('independent renders', () => {
  const charts = ['a', 'b', 'c'];
  const files = (replicas: number) =>
    Object.assign(
      {},
      ...charts.map((name) =>
        inDir(`charts/${name}`, {
          ...webChart({ name }),
          'values.yaml': `replicas: ${replicas}\nimage: nginx:1.27\ngreeting: hello\n`,
        }),
      ),
    ) as Record<string, string>;
  const repo = createRepo(files(1), files(2));
  const dir = mkdtempSync(join(tmpdir(), 'kpr-helm-log-'));
  const log = join(dir, 'renders.log');
  const helm = join(dir, 'helm');
  // The real helm, each render held long enough that renders allowed to overlap do.
  writeFileSync(
    helm,
    [
      '#!/bin/sh',
      `if [ "$1" = template ]; then`,
      `  echo "start $GOMAXPROCS" >> '${log}'; /bin/sleep 0.3`,
      `  '${HELM}' "$@"; status=$?`,
      `  echo end >> '${log}'; exit $status`,
      'fi',
      `exec '${HELM}' "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  afterAll(() => {
    repo.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('run at once, at most one per CPU, sharing the CPUs, and each diffs its own chart', async () => {
    const report = await review(repo, { helm });
    expect(renderedChanges(report)).toEqual(
      Object.fromEntries(
        charts.map((name) => [`chart charts/${name}`, [`modified apps/Deployment//${name}`]]),
      ),
    );
    let running = 0;
    let most = 0;
    const events = readFileSync(log, 'utf8').trim().split('\n');
    for (const event of events) {
      running += event.startsWith('start') ? 1 : -1;
      most = Math.max(most, running);
    }
    const cpus = availableParallelism();
    expect(most).toBe(Math.min(6, cpus));
    // Three charts, two sides each; helm's Go threads split between the renders that run at once.
    const threads = process.env.GOMAXPROCS ?? String(Math.max(1, Math.floor(cpus / Math.min(6, cpus))));
    expect(events.filter((event) => event.startsWith('start'))).toEqual(Array(6).fill(`start ${threads}`));
  });
});
