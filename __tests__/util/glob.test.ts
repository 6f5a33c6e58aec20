import { describe, expect, it } from '@jest/globals';
import { globToRegExp, nameMatches } from '../../src/util/glob.js';

describe('globToRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'deep/dir/a.yaml', true],
    ['*.yaml', 'a.yml', false],
    ['*.{yaml,yml}', 'x/a.yml', true],
    ['apps/*.yaml', 'apps/a.yaml', true],
    ['apps/*.yaml', 'apps/sub/a.yaml', false],
    ['apps/**/*.yaml', 'apps/a.yaml', true],
    ['apps/**/*.yaml', 'apps/sub/deeper/a.yaml', true],
    ['apps/**', 'apps/sub/a.yaml', true],
    ['apps/**', 'other/apps/a.yaml', false],
    ['legacy/', 'legacy/x/y.yaml', true],
    ['legacy', 'clusters/legacy/y.yaml', true],
    ['./apps/a?.yaml', 'apps/ab.yaml', true],
    ['a.b/*.yaml', 'aXb/c.yaml', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it('matches names with * and ?', () => {
    expect(nameMatches('legacy-*', 'legacy-api')).toBe(true);
    expect(nameMatches('legacy-*', 'new-legacy-api')).toBe(false);
    expect(nameMatches('a?c', 'abc')).toBe(true);
  });
});
