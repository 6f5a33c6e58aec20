import type { ChangedFile, FileStatus, Hunk } from '../model.js';
import { git } from './git.js';

/** One file's change as git's raw diff tells it: modes and blob ids on both sides. */
export interface TreeChange {
  file: ChangedFile;
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
}

/**
 * The files changed between two commits, with renames, modes and blob ids, and the unified hunks GitHub
 * shows (3 lines of context): one `git diff --raw -p` process.
 */
export async function diffCommits(
  repo: string,
  base: string,
  head: string,
  signal?: AbortSignal,
): Promise<TreeChange[]> {
  const output = await git(
    repo,
    [
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-prefix',
      '--no-abbrev',
      '--raw',
      '-p',
      '-z',
      '-M',
      '-U3',
      base,
      head,
    ],
    signal,
  );
  // The raw records (NUL-separated), an empty record, then the patch.
  const end = output.indexOf('\0\0');
  const changes = parseRawDiff(end === -1 ? output : output.slice(0, end + 1));
  const hunks = parseHunks(end === -1 ? '' : output.slice(end + 2));
  for (const change of changes) change.file.hunks = hunks.get(change.file.path) ?? [];
  return changes;
}

/** `:oldmode newmode oldblob newblob status\0path\0[newpath\0]` records of `git diff --raw -z`. */
export function parseRawDiff(output: string): TreeChange[] {
  const fields = output.split('\0');
  const changes: TreeChange[] = [];
  for (let i = 0; i < fields.length;) {
    const record = fields[i++];
    if (!record?.startsWith(':')) continue;
    const [oldMode = '', newMode = '', oldBlob = '', newBlob = '', code = ''] = record.slice(1).split(' ');
    const letter = code[0];
    let file: ChangedFile;
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      file = { path, oldPath, status: letter === 'R' ? 'renamed' : 'added', hunks: [] };
    } else {
      const path = fields[i++]!;
      file = { path, oldPath: path, status: STATUS_BY_LETTER[letter ?? ''] ?? 'modified', hunks: [] };
    }
    changes.push({ file, oldMode, newMode, oldBlob, newBlob });
  }
  return changes;
}

const STATUS_BY_LETTER: Record<string, FileStatus> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  T: 'modified',
};

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Hunks per head path from `git diff --no-prefix` output. */
export function parseHunks(patch: string): Map<string, Hunk[]> {
  const byPath = new Map<string, Hunk[]>();
  let current: Hunk[] | undefined;
  let hunk: Hunk | undefined;
  let newLine = 0;
  let oldPath = '';
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      hunk = undefined;
    } else if (line.startsWith('--- ') && !hunk) {
      oldPath = unquote(line.slice(4));
    } else if (line.startsWith('+++ ') && !hunk) {
      const newPath = unquote(line.slice(4));
      current = [];
      byPath.set(newPath === '/dev/null' ? oldPath : newPath, current);
    } else if (line.startsWith('@@') && current) {
      const match = HUNK_HEADER.exec(line);
      if (!match) continue;
      hunk = {
        oldStart: Number(match[1]),
        oldLines: match[2] === undefined ? 1 : Number(match[2]),
        newStart: Number(match[3]),
        newLines: match[4] === undefined ? 1 : Number(match[4]),
        addedLines: [],
      };
      newLine = hunk.newStart;
      current.push(hunk);
    } else if (hunk) {
      if (line.startsWith('+')) hunk.addedLines.push(newLine++);
      else if (line.startsWith(' ')) newLine++;
      else if (line.startsWith('diff --git ')) hunk = undefined;
    }
  }
  return byPath;
}

/** Git quotes paths with unusual characters C-style ("a\tb"). */
function unquote(path: string): string {
  const trimmed = path.replace(/\t$/, '');
  if (!trimmed.startsWith('"')) return trimmed;
  const bytes: number[] = [];
  const body = trimmed.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char));
      continue;
    }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push((ESCAPES[next] ?? next).charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  r: '\r',
  v: '\v',
};

/** Head-side lines that GitHub accepts review comments on: every line inside a hunk. */
export function isLineInHunks(hunks: readonly Hunk[], line: number): boolean {
  return hunks.some((hunk) => line >= hunk.newStart && line < hunk.newStart + hunk.newLines);
}
