import { execFile, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { UserError } from '../errors.js';

const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

/** Git reads no hooks, pager or external diff here: only plumbing and porcelain we parse ourselves. */
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.pager=cat'];

/** Runs git in `repo`; `signal` ends it early (its answer is no longer wanted). */
export async function git(repo: string, args: string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...GIT_CONFIG, ...args],
      { cwd: repo, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', env: gitEnv(), ...(signal && { signal }) },
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

let environment: NodeJS.ProcessEnv | undefined;

/** The environment git runs with, copied once: reading all of `process.env` costs more than a small git call. */
function gitEnv(): NodeJS.ProcessEnv {
  return (environment ??= { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });
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
    const [object] = await objectReader(repo).read([`${ref}^{commit}`]);
    return object?.type === 'commit' ? object.sha : undefined;
  } catch {
    return undefined;
  }
}

export async function mergeBase(repo: string, base: string, head: string): Promise<string | undefined> {
  try {
    return (
      (await nearAncestor(repo, base, head)) ??
      ((await git(repo, ['merge-base', base, head])).trim() || undefined)
    );
  } catch {
    return undefined;
  }
}

/** How many commits back from head a base is looked for before asking `git merge-base`. */
const ANCESTRY_WALK = 64;

/**
 * `base` (as a commit id) when it is head or one of head's last few ancestors: then it is the merge base,
 * and the commits read through the object reader spare a git process. Undefined when not found so near.
 */
async function nearAncestor(repo: string, base: string, head: string): Promise<string | undefined> {
  const [baseCommit, headCommit] = await readObjects(repo, [`${base}^{commit}`, `${head}^{commit}`]);
  if (!baseCommit || !headCommit) return undefined;
  const seen = new Set([headCommit.sha]);
  let frontier = [headCommit];
  while (frontier.length > 0 && seen.size <= ANCESTRY_WALK) {
    if (frontier.some((commit) => commit.sha === baseCommit.sha)) return baseCommit.sha;
    const parents = frontier.flatMap((commit) => parentsOf(commit.data)).filter((sha) => !seen.has(sha));
    parents.forEach((sha) => seen.add(sha));
    frontier = (await readObjects(repo, parents)).filter(
      (commit): commit is GitObject => commit?.type === 'commit',
    );
  }
  return undefined;
}

function parentsOf(commit: Buffer): string[] {
  const header = commit.subarray(0, Math.max(0, commit.indexOf('\n\n'))).toString('latin1');
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]!);
}

/** The URLs of the repository's git remotes (`remote.<name>.url`); none when it has no remotes. */
export async function remoteUrls(repo: string): Promise<string[]> {
  try {
    const out = await git(repo, ['config', '--get-regexp', '^remote\\..*\\.url$']);
    return out
      .split('\n')
      .map((line) => line.slice(line.indexOf(' ') + 1).trim())
      .filter((url) => url !== '');
  } catch {
    return []; // exit code 1: no remote
  }
}

export interface TreeEntry {
  path: string;
  /** `100644`, `100755`, `120000` (a symlink: the blob is its target), `160000` (a submodule). */
  mode: string;
  /** The blob's id. */
  object: string;
}

/** Every file in the tree at `ref`, with its mode and blob id (one `git ls-tree` process); submodules left out. */
export async function listTreeEntries(repo: string, ref: string): Promise<TreeEntry[]> {
  const out = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
    if (type === 'blob') entries.push({ path: record.slice(tab + 1), mode, object });
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
  const stdout = await grep(repo, ref, ['-l'], patterns, pathspecs);
  const prefix = `${ref}:`;
  return stdout
    .split('\0')
    .filter((path) => path !== '')
    .map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
}

/** The text each line match of the expressions found, by path (`git grep -o`): what a file mentions. */
export async function grepMatches(
  repo: string,
  ref: string,
  patterns: string[],
  pathspecs: string[],
): Promise<Map<string, string[]>> {
  const stdout = await grep(repo, ref, ['-o'], patterns, pathspecs);
  const prefix = `${ref}:`;
  const matches = new Map<string, string[]>();
  // `<ref>:<path>\0<match>\n` per match.
  for (let at = 0; at < stdout.length;) {
    const nul = stdout.indexOf('\0', at);
    if (nul === -1) break;
    const newline = stdout.indexOf('\n', nul);
    const end = newline === -1 ? stdout.length : newline;
    const named = stdout.slice(at, nul);
    const path = named.startsWith(prefix) ? named.slice(prefix.length) : named;
    const found = matches.get(path) ?? [];
    found.push(stdout.slice(nul + 1, end));
    matches.set(path, found);
    at = end + 1;
  }
  return matches;
}

function grep(
  repo: string,
  ref: string,
  mode: string[],
  patterns: string[],
  pathspecs: string[],
): Promise<string> {
  const args = [...GIT_CONFIG, 'grep', ...mode, '-z', '-I', '-E'];
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
        resolve(stdout);
      },
    );
  });
}

/**
 * Reads many blobs at `ref` (`ref:path` for each path) through the repository's object reader.
 * Missing paths map to undefined.
 */
export async function readBlobs(
  repo: string,
  ref: string,
  paths: string[],
): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  if (paths.length === 0) return result;
  const objects = await objectReader(repo).read(paths.map((path) => `${ref}:${path}`));
  paths.forEach((path, i) => {
    const object = objects[i];
    result.set(path, object?.type === 'blob' ? object.data : undefined);
  });
  return result;
}

