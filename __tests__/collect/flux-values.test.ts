import { describe, expect, it } from '@jest/globals';
import { valuesFromSources } from '../../src/collect/flux-values.js';
import type { RepoConfigMap } from '../../src/collect/flux-values.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { yaml } from '../helpers/git-repo.js';

const release = (valuesFrom: string) =>
  parseManifestFile(
    'apps/web/release.yaml',
    yaml`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata: {name: web, namespace: apps}
      spec:
        valuesFrom: ${valuesFrom}
    `,
  ).resources[0]!;

const configMap = (file: string, keys: Record<string, string>, namespace?: string): RepoConfigMap => ({
  name: 'web-values',
  ...(namespace ? { namespace } : {}),
  file,
  keys: new Map(Object.entries(keys).map(([key, text]) => [key, { text, at: { file, line: 3 } }])),
});

describe('valuesFrom sources', () => {
  it('types a targetPath value as --set does, and refuses a path that is not plain', () => {
    const notes: string[] = [];
    const sources = valuesFromSources(
      release(
        '[{kind: ConfigMap, name: web-values, valuesKey: num, targetPath: a.b}, {kind: ConfigMap, name: web-values, valuesKey: flag, targetPath: enabled}, {kind: ConfigMap, name: web-values, valuesKey: str, targetPath: "x[0]"}]',
      ),
      new Map([['web-values', [configMap('apps/web/cm.yaml', { num: '3', flag: 'true', str: 'text' })]]]),
      (message) => notes.push(message),
      'HelmRelease apps/web',
    );
    expect(sources.map((source) => source.type === 'inline' && JSON.parse(source.text))).toEqual([
      { a: { b: 3 } },
      { enabled: true },
    ]);
    expect(notes).toEqual([
      "HelmRelease apps/web: valuesFrom[2].targetPath 'x[0]' is not a plain dotted path; rendering without it",
    ]);
  });

  it('takes the definition next to the HelmRelease when there are several, and says when a key is missing', () => {
    const notes: string[] = [];
    const found = (definitions: RepoConfigMap[], valuesKey = 'values.yaml') =>
      valuesFromSources(
        release(`[{kind: ConfigMap, name: web-values, valuesKey: ${valuesKey}}]`),
        new Map([['web-values', definitions]]),
        (message) => notes.push(message),
        'HelmRelease apps/web',
      ).map((source) => source.at.file);
    const near = configMap('apps/web/cm.yaml', { 'values.yaml': 'a: 1' });
    const far = configMap('apps/other/cm.yaml', { 'values.yaml': 'a: 2' });
    const otherNamespace = configMap('apps/web/cm2.yaml', { 'values.yaml': 'a: 3' }, 'elsewhere');
    expect(found([far, near, otherNamespace])).toEqual(['apps/web/cm.yaml']);
    expect(found([far, configMap('apps/more/cm.yaml', { 'values.yaml': '' })])).toEqual([]);
    expect(found([near], 'other.yaml')).toEqual([]);
    expect(notes).toEqual([
      'HelmRelease apps/web: valuesFrom ConfigMap web-values is defined 2 times in this repository (apps/other/cm.yaml, apps/more/cm.yaml); rendering without it',
      'HelmRelease apps/web: valuesFrom ConfigMap web-values (apps/web/cm.yaml) has no key other.yaml; rendering without it',
    ]);
  });
});
