import { describe, expect, it } from '@jest/globals';
import { applyEdits, imageEdit, kustomizationEdits } from '../../src/collect/argo-kustomize.js';

describe('Argo CD kustomize images', () => {
  it('reads [old=]new[:tag|@digest] as kustomize edit set image does', () => {
    expect(imageEdit('nginx:1.27')).toEqual({ name: 'nginx', newTag: '1.27' });
    expect(imageEdit('nginx=registry.local:5000/nginx:1.27')).toEqual({
      name: 'nginx',
      newName: 'registry.local:5000/nginx',
      newTag: '1.27',
    });
    expect(imageEdit('registry.local:5000/nginx')).toEqual({ name: 'registry.local:5000/nginx' });
    expect(imageEdit('nginx@sha256:abc')).toEqual({ name: 'nginx', digest: 'sha256:abc' });
  });
});

describe('kustomization edits', () => {
  it('asks for nothing when the kustomize block sets nothing it edits', () => {
    expect(kustomizationEdits(undefined)).toBeUndefined();
    expect(kustomizationEdits({ version: 'v5.0.0' })).toBeUndefined();
  });

  it('merges into what the kustomization already says, as kustomize edit leaves it', () => {
    const edits = kustomizationEdits({
      namePrefix: 'blue-',
      namespace: 'shop',
      images: ['web:2.0', 'db=postgres:16'],
      commonLabels: { team: 'blue' },
      commonAnnotations: { owner: 'shop' },
      replicas: [{ name: 'web', count: '3' }],
      patches: [{ target: { kind: 'Deployment' }, patch: '[]' }],
      components: ['../debug'],
    })!;
    const result = applyEdits(
      {
        resources: ['deployment.yaml'],
        images: [{ name: 'web', newName: 'registry/web', digest: 'sha256:old' }],
        commonLabels: { app: 'web' },
        replicas: [{ name: 'web', count: 1 }],
      },
      edits,
    );
    expect(result).toEqual({
      resources: ['deployment.yaml'],
      namePrefix: 'blue-',
      namespace: 'shop',
      images: [
        { name: 'web', newName: 'registry/web', newTag: '2.0' },
        { name: 'db', newName: 'postgres', newTag: '16' },
      ],
      commonLabels: { app: 'web', team: 'blue' },
      commonAnnotations: { owner: 'shop' },
      replicas: [{ name: 'web', count: 3 }],
      patches: [{ target: { kind: 'Deployment' }, patch: '[]' }],
      components: ['../debug'],
    });
  });

  it('puts labels without selectors into labels when the Application asks for that', () => {
    const edits = kustomizationEdits({ commonLabels: { team: 'blue' }, labelWithoutSelector: true })!;
    expect(applyEdits({}, edits)).toEqual({ labels: [{ pairs: { team: 'blue' }, includeSelectors: false }] });
  });
});
