import { execFile, spawn } from 'node:child_process';
import { UserError } from '../errors.js';

const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

/** Git reads no hooks, pager or external diff here: only plumbing and porcelain we parse ourselves. */
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.pager=cat'];

export async function git(repo: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...GIT_CONFIG, ...args],
      { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: gitEnv() },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.trim().split('\n')[0] || error.message;
          reject(new GitError(`git ${args[0]} failed: ${detail}`));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

export class GitError extends UserError {}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

export async function isGitRepo(dir: string): Promise<boolean> {
  try {
    return (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

export async function resolveCommit(repo: string, ref: string): Promise<string | undefined> {
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

export async function mergeBase(repo: string, base: string, head: string): Promise<string | undefined> {
  try {
    return (await git(repo, ['merge-base', base, head])).trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface TreeEntry {
  path: string;
  /** `100644`, `100755`, `120000` (a symlink: the blob is its target), `160000` (a submodule). */
  mode: string;
}

/** Every file in the tree at `ref`, with its mode (one `git ls-tree` process). */
export async function listTreeEntries(repo: string, ref: string): Promise<TreeEntry[]> {
  const out = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type = ''] = record.slice(0, tab).split(' ');
    if (type === 'blob') entries.push({ path: record.slice(tab + 1), mode });
  }
  return entries;
}

/**
 * Paths at `ref` whose content matches any of the extended regular expressions (`git grep -l`): finds the
 * few files worth parsing (Argo CD Applications, Flux HelmReleases) without reading the whole tree in Node.
 */
export async function grepFiles(
  repo: string,
  ref: string,
  patterns: string[],
  pathspecs: string[],
): Promise<string[]> {
  const args = [...GIT_CONFIG, 'grep', '-l', '-z', '-I', '-E'];
  for (const pattern of patterns) args.push('-e', pattern);
  args.push(ref, '--', ...pathspecs);
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: gitEnv() },
      (error, stdout, stderr) => {
        // Exit code 1: nothing matched.
        if (error && error.code !== 1) {
          reject(new GitError(`git grep failed: ${stderr.trim().split('\n')[0] || error.message}`));
          return;
        }
        const prefix = `${ref}:`;
        resolve(
          stdout
            .split('\0')
            .filter((path) => path !== '')
            .map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path)),
        );
      },
    );
  });
}

/** Paths of every file in the tree at `ref`. */
export async function listTree(repo: string, ref: string): Promise<string[]> {
  const out = await git(repo, ['ls-tree', '-r', '-z', '--name-only', ref]);
  return out.split('\0').filter((path) => path !== '');
}

/**
 * Reads many blobs in one `git cat-file --batch` process: `ref:path` for each path.
 * Missing paths map to undefined.
 */
export async function readBlobs(
  repo: string,
  ref: string,
  paths: string[],
): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const readable = paths.filter((path) => !path.includes('\n'));
  if (readable.length === 0) return result;
  const child = spawn('git', [...GIT_CONFIG, 'cat-file', '--batch'], { cwd: repo, env: gitEnv() });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new GitError(`git cat-file failed: ${stderr.trim()}`)),
    );
  });
  child.stdin.end(readable.map((path) => `${ref}:${path}\n`).join(''));
  await done;

  const output = Buffer.concat(chunks);
  let offset = 0;
  for (const path of readable) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const header = output.subarray(offset, headerEnd).toString();
    offset = headerEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.set(path, undefined);
      continue;
    }
    const size = Number(match[2]);
    result.set(path, match[1] === 'blob' ? output.subarray(offset, offset + size) : undefined);
    offset += size + 1;
  }
  return result;
}

/** One file's text at `ref`; undefined when the path is not a file there. */
export async function readTextAt(repo: string, ref: string, path: string): Promise<string | undefined> {
  return (await readBlobs(repo, ref, [path])).get(path)?.toString('utf8');
}
