import { afterAll, describe, expect, it } from '@jest/globals';
import { isAffected, pairTargets } from '../../src/collect/affected.js';
import { discoverSide, sideTargets } from '../../src/collect/discover.js';
import { parseKustomization } from '../../src/collect/kustomizations.js';
import { RepoIdentity } from '../../src/collect/repo-identity.js';
import { loadTree } from '../../src/collect/tree.js';
import { parseRepoConfig } from '../../src/config/config.js';
import type { ChangedFile } from '../../src/model.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { createRepo, yaml } from '../helpers/git-repo.js';

const chart = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n${extra}`;

describe('discovery', () => {
  const repo = createRepo({
    'charts/web/Chart.yaml': chart(
      'web',
      'dependencies:\n  - name: common\n    version: 1.0.0\n    repository: file://../common\n',
    ),
    'charts/web/charts/vendored/Chart.yaml': chart('vendored'),
    'charts/common/Chart.yaml': chart('common'),
    'charts/lib/Chart.yaml': chart('lib', 'type: library\n'),
    'charts/used/Chart.yaml': chart('used'),
    'charts/lbc/Chart.yaml': chart('lbc'),
    'charts/lbc/crds/kustomization.yaml': 'resources: [crds.yaml]\n',
    'base/kustomization.yaml': 'resources: [cm.yaml]\n',
    'components/extra/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    'overlays/prod/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/extra]\n',
    'overlays/bad/kustomization.yaml': 'resources: [../../../../outside]\n',
    'argocd/apps.yaml': yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: used, namespace: argocd}
      spec:
        source: {repoURL: https://example.com/r.git, path: charts/used, helm: {valueFiles: [../../envs/used.yaml]}}
        destination: {namespace: team}
      ---
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: plugin, namespace: argocd}
      spec:
        source: {repoURL: https://example.com/r.git, path: overlays/prod, plugin: {name: x}}
    `,
    'envs/used.yaml': 'a: 1\n',
    'not-argo.yaml': 'metadata:\n  annotations:\n    argocd.argoproj.io/sync-wave: "1"\n',
    '.kube-pr-review.yaml': 'releases: [{name: lbc, chart: charts/lbc, namespace: kube-system}]\n',
  });
  afterAll(() => repo.cleanup());

  it('finds charts, overlays, Applications and config releases, each rendered once', async () => {
    const tree = await loadTree(repo.dir, repo.commits[0]!, 'head');
    const releases = parseRepoConfig(repo.git('show', 'HEAD:.kube-pr-review.yaml'), 'c', RULE_IDS).releases!;
    const found = await discoverSide(tree, releases, '.kube-pr-review.yaml');
    const targets = sideTargets(found, found.consumed);
    expect(targets.map((target) => [target.id, target.anchor.file, target.anchor.line])).toEqual([
      ['Application:argocd/used', 'argocd/apps.yaml', 5],
      ['release:lbc', '.kube-pr-review.yaml', 1],
      ['chart:charts/web', 'charts/web/Chart.yaml', 1],
      ['kustomization:overlays/bad', 'overlays/bad/kustomization.yaml', 1],
      ['kustomization:overlays/prod', 'overlays/prod/kustomization.yaml', 1],
    ]);
    const byId = new Map(targets.map((target) => [target.id, target]));
    expect(byId.get('chart:charts/web')!.inputDirs).toEqual(['charts/web', 'charts/common']);
    expect(byId.get('kustomization:overlays/prod')!.inputDirs.sort()).toEqual([
      'base',
      'components/extra',
      'overlays/prod',
    ]);
    expect(byId.get('kustomization:overlays/bad')!.problems.map((problem) => problem.message)).toEqual([
      "kustomization refers to '../../../../outside', outside the repository: it is not read",
    ]);
    const used = byId.get('Application:argocd/used')!;
    expect(used.inputFiles).toEqual(['envs/used.yaml']);
    expect(used.spec).toMatchObject({ type: 'helm', releaseName: 'used', namespace: 'team' });
    expect(found.notes).toEqual(['Application argocd/plugin: config management plugins are never run']);
  });

  it('affects a target through its declaration or a file it reads, and nothing else', async () => {
    const tree = await loadTree(repo.dir, repo.commits[0]!, 'head');
    const found = await discoverSide(tree, [], '.kube-pr-review.yaml');
    const pairs = pairTargets(sideTargets(found, found.consumed), sideTargets(found, found.consumed));
    const changed = (path: string): ChangedFile[] => [{ path, oldPath: path, status: 'modified', hunks: [] }];
    const affected = (path: string) =>
      pairs.filter((pair) => isAffected(pair, changed(path))).map((pair) => pair.id);
    expect(affected('envs/used.yaml')).toEqual(['Application:argocd/used']);
    expect(affected('charts/common/templates/x.yaml')).toEqual(['chart:charts/web']);
    expect(affected('base/cm.yaml')).toEqual(['kustomization:overlays/prod']);
    expect(affected('argocd/apps.yaml')).toEqual([]);
    expect(affected('README.md')).toEqual([]);
  });
});

