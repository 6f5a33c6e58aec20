import { describe, expect, it } from '@jest/globals';
import {
  changedValuesLines,
  lineForTemplate,
  parsedKeyLines,
  scanBlockKeys,
} from '../../src/render/values-lines.js';
import { yaml } from '../helpers/git-repo.js';

/** Values files written the usual way: the scanner must answer exactly as the YAML parser does. */
const USUAL: Record<string, string> = {
  nested: yaml`
    # comment
    image:
      repository: nginx   # trailing comment
      tag: "1.2.3"
    replicaCount: 2

    service: {}
    tolerations: []
    args: [--a, --b]
    drop: ["ALL", 'NET_RAW']
    odd: ['a: b', "c, d"]
  `,
  sequences: yaml`
    services:
      - name: a
        port: 80
        env:
          FOO: bar
      - name: b
    compact:
    - name: c
      value: 'it''s'
    - plain item
    - "quoted item"
    after: 1
  `,
  blockScalars: yaml`
    config: |
      key: not a key
        nested: still text

      more: text
    folded: >-
      a: b
    next: 1
    list:
      - |
        x: y
      - z
  `,
  keys: yaml`
    "quoted.key": 1
    'single': 2
    app.kubernetes.io/name: x
    under_score: 3
    with-dash: 4
    url: http://example.com:8080/path
    empty:
    last: true
  `,
};

/** What the scanner leaves to the parser. */
const UNUSUAL: Record<string, string> = {
  anchors: 'base: &b\n  a: 1\nother: *b\n',
  flowWithKeys: 'resources: {limits: {cpu: 1}}\n',
  flowSequenceWithKeys: 'list: [a: 1, "b"]\n',
  multiLineFlow: 'list: [\n  a, b\n]\n',
  multiLinePlain: 'description: a long\n  text\n',
  multiLineQuoted: 'description: "a long\n  text"\n',
  tags: 'value: !!str 1\n',
  documents: 'a: 1\n---\nb: 2\n',
  numericKey: '1: one\n',
  booleanKey: 'on: push\n',
  tabs: 'a:\n\tb: 1\n',
  nestedSequence: 'a:\n  - - b: 1\n',
  emptyItem: 'a:\n  -\n    b: 1\n',
  keyWithSpace: 'my key: 1\n',
};

describe('scanBlockKeys', () => {
  it.each(Object.entries(USUAL))('reads %s values as the YAML parser does', (_name, text) => {
    const scanned = scanBlockKeys(text);
    expect(scanned).toBeDefined();
    expect(scanned).toEqual(parsedKeyLines(text));
  });

  it('gives every key its dotted path and line', () => {
    expect(scanBlockKeys(USUAL.sequences!)).toEqual([
      { line: 1, path: 'services' },
      { line: 2, path: 'services.name' },
      { line: 3, path: 'services.port' },
      { line: 4, path: 'services.env' },
      { line: 5, path: 'services.env.FOO' },
      { line: 6, path: 'services.name' },
      { line: 7, path: 'compact' },
      { line: 8, path: 'compact.name' },
      { line: 9, path: 'compact.value' },
      { line: 12, path: 'after' },
    ]);
  });

  it.each(Object.entries(UNUSUAL))('leaves %s to the parser', (_name, text) => {
    expect(scanBlockKeys(text)).toBeUndefined();
  });

  it('a changed line maps to its key, whichever reader answered', () => {
    const file = (addedLines: number[]) => ({
      path: 'values.yaml',
      oldPath: 'values.yaml',
      status: 'modified' as const,
      hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, addedLines }],
    });
    expect(changedValuesLines(file([3, 12]), USUAL.sequences!).map((line) => line.path)).toEqual([
      'services.port',
      'after',
    ]);
    const anchored = UNUSUAL.anchors!;
    expect(changedValuesLines(file([2]), anchored)).toEqual([
      { file: 'values.yaml', line: 2, path: 'base.a' },
    ]);
    const lines = changedValuesLines(file([5]), USUAL.sequences!);
    expect(lineForTemplate(lines, ['services'])?.line).toBe(5);
    expect(lineForTemplate(lines, ['services.env.FOO.x'])?.line).toBe(5);
    expect(lineForTemplate(lines, ['image'])).toBeUndefined();
  });
});