/** Objects by name (`<blob id>`, `rev:path`, `rev^{commit}`), in order; undefined for a missing one. */
export function readObjects(repo: string, names: readonly string[]): Promise<(GitObject | undefined)[]> {
  return names.length === 0 ? Promise.resolve([]) : objectReader(repo).read(names);
}

export interface GitObject {
  sha: string;
  type: string;
  data: Buffer;
}

interface PendingRead {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

const IDLE_CLOSE_MS = 1000;

/**
 * One long-lived `git cat-file --batch` per repository: a review reads blobs, commits and trees dozens of
 * times, and starting a git process costs more than most of those reads. While idle its handles do not keep
 * Node alive, and after a second idle it exits.
 */
class ObjectReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: PendingRead[] = [];
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;
  /** The header of the object whose content is still arriving. */
  private current: { sha: string; type: string; size: number } | undefined;
  private stderr = '';
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    repo: string,
    private readonly onClose: () => void,
  ) {
    this.child = spawn('git', [...GIT_CONFIG, 'cat-file', '--batch'], { cwd: repo, env: gitEnv() });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 64 * 1024) this.stderr += chunk.toString();
    });
    this.child.stdin.on('error', () => {}); // reported through 'close'
    this.child.on('error', (error) => this.fail(new GitError(`git cat-file failed: ${error.message}`)));
    this.child.on('close', (code) =>
      this.fail(new GitError(`git cat-file failed: ${this.stderr.trim() || `exited with ${code}`}`)),
    );
    this.idle();
  }

  /**
   * The objects named `names` (`rev:path`, `rev^{commit}`...), in order; undefined for a missing one, and for a
   * name with a newline (which would be two requests).
   */
  read(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    if (this.closed) return Promise.reject(new GitError('git cat-file has exited'));
    const asked = names.filter((name) => !name.includes('\n'));
    if (asked.length === 0) return Promise.resolve(names.map(() => undefined));
    this.busy();
    const reads = asked.map(
      () => new Promise<GitObject | undefined>((resolve, reject) => this.pending.push({ resolve, reject })),
    );
    this.child.stdin.write(asked.map((name) => `${name}\n`).join(''));
    if (asked.length === names.length) return Promise.all(reads);
    return Promise.all(reads).then((objects) => {
      const found = new Map(asked.map((name, i) => [name, objects[i]]));
      return names.map((name) => found.get(name));
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.child.stdin.end();
    this.onClose();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.length;
    for (;;) {
      if (!this.current) {
        const header = this.takeLine();
        if (header === undefined) return;
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!match) {
          this.settle(undefined); // `<name> missing`, `<name> ambiguous`
          continue;
        }
        this.current = { sha: match[1]!, type: match[2]!, size: Number(match[3]) };
      }
      // The content, then a newline.
      if (this.bufferedBytes < this.current.size + 1) return;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      const data = all.subarray(0, this.current.size);
      const rest = all.subarray(this.current.size + 1);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.bufferedBytes = rest.length;
      const { sha, type } = this.current;
      this.current = undefined;
      this.settle({ sha, type, data });
    }
  }

  private takeLine(): string | undefined {
    const first = this.chunks[0];
    if (!first) return undefined;
    let all = first;
    let newline = first.indexOf(0x0a);
    if (newline === -1 && this.chunks.length > 1) {
      all = Buffer.concat(this.chunks);
      this.chunks = [all];
      newline = all.indexOf(0x0a);
    }
    if (newline === -1) return undefined;
    const line = all.subarray(0, newline).toString();
    const rest = all.subarray(newline + 1);
    this.chunks.splice(0, 1, ...(rest.length > 0 ? [rest] : []));
    this.bufferedBytes -= newline + 1;
    return line;
  }

  private settle(object: GitObject | undefined): void {
    this.pending.shift()?.resolve(object);
    if (this.pending.length === 0) this.idle();
  }

  private fail(error: Error): void {
    if (!this.closed) {
      this.closed = true;
      clearTimeout(this.idleTimer);
      this.onClose();
    }
    for (const read of this.pending.splice(0)) read.reject(error);
  }

  private busy(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    for (const handle of this.handles()) handle.ref();
  }

  private idle(): void {
    for (const handle of this.handles()) handle.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
    this.idleTimer.unref();
  }

  /** The process and its output pipes (sockets, whatever the stream types say). */
  private handles(): { ref(): void; unref(): void }[] {
    return [this.child, this.child.stdout as unknown as Socket, this.child.stderr as unknown as Socket];
  }
}

const readers = new Map<string, ObjectReader>();

function objectReader(repo: string): ObjectReader {
  let reader = readers.get(repo);
  if (!reader) {
    const created: ObjectReader = new ObjectReader(repo, () => {
      if (readers.get(repo) === created) readers.delete(repo);
    });
    reader = created;
    readers.set(repo, reader);
  }
  return reader;
}

/** Ends every object reader now (their idle timeout would, a second later). */
export function closeObjectReaders(): void {
  for (const reader of [...readers.values()]) reader.close();
}

/** One file's text at `ref`; undefined when the path is not a file there. */
export async function readTextAt(repo: string, ref: string, path: string): Promise<string | undefined> {
  return (await readBlobs(repo, ref, [path])).get(path)?.toString('utf8');
}