describe('an Argo CD Application whose source is the repository root', () => {
  it('reads `path: .` as the root, not as a path outside the repository', async () => {
    const repo = createRepo({
      'kustomization.yaml': 'resources: [cm.yaml]\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: root}\n',
      'argocd/root.yaml': yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: root, namespace: argocd}
        spec:
          source: {repoURL: https://example.com/r.git, path: .}
          destination: {namespace: team}
      `,
    });
    try {
      const found = await discoverSide(
        await loadTree(repo.dir, repo.commits[0]!, 'head'),
        [],
        '.kube-pr-review.yaml',
      );
      const application = sideTargets(found, found.consumed).find(
        (target) => target.id === 'Application:argocd/root',
      );
      expect(application?.problems).toEqual([]);
      expect(application?.spec).toMatchObject({ type: 'kustomize', path: '' });
    } finally {
      repo.cleanup();
    }
  });
});

describe('kustomize configMapGenerator entries', () => {
  it('reads each key from a file (key=path or the file name) or a literal, in the repo only', () => {
    const info = parseKustomization(
      'apps/kustomization.yaml',
      yaml`
        namespace: apps
        configMapGenerator:
          - name: web-values
            files: [values.yaml=env/web.yaml, extra.yaml, ../../../outside.yaml]
            literals: [tag=1.2.3, not-a-literal]
          - files: [nameless.yaml]
      `,
      new Set(['', 'apps', 'apps/env']),
    );
    expect(info?.configMapGenerators).toEqual([
      {
        name: 'web-values',
        namespace: 'apps',
        files: [
          { key: 'values.yaml', path: 'apps/env/web.yaml', line: 4 },
          { key: 'extra.yaml', path: 'apps/extra.yaml', line: 4 },
        ],
        literals: [{ key: 'tag', value: '1.2.3', line: 5 }],
        line: 3,
      },
    ]);
  });
});

describe('components an Argo CD Application adds', () => {
  const repo = createRepo({
    'overlays/shop/kustomization.yaml': 'resources: [cm.yaml]\n',
    'overlays/shop/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop}\n',
    'components/debug/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [../../../../outside.yaml]\n',
    'argocd/shop.yaml': yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: shop, namespace: argocd}
      spec:
        destination: {namespace: shop}
        source:
          repoURL: https://git.example.com/this.git
          path: overlays/shop
          kustomize: {components: [../../components/debug]}
    `,
  });
  afterAll(() => repo.cleanup());

  it('are part of the target: their files are inputs, and what they refer to is checked too', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml');
    const shop = found.declared.find((target) => target.id === 'Application:argocd/shop')!;
    expect(shop.inputDirs.sort()).toEqual(['components/debug', 'overlays/shop']);
    expect(shop.problems.map((problem) => [problem.at.file, problem.message])).toEqual([
      [
        'components/debug/kustomization.yaml',
        "kustomization refers to '../../../../outside.yaml', outside the repository: it is not read",
      ],
    ]);
  });
});

describe('Flux HelmReleases with a GitRepository source', () => {
  const release = (name: string, gitRepository: string) => yaml`
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: GitRepository
    metadata: {name: ${name}, namespace: flux-system}
    spec: {url: ${gitRepository}}
    ---
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: ${name}, namespace: apps}
    spec:
      chart:
        spec:
          chart: ./charts/web
          sourceRef: {kind: GitRepository, name: ${name}, namespace: flux-system}
  `;
  const repo = createRepo({
    'charts/web/Chart.yaml': chart('web'),
    'flux/here.yaml': release('here', 'https://github.com/acme/gitops'),
    'flux/there.yaml': release('there', 'https://github.com/acme/other'),
  });
  afterAll(() => repo.cleanup());

  it('renders the chart from this repository only when the GitRepository names it', async () => {
    const found = await discoverSide(await loadTree(repo.dir, repo.commits[0]!, 'head'), [], 'c.yaml', () =>
      Promise.resolve(new RepoIdentity(['git@github.com:acme/gitops.git'])),
    );
    expect(found.declared.map((target) => target.id)).toEqual(['HelmRelease:apps/here']);
    expect(found.notes).toEqual([
      'HelmRelease apps/there: GitRepository there is https://github.com/acme/other, not this repository',
    ]);
  });
});
