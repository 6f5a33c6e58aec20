import type { ChangedFile, FileStatus, Hunk } from '../model.js';
import { git } from './git.js';

/** The files changed between two commits, with renames and the unified hunks GitHub shows (3 lines of context). */
export async function changedFiles(repo: string, base: string, head: string): Promise<ChangedFile[]> {
  const [nameStatus, patch] = await Promise.all([
    git(repo, ['diff', '--no-color', '--no-ext-diff', '--name-status', '-z', '-M', base, head]),
    git(repo, ['diff', '--no-color', '--no-ext-diff', '--no-prefix', '-M', '-U3', base, head]),
  ]);
  const files = parseNameStatus(nameStatus);
  const hunks = parseHunks(patch);
  for (const file of files) file.hunks = hunks.get(file.path) ?? [];
  return files;
}

export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      files.push({ path, oldPath, status: letter === 'R' ? 'renamed' : 'added', hunks: [] });
    } else {
      const path = fields[i++]!;
      files.push({ path, oldPath: path, status: STATUS_BY_LETTER[letter ?? ''] ?? 'modified', hunks: [] });
    }
  }
  return files;
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
