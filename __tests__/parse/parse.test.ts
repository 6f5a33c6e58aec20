import { describe, expect, it } from '@jest/globals';
import { parseManifestFile } from '../../src/parse/parse.js';
import { yaml } from '../helpers/git-repo.js';

describe('parseManifestFile', () => {
  it('finds every object of a multi-document file with its lines', () => {
    const text = yaml`
      # a comment
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: one
        namespace: apps
      data:
        key: value
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        template:
          spec:
            containers:
              - name: app
                image: nginx:1.27
    `;
    const parsed = parseManifestFile('apps/web.yaml', text);
    expect(parsed.kind).toBe('kubernetes');
    expect(parsed.problems).toEqual([]);
    expect(parsed.resources.map((r) => [r.key, r.line])).toEqual([
      ['/ConfigMap/apps/one', 2],
      ['apps/Deployment//web', 10],
    ]);
    const deployment = parsed.resources[1]!;
    expect(deployment.lineOf(['apiVersion'])).toBe(10);
    expect(deployment.lineOf(['spec', 'replicas'])).toBe(15);
    expect(deployment.lineOf(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(20);
    // a missing field points at its nearest ancestor
    expect(deployment.lineOf(['spec', 'template', 'spec', 'securityContext'])).toBe(17);
    expect(deployment.endLine).toBe(20);
  });

  it('reads JSON manifests and List items', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }, null, 2);
    expect(parseManifestFile('svc.json', json).resources.map((r) => r.key)).toEqual(['/Service//s']);

    const list = yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: a
        - apiVersion: batch/v1beta1
          kind: CronJob
          metadata:
            name: b
    `;
    const parsed = parseManifestFile('list.yaml', list);
    expect(parsed.resources.map((r) => [r.ref.kind, r.ref.name, r.line, r.lineOf(['apiVersion'])])).toEqual([
      ['ConfigMap', 'a', 4, 4],
      ['CronJob', 'b', 8, 8],
    ]);
  });

  it('leaves non-Kubernetes YAML alone', () => {
    const workflow = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n';
    expect(parseManifestFile('.github/workflows/ci.yaml', workflow)).toMatchObject({
      kind: 'other',
      problems: [],
    });
    expect(parseManifestFile('deploy/ci.yaml', workflow)).toMatchObject({ kind: 'other', problems: [] });
    expect(parseManifestFile('chart/values.yaml', 'replicas: [\n')).toMatchObject({
      kind: 'other',
      problems: [],
    });
    expect(parseManifestFile('chart/Chart.yaml', 'apiVersion: v2\nname: x\n')).toMatchObject({
      kind: 'other',
    });
    expect(
      parseManifestFile(
        'k/kustomization.yaml',
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n',
      ),
    ).toMatchObject({ kind: 'other', resources: [] });
    expect(
      parseManifestFile('k/other.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n'),
    ).toMatchObject({ kind: 'other', resources: [] });
    expect(parseManifestFile('package.json', '{"name": "x", // not json\n}')).toMatchObject({
      kind: 'other',
    });
    const template =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n';
    expect(parseManifestFile('chart/templates/cm.yaml', template)).toMatchObject({
      kind: 'template',
      problems: [],
    });
    expect(parseManifestFile('other/cm.yaml', '{{- if .Values.x }}\nfoo: [\n')).toMatchObject({
      kind: 'template',
    });
    expect(parseManifestFile('empty.yaml', '# nothing\n---\n')).toMatchObject({
      kind: 'empty',
      problems: [],
    });
  });

  it('keeps ApplicationSet-style {{ }} strings in real manifests', () => {
    const appset = yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: ApplicationSet
      metadata:
        name: apps
      spec:
        template:
          metadata:
            name: '{{path.basename}}'
    `;
    expect(parseManifestFile('argocd/appset.yaml', appset).resources).toHaveLength(1);
  });

  it('reports broken YAML with its line and keeps the good documents', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: [broken\n';
    const parsed = parseManifestFile('mixed.yaml', text);
    expect(parsed.kind).toBe('broken');
    expect(parsed.resources.map((r) => r.ref.name)).toEqual(['ok']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.message).toMatch(/^invalid YAML: /);
    expect(parsed.problems[0]!.line).toBeGreaterThanOrEqual(9);
  });

  it('reports duplicate keys, alias bombs, binary and huge files instead of crashing', () => {
    const duplicate = parseManifestFile('dup.yaml', 'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n');
    expect(duplicate.problems[0]).toMatchObject({ line: 3 });

    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const bomb = parseManifestFile('bomb.yaml', `apiVersion: v1\nkind: ConfigMap\n${levels.join('\n')}\n`);
    expect(bomb.kind).toBe('broken');
    expect(bomb.problems[0]!.message).toMatch(/alias/i);

    expect(parseManifestFile('bin.yaml', 'apiVersion\0\0\x01').problems[0]!.message).toMatch(/binary/);
    const huge = parseManifestFile('huge.yaml', `# ${'x'.repeat(17 * 1024 * 1024)}`);
    expect(huge.problems[0]!.message).toMatch(/too large/);
  });

  it('reads ignore comments per document', () => {
    const text = yaml`
      # kube-pr-review: ignore removed-api, deprecated-api
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata:
        name: a
      ---
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata:
        name: b # kube-pr-review: ignore
      ---
      apiVersion: batch/v1beta1
      kind: CronJob
      metadata:
        name: c
    `;
    const [a, b, c] = parseManifestFile('x.yaml', text).resources;
    expect([...a!.ignoredRules].sort()).toEqual(['deprecated-api', 'removed-api']);
    expect([...b!.ignoredRules]).toEqual(['*']);
    expect(c!.ignoredRules.size).toBe(0);
  });

  it('parses with YAML 1.1 scalars as Kubernetes does', () => {
    const parsed = parseManifestFile(
      'cm.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  on: yes\n',
    );
    expect(parsed.resources[0]!.object.data).toEqual({ true: true });
  });
});

describe('YAML scalars as Kubernetes (go-yaml) reads them', () => {
  it('keeps a lone dot and base-60 numbers as strings', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: .\n  b: ._\n  c: 10:30\n  d: 1.5\n  e: .5\n  f: 0777\n  g: 1_000\n  h: .inf\n';
    const data = parseManifestFile('cm.yaml', text).resources[0]!.object.data;
    expect(data).toEqual({ a: '.', b: '._', c: '10:30', d: 1.5, e: 0.5, f: 511, g: 1000, h: Infinity });
  });
});
