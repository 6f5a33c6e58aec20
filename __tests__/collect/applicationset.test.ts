import { afterAll, describe, expect, it } from '@jest/globals';
import { pathMatch, pathspecMatch, sanitizeName } from '../../src/collect/applicationset.js';
import { discoverSide, sideTargets } from '../../src/collect/discover.js';
import { RepoIdentity, normalizeRepoUrl } from '../../src/collect/repo-identity.js';
import { loadTree } from '../../src/collect/tree.js';
import { createRepo, yaml } from '../helpers/git-repo.js';

const REPO = 'https://github.com/acme/gitops.git';
const kustomization = 'resources: [cm.yaml]\n';
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\n`;

describe('ApplicationSet generators over this repository', () => {
  const appSet = (name: string, spec: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: ${name}, namespace: argocd}\nspec:\n${spec
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}\n`;
  const repo = createRepo({
    'apps/web/kustomization.yaml': kustomization,
    'apps/web/cm.yaml': cm('web'),
    'apps/api_v2/kustomization.yaml': kustomization,
    'apps/api_v2/cm.yaml': cm('api'),
    'apps/skip/kustomization.yaml': kustomization,
    'apps/skip/cm.yaml': cm('skip'),
    'apps/.hidden/kustomization.yaml': kustomization,
    'apps/.hidden/cm.yaml': cm('hidden'),
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'charts/web/templates/cm.yaml': cm('web'),
    'clusters/dev/config.json': JSON.stringify({ cluster: { name: 'dev', replicas: 1 }, tags: ['a', 'b'] }),
    'clusters/prod/config.yaml': '- {cluster: {name: prod-eu}}\n- {cluster: {name: prod-us}}\n',
    'argocd/dirs.yaml': appSet(
      'dirs',
      yaml`
        generators:
          - git:
              repoURL: ${REPO}
              revision: HEAD
              directories:
                - path: apps/*
                - path: apps/skip
                  exclude: true
        template:
          metadata: {name: '{{path.basename}}'}
          spec:
            source: {repoURL: ${REPO}, targetRevision: HEAD, path: '{{path}}'}
            destination: {namespace: '{{path.basenameNormalized}}'}
      `,
    ),
    'argocd/files.yaml': appSet(
      'files',
      yaml`
        goTemplate: true
        generators:
          - git:
              repoURL: git@github.com:acme/gitops
              revision: HEAD
              files:
                - path: clusters/**/config.*
              values:
                where: 'rel-{{.path.basename}}-{{index .path.segments 0}}'
        template:
          metadata: {name: 'web-{{.cluster.name}}'}
          spec:
            destination: {namespace: 'ns-{{.path.basename}}'}
            source:
              repoURL: ${REPO}
              path: charts/web
              helm: {releaseName: '{{.values.where}}'}
      `,
    ),
    'argocd/matrix.yaml': appSet(
      'matrix',
      yaml`
        generators:
          - matrix:
              generators:
                - list:
                    elements: [{env: dev}, {env: prod}]
                - git:
                    repoURL: ${REPO}
                    directories: [{path: 'apps/w*'}]
                  selector:
                    matchExpressions: [{key: path.basename, operator: In, values: [web]}]
        template:
          metadata: {name: '{{path.basename}}-{{env}}'}
          spec:
            source: {repoURL: ${REPO}, path: '{{path}}'}
            destination: {namespace: '{{env}}'}
      `,
    ),
    'argocd/merge.yaml': appSet(
      'merge',
      yaml`
        generators:
          - merge:
              mergeKeys: [app]
              generators:
                - list:
                    elements: [{app: web, ns: one}, {app: api, ns: two}]
                - list:
                    elements: [{app: web, ns: three}]
        template:
          metadata: {name: 'merged-{{app}}'}
          spec:
            source: {repoURL: ${REPO}, path: charts/web}
            destination: {namespace: '{{ns}}'}
      `,
    ),
    'argocd/live.yaml': appSet(
      'live',
      yaml`
        generators:
          - clusters: {}
          - git:
              repoURL: https://github.com/someone/else.git
              directories: [{path: '*'}]
        template:
          metadata: {name: '{{name}}'}
          spec:
            source: {repoURL: ${REPO}, path: apps/web}
            destination: {server: '{{server}}'}
      `,
    ),
    'argocd/elsewhere.yaml': yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: elsewhere, namespace: argocd}
      spec:
        source: {repoURL: https://github.com/someone/else.git, path: apps/web}
        destination: {namespace: x}
    `,
  });
  afterAll(() => repo.cleanup());

  it('generates the Applications the controller would, each rendering what its parameters name', async () => {
    const found = await discoverSide(
      await loadTree(repo.dir, repo.commits[0]!, 'head'),
      [],
      '.kube-pr-review.yaml',
      () => Promise.resolve(new RepoIdentity(['https://github.com/ACME/gitops'])),
    );
    const targets = sideTargets(found, found.consumed).filter((target) =>
      target.id.startsWith('ApplicationSet'),
    );
    const summary = Object.fromEntries(
      targets.map((target) => [
        target.id,
        [target.spec.type === 'kustomize' ? target.spec.path : '?', ...target.inputFiles],
      ]),
    );
    expect(summary).toEqual({
      'ApplicationSet:argocd/dirs/web': ['apps/web'],
      'ApplicationSet:argocd/dirs/api_v2': ['apps/api_v2'],
      'ApplicationSet:argocd/files/web-dev': ['?', 'clusters/dev/config.json'],
      'ApplicationSet:argocd/files/web-prod-eu': ['?', 'clusters/prod/config.yaml'],
      'ApplicationSet:argocd/files/web-prod-us': ['?', 'clusters/prod/config.yaml'],
      'ApplicationSet:argocd/matrix/web-dev': ['apps/web'],
      'ApplicationSet:argocd/matrix/web-prod': ['apps/web'],
      'ApplicationSet:argocd/merge/merged-web': ['?'],
      'ApplicationSet:argocd/merge/merged-api': ['?'],
    });
    expect(found.notes.sort()).toEqual([
      'Application argocd/elsewhere: source repository https://github.com/someone/else.git is not this repository: it is not rendered',
      'ApplicationSet argocd/live: the clusters generator depends on the live system: its Applications are not rendered',
      'ApplicationSet argocd/live: the git generator reads https://github.com/someone/else.git, not this repository: its Applications are not rendered',
    ]);
  });

  it('fills each Application from its parameters: names, namespaces, values', async () => {
    const found = await discoverSide(
      await loadTree(repo.dir, repo.commits[0]!, 'head'),
      [],
      '.kube-pr-review.yaml',
      () => Promise.resolve(new RepoIdentity([REPO])),
    );
    const labels = found.declared.map((target) => target.label);
    expect(labels).toContain('Application api_v2 (ApplicationSet argocd/dirs)');
    const helm = (id: string) => {
      const spec = found.declared.find((target) => target.id === id)?.spec;
      return spec?.type === 'helm' ? [spec.releaseName, spec.namespace] : undefined;
    };
    expect(helm('ApplicationSet:argocd/files/web-dev')).toEqual(['rel-dev-clusters', 'ns-dev']);
    expect(helm('ApplicationSet:argocd/files/web-prod-us')).toEqual(['rel-prod-clusters', 'ns-prod']);
    // Argo CD's merge: the later generator's values win for the same key; the rest of the base stays.
    expect(helm('ApplicationSet:argocd/merge/merged-web')).toEqual(['merged-web', 'three']);
    expect(helm('ApplicationSet:argocd/merge/merged-api')).toEqual(['merged-api', 'two']);
  });

  it('without remotes, every repository URL is taken to be this one', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml');
    expect(found.declared.some((target) => target.id === 'Application:argocd/elsewhere')).toBe(true);
  });
});

describe('ApplicationSet generator details', () => {
  const repo = createRepo({
    'apps/web/kustomization.yaml': kustomization,
    'apps/web/cm.yaml': cm('web'),
    'envs/dev.yaml': 'monitored: yes\n',
    'argocd/set.yaml': yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: ApplicationSet
      metadata: {name: set, namespace: argocd}
      spec:
        goTemplate: true
        generators:
          - selector:
              matchLabels: {path.basename: web}
            git:
              repoURL: ${REPO}
              directories: [{path: 'apps/*'}]
              values: {team: shop}
          - list:
              elements: [{values: {team: shop}}]
          - git:
              repoURL: ${REPO}
              files: [{path: envs/*.yaml}]
              values: {team: 'monitored-{{.monitored}}'}
        template:
          metadata: {name: 'web-{{.values.team}}'}
          spec:
            source: {repoURL: ${REPO}, path: apps/web}
            destination: {namespace: shop}
    `,
  });
  afterAll(() => repo.cleanup());

  it('reads a generator with its selector first, YAML files as Argo CD does, and notes duplicate names', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml');
    expect(found.declared.map((target) => target.id).sort()).toEqual([
      'ApplicationSet:argocd/set/web-monitored-true', // `yes` is a boolean in YAML 1.1
      'ApplicationSet:argocd/set/web-shop',
    ]);
    expect(found.notes).toEqual([
      'ApplicationSet argocd/set: two generated Applications are named web-shop: the first one is rendered',
    ]);
  });
});

