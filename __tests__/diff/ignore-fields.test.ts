import { describe, expect, it } from '@jest/globals';
import { diffObjects } from '../../src/diff/diff.js';
import { DEFAULT_IGNORE_FIELDS, compileFieldMatcher } from '../../src/diff/ignore-fields.js';

describe('compileFieldMatcher', () => {
  const defaults = compileFieldMatcher(DEFAULT_IGNORE_FIELDS);

  it.each([
    [['metadata', 'labels', 'helm.sh/chart'], true],
    [['spec', 'template', 'metadata', 'labels', 'helm.sh/chart'], true],
    [['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/version'], true],
    [['spec', 'template', 'metadata', 'annotations', 'checksum/config'], true],
    [['metadata', 'labels', 'chart'], true],
    [['metadata', 'labels', 'app'], false],
    [['spec', 'selector', 'matchLabels', 'helm.sh/chart'], false],
    [['metadata', 'annotations', 'checksum'], false],
  ])('defaults: %j -> %s', (path, ignored) => {
    expect(defaults.matches(path)).toBe(ignored);
  });

  it('reads keys, quoted keys, globs, indexes and ** segments', () => {
    const matcher = compileFieldMatcher([
      'spec.containers[*].image',
      "metadata.annotations['example.com/*']",
      'spec.*.x',
      'a[2]',
    ]);
    expect(matcher.matches(['spec', 'containers', 3, 'image'])).toBe(true);
    expect(matcher.matches(['spec', 'containers', 'y', 'image'])).toBe(false);
    expect(matcher.matches(['metadata', 'annotations', 'example.com/build'])).toBe(true);
    expect(matcher.matches(['spec', 'anything', 'x'])).toBe(true);
    expect(matcher.matches(['a', 2, 'below'])).toBe(true);
    expect(matcher.matches(['a', 1])).toBe(false);
  });

  it.each([
    ['', 'is empty'],
    ['a..b', 'has an empty segment'],
    ['a[b]', "has '[b]'"],
    ['a["b]', "has an unclosed '['"],
  ])('rejects %j', (pattern, message) => {
    expect(() => compileFieldMatcher([pattern])).toThrow(message);
  });
});

describe('diffObjects with ignored fields', () => {
  const ignore = compileFieldMatcher(DEFAULT_IGNORE_FIELDS);

  it('leaves ignored fields out, also inside maps added or removed as a whole', () => {
    const before = { metadata: { labels: { app: 'web', 'helm.sh/chart': 'web-1' } }, spec: { replicas: 1 } };
    const after = {
      metadata: {
        labels: { app: 'web', 'helm.sh/chart': 'web-2' },
        annotations: { 'checksum/config': 'abc' },
      },
      spec: { replicas: 2, template: { metadata: { labels: { 'helm.sh/chart': 'web-2', tier: 'front' } } } },
    };
    expect(diffObjects(before, after, false, ignore)).toEqual([
      { path: 'spec.replicas', type: 'changed', before: 1, after: 2 },
      { path: 'spec.template', type: 'added', after: { metadata: { labels: { tier: 'front' } } } },
    ]);
  });
});
