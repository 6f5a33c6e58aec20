import { describe, expect, it } from '@jest/globals';
import { isRemoteReference, joinRepoPath, repoPath } from '../../src/collect/paths.js';

describe('repo paths', () => {
  it.each([
    ['charts/web', 'values.yaml', 'charts/web/values.yaml'],
    ['charts/web', '../../envs/prod.yaml', 'envs/prod.yaml'],
    ['charts/web', './a/../b.yaml', 'charts/web/b.yaml'],
    ['', '.', ''],
    ['', './', ''],
    ['', 'charts/web/', 'charts/web'],
    ['a', '..', ''],
    ['charts/web', '../../../etc/passwd', undefined],
    ['charts/web', '/etc/passwd', undefined],
    ['', 'C:\\\\x', undefined],
    ['', 'a\0b', undefined],
  ])('joinRepoPath(%j, %j) = %j', (dir, relative, expected) => {
    expect(joinRepoPath(dir, relative)).toBe(expected);
  });

  it('reads config paths from the root', () => {
    expect(repoPath('./envs/prod.yaml')).toBe('envs/prod.yaml');
    expect(repoPath('../x')).toBeUndefined();
    // an Argo CD source or a Flux chart at the repository root
    expect(repoPath('.')).toBe('');
    expect(repoPath('./')).toBe('');
  });

  it.each([
    ['github.com/org/repo//manifests?ref=v1', true],
    ['https://example.com/x.yaml', true],
    ['git@github.com:org/repo.git', true],
    ['../base', false],
    ['deployment.yaml', false],
  ])('isRemoteReference(%j) = %s', (reference, remote) => {
    expect(isRemoteReference(reference)).toBe(remote);
  });
});
