import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { inDir, webChart } from '../render/helm-repo.js';
import { serveOciRegistry } from '../render/oci-registry.js';
import type { OciRegistry } from '../render/oci-registry.js';
import { renderedPaths, reviewCommits } from './render-review.js';

const review = (repo: TempRepo) => reviewCommits(repo);
const rendered = renderedPaths;

// helm trusts the registry's certificate the way a machine trusts a private CA: SSL_CERT_FILE, which the
// render sandbox passes through.
let registry: OciRegistry;
let savedCertFile: string | undefined;
beforeAll(async () => {
  // 1.1.0 moves to a newer image and adds a ServiceAccount.
  const next = webChart({
    version: '1.1.0',
    extraTemplates: { 'templates/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web}\n' },
  });
  next['values.yaml'] = next['values.yaml']!.replace('nginx:1.27', 'nginx:1.28');
  registry = await serveOciRegistry('charts', [webChart({ version: '1.0.0' }), next]);
  savedCertFile = process.env.SSL_CERT_FILE;
  process.env.SSL_CERT_FILE = registry.caFile;
});
afterAll(async () => {
  if (savedCertFile === undefined) delete process.env.SSL_CERT_FILE;
  else process.env.SSL_CERT_FILE = savedCertFile;
  await registry.close();
});

describe('charts in an OCI registry', () => {
  it('renders the old and the new version of an Argo CD Application whose OCI chart is bumped', async () => {
    const app = (version: string) => yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: web, namespace: argocd}
      spec:
        source:
          repoURL: ${registry.host}/charts
          chart: web
          targetRevision: ${version}
          helm: {valuesObject: {replicas: 2}}
        destination: {namespace: prod}
    `;
    const repo = createRepo({ 'apps/web.yaml': app('1.0.0') }, { 'apps/web.yaml': app('1.1.0') });
    try {
      const report = await review(repo);
      expect(report.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
      expect(rendered(report)).toEqual({
        'Application argocd/web': [
          'added /ServiceAccount//web: ',
          'modified apps/Deployment//web: spec.template.spec.containers[0].image',
        ],
      });
      const pulled = registry.requests.filter((line) => line.startsWith('GET /v2/charts/web/manifests/'));
      expect(pulled.sort()).toEqual([
        'GET /v2/charts/web/manifests/1.0.0',
        'GET /v2/charts/web/manifests/1.1.0',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('builds a local chart whose dependency is an oci:// chart, and shows what the bump changes', async () => {
    const umbrella = (version: string) =>
      inDir('charts/shop', {
        'Chart.yaml': yaml`
          apiVersion: v2
          name: shop
          version: 1.0.0
          dependencies:
            - name: web
              version: ${version}
              repository: oci://${registry.host}/charts
        `,
        'values.yaml': 'web:\n  replicas: 3\n',
      });
    const repo = createRepo(umbrella('1.0.0'), umbrella('1.1.0'));
    try {
      const report = await review(repo);
      expect(report.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
      expect(rendered(report)['chart charts/shop']).toEqual([
        'added /ServiceAccount//web: ',
        'modified apps/Deployment//shop: spec.template.spec.containers[0].image',
      ]);
      const deployment = report.changes
        .flatMap((group) => group.resources)
        .find((change) => change.key === 'apps/Deployment//shop');
      expect(deployment?.fields).toMatchObject([{ before: 'nginx:1.27', after: 'nginx:1.28' }]);
    } finally {
      repo.cleanup();
    }
  });

  it('renders a Flux HelmRelease whose chartRef is an OCIRepository, the bump on its tag line', async () => {
    const flux = (tag: string) => yaml`
      apiVersion: source.toolkit.fluxcd.io/v1beta2
      kind: OCIRepository
      metadata: {name: web, namespace: flux-system}
      spec:
        url: oci://${registry.host}/charts/web
        ref:
          tag: ${tag}
      ---
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata: {name: web, namespace: apps}
      spec:
        chartRef: {kind: OCIRepository, name: web, namespace: flux-system}
    `;
    const repo = createRepo({ 'flux/web.yaml': flux('1.0.0') }, { 'flux/web.yaml': flux('1.1.0') });
    try {
      const report = await review(repo);
      expect(rendered(report)).toEqual({
        'HelmRelease apps/web': [
          'added /ServiceAccount//web: ',
          'modified apps/Deployment//web: spec.template.spec.containers[0].image',
        ],
      });
      const added = report.changes.flatMap((group) => group.resources).find((c) => c.type === 'added');
      expect(added?.head).toMatchObject({ file: 'flux/web.yaml', line: 7 });
    } finally {
      repo.cleanup();
    }
  });

  it('reports a version the registry does not hold as a render-error on the version line', async () => {
    const app = (version: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: web, namespace: argocd}\nspec:\n  source:\n    repoURL: oci://${registry.host}/charts\n    chart: web\n    targetRevision: ${version}\n  destination: {namespace: prod}\n`;
    const repo = createRepo({ 'apps/web.yaml': app('1.0.0') }, { 'apps/web.yaml': app('9.9.9') });
    try {
      const report = await review(repo);
      const errors = report.findings.filter((f) => f.ruleId === 'render-error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'apps/web.yaml', line: 8, severity: 'error' });
      expect(errors[0]!.message).toMatch(/Application argocd\/web: helm failed: .*9\.9\.9/);
    } finally {
      repo.cleanup();
    }
  });
});
