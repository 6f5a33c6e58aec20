import { afterAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { RawOptions } from '../../src/config/config.js';
import type { Finding } from '../../src/model.js';
import { runAudit, runReview, silentLogger } from '../../src/pipeline.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { createRepo } from '../helpers/git-repo.js';
import type { Snapshot } from '../helpers/git-repo.js';
import { crdObject, specSchema } from './crd-builder.js';
import type { CrdSpec, SchemaNode } from './crd-builder.js';

const options = (raw: RawOptions = {}) =>
  resolveOptions({ kubernetesVersion: '1.33', ...raw }, EMPTY_CONFIG, '1.36');

const str = { type: 'string' };
const int = { type: 'integer' };

function crdYaml(spec: CrdSpec, labels?: Record<string, string>): string {
  const object = crdObject(spec) as { metadata: Record<string, unknown> };
  if (labels) object.metadata.labels = labels;
  return stringify(object);
}

const widget = (name: string, spec: Record<string, unknown>, comment = '') =>
  `${comment}apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n${Object.entries(
    spec,
  )
    .map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n`;

const crdFindings = (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.ruleId.startsWith('crd-'));

async function review(snapshots: Snapshot[], raw: RawOptions = {}) {
  const repo = createRepo(...snapshots);
  try {
    const report = await runReview(
      { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[repo.commits.length - 1]! },
      options(raw),
      silentLogger,
    );
    return crdFindings(report.findings);
  } finally {
    repo.cleanup();
  }
}

const schemaV1 = (properties: Record<string, SchemaNode>, extra: SchemaNode = {}) => ({
  schema: specSchema(properties, extra),
});

describe('crd-upgrade analyzer: a PR that edits a CRD file', () => {
  const before = crdYaml(schemaV1({ size: int, color: str }));
  const after = crdYaml(schemaV1({ size: int, shape: str }, { required: ['size'] }));
  const repo = createRepo(
    {
      'crds/widgets.yaml': before,
      'apps/red.yaml': widget('red', { size: 1, color: 'red' }),
      'apps/plain.yaml': widget('plain', { size: 2 }),
      'apps/quiet.yaml': widget('quiet', { color: 'blue' }, '# kube-pr-review: ignore crd-breaking-change\n'),
    },
    { 'crds/widgets.yaml': after },
  );
  afterAll(() => repo.cleanup());
  const request = { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! };

  it('gives one verdict on the CRD, and points at the custom resources it breaks', async () => {
    const report = await runReview(request, options(), silentLogger);
    const found = crdFindings(report.findings);
    expect(found.map((f) => [f.ruleId, f.severity, f.file, f.line])).toEqual([
      ['crd-breaking-change', 'error', 'apps/red.yaml', 8],
      ['crd-breaking-change', 'error', 'crds/widgets.yaml', 29],
    ]);
    const verdict = found[1]!;
    expect(verdict.message).toMatch(
      /^CRD widgets\.example\.com: 2 breaking, 0 risky, 1 safe change between base and head\./,
    );
    expect(verdict.message).toContain('v1 .spec.color: field removed');
    expect(verdict.message).toContain('v1 .spec.size: field is now required');
    expect(verdict.message).toContain(
      'In this repo 2 of 3 Widget resources are affected: Widget apps/quiet (apps/quiet.yaml:7: .spec.size: required; .spec.color: unknown-field); Widget apps/red (apps/red.yaml:8: .spec.color: unknown-field).',
    );
    expect(verdict.message).toContain('new cluster (blue/green)');
    expect(verdict.message).toContain('server-side apply');
    expect(verdict.resource).toEqual({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      name: 'widgets.example.com',
    });
    const red = found[0]!;
    expect(red.message).toContain(
      'Widget apps/red no longer validates against CRD widgets.example.com as changed in crds/widgets.yaml:1',
    );
    expect(red.message).toContain('.spec.color: unknown field');
    expect(red.message).toContain('Its next update is rejected.');
    // the verdict sits where the most severe change is: `.spec.color` was removed from spec's properties
    const lines = (await import('node:fs')).readFileSync(`${repo.dir}/crds/widgets.yaml`, 'utf8').split('\n');
    expect(lines.slice(verdict.line - 3, verdict.line)).toEqual([
      '            spec:',
      '              type: object',
      '              properties:',
    ]);
  });

  it('applies the config file ignores to custom resources in untouched files', async () => {
    const ignoring = resolveOptions(
      { kubernetesVersion: '1.33' },
      parseRepoConfig('ignore:\n  - {kind: Widget, name: red}\n', 'c', RULE_IDS),
      '1.36',
    );
    const report = await runReview(request, ignoring, silentLogger);
    expect(crdFindings(report.findings).map((f) => f.file)).toEqual(['crds/widgets.yaml']);
  });

  it('leaves changed custom resources to crd-invalid-resource (no double report)', async () => {
    const report = await runReview(request, options({ scope: 'all' }), silentLogger);
    const found = crdFindings(report.findings).map((f) => [f.ruleId, f.file, f.line]);
    expect(found).toEqual([
      ['crd-invalid-resource', 'apps/quiet.yaml', 7],
      ['crd-invalid-resource', 'apps/quiet.yaml', 8],
      ['crd-invalid-resource', 'apps/red.yaml', 8],
      ['crd-breaking-change', 'crds/widgets.yaml', 29],
    ]);
  });

  it('does nothing in an audit (no base to compare with)', async () => {
    const report = await runAudit({ root: repo.dir, paths: [] }, options(), silentLogger);
    expect(crdFindings(report.findings).filter((f) => f.ruleId !== 'crd-invalid-resource')).toEqual([]);
  });
});

describe('crd-upgrade analyzer: verdicts', () => {
  it('safe changes are a notice; an unchanged spec says there is no CRD difference', async () => {
    const found = await review([
      { 'crds/w.yaml': crdYaml(schemaV1({ size: int }), { 'helm.sh/chart': 'widgets-1.0.0' }) },
      { 'crds/w.yaml': crdYaml(schemaV1({ size: int, color: str }), { 'helm.sh/chart': 'widgets-1.1.0' }) },
      { 'crds/w.yaml': crdYaml(schemaV1({ size: int, color: str }), { 'helm.sh/chart': 'widgets-1.1.1' }) },
    ]);
    // base (commit 1) to head (commit 3)
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['crd-change', 'notice']]);
    expect(found[0]!.message).toMatch(
      /^CRD widgets\.example\.com: 0 breaking, 0 risky, 1 safe change between widgets-1\.0\.0 and widgets-1\.1\.1\./,
    );
    expect(found[0]!.message).toContain('safe to apply in place');

    const same = await review([
      { 'crds/w.yaml': crdYaml(schemaV1({ size: int }), { 'helm.sh/chart': 'widgets-1.0.0' }) },
      { 'crds/w.yaml': crdYaml(schemaV1({ size: int }), { 'helm.sh/chart': 'widgets-1.0.1' }) },
    ]);
    expect(same.map((f) => [f.ruleId, f.line])).toEqual([['crd-change', 1]]);
    expect(same[0]!.message).toBe(
      'CRD widgets.example.com: no CRD difference between widgets-1.0.0 and widgets-1.0.1. No CRD difference: upgrading the CRDs in place is safe for every instance and custom resource that shares them.',
    );
  });

  it('risky changes are a warning that names the resources at risk', async () => {
    const found = await review([
      {
        'crds/w.yaml': crdYaml(schemaV1({ name: str })),
        'apps/a.yaml': widget('a', { name: 'Upper' }),
      },
      { 'crds/w.yaml': crdYaml(schemaV1({ name: { type: 'string', pattern: '^[a-z]+$' } })) },
    ]);
    expect(found.map((f) => [f.ruleId, f.file])).toEqual([
      ['crd-breaking-change', 'apps/a.yaml'],
      ['crd-risky-change', 'crds/w.yaml'],
    ]);
    expect(found[0]!.message).toContain('It keeps working while unchanged (validation ratcheting');
    expect(found[1]!.message).toContain('0 breaking, 1 risky, 0 safe changes');
  });

  it('a removed CRD is breaking, on its old line', async () => {
    const found = await review([
      { 'crds/w.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${crdYaml({})}` },
      { 'crds/w.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
    ]);
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([['crd-breaking-change', 6]]);
    expect(found[0]!.message).toContain('CRD removed');
  });

  it('knows Argo CD: shared CRDs, and the client-side apply size limit', async () => {
    const big = { description: 'x'.repeat(270000) };
    const app = (extra: SchemaNode) =>
      crdYaml({
        group: 'argoproj.io',
        kind: 'ApplicationSet',
        plural: 'applicationsets',
        schema: specSchema({ goTemplate: { type: 'boolean' } }, extra),
      });
    const found = await review([
      { 'argocd/crds.yaml': app(big) },
      { 'argocd/crds.yaml': app({ ...big, required: ['goTemplate'] }) },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('shared by every Argo CD instance in the cluster');
    expect(found[0]!.message).toContain('over the 262144-byte limit');
    expect(found[0]!.message).toContain('ServerSideApply=true');
  });

  it('says when a CRD file sits in a Helm chart crds/ directory', async () => {
    const found = await review([
      {
        'charts/w/Chart.yaml': 'apiVersion: v2\nname: w\nversion: 1.0.0\nappVersion: v1.0\n',
        'charts/w/crds/w.yaml': crdYaml(schemaV1({ size: int })),
      },
      {
        'charts/w/Chart.yaml': 'apiVersion: v2\nname: w\nversion: 1.1.0\nappVersion: v1.1\n',
        'charts/w/crds/w.yaml': crdYaml(schemaV1({ size: int, color: str })),
      },
    ]);
    expect(found[0]!.message).toContain('between chart w 1.0.0 (app v1.0) and 1.1.0 (app v1.1).');
    expect(found[0]!.message).toContain('helm upgrade never changes them');
  });
});

describe('crd-upgrade analyzer: versions newly deprecated', () => {
  it('lists the resources on the deprecated version in the verdict, with no finding of their own', async () => {
    const versions = (deprecated: boolean) => ({
      versions: [
        { name: 'v1', storage: true },
        { name: 'v1beta1', storage: false, deprecated },
      ],
    });
    const found = await review([
      {
        'crds/w.yaml': crdYaml(versions(false)),
        'apps/a.yaml': widget('a', {}).replace('example.com/v1', 'example.com/v1beta1'),
      },
      { 'crds/w.yaml': crdYaml(versions(true)) },
    ]);
    expect(found.map((f) => [f.ruleId, f.file])).toEqual([['crd-risky-change', 'crds/w.yaml']]);
    expect(found[0]!.message).toContain(
      'In this repo 1 of 1 Widget resources are affected: Widget apps/a (apps/a.yaml:1: version v1beta1 is now deprecated).',
    );
    expect(found[0]!.message).toContain('Move manifests to the new version');
  });
});

describe('crd-upgrade analyzer: controller/CRD skew', () => {
  const deployment = (image: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: argocd-server\n  namespace: argocd\nspec:\n  template:\n    spec:\n      containers:\n        - name: server\n          image: ${image}\n`;

  it('a controller upgraded without its CRDs is a risk, on the image line', async () => {
    const found = await review([
      { 'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.1.0') },
      { 'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.2.0') },
    ]);
    expect(found.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['crd-risky-change', 'argocd/server.yaml', 11],
    ]);
    expect(found[0]!.message).toContain(
      'Argo CD moves from v3.1.0 to v3.2.0 (1 workload) but its CRDs do not change here',
    );
    expect(found[0]!.message).toContain('manifests/crds?ref=v3.2.0');
  });

  it('a patch bump is a notice; a bump with its CRDs is no skew', async () => {
    const patch = await review([
      { 'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.1.0') },
      { 'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.1.1') },
    ]);
    expect(patch.map((f) => [f.ruleId, f.severity])).toEqual([['crd-change', 'notice']]);

    const argoCrd = (extra: Record<string, SchemaNode>) =>
      crdYaml({
        group: 'argoproj.io',
        kind: 'Application',
        plural: 'applications',
        schema: specSchema({ project: str, ...extra }),
      });
    const together = await review([
      { 'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.1.0'), 'argocd/crds.yaml': argoCrd({}) },
      {
        'argocd/server.yaml': deployment('quay.io/argoproj/argocd:v3.2.0'),
        'argocd/crds.yaml': argoCrd({ extra: str }),
      },
    ]);
    expect(together.map((f) => f.ruleId)).toEqual(['crd-change']);
    expect(together[0]!.file).toBe('argocd/crds.yaml');
    // the versions come from the image tags that moved with the CRDs
    expect(together[0]!.message).toContain('between Argo CD v3.1.0 and v3.2.0 (image tags)');
  });

  it('knows the aws-load-balancer-controller image', async () => {
    const lbc = (tag: string) =>
      deployment(`public.ecr.aws/eks/aws-load-balancer-controller:${tag}`).replace(/argocd-server/g, 'lbc');
    const found = await review([{ 'lbc.yaml': lbc('v2.13.4') }, { 'lbc.yaml': lbc('v3.5.0') }]);
    expect(found.map((f) => f.ruleId)).toEqual(['crd-risky-change']);
    expect(found[0]!.message).toContain('AWS Load Balancer Controller moves from v2.13.4 to v3.5.0');
  });
});
