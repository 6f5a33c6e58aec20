import type { TreeChange } from '../git/changes.js';
import { grepFiles, listTreeEntries, readObjects } from '../git/git.js';
import { dirOf } from './paths.js';
import type { Side } from './targets.js';

export const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/** The files of one commit as git stores them: paths and modes, and blobs read on demand (and cached). */
export interface RepoTree {
  side: Side;
  repo: string;
  commit: string;
  /** path -> mode (submodules left out). */
  files: ReadonlyMap<string, string>;
  /** Every directory that holds a file, `''` for the root. */
  dirs: ReadonlySet<string>;
  readText(paths: readonly string[]): Promise<Map<string, string | undefined>>;
  readBuffers(paths: readonly string[]): Promise<Map<string, Buffer | undefined>>;
  /**
   * Paths whose content matches any of the extended regular expressions (`git grep -l -I -E`), among those
   * the pathspecs (`*.yaml` style: any path with that ending) select.
   */
  grep(patterns: readonly string[], pathspecs: readonly string[]): Promise<string[]>;
}

/**
 * Blobs by id, read once per run through git's object reader: the two sides of a change share every file
 * the change does not touch, so each is read once. Searches of a commit are kept too, so one can start
 * before anything asks for it.
 */
export class BlobStore {
  private readonly cache = new Map<string, Promise<Buffer | undefined>>();
  private readonly searches = new Map<string, Promise<string[]>>();

  constructor(readonly repo: string) {}

  async read(ids: readonly string[]): Promise<Map<string, Buffer | undefined>> {
    const missing = [...new Set(ids)].filter((id) => !this.cache.has(id));
    if (missing.length > 0) {
      const reading = readObjects(this.repo, missing);
      missing.forEach((id, i) =>
        this.cache.set(
          id,
          reading.then((objects) => (objects[i]?.type === 'blob' ? objects[i].data : undefined)),
        ),
      );
    }
    return new Map(await Promise.all(ids.map(async (id) => [id, await this.cache.get(id)!] as const)));
  }

  /** `git grep -l` of `commit`, once per commit and pattern set. */
  grep(commit: string, patterns: readonly string[], pathspecs: readonly string[]): Promise<string[]> {
    const key = JSON.stringify([commit, patterns, pathspecs]);
    let found = this.searches.get(key);
    if (!found) {
      found = grepFiles(this.repo, commit, [...patterns], [...pathspecs]);
      this.searches.set(key, found);
    }
    return found;
  }
}

/** The tree of `commit`, listed by git (`git ls-tree -r`). */
export async function loadTree(
  repo: string,
  commit: string,
  side: Side,
  store = new BlobStore(repo),
): Promise<GitTree> {
  const files = new Map<string, string>();
  const blobs = new Map<string, string>();
  for (const entry of await listTreeEntries(repo, commit)) {
    files.set(entry.path, entry.mode);
    blobs.set(entry.path, entry.object);
  }
  return new GitTree(repo, commit, side, files, blobs, store, (patterns, pathspecs) =>
    store.grep(commit, patterns, pathspecs),
  );
}

/**
 * The base side's tree, derived from the head tree and the raw diff between them: no second listing, and
 * the files the change does not touch answer a search as they do at head.
 */