describe('ApplicationSet selectors', () => {
  const elements = '[{app: web, tier: front}, {app: api}, {app: db, tier: back}]';
  const generator = (expression: string) =>
    `    - list: {elements: ${elements}}\n      selector: {matchExpressions: [${expression}]}`;
  const repo = createRepo({
    'apps/web/kustomization.yaml': kustomization,
    'apps/web/cm.yaml': cm('web'),
    'argocd/set.yaml': [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: ApplicationSet',
      'metadata: {name: set, namespace: argocd}',
      'spec:',
      '  generators:',
      ...[
        '{key: tier, operator: NotIn, values: [back]}',
        '{key: tier, operator: Exists}',
        '{key: tier, operator: DoesNotExist}',
        '{key: tier, operator: Near}',
      ].map(generator),
      '  template:',
      "    metadata: {name: '{{app}}-{{tier}}'}",
      `    spec: {source: {repoURL: '${REPO}', path: apps/web}, destination: {namespace: shop}}`,
      '',
    ].join('\n'),
  });
  afterAll(() => repo.cleanup());

  it('keeps what NotIn, Exists and DoesNotExist select, and says an unknown operator is not read', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml');
    // NotIn keeps web and api (no tier), Exists web and db, DoesNotExist api; api's name stays unfilled.
    expect(found.declared.map((target) => target.id).sort()).toEqual([
      'ApplicationSet:argocd/set/db-back',
      'ApplicationSet:argocd/set/web-front',
    ]);
    expect(found.notes.sort()).toEqual([
      "ApplicationSet argocd/set: a selector operator 'Near' is not known",
      // api (no tier) from NotIn and from DoesNotExist
      'ApplicationSet argocd/set: a template with placeholders the repository does not fill is not rendered',
      'ApplicationSet argocd/set: a template with placeholders the repository does not fill is not rendered',
      'ApplicationSet argocd/set: two generated Applications are named web-front: the first one is rendered',
    ]);
  });
});

