import { listTreeEntries, readBlobs } from '../git/git.js';
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
}

export async function loadTree(repo: string, commit: string, side: Side): Promise<RepoTree> {
  const files = new Map<string, string>();
  const dirs = new Set<string>(['']);
  for (const entry of await listTreeEntries(repo, commit)) {
    if (entry.mode === SUBMODULE_MODE) continue;
    files.set(entry.path, entry.mode);
    for (let dir = dirOf(entry.path); dir !== '' && !dirs.has(dir); dir = dirOf(dir)) dirs.add(dir);
  }
  return treeFrom(repo, commit, side, files, dirs);
}

export function treeFrom(
  repo: string,
  commit: string,
  side: Side,
  files: Map<string, string>,
  dirs: Set<string>,
): RepoTree {
  const cache = new Map<string, Buffer | undefined>();
  const readBuffers = async (paths: readonly string[]) => {
    const missing = [...new Set(paths)].filter((path) => !cache.has(path) && files.has(path));
    if (missing.length > 0) {
      for (const [path, blob] of await readBlobs(repo, commit, missing)) cache.set(path, blob);
    }
    return new Map(paths.map((path) => [path, cache.get(path)]));
  };
  return {
    side,
    repo,
    commit,
    files,
    dirs,
    readBuffers,
    readText: async (paths) =>
      new Map([...(await readBuffers(paths))].map(([path, blob]) => [path, blob?.toString('utf8')])),
  };
}
