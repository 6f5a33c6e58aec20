import { describe, expect, it } from '@jest/globals';
import { parseRenderedOutput, scanHeader } from '../../src/render/output.js';
import { yaml } from '../helpers/git-repo.js';

describe('scanHeader', () => {
  it('reads apiVersion, kind, name and namespace from block YAML', () => {
    const text = yaml`
      # Source: web/templates/cm.yaml
      apiVersion: v1
      kind: ConfigMap
      metadata:
        annotations:
          name: not-this-one
        name: "web"
        namespace: prod # a comment
      data:
        name: nor-this
    `;
    expect(scanHeader(text)).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', name: 'web', namespace: 'prod' });
  });

  it.each([
    ['flow metadata', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n'],
    ['a number as name', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n'],
    ['a boolean as name', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: yes\n'],
    ['a List', 'apiVersion: v1\nkind: List\nmetadata:\n  name: x\nitems: []\n'],
    ['an alias as name', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *a\n'],
    ['an anchored kind', 'apiVersion: v1\nkind: &k ConfigMap\nmetadata:\n  name: x\n'],
    ['no name', 'apiVersion: v1\nkind: ConfigMap\n'],
  ])('leaves %s to the full parser', (_what, text) => {
    expect(scanHeader(text)).toBeUndefined();
  });

  it('skips documents without keys', () => {
    expect(scanHeader('# only a comment\n')).toBe('skip');
  });
});

describe('parseRenderedOutput', () => {
  const output = [
    '---',
    '# Source: web/crds/crds.yaml',
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: a.example.com',
    '---',
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: b.example.com',
    '---',
    '# Source: web/templates/list.yaml',
    'apiVersion: v1',
    'kind: List',
    'items:',
    '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: one}}',
    '  - {apiVersion: v1, kind: ConfigMap, metadata: {name: two}}',
    '---',
    '# Source: web/templates/cm.yaml',
    '# kube-pr-review: ignore removed-api',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: lazy',
    'data:',
    '  key: value',
    '',
  ].join('\n');

  it('gives each output its own resources: base and head are separate objects, as they are parsed', () => {
    const options = { tool: 'helm' as const, target: 'chart web' };
    const alone = parseRenderedOutput(output, options).resources;
    const base = parseRenderedOutput(output, options).resources;
    const head = parseRenderedOutput(output.replace('name: lazy', 'name: eager'), options).resources;
    const refs = (resources: typeof alone) => resources.map((r) => [r.key, r.rendered.template, r.line]);
    expect(refs(base)).toEqual(refs(alone));
    expect(refs(head)).toEqual(
      refs(alone).map((ref, i) =>
        i === 4 ? [String(ref[0]).replace('lazy', 'eager'), ...ref.slice(1)] : ref,
      ),
    );
    base[0]!.line = 7;
    expect(head[0]!.line).toBe(1);
  });

  it('finds every resource with the template helm names, carried over multi-document files', () => {
    const parsed = parseRenderedOutput(output, {
      tool: 'helm',
      target: 'chart web',
      sourceToRepo: (source) => `charts/${source}`,
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.resources.map((r) => [r.key, r.rendered.template, r.sourcePath])).toEqual([
      [
        'apiextensions.k8s.io/CustomResourceDefinition//a.example.com',
        'web/crds/crds.yaml',
        'charts/web/crds/crds.yaml',
      ],
      [
        'apiextensions.k8s.io/CustomResourceDefinition//b.example.com',
        'web/crds/crds.yaml',
        'charts/web/crds/crds.yaml',
      ],
      ['/ConfigMap//one', 'web/templates/list.yaml', 'charts/web/templates/list.yaml'],
      ['/ConfigMap//two', 'web/templates/list.yaml', 'charts/web/templates/list.yaml'],
      ['/ConfigMap//lazy', 'web/templates/cm.yaml', 'charts/web/templates/cm.yaml'],
    ]);
    const lazy = parsed.resources[4]!;
    expect([...lazy.ignoredRules]).toEqual(['removed-api']);
    expect(lazy.object.data).toEqual({ key: 'value' });
    // The document's text is kept for comparisons, but never serialised.
    expect(JSON.stringify(lazy)).not.toContain('key: value');
  });

  it('reads kustomize origins and takes the annotation out', () => {
    const text = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        annotations:
          config.kubernetes.io/origin: |
            path: ../../base/cm.yaml
        name: c
        namespace: prod
    `;
    const [resource] = parseRenderedOutput(text, {
      tool: 'kustomize',
      target: 'kustomization overlays/prod',
      stripOrigin: true,
      sourceToRepo: (origin) => (origin === '../../base/cm.yaml' ? 'base/cm.yaml' : undefined),
    }).resources;
    expect(resource!.sourcePath).toBe('base/cm.yaml');
    expect(resource!.object.metadata).toEqual({ name: 'c', namespace: 'prod' });
  });
});