describe('multi-source Applications', () => {
  const app = (name: string, valuesRepo: string) => yaml`
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata: {name: ${name}, namespace: argocd}
    spec:
      destination: {namespace: web}
      sources:
        - repoURL: ${REPO}
          path: charts/web
          helm: {valueFiles: [$values/envs/prod.yaml]}
        - repoURL: ${valuesRepo}
          ref: values
  `;
  const repo = createRepo({
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'envs/prod.yaml': 'replicas: 3\n',
    'argocd/here.yaml': app('here', REPO),
    'argocd/there.yaml': app('there', 'https://github.com/acme/values.git'),
  });
  afterAll(() => repo.cleanup());

  it('reads $ref values files from this repository only when the ref source names it', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml', () =>
      Promise.resolve(new RepoIdentity([REPO])),
    );
    const here = found.declared.find((target) => target.id === 'Application:argocd/here');
    expect(here?.spec.type === 'helm' && here.spec.valuesFiles.map((file) => file.path)).toEqual([
      'envs/prod.yaml',
    ]);
    expect(found.declared.some((target) => target.id.startsWith('Application:argocd/there'))).toBe(false);
    expect(found.notes).toEqual([
      'Application argocd/there: values files in other repositories ($values/envs/prod.yaml (https://github.com/acme/values.git)): it is not rendered',
    ]);
  });
});

describe('glob and name helpers', () => {
  it('matches directories as path.Match and files as a git pathspec', () => {
    expect(pathMatch('apps/*', 'apps/web')).toBe(true);
    expect(pathMatch('apps/*', 'apps/web/sub')).toBe(false);
    expect(pathMatch('apps/[wx]eb', 'apps/web')).toBe(true);
    expect(pathMatch('apps/[^w]eb', 'apps/web')).toBe(false);
    expect(pathMatch('*', 'apps')).toBe(true);
    expect(pathspecMatch('clusters/*/config.json', 'clusters/a/b/config.json')).toBe(true);
    expect(pathspecMatch('clusters', 'clusters/a/config.json')).toBe(true);
    expect(pathspecMatch('clusters/a/config.json', 'clusters/a/config.json')).toBe(true);
    expect(pathspecMatch('clusters/a/config.json', 'clusters/a/config.jsonx')).toBe(false);
    expect(sanitizeName('API_v2.')).toBe('api-v2');
  });

  it('reads the URL forms git and Argo CD use as one repository', () => {
    const forms = [
      'https://github.com/Acme/GitOps.git',
      'https://github.com/acme/gitops/',
      'git@github.com:acme/gitops.git',
      'ssh://git@github.com/acme/gitops',
      'ssh://git@github.com:22/acme/gitops.git',
    ];
    expect(new Set(forms.map(normalizeRepoUrl))).toEqual(new Set(['github.com/acme/gitops']));
    expect(normalizeRepoUrl('not a url')).toBeUndefined();
    expect(
      new RepoIdentity(['https://github.com/acme/gitops']).includes('https://github.com/acme/other'),
    ).toBe(false);
  });
});
