import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dirOf, isUnder, joinRepoPath } from '../collect/paths.js';
import { SYMLINK_MODE } from '../collect/tree.js';
import type { RepoTree } from '../collect/tree.js';

export interface WorkspaceProblem {
  path: string;
  message: string;
}

/**
 * The files one side of the change needs, written from git objects into a temp directory: only the
 * directories and files that the rendered targets read, never the working tree, never a file's
 * executable bit, and symlinks only when they stay inside the repository.
 */
export class Workspace {
  private readonly written = new Set<string>();

  constructor(
    readonly tree: RepoTree,
    /** The directory that stands for the repository root. */
    readonly dir: string,
  ) {}

  async materialize(dirs: readonly string[], files: readonly string[]): Promise<WorkspaceProblem[]> {
    const problems: WorkspaceProblem[] = [];
    const wanted = new Set<string>();
    const add = (dirList: readonly string[], fileList: readonly string[]) => {
      const sorted = [...new Set(dirList)];
      for (const path of this.tree.files.keys()) {
        if (!this.written.has(path) && sorted.some((dir) => isUnder(path, dir))) wanted.add(path);
      }
      for (const path of fileList) if (this.tree.files.has(path) && !this.written.has(path)) wanted.add(path);
    };
    add(dirs, files);

    // Symlinks: resolved inside the repository, or dropped. Their targets are written too.
    const links = [...wanted].filter((path) => this.tree.files.get(path) === SYMLINK_MODE);
    const linkTargets = await this.tree.readText(links);
    const extraDirs: string[] = [];
    const extraFiles: string[] = [];
    const symlinks: [string, string][] = [];
    for (const link of links) {
      wanted.delete(link);
      const target = linkTargets.get(link) ?? '';
      const resolved = resolveLink(link, target, this.tree);
      if (resolved === undefined) {
        problems.push({
          path: link,
          message: `symlink ${link} points outside the repository or through another symlink (${target}): not followed`,
        });
        this.written.add(link);
        continue;
      }
      symlinks.push([link, target]);
      if (this.tree.dirs.has(resolved)) extraDirs.push(resolved);
      else extraFiles.push(resolved);
    }
    if (extraDirs.length + extraFiles.length > 0) {
      add(extraDirs, extraFiles);
      for (const path of [...wanted]) if (this.tree.files.get(path) === SYMLINK_MODE) wanted.delete(path);
    }

    const blobs = await this.tree.readBuffers([...wanted]);
    // Synchronous writes: the files are small and many, and each awaited write costs more than it does.
    const made = new Set<string>();
    const ensureDir = (path: string) => {
      const parent = dirname(path);
      if (made.has(parent)) return;
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    };
    for (const [path, blob] of blobs) {
      this.written.add(path);
      if (!blob) continue;
      const target = join(this.dir, path);
      ensureDir(target);
      writeFileSync(target, blob, { mode: 0o644 });
    }
    for (const [link, target] of symlinks) {
      this.written.add(link);
      const path = join(this.dir, link);
      ensureDir(path);
      try {
        symlinkSync(target, path);
      } catch {
        // already there (two sides never share a directory; a link listed twice is written once)
      }
    }
    return problems;
  }

  has(path: string): boolean {
    return this.written.has(path);
  }
}

/**
 * Where a symlink points, resolved one component at a time so the answer is what the file system will do:
 * undefined when it leaves the repository, is absolute, or passes through another symlink (a chain could
 * climb out where a plain path cannot).
 */
export function resolveLink(link: string, target: string, tree: RepoTree): string | undefined {
  if (target === '' || target.startsWith('/') || target.includes('\0')) return undefined;
  const parts = dirOf(link) === '' ? [] : dirOf(link).split('/');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
      continue;
    }
    parts.push(part);
    if (tree.files.get(parts.join('/')) === SYMLINK_MODE) return undefined;
  }
  const resolved = parts.join('/');
  return joinRepoPath('', resolved === '' ? '.' : resolved);
}
