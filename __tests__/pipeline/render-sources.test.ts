import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { Report } from '../../src/model.js';
import { runReview, silentLogger } from '../../src/pipeline.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { HELM, KUBECTL, inDir, serveHelmRepo, webChart } from '../render/helm-repo.js';
import { renderedValues, reviewCommits } from './render-review.js';
import type { HelmRepoServer } from '../render/helm-repo.js';

const review = reviewCommits;
const rendered = renderedValues;

let server: HelmRepoServer;
beforeAll(async () => {
  server = await serveHelmRepo([webChart({ version: '1.0.0' }), webChart({ version: '1.1.0' })]);
});
afterAll(() => server.close());

describe('Flux HelmReleases', () => {
  let repo: TempRepo;
  const release = (version: string, replicas: number) => yaml`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: HelmRepository
    metadata: {name: charts, namespace: flux-system}
    spec:
      url: ${server.url}
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: web, namespace: apps}
    spec:
      targetNamespace: prod
      chart:
        spec:
          chart: web
          version: ${version}
          sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
      values:
        replicas: ${replicas}
  `;
  beforeAll(() => {
    repo = createRepo({ 'flux/web.yaml': release('1.0.0', 1) }, { 'flux/web.yaml': release('1.1.0', 2) });
  });
  afterAll(() => repo.cleanup());

  it('renders the chart from the HelmRepository it names, with its values and release name', async () => {
    const report = await review(repo);
    expect(rendered(report)).toEqual({
      'HelmRelease apps/web': ['modified apps/Deployment//prod-web: spec.replicas=2'],
    });
  });
});

describe('Flux valuesFrom', () => {
  let repo: TempRepo;
  const release = (name: string, valuesFrom: string) => yaml`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: ${name}, namespace: apps}
    spec:
      chart:
        spec:
          chart: web
          version: 1.0.0
          sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
      valuesFrom: ${valuesFrom}
      values:
        greeting: from-release
  `;
  const source = () => yaml`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: HelmRepository
    metadata: {name: charts, namespace: flux-system}
    spec:
      url: ${server.url}
  `;
  const configMap = (replicas: number, greeting: string) => yaml`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: web-values, namespace: apps}
    data:
      values.yaml: |
        replicas: ${replicas}
        greeting: ${greeting}
  `;
  const kustomization = (tag: string) => yaml`
    resources: [web.yaml, web-values.yaml]
    configMapGenerator:
      - name: web-image
        literals: [tag=nginx:${tag}]
      - name: api-values
        files: [values.yaml=api-values.yaml]
  `;
  const web = release(
    'web',
    '[{kind: ConfigMap, name: web-values}, {kind: ConfigMap, name: web-image, valuesKey: tag, targetPath: image}, {kind: Secret, name: web-secret}, {kind: ConfigMap, name: nowhere, optional: true}]',
  );
  const api = release('api', '[{kind: ConfigMap, name: api-values}]');
  const notes: string[] = [];
  let report: Report;
  beforeAll(async () => {
    repo = createRepo(
      {
        'flux/source.yaml': source(),
        'apps/web.yaml': web,
        'apps/api.yaml': api,
        'apps/web-values.yaml': configMap(3, 'one'),
        'apps/api-values.yaml': 'replicas: 2\nimage: nginx:1.27\n',
        'apps/kustomization.yaml': kustomization('1.28'),
      },
      {
        'apps/web-values.yaml': configMap(3, 'two'),
        'apps/api-values.yaml': 'replicas: 1\nimage: nginx:1.27\n',
        'apps/kustomization.yaml': kustomization('1.29'),
      },
    );
    report = await runReview(
      { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! },
      resolveOptions({ kubernetesVersion: '1.29', helm: HELM, kubectl: KUBECTL }, EMPTY_CONFIG, '1.36'),
      { ...silentLogger, info: (message) => notes.push(message) },
    );
  });
  afterAll(() => repo.cleanup());

  it('merges the ConfigMaps the repository defines, in order, under spec.values', () => {
    const changes = rendered(report);
    // web-values' greeting changed, but spec.values sets it: the rendered ConfigMap stays as it was. Its
    // replicas (3 on both sides, no single-replica finding below) come from it on both sides.
    expect(changes['HelmRelease apps/web']).toEqual([
      'modified apps/Deployment//web: spec.template.spec.containers[0].image="nginx:1.29"',
    ]);
    expect(changes['HelmRelease apps/api']).toEqual(['modified apps/Deployment//api: spec.replicas=1']);
  });

  it('points findings at the changed values line of a generated ConfigMap (and web has its 3 replicas)', () => {
    const single = report.findings.filter((finding) => finding.ruleId === 'single-replica');
    expect(single.map((finding) => [finding.file, finding.line])).toEqual([['apps/api-values.yaml', 1]]);
  });

  it('says what it cannot read: Secrets, and ConfigMaps only the cluster has', () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /HelmRelease apps\/web: valuesFrom Secret web-secret is not read \(Secret values stay out/,
        ),
        expect.stringMatching(
          /HelmRelease apps\/web: valuesFrom ConfigMap nowhere is not in this repository \(optional\)/,
        ),
      ]),
    );
  });
});

