import { afterAll, describe, expect, it } from '@jest/globals';
import { changedFiles, isLineInHunks, parseHunks } from '../../src/git/changes.js';
import { listTree, mergeBase, readBlobs, resolveCommit } from '../../src/git/git.js';
import { createRepo } from '../helpers/git-repo.js';

const lines = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

describe('changedFiles on a real repo', () => {
  const repo = createRepo(
    {
      'a.yaml': lines(20),
      'old name.yaml': lines(30, 'stable'),
      'gone.yaml': 'x: 1\n',
      'ünïcode/file.yaml': 'x: 1\n',
    },
    {
      'a.yaml': lines(20).replace('line 10\n', 'line ten\nline 10.5\n'),
      'old name.yaml': null,
      'new name.yaml': lines(30, 'stable').replace('stable 30', 'stable thirty'),
      'gone.yaml': null,
      'added.yaml': 'y: 2\nz: 3\n',
      'ünïcode/file.yaml': 'x: 2\n',
    },
  );
  afterAll(() => repo.cleanup());

  it('lists additions, deletions, modifications and renames with head-side hunks', async () => {
    const [base, head] = repo.commits as [string, string];
    const files = await changedFiles(repo.dir, base, head);
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual([
      'a.yaml',
      'added.yaml',
      'gone.yaml',
      'new name.yaml',
      'ünïcode/file.yaml',
    ]);
    expect(byPath['new name.yaml']).toMatchObject({ status: 'renamed', oldPath: 'old name.yaml' });
    expect(byPath['gone.yaml']).toMatchObject({ status: 'deleted' });
    expect(byPath['added.yaml']).toMatchObject({
      status: 'added',
      hunks: [{ newStart: 1, newLines: 2, addedLines: [1, 2] }],
    });
    expect(byPath['a.yaml']!.hunks).toEqual([
      { oldStart: 7, oldLines: 7, newStart: 7, newLines: 8, addedLines: [10, 11] },
    ]);
    expect(byPath['new name.yaml']!.hunks[0]!.addedLines).toEqual([30]);
    expect(byPath['ünïcode/file.yaml']!.hunks[0]!.addedLines).toEqual([1]);
    expect(isLineInHunks(byPath['a.yaml']!.hunks, 7)).toBe(true);
    expect(isLineInHunks(byPath['a.yaml']!.hunks, 14)).toBe(true);
    expect(isLineInHunks(byPath['a.yaml']!.hunks, 15)).toBe(false);
    expect(isLineInHunks(byPath['a.yaml']!.hunks, 6)).toBe(false);
  });

  it('reads many blobs at a ref in one go and lists the tree', async () => {
    const [base, head] = repo.commits as [string, string];
    const blobs = await readBlobs(repo.dir, base, [
      'a.yaml',
      'gone.yaml',
      'missing.yaml',
      'ünïcode/file.yaml',
    ]);
    expect(blobs.get('a.yaml')!.toString()).toBe(lines(20));
    expect(blobs.get('gone.yaml')!.toString()).toBe('x: 1\n');
    expect(blobs.get('missing.yaml')).toBeUndefined();
    expect(blobs.get('ünïcode/file.yaml')!.toString()).toBe('x: 1\n');
    expect((await listTree(repo.dir, head)).sort()).toEqual([
      'a.yaml',
      'added.yaml',
      'new name.yaml',
      'ünïcode/file.yaml',
    ]);
    expect(await resolveCommit(repo.dir, 'HEAD')).toBe(head);
    expect(await resolveCommit(repo.dir, 'no-such-ref')).toBeUndefined();
    expect(await mergeBase(repo.dir, base, head)).toBe(base);
  });
});

describe('parseHunks', () => {
  it('counts head lines through context, additions and deletions', () => {
    const patch = [
      'diff --git x.yaml x.yaml',
      '--- x.yaml',
      '+++ x.yaml',
      '@@ -1,4 +1,4 @@',
      ' a',
      '-b',
      '+B',
      ' c',
      '--- not a header: a deleted line starting with two dashes',
      '+d',
      'diff --git "q\\"uote.yaml" "q\\"uote.yaml"',
      '--- "q\\"uote.yaml"',
      '+++ "q\\"uote.yaml"',
      '@@ -0,0 +1 @@',
      '+new',
      'diff --git del.yaml del.yaml',
      '--- del.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-a',
      '-b',
    ].join('\n');
    const hunks = parseHunks(patch);
    expect(hunks.get('x.yaml')).toEqual([
      { oldStart: 1, oldLines: 4, newStart: 1, newLines: 4, addedLines: [2, 4] },
    ]);
    expect(hunks.get('q"uote.yaml')).toEqual([
      { oldStart: 0, oldLines: 0, newStart: 1, newLines: 1, addedLines: [1] },
    ]);
    expect(hunks.get('del.yaml')![0]!.addedLines).toEqual([]);
  });
});
