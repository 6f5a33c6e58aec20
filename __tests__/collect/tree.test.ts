import { afterAll, describe, expect, it } from '@jest/globals';
import { BlobStore, baseTreeOf, ereToRegExp, loadTree } from '../../src/collect/tree.js';
import { MANIFEST_PATHSPECS } from '../../src/collect/discover.js';
import { kindPatterns } from '../../src/collect/repo-lookup.js';
import { diffCommits } from '../../src/git/changes.js';
import { grepFiles } from '../../src/git/git.js';
import { createRepo } from '../helpers/git-repo.js';

const app = (name: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n`;
const DECLARATIONS = [`apiVersion:[[:space:]]*["']?(argoproj\\.io)/`];

describe('the base tree, derived from the head tree and the diff', () => {
  const repo = createRepo(
    {
      'apps/a.yaml': app('a'),
      'apps/b.yaml': app('b'),
      'apps/gone.yaml': app('gone'),
      'apps/was-app.yaml': app('was'),
      'old/dir/moved.yaml': app('moved'),
      'plain/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\n',
      'docs/readme.md': 'apiVersion: argoproj.io/v1alpha1\n',
      // A NUL past git's first 8000 bytes: not binary to git grep.
      'apps/late-nul.yaml': Buffer.from(`${app('late')}# ${'x'.repeat(9000)}\0\n`),
    },
    {
      'apps/b.yaml': app('b2'),
      'apps/gone.yaml': null,
      'apps/was-app.yaml': 'apiVersion: v1\nkind: ConfigMap\n',
      'apps/new.yaml': app('new'),
      'old/dir/moved.yaml': null,
      'new/place/moved.yaml': app('moved'),
      'plain/cm.yaml': app('now-an-app'),
      'bin/data.yaml': Buffer.from('apiVersion: argoproj.io/v1\0\n'),
      'apps/late-nul.yaml': null,
    },
  );
  afterAll(() => repo.cleanup());

  it('lists and reads exactly what git has at the base commit, and searches it as git grep does', async () => {
    const [base, head] = repo.commits as [string, string];
    const store = new BlobStore(repo.dir);
    const headTree = await loadTree(repo.dir, head, 'head', store);
    const derived = baseTreeOf(headTree, base, await diffCommits(repo.dir, base, head));
    const listed = await loadTree(repo.dir, base, 'base');
    expect([...derived.files].sort()).toEqual([...listed.files].sort());
    expect([...derived.dirs].sort()).toEqual([...listed.dirs].sort());
    const paths = [...listed.files.keys()];
    const texts = await derived.readText(paths);
    expect(texts).toEqual(await listed.readText(paths));
    expect(texts.get('apps/gone.yaml')).toBe(app('gone'));
    for (const patterns of [DECLARATIONS, kindPatterns(['ConfigMap', 'Application'])]) {
      expect(await derived.grep(patterns, MANIFEST_PATHSPECS)).toEqual(
        (await grepFiles(repo.dir, base, patterns, MANIFEST_PATHSPECS)).sort(),
      );
    }
    expect(await derived.grep(DECLARATIONS, MANIFEST_PATHSPECS)).toEqual([
      'apps/a.yaml',
      'apps/b.yaml',
      'apps/gone.yaml',
      'apps/late-nul.yaml',
      'apps/was-app.yaml',
      'old/dir/moved.yaml',
    ]);
  });
});

describe('ereToRegExp', () => {
  it('reads [:space:] as the blanks of one line, as git grep does', () => {
    const expression = ereToRegExp(`^[[:space:]-]*kind:[[:space:]]*["']?(Pod)["']?[[:space:]]*(#.*)?$`);
    expect(expression.test('a: 1\n  - kind: Pod # x\n')).toBe(true);
    expect(expression.test('kind:\nPod\n')).toBe(false);
    expect(() => ereToRegExp('[[:alpha:]]')).toThrow(/unsupported POSIX class/);
  });
});