export function baseTreeOf(head: GitTree, base: string, changes: readonly TreeChange[]): GitTree {
  const files = new Map(head.files);
  const blobs = new Map(head.blobs);
  const changed = new Set<string>();
  for (const { file, oldMode, oldBlob } of changes) {
    changed.add(file.path);
    changed.add(file.oldPath);
    files.delete(file.path);
    blobs.delete(file.path);
    if (file.status !== 'added' && oldMode !== SUBMODULE_MODE) {
      files.set(file.oldPath, oldMode);
      blobs.set(file.oldPath, oldBlob);
    }
  }
  // Each pattern set once: discovery and the ConfigMap search of the base side may ask the same.
  const searches = new Map<string, Promise<string[]>>();
  const search = async (patterns: readonly string[], pathspecs: readonly string[]) => {
    const unchanged = (await head.grep(patterns, pathspecs)).filter((path) => !changed.has(path));
    const candidates = [...changed].filter(
      (path) => files.has(path) && files.get(path) !== SYMLINK_MODE && matchesPathspecs(path, pathspecs),
    );
    const expressions = patterns.map(ereToRegExp);
    const texts = await tree.readBuffers(candidates);
    const matching = candidates.filter((path) => {
      const blob = texts.get(path);
      // -I: a NUL in the first 8000 bytes makes a blob binary to git, and binary files never match.
      if (!blob || blob.subarray(0, 8000).includes(0)) return false;
      const text = blob.toString('utf8');
      return expressions.some((expression) => expression.test(text));
    });
    return [...unchanged, ...matching].sort();
  };
  const tree: GitTree = new GitTree(
    head.repo,
    base,
    'base',
    files,
    blobs,
    head.store,
    (patterns, pathspecs) => {
      const key = JSON.stringify([patterns, pathspecs]);
      if (!searches.has(key)) searches.set(key, search(patterns, pathspecs));
      return searches.get(key)!;
    },
  );
  return tree;
}

/** A tree of paths and modes only (tests): nothing to read or search behind it. */
export function treeFrom(repo: string, commit: string, side: Side, files: Map<string, string>): RepoTree {
  return new GitTree(repo, commit, side, files, new Map(), new BlobStore(repo), () => Promise.resolve([]));
}

/** A commit's tree: its listing, blob ids, and where to read and search them. */
export class GitTree implements RepoTree {
  readonly dirs: ReadonlySet<string>;

  constructor(
    readonly repo: string,
    readonly commit: string,
    readonly side: Side,
    readonly files: ReadonlyMap<string, string>,
    /** path -> blob id. */
    readonly blobs: ReadonlyMap<string, string>,
    readonly store: BlobStore,
    private readonly search: (patterns: readonly string[], pathspecs: readonly string[]) => Promise<string[]>,
  ) {
    this.dirs = directoriesOf(files.keys());
  }

  async readBuffers(paths: readonly string[]): Promise<Map<string, Buffer | undefined>> {
    const ids = paths.flatMap((path) => {
      const id = this.blobs.get(path);
      return id === undefined ? [] : [id];
    });
    const blobs = await this.store.read(ids);
    return new Map(paths.map((path) => [path, blobs.get(this.blobs.get(path) ?? '')]));
  }

  async readText(paths: readonly string[]): Promise<Map<string, string | undefined>> {
    return new Map(
      [...(await this.readBuffers(paths))].map(([path, blob]) => [path, blob?.toString('utf8')]),
    );
  }

  grep(patterns: readonly string[], pathspecs: readonly string[]): Promise<string[]> {
    return this.search(patterns, pathspecs);
  }
}

function directoriesOf(paths: Iterable<string>): Set<string> {
  const dirs = new Set<string>(['']);
  for (const path of paths) {
    for (let dir = dirOf(path); dir !== '' && !dirs.has(dir); dir = dirOf(dir)) dirs.add(dir);
  }
  return dirs;
}

/** `*.yaml`-style pathspecs, as git reads them without `:(glob)`: `*` matches across `/` too. */
function matchesPathspecs(path: string, pathspecs: readonly string[]): boolean {
  return pathspecs.some((spec) => {
    if (!spec.startsWith('*') || spec.slice(1).includes('*')) {
      throw new Error(`pathspec '${spec}' is not of the '*.ext' form`);
    }
    return path.endsWith(spec.slice(1));
  });
}

/**
 * A `git grep -E` pattern as a JavaScript expression that matches the same lines: the only POSIX class the
 * patterns use, `[:space:]`, stands for the blanks within a line (git matches line by line).
 */
export function ereToRegExp(pattern: string): RegExp {
  const translated = pattern.replaceAll('[:space:]', ' \\t\\r\\f\\v');
  if (translated.includes('[:')) throw new Error(`unsupported POSIX class in '${pattern}'`);
  return new RegExp(translated, 'm');
}