describe("an Argo CD Application's kustomize options", () => {
  let repo: TempRepo;
  const app = (name: string, tag: string, extra = '') => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: ${name}, namespace: argocd}
    spec:
      destination: {namespace: shop}
      source:
        repoURL: https://git.example.com/this.git
        path: overlays/shop
        kustomize:
          namePrefix: ${name}-
          images: [web=registry.example.com/web:${tag}]
          commonLabels: {team: ${name}}
          replicas: [{name: web, count: 2}]
          ${extra}
  `;
  const deployment = yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 1
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: web:1.0}]
  `;
  let report: Report;
  beforeAll(async () => {
    repo = createRepo(
      {
        'argocd/blue.yaml': app('blue', '1.0'),
        'argocd/green.yaml': app('green', '1.0'),
        'overlays/shop/kustomization.yaml':
          'resources: [deployment.yaml]\nimages: [{name: web, newTag: "0.9"}]\n',
        'overlays/shop/deployment.yaml': deployment,
        'components/debug/kustomization.yaml': yaml`
          apiVersion: kustomize.config.k8s.io/v1alpha1
          kind: Component
          commonAnnotations: {debug: "on"}
        `,
      },
      {
        'argocd/blue.yaml': app('blue', '1.1'),
        'argocd/green.yaml': app('green', '1.0', 'components: [../../components/debug]'),
      },
    );
    report = await review(repo);
  });
  afterAll(() => repo.cleanup());

  it('applies them as Argo CD does, each Application to its own copy of the shared overlay', () => {
    expect(rendered(report)).toEqual({
      'Application argocd/blue': [
        'modified apps/Deployment//blue-web: spec.template.spec.containers[0].image="registry.example.com/web:1.1"',
      ],
      'Application argocd/green': [
        'modified apps/Deployment//green-web: metadata.annotations={"debug":"on"}, spec.template.metadata.annotations={"debug":"on"}',
      ],
    });
  });

  it('renders the names, labels and replicas they set', () => {
    const group = report.changes.find((candidate) => candidate.target === 'Application argocd/blue')!;
    const web = group.resources[0]!.head!.object as unknown as {
      metadata: { labels: Record<string, string> };
      spec: { replicas: number };
    };
    expect(web.metadata.labels).toEqual({ team: 'blue' });
    expect(web.spec.replicas).toBe(2);
  });
});

