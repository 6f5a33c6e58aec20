import { afterAll, describe, expect, it } from '@jest/globals';
import {
  StreamingLookup,
  kindMentions,
  kindPatterns,
  mentioningAny,
  mentionsKind,
  staticLookup,
} from '../../src/collect/repo-lookup.js';
import { grepFiles, grepMatches } from '../../src/git/git.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { createRepo } from '../helpers/git-repo.js';

const hpa = (name: string) =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\n`;
const deployment = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n`;

const MENTIONS = [
  'kind: HorizontalPodAutoscaler\n',
  'apiVersion: v1\nkind: List\nitems:\n  - kind: "HorizontalPodAutoscaler"\n',
  "kind: 'HorizontalPodAutoscaler' # scales web\n",
  '{"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler"}',
];
const NOT_MENTIONS = [
  'kind: HorizontalPodAutoscalerList\n',
  'somekind: HorizontalPodAutoscaler\n',
  'description: the kind: HorizontalPodAutoscaler is\n',
  'kind: Deployment\n',
];

describe('finding the files that mention a kind', () => {
  it('matches YAML and JSON kind lines, and nothing else', () => {
    const mentions = mentionsKind(['HorizontalPodAutoscaler', 'ScaledObject']);
    for (const text of MENTIONS) expect({ text, match: mentions(text) }).toEqual({ text, match: true });
    for (const text of NOT_MENTIONS) expect({ text, match: mentions(text) }).toEqual({ text, match: false });
  });

  const repo = createRepo(
    Object.fromEntries([
      ...MENTIONS.map((text, i) => [`yes/${i}.${text.startsWith('{') ? 'json' : 'yaml'}`, text]),
      ...NOT_MENTIONS.map((text, i) => [`no/${i}.yaml`, text]),
    ]),
  );
  afterAll(() => repo.cleanup());

  it('git grep finds the same files with the POSIX patterns', async () => {
    const found = await grepFiles(repo.dir, 'HEAD', kindPatterns(['HorizontalPodAutoscaler']), [
      '*.yaml',
      '*.json',
    ]);
    expect(found.sort()).toEqual(['yes/0.yaml', 'yes/1.yaml', 'yes/2.yaml', 'yes/3.json']);
  });

  it('one search for several kinds tells which file names which kind, as a search per kind does', async () => {
    const kinds = ['HorizontalPodAutoscaler', 'Deployment', 'ScaledObject'];
    const pathspecs = ['*.yaml', '*.json'];
    const mentions = kindMentions(await grepMatches(repo.dir, 'HEAD', kindPatterns(kinds), pathspecs));
    expect(mentions.get('no/3.yaml')).toEqual(new Set(['Deployment']));
    expect(mentions.has('no/0.yaml')).toBe(false); // HorizontalPodAutoscalerList
    for (const asked of [['HorizontalPodAutoscaler'], ['Deployment'], ['ScaledObject'], kinds]) {
      const one = await grepFiles(repo.dir, 'HEAD', kindPatterns(asked), pathspecs);
      expect({ asked, paths: mentioningAny(mentions, asked).sort() }).toEqual({ asked, paths: one.sort() });
    }
  });
});

describe('StreamingLookup (audits)', () => {
  const files = [
    ...Array.from({ length: 60 }, (_, i) => ({ path: `apps/${i}.yaml`, text: deployment(`d${i}`) })),
    { path: 'scaling/hpa.yaml', text: hpa('web') },
  ];
  const parseCount = new Map<string, number>();
  const parse = (path: string, text: string) => {
    parseCount.set(path, (parseCount.get(path) ?? 0) + 1);
    return parseManifestFile(path, text);
  };

  it('answers a rare kind at once and a common one after the pass, parsing no file twice', async () => {
    const lookup = new StreamingLookup(['HorizontalPodAutoscaler', 'Deployment'], files, parse);
    const hpas = await lookup.resourcesOfKind(['HorizontalPodAutoscaler']);
    expect(hpas.map((r) => r.ref.name)).toEqual(['web']);

    let deployments: readonly unknown[] | undefined;
    const pending = lookup.resourcesOfKind(['Deployment']).then((found) => (deployments = found));
    for (const file of files) {
      if (file.path.startsWith('scaling/')) continue;
      lookup.observe(parseManifestFile(file.path, file.text));
      await Promise.resolve();
      expect(deployments).toBeUndefined();
    }
    lookup.finishPass();
    await pending;
    expect(deployments).toHaveLength(60);
    expect([...parseCount.keys()]).toEqual(['scaling/hpa.yaml']);
    // the same kinds give the same array, whatever their order
    expect(await lookup.resourcesOfKind(['Deployment'])).toBe(deployments);
  });

  it('finds kinds nobody declared by parsing the files that mention them', async () => {
    const lookup = new StreamingLookup([], files, parseManifestFile);
    expect((await lookup.resourcesOfKind(['Deployment'])).length).toBe(60);
  });
});

describe('staticLookup', () => {
  it('filters by kind and keeps one array per set of kinds', async () => {
    const resources = [
      ...parseManifestFile('a.yaml', hpa('h')).resources,
      ...parseManifestFile('b.yaml', deployment('d')).resources,
    ];
    const lookup = staticLookup(resources);
    const first = await lookup.resourcesOfKind(['Deployment', 'HorizontalPodAutoscaler']);
    expect(first).toHaveLength(2);
    expect(await lookup.resourcesOfKind(['HorizontalPodAutoscaler', 'Deployment'])).toBe(first);
    expect(await lookup.resourcesOfKind(['LimitRange'])).toEqual([]);
  });
});
