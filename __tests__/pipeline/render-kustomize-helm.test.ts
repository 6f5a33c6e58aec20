import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepo, yaml } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { inDir, serveHelmRepo, webChart } from '../render/helm-repo.js';
import type { HelmRepoServer } from '../render/helm-repo.js';
import { renderedValues, reviewCommits } from './render-review.js';

const review = (repo: TempRepo) => reviewCommits(repo);
const rendered = renderedValues;

const CRD = yaml`
  apiVersion: apiextensions.k8s.io/v1
  kind: CustomResourceDefinition
  metadata: {name: widgets.example.com}
  spec:
    group: example.com
    names: {kind: Widget, plural: widgets}
    scope: Namespaced
    versions:
      - name: v1
        served: true
        storage: true
        schema: {openAPIV3Schema: {type: object}}
`;

let server: HelmRepoServer;
beforeAll(async () => {
  const next = webChart({ version: '1.1.0' });
  next['values.yaml'] = next['values.yaml']!.replace('nginx:1.27', 'nginx:1.28');
  server = await serveHelmRepo([
    webChart({ version: '1.0.0' }),
    next,
    webChart({ name: 'widgets', version: '2.0.0', extraTemplates: { 'crds/widgets.yaml': CRD } }),
    webChart({ name: 'widgets', version: '2.0.1', extraTemplates: { 'crds/widgets.yaml': CRD } }),
  ]);
});
afterAll(() => server.close());

describe('kustomize helmCharts', () => {
  const overlay = (version: string, replicas: number) => yaml`
    namespace: shop
    helmCharts:
      - name: web
        repo: ${server.url}
        version: ${version}
        releaseName: front
        valuesInline:
          replicas: ${replicas}
    commonLabels:
      team: shop
  `;

  it('inflates the chart from its repository at both versions, and shows the bump on the version line', async () => {
    const repo = createRepo(
      { 'overlays/prod/kustomization.yaml': overlay('1.0.0', 2) },
      { 'overlays/prod/kustomization.yaml': overlay('1.1.0', 3) },
    );
    try {
      const report = await review(repo);
      expect(report.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
      expect(rendered(report)).toEqual({
        'kustomization overlays/prod': [
          'modified apps/Deployment/shop/front: spec.replicas=3, spec.template.spec.containers[0].image="nginx:1.28"',
        ],
      });
      const change = report.changes.flatMap((group) => group.resources)[0]!;
      expect(change.head).toMatchObject({ file: 'overlays/prod/kustomization.yaml', line: 5 });
      expect(server.requests.filter((path) => path.endsWith('.tgz')).sort()).toEqual(
        expect.arrayContaining(['/web-1.0.0.tgz', '/web-1.1.0.tgz']),
      );
    } finally {
      repo.cleanup();
    }
  });

  it('says plainly on the version line when a chart bump leaves its CRDs as they were', async () => {
    const widgets = (version: string) => yaml`
      helmCharts:
        - name: widgets
          repo: ${server.url}
          version: ${version}
          releaseName: widgets
          includeCRDs: true
    `;
    const repo = createRepo(
      { 'platform/widgets/kustomization.yaml': widgets('2.0.0') },
      { 'platform/widgets/kustomization.yaml': widgets('2.0.1') },
    );
    try {
      const report = await review(repo);
      const crd = report.findings.filter((finding) => finding.ruleId.startsWith('crd-'));
      expect(crd.map((finding) => [finding.ruleId, finding.file, finding.line])).toEqual([
        ['crd-change', 'platform/widgets/kustomization.yaml', 4],
      ]);
      expect(crd[0]!.message).toContain(
        'No CRD difference between widgets 2.0.0 and 2.0.1 (kustomization platform/widgets): its 1 CRD (widgets.example.com)',
      );
    } finally {
      repo.cleanup();
    }
  });

  it('uses a chart the repository keeps in chartHome, and never lets kustomize pull one', async () => {
    const vendored = (replicas: number) => ({
      ...inDir('apps/web/vendor/web', webChart()),
      'apps/web/kustomization.yaml': yaml`
        helmGlobals: {chartHome: vendor}
        helmCharts:
          - {name: web, releaseName: web, valuesInline: {replicas: ${replicas}}}
      `,
      'apps/missing/kustomization.yaml': `# replicas ${replicas}\nhelmCharts:\n  - {name: nowhere, releaseName: x}\n`,
    });
    const repo = createRepo(vendored(1), vendored(2));
    try {
      const report = await review(repo);
      expect(rendered(report)).toEqual({
        'kustomization apps/web': ['modified apps/Deployment//web: spec.replicas=2'],
      });
      const errors = report.findings.filter((f) => f.ruleId === 'render-error');
      expect(errors.map((f) => [f.file, f.line, f.severity])).toEqual([
        ['apps/missing/kustomization.yaml', 3, 'warning'],
      ]);
      expect(errors[0]!.message).toBe(
        "kustomization apps/missing: helmCharts 'nowhere' names no repo, and the repository keeps no chart at " +
          'apps/missing/charts/nowhere (it failed the same way before this change)',
      );
    } finally {
      repo.cleanup();
    }
  });
});
