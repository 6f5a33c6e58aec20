import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compareVersionPriority, preferredVersion } from '../../src/crd/crd.js';
import {
  ARGO_CD,
  AWS_LOAD_BALANCER_CONTROLLER,
  knownToolForGroup,
  knownToolForImage,
  parseImage,
} from '../../src/crd/known-tools.js';
import { crdsFromYaml, loadCrdPath } from '../../src/crd/load.js';
import { crd, crdObject } from './crd-builder.js';

describe('loading CRDs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-crd-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads multi-document YAML and List items, and skips other objects', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [crdObject({ plural: 'gadgets', kind: 'Gadget' })],
    };
    const text = [crdObject(), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, list]
      .map((object) => stringify(object))
      .join('---\n');
    expect(crdsFromYaml(text, 'x.yaml').map((c) => c.name)).toEqual([
      'widgets.example.com',
      'gadgets.example.com',
    ]);
  });

  it('warns when a directory defines one CRD twice with different specs', async () => {
    writeFileSync(join(dir, 'a.yaml'), stringify(crdObject()));
    writeFileSync(join(dir, 'b.yaml'), stringify(crdObject({ scope: 'Cluster' })));
    writeFileSync(join(dir, 'c.yaml'), stringify(crdObject({ scope: 'Cluster' })));
    const set = await loadCrdPath(dir, { relativeTo: dir });
    expect(set.crds.map((c) => [c.name, c.scope])).toEqual([['widgets.example.com', 'Cluster']]);
    expect(set.warnings).toEqual([
      'CRD widgets.example.com is defined more than once in . with different specs; the last one is used',
    ]);
  });
});

describe('CRD versions', () => {
  it('orders versions as Kubernetes does: GA, beta, alpha, higher first', () => {
    const names = ['v1alpha1', 'v2beta1', 'v1', 'v1beta2', 'foo', 'v2', 'v1beta1'];
    expect(names.sort(compareVersionPriority)).toEqual([
      'v2',
      'v1',
      'v2beta1',
      'v1beta2',
      'v1beta1',
      'v1alpha1',
      'foo',
    ]);
  });

  it('prefers the storage version unless it is deprecated', () => {
    const widgets = crd({
      versions: [
        { name: 'v1beta1', storage: true, deprecated: true },
        { name: 'v1', storage: false },
      ],
    });
    expect(preferredVersion(widgets)?.name).toBe('v1');
  });
});

describe('known tools', () => {
  it('knows Argo CD and aws-load-balancer-controller by group and image', () => {
    expect(knownToolForGroup('argoproj.io')).toBe(ARGO_CD);
    expect(knownToolForGroup('gateway.k8s.aws')).toBe(AWS_LOAD_BALANCER_CONTROLLER);
    expect(knownToolForGroup('example.com')).toBeUndefined();
    expect(knownToolForImage(parseImage('quay.io/argoproj/argocd:v3.1.0').repository)).toBe(ARGO_CD);
    expect(knownToolForImage('public.ecr.aws/eks/aws-load-balancer-controller')).toBe(
      AWS_LOAD_BALANCER_CONTROLLER,
    );
    expect(
      knownToolForImage('602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-load-balancer-controller'),
    ).toBe(AWS_LOAD_BALANCER_CONTROLLER);
    expect(knownToolForImage('quay.io/argoproj/argocd-image-updater')).toBeUndefined();
  });

  it('parses image references', () => {
    expect(parseImage('registry:5000/a/b:v1@sha256:abc')).toEqual({
      repository: 'registry:5000/a/b',
      tag: 'v1',
      digest: 'sha256:abc',
    });
    expect(parseImage('registry:5000/a/b')).toEqual({ repository: 'registry:5000/a/b' });
  });

  it('maps aws-load-balancer-controller chart versions to app versions', () => {
    expect(AWS_LOAD_BALANCER_CONTROLLER.appVersionOfChart('1.13.4')).toBe('v2.13.4');
    expect(AWS_LOAD_BALANCER_CONTROLLER.appVersionOfChart('3.5.0')).toBe('v3.5.0');
    expect(AWS_LOAD_BALANCER_CONTROLLER.appVersionOfChart('2.0.0')).toBeUndefined();
    expect(ARGO_CD.appVersionOfChart('8.2.0')).toBeUndefined();
  });

  it('knows where each release keeps its CRDs', () => {
    expect(ARGO_CD.crdSources('v3.1.0')[0]!.kustomize).toBe(
      'https://github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.0',
    );
    expect(ARGO_CD.crdSources('v2.3.5')[0]!.paths).toEqual(['manifests/install.yaml']);
    const lbc = (version: string) =>
      AWS_LOAD_BALANCER_CONTROLLER.crdSources(version)[0]!.paths.map((p) => p.split('/').pop());
    expect(lbc('v2.12.0')).toEqual(['crds.yaml']);
    expect(lbc('v2.13.4')).toEqual(['crds.yaml', 'gateway-crds.yaml']);
    expect(lbc('v2.15.0')).toEqual(['crds.yaml', 'gateway-crds.yaml', 'aga-crds.yaml']);
    expect(lbc('v3.5.0')).toEqual(['crds.yaml', 'gateway-crds.yaml']);
  });
});