describe("an Argo CD Application's kustomize patch that kustomize refuses", () => {
  const app = (patch: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: shop, namespace: argocd}
    spec:
      destination: {namespace: shop}
      source:
        repoURL: https://git.example.com/this.git
        path: overlays/shop
        kustomize:
          patches: [{target: {kind: ConfigMap}, patch: '${patch}'}]
  `;
  const repo = createRepo(
    {
      'argocd/shop.yaml': app('[{"op": "add", "path": "/data", "value": {"a": "1"}}]'),
      'overlays/shop/kustomization.yaml': 'resources: [cm.yaml]\n',
      'overlays/shop/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop}\n',
    },
    { 'argocd/shop.yaml': app('[{"op": "explode"}]') },
  );
  afterAll(() => repo.cleanup());

  it("is a render-error on the Application's source, with kustomize's message", async () => {
    const report = await review(repo);
    const errors = report.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(errors.map((finding) => [finding.file, finding.line])).toEqual([['argocd/shop.yaml', 6]]); // its source
    expect(errors[0]!.message).toMatch(/explode|operation|patch/i);
  });
});

describe('Argo CD sources', () => {
  let repo: TempRepo;
  const appSet = yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: ApplicationSet
    metadata: {name: web, namespace: argocd}
    spec:
      generators:
        - list:
            elements:
              - env: staging
              - env: prod
      template:
        metadata:
          name: 'web-{{env}}'
        spec:
          destination: {namespace: '{{env}}'}
          source:
            repoURL: https://git.example.com/this.git
            path: charts/web
            helm:
              valueFiles:
                - ../../envs/{{env}}.yaml
  `;
  const multiSource = (version: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: remote, namespace: argocd}
    spec:
      destination: {namespace: remote}
      sources:
        - repoURL: ${server.url}
          chart: web
          targetRevision: ${version}
          helm:
            releaseName: edge
            valueFiles: [$values/envs/prod.yaml]
        - repoURL: https://git.example.com/this.git
          ref: values
  `;
  const kustomizeApp = yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: overlay, namespace: argocd}
    spec:
      destination: {namespace: kz}
      source:
        repoURL: https://git.example.com/this.git
        path: overlays/prod
  `;
  const external = yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: elsewhere, namespace: argocd}
    spec:
      source: {repoURL: https://github.com/org/other.git, path: not/in/this/repo}
  `;
  beforeAll(() => {
    repo = createRepo(
      {
        ...inDir('charts/web', webChart()),
        'envs/staging.yaml': 'replicas: 1\n',
        'envs/prod.yaml': 'replicas: 3\n',
        'argocd/web-set.yaml': appSet,
        'argocd/remote.yaml': multiSource('1.0.0'),
        'argocd/overlay.yaml': kustomizeApp,
        'argocd/elsewhere.yaml': external,
        'overlays/prod/kustomization.yaml': 'resources: [cm.yaml]\n',
        'overlays/prod/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kz}\ndata: {a: "1"}\n',
      },
      { 'envs/prod.yaml': 'replicas: 5\n' },
      { 'overlays/prod/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kz}\ndata: {a: "2"}\n' },
    );
  });
  afterAll(() => repo.cleanup());

  it('re-renders every release that uses a changed values file, and only those', async () => {
    const report = await review(repo);
    expect(rendered(report)).toEqual({
      'Application argocd/remote': ['modified apps/Deployment//edge: spec.replicas=5'],
      'Application web-prod (ApplicationSet argocd/web)': [
        'modified apps/Deployment//web-prod: spec.replicas=5',
      ],
    });
    const findings = report.findings.filter((finding) => finding.ruleId === 'single-replica');
    expect(findings).toEqual([]);
  });

  it('renders a kustomize source of an Application (and not the overlay a second time)', async () => {
    const report = await review(repo, EMPTY_CONFIG, {}, 1, 2);
    expect(rendered(report)).toEqual({
      'Application argocd/overlay': ['modified /ConfigMap//kz: data.a="2"'],
    });
  });
});

describe('ApplicationSet git generators', () => {
  const REPO = 'https://github.com/acme/gitops.git';
  const appSet = yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: ApplicationSet
    metadata: {name: tenants, namespace: argocd}
    spec:
      goTemplate: true
      generators:
        - git:
            repoURL: ${REPO}
            revision: HEAD
            files:
              - path: tenants/*/tenant.yaml
      template:
        metadata: {name: 'web-{{.path.basename}}'}
        spec:
          destination: {namespace: '{{.path.basename}}'}
          source:
            repoURL: ${REPO}
            path: charts/web
            helm:
              parameters:
                - {name: replicas, value: '{{.replicas}}'}
  `;
  let repo: TempRepo;
  beforeAll(() => {
    repo = createRepo(
      {
        ...inDir('charts/web', webChart()),
        'argocd/tenants.yaml': appSet,
        'tenants/blue/tenant.yaml': 'replicas: 2\n',
        'tenants/green/tenant.yaml': 'replicas: 2\n',
      },
      {
        'tenants/green/tenant.yaml': '# the green team\nreplicas: 1\n',
        'tenants/red/tenant.yaml': 'replicas: 3\n',
      },
    );
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/gitops.git');
  });
  afterAll(() => repo.cleanup());

  it("re-renders the Applications whose generator file changed, adds the new tenant's, and points there", async () => {
    const report = await review(repo);
    expect(rendered(report)).toEqual({
      'Application web-green (ApplicationSet argocd/tenants)': [
        'modified apps/Deployment//web-green: spec.replicas=1',
      ],
      'Application web-red (ApplicationSet argocd/tenants)': [
        'added /ConfigMap//web-red-config',
        'added apps/Deployment//web-red',
      ],
    });
    const single = report.findings.filter((finding) => finding.ruleId === 'single-replica');
    expect(single.map((finding) => [finding.file, finding.line])).toEqual([['tenants/green/tenant.yaml', 2]]);
  });

  it('renders nothing from another repository, unless the config names it as this one', async () => {
    const elsewhere = createRepo(
      {
        ...inDir('charts/web', webChart()),
        'argocd/tenants.yaml': appSet,
        'tenants/blue/tenant.yaml': 'replicas: 2\n',
      },
      { 'tenants/blue/tenant.yaml': 'replicas: 4\n' },
    );
    try {
      elsewhere.git('remote', 'add', 'origin', 'https://git.example.com/mirror/gitops.git');
      expect(rendered(await review(elsewhere))).toEqual({});
      const config = parseRepoConfig(`render: {repoURLs: ['${REPO}']}`, 'c', RULE_IDS);
      expect(rendered(await review(elsewhere, config))).toEqual({
        'Application web-blue (ApplicationSet argocd/tenants)': [
          'modified apps/Deployment//web-blue: spec.replicas=4',
        ],
      });
    } finally {
      elsewhere.cleanup();
    }
  });
});

