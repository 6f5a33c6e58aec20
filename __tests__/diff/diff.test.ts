import { describe, expect, it } from '@jest/globals';
import { diffResources } from '../../src/diff/diff.js';
import { SECRET_MASK } from '../../src/diff/mask.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { yaml } from '../helpers/git-repo.js';

const resources = (text: string, file = 'x.yaml') => parseManifestFile(file, text).resources;

describe('diffResources', () => {
  it('pairs by group/kind/namespace/name and reports field changes', () => {
    const base = resources(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: prod}
      spec:
        replicas: 2
        template: {spec: {containers: [{name: app, image: "web:1"}]}}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: gone}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: same}
      data: {a: "1"}
    `);
    const head = resources(
      yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: same}
      data: {a: "1"}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: prod}
      spec:
        replicas: 3
        template: {spec: {containers: [{name: app, image: "web:2"}, {name: sidecar, image: "s:1"}]}}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: new}
    `,
      'moved.yaml',
    );
    const changes = diffResources(base, head);
    expect(changes.map((c) => [c.key, c.type])).toEqual([
      ['/ConfigMap//same', 'unchanged'],
      ['apps/Deployment/prod/web', 'modified'],
      ['/Service//new', 'added'],
      ['/ConfigMap//gone', 'removed'],
    ]);
    expect(changes[1]!.fields).toEqual([
      { path: 'spec.replicas', type: 'changed', before: 2, after: 3 },
      { path: 'spec.template.spec.containers[0].image', type: 'changed', before: 'web:1', after: 'web:2' },
      { path: 'spec.template.spec.containers[1]', type: 'added', after: { name: 'sidecar', image: 's:1' } },
    ]);
  });

  it('treats an apiVersion bump within a group as a modification, and another group as a different object', () => {
    const base = resources('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\n');
    const head = resources('apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: nightly}\n');
    const [change] = diffResources(base, head);
    expect(change).toMatchObject({
      type: 'modified',
      fields: [{ path: 'apiVersion', before: 'batch/v1', after: 'batch/v1beta1' }],
    });

    const other = resources('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: i}\n');
    const v1 = resources('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n');
    expect(diffResources(other, v1).map((c) => c.type)).toEqual(['added', 'removed']);
  });

  it('never lets a Secret value through, but shows which keys changed', () => {
    const base = resources(yaml`
      apiVersion: v1
      kind: Secret
      metadata:
        name: creds
        annotations:
          kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"b2xkLXNlY3JldA=="}}'
      data:
        password: b2xkLXNlY3JldA==
        user: YWRtaW4=
    `);
    const head = resources(yaml`
      apiVersion: v1
      kind: Secret
      metadata:
        name: creds
        annotations:
          kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"bmV3LXNlY3JldA=="}}'
      data:
        password: bmV3LXNlY3JldA==
        user: YWRtaW4=
        token: dG9rZW4tdmFsdWU=
      stringData:
        extra: plain-text-secret
    `);
    const [change] = diffResources(base, head);
    const printed = JSON.stringify(change!.fields);
    for (const secret of ['b2xkLXNlY3JldA==', 'bmV3LXNlY3JldA==', 'dG9rZW4tdmFsdWU=', 'plain-text-secret']) {
      expect(printed).not.toContain(secret);
    }
    expect(change!.fields.map((f) => [f.path, f.type])).toEqual([
      ['data.password', 'changed'],
      ['data.token', 'added'],
      ['metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]', 'changed'],
      ['stringData', 'added'],
    ]);
    expect(change!.fields[0]).toMatchObject({ before: SECRET_MASK, after: SECRET_MASK });
    expect(change!.fields[3]!.after).toEqual({ extra: SECRET_MASK });
  });
});

describe('generated names (kustomize configMapGenerator and secretGenerator)', () => {
  const objects = (entries: [kind: string, name: string, value: string, namespace?: string][]) =>
    resources(
      entries
        .map(
          ([kind, name, value, namespace]) =>
            `apiVersion: v1\nkind: ${kind}\nmetadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}}\ndata: {key: ${value}}\n`,
        )
        .join('---\n'),
    );
  const summary = (changes: ReturnType<typeof diffResources>) =>
    changes.map((change) => `${change.type} ${change.key}${change.fields.map((f) => ` ${f.path}`).join('')}`);

  it('pairs a removed and an added object whose names differ only in the hash suffix', () => {
    const base = objects([
      ['ConfigMap', 'web-values-hb2t8md488', 'one'],
      ['Secret', 'web-token-5f7c9m2g4k', 'c2VjcmV0'],
    ]);
    const head = objects([
      ['ConfigMap', 'web-values-k772f2b96t', 'two'],
      ['Secret', 'web-token-t8h6b4d2gc', 'b3RoZXI='],
    ]);
    const changes = diffResources(base, head, { pairGeneratedNames: true });
    expect(summary(changes)).toEqual([
      'modified /ConfigMap//web-values-k772f2b96t data.key metadata.name',
      'modified /Secret//web-token-t8h6b4d2gc data.key metadata.name',
    ]);
    const secret = changes[1]!.fields.find((field) => field.path === 'data.key')!;
    expect(JSON.stringify(secret)).not.toMatch(/c2VjcmV0|b3RoZXI=/);
    expect(summary(diffResources(base, head))).toHaveLength(4); // the option is off by default
  });

  it('leaves names that are not generated, other namespaces and ambiguous pairs as they are', () => {
    const base = objects([
      ['ConfigMap', 'web-settings', 'one'],
      ['ConfigMap', 'app-values-hb2t8md488', 'one', 'a'],
      ['ConfigMap', 'two-values-hb2t8md488', 'one'],
      ['ConfigMap', 'two-values-gb2t8md488', 'one'],
      ['Deployment', 'web-hb2t8md488', 'one'],
    ]);
    const head = objects([
      ['ConfigMap', 'web-settings-v2', 'two'],
      ['ConfigMap', 'app-values-k772f2b96t', 'two', 'b'],
      ['ConfigMap', 'two-values-k772f2b96t', 'two'],
      ['Deployment', 'web-k772f2b96t', 'two'], // kustomize generates ConfigMaps and Secrets only
    ]);
    const types = diffResources(base, head, { pairGeneratedNames: true }).map((change) => change.type);
    expect(types).toEqual([
      'added',
      'added',
      'added',
      'added',
      'removed',
      'removed',
      'removed',
      'removed',
      'removed',
    ]);
  });
});
