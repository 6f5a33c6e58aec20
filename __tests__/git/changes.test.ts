import { afterAll, describe, expect, it } from '@jest/globals';
import { diffCommits, isLineInHunks, parseHunks } from '../../src/git/changes.js';
import {
  closeObjectReaders,
  listTreeEntries,
  mergeBase,
  readBlobs,
  readObjects,
  resolveCommit,
} from '../../src/git/git.js';
import { createRepo } from '../helpers/git-repo.js';

const lines = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

describe('changed files on a real repo', () => {
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
    const files = (await diffCommits(repo.dir, base, head)).map((change) => change.file);
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
    // A newline would make two requests of one name: it names nothing.
    expect((await readBlobs(repo.dir, base, ['a.yaml\nb.yaml'])).get('a.yaml\nb.yaml')).toBeUndefined();
    expect(blobs.get('ünïcode/file.yaml')!.toString()).toBe('x: 1\n');
    expect((await listTreeEntries(repo.dir, head)).map((entry) => entry.path).sort()).toEqual([
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

describe('the object reader', () => {
  const big = Array.from({ length: 40_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}`).join('\n');
  const repo = createRepo({
    'big.yaml': big,
    'small.yaml': 'a: 1\n',
    'bin.dat': Buffer.from([0, 1, 2, 10, 10]),
  });
  afterAll(() => {
    closeObjectReaders();
    repo.cleanup();
  });

  it('answers many reads at once, in order, with blobs larger than a pipe buffer between small ones', async () => {
    const names = ['small.yaml', 'big.yaml', 'missing.yaml', 'bin.dat', 'big.yaml', 'small.yaml'];
    const [a, b] = await Promise.all([
      readBlobs(repo.dir, 'HEAD', names),
      readBlobs(repo.dir, 'HEAD', ['bin.dat', 'small.yaml']),
    ]);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect(a.get('big.yaml')!.toString()).toBe(big);
    expect(a.get('small.yaml')!.toString()).toBe('a: 1\n');
    expect(a.get('missing.yaml')).toBeUndefined();
    expect([...a.get('bin.dat')!]).toEqual([0, 1, 2, 10, 10]);
    expect(b.get('small.yaml')!.toString()).toBe('a: 1\n');
    const [commit, tree, blob] = await readObjects(repo.dir, [
      'HEAD^{commit}',
      'HEAD^{tree}',
      'HEAD:small.yaml',
    ]);
    expect(commit).toMatchObject({ type: 'commit', sha: repo.commits[0] });
    expect(tree?.type).toBe('tree');
    expect(blob).toMatchObject({ type: 'blob', sha: repo.git('rev-parse', 'HEAD:small.yaml').trim() });
  });

  it('starts again after it was closed, and fails a read in a folder that is no repository', async () => {
    closeObjectReaders();
    expect((await readBlobs(repo.dir, 'HEAD', ['small.yaml'])).get('small.yaml')!.toString()).toBe('a: 1\n');
    await expect(readBlobs('/nonexistent-kpr-dir', 'HEAD', ['x'])).rejects.toThrow(/git cat-file failed/);
    expect(await resolveCommit('/nonexistent-kpr-dir', 'HEAD')).toBeUndefined();
  });
});

describe('mergeBase', () => {
  const repo = createRepo({ 'a.yaml': 'a: 1\n' }, { 'a.yaml': 'a: 2\n' });
  afterAll(() => repo.cleanup());

  it('finds a near ancestor, a commit itself, and the fork point of branches that moved apart', async () => {
    const [first, second] = repo.commits as [string, string];
    repo.git('checkout', '--quiet', '-b', 'feature');
    for (let i = 0; i < 3; i++) repo.commit({ 'f.yaml': `f: ${i}\n` });
    repo.git('checkout', '--quiet', 'main');
    repo.commit({ 'm.yaml': 'm: 1\n' });
    const feature = repo.git('rev-parse', 'feature').trim();
    expect(await mergeBase(repo.dir, first, feature)).toBe(first);
    expect(await mergeBase(repo.dir, 'main~1', 'feature')).toBe(second);
    expect(await mergeBase(repo.dir, 'feature', 'feature')).toBe(feature);
    // main moved on: its tip is no ancestor of feature, and git finds the fork point.
    expect(await mergeBase(repo.dir, 'main', 'feature')).toBe(second);
    expect(await mergeBase(repo.dir, 'main', 'no-such-ref')).toBeUndefined();
  });
});

describe('diffCommits', () => {
  const repo = createRepo(
    { 'keep.yaml': 'a: 1\n', 'edit.yaml': 'a: 1\n', 'moved.yaml': lines(30), 'tool.sh': 'echo\n' },
    { 'edit.yaml': 'a: 2\n', 'moved.yaml': null, 'renamed/moved.yaml': lines(30), 'new.yaml': 'b: 1\n' },
  );
  afterAll(() => repo.cleanup());

  it('gives modes and blob ids on both sides, with the hunks', async () => {
    repo.git('update-index', '--chmod=+x', 'tool.sh');
    repo.git('commit', '--quiet', '-m', 'exec');
    repo.commits.push(repo.git('rev-parse', 'HEAD').trim());
    const [base, , head] = repo.commits as [string, string, string];
    const blob = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`).trim();
    const changes = await diffCommits(repo.dir, base, head);
    const byPath = new Map(changes.map((change) => [change.file.path, change]));
    expect([...byPath.keys()].sort()).toEqual(['edit.yaml', 'new.yaml', 'renamed/moved.yaml', 'tool.sh']);
    expect(byPath.get('edit.yaml')).toMatchObject({
      file: { status: 'modified', hunks: [{ addedLines: [1] }] },
      oldMode: '100644',
      newMode: '100644',
      oldBlob: blob(base, 'edit.yaml'),
      newBlob: blob(head, 'edit.yaml'),
    });
    expect(byPath.get('renamed/moved.yaml')).toMatchObject({
      file: { status: 'renamed', oldPath: 'moved.yaml', hunks: [] },
      oldBlob: blob(base, 'moved.yaml'),
    });
    expect(byPath.get('new.yaml')).toMatchObject({ file: { status: 'added' }, oldMode: '000000' });
    expect(byPath.get('tool.sh')).toMatchObject({ oldMode: '100644', newMode: '100755' });
    expect(await diffCommits(repo.dir, head, head)).toEqual([]);
  });

  it('ends git when the diff is no longer wanted', async () => {
    const [base, head] = repo.commits as [string, string];
    const unwanted = new AbortController();
    const diffing = diffCommits(repo.dir, base, head, unwanted.signal);
    unwanted.abort();
    await expect(diffing).rejects.toThrow(/git diff failed/);
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