describe('releases declared in .kube-pr-review.yaml', () => {
  let repo: TempRepo;
  const config = (version: string) => yaml`
    releases:
      - name: web
        namespace: prod
        chart: charts/web
        valuesFiles: [shared/common.yaml, envs/web.yaml]
      - name: api
        chart: charts/web
        valuesFiles: [shared/common.yaml]
        values: {image: "api:1"}
      - name: edge
        repo: ${server.url}
        chart: web
        version: ${version}
  `;
  beforeAll(() => {
    repo = createRepo(
      {
        ...inDir('charts/web', webChart()),
        'shared/common.yaml': 'greeting: hello\n',
        'envs/web.yaml': 'replicas: 2\n',
        '.kube-pr-review.yaml': config('1.0.0'),
      },
      { 'shared/common.yaml': 'greeting: bonjour\n' },
      { '.kube-pr-review.yaml': config('1.1.0') },
    );
  });
  afterAll(() => repo.cleanup());
  const configAt = (commit: number) =>
    parseRepoConfig(
      repo.git('show', `${repo.commits[commit]!}:.kube-pr-review.yaml`),
      '.kube-pr-review.yaml',
      RULE_IDS,
    );

  it('re-renders every release of a shared values file; the chart is not rendered on its own', async () => {
    const report = await review(repo, configAt(1));
    expect(rendered(report)).toEqual({
      'release api': ['modified /ConfigMap//api-config: data.greeting="bonjour"'],
      'release web': ['modified /ConfigMap//web-config: data.greeting="bonjour"'],
    });
    const group = report.changes.find((candidate) => candidate.target === 'release web')!;
    expect(group.file).toBe('.kube-pr-review.yaml');
  });

  it('renders the old and new version of a chart bumped in the config file', async () => {
    const report = await review(repo, configAt(2), {}, 1, 2);
    // 1.0.0 -> 1.1.0 of the test chart differ only in the helm.sh/chart label, which is ignored.
    expect(rendered(report)).toEqual({});
    const labels = await review(
      repo,
      { ...configAt(2), diff: { ignoreFields: [], defaultIgnoreFields: false } },
      {},
      1,
      2,
    );
    expect(rendered(labels)['release edge']).toEqual([
      'modified /ConfigMap//edge-config: metadata.labels["helm.sh/chart"]="web-1.1.0"',
      'modified apps/Deployment//edge: metadata.labels["helm.sh/chart"]="web-1.1.0"',
    ]);
  });

  it('validates releases with clear messages', () => {
    const bad: [string, string][] = [
      ['releases: {}', "'releases' must be a list"],
      [
        'releases: [{name: Web, chart: x}]',
        "releases[0].name must be a release name (lowercase letters, digits and '-', at most 53), got 'Web'",
      ],
      ['releases: [{name: a, chart: x}, {name: a, chart: y}]', "releases[1].name 'a' is declared twice"],
      ['releases: [{name: a}]', 'releases[0].chart must be a chart path or name'],
      [
        'releases: [{name: a, chart: x, repo: ftp://x}]',
        "releases[0].repo must be an http://, https:// or oci:// URL, got 'ftp://x'",
      ],
      [
        'releases: [{name: a, chart: x, repo: "https://x"}]',
        'releases[0].version is required for a chart from a repository',
      ],
      [
        'releases: [{name: a, chart: ../x}]',
        "releases[0].chart '../x' must be a directory inside the repository",
      ],
      ['releases: [{name: a, chart: x, colour: red}]', "unknown key 'colour' in releases[0]"],
      ['releases: [{name: a, chart: x, values: [1]}]', 'releases[0].values must be a mapping of Helm values'],
      ['render: {timeoutSeconds: 0}', 'render.timeoutSeconds must be a number of seconds between 1 and 3600'],
      ['render: {helm: /bin/helm}', "unknown key 'helm' in render"],
      ['render: {apiVersions: [nope]}', "render.apiVersions: 'nope' is not an API version"],
      ['render: {repoURLs: [gitops]}', "render.repoURLs: 'gitops' is not a git URL"],
      ['diff: {ignoreFields: ["a[b"]}', "diff.ignoreFields: 'a[b' has an unclosed '['"],
      ['diff: {defaultIgnoreFields: maybe}', 'diff.defaultIgnoreFields must be true or false'],
    ];
    for (const [text, message] of bad) {
      expect(() => parseRepoConfig(text, '.kube-pr-review.yaml', RULE_IDS)).toThrow(
        `.kube-pr-review.yaml: ${message}`,
      );
    }
    expect(configAt(0).releases?.map((release) => [release.name, release.line, release.versionLine])).toEqual(
      [
        ['web', 2, undefined],
        ['api', 6, undefined],
        ['edge', 10, 13],
      ],
    );
  });
});
