import { describe, expect, it } from '@jest/globals';
import { treeFrom } from '../../src/collect/tree.js';
import { resolveLink } from '../../src/render/workspace.js';

describe('resolveLink', () => {
  const files = new Map([
    ['a/b/link', '120000'],
    ['a/dot', '120000'],
    ['a/file.yaml', '100644'],
  ]);
  const tree = treeFrom('/nowhere', 'HEAD', 'head', files);

  it.each([
    ['a/b/link', '../file.yaml', 'a/file.yaml'],
    ['a/b/link', '../../a/b', 'a/b'],
    ['a/b/link', '../../../etc/passwd', undefined],
    ['a/b/link', '/etc/passwd', undefined],
    ['a/b/link', '', undefined],
    // Through another symlink: the file system and the path could disagree, so it is refused.
    ['a/b/link', '../dot/../../..', undefined],
    ['a/b/link', '../dot', undefined],
  ])('%s -> %s is %j', (link, target, expected) => {
    expect(resolveLink(link, target, tree)).toBe(expected);
  });
});
