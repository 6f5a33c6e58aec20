import { posix } from 'node:path';

/**
 * Repo-relative paths: forward slashes, no leading `./`, never absolute, never above the root.
 * Every path that comes from a file in the repository (a values file, a kustomize base, a file://
 * dependency) goes through here before anything reads it.
 */

/** `dir` + `relative`, normalised; undefined when the result is absolute or leaves the repository. */
export function joinRepoPath(dir: string, relative: string): string | undefined {
  if (
    relative === '' ||
    relative.startsWith('/') ||
    relative.includes('\0') ||
    /^[a-zA-Z]:[\\/]/.test(relative)
  ) {
    return undefined;
  }
  const joined = posix.normalize(posix.join(dir === '' ? '.' : dir, relative.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  const trimmed = joined.replace(/\/$/, '');
  return trimmed === '.' ? '' : trimmed;
}

/** A path given relative to the repository root (config files, `$values/...` refs). */
export function repoPath(path: string): string | undefined {
  return joinRepoPath('', path);
}

/** `path` is `prefix` itself or inside it; the empty prefix is the whole repository. */
export function isUnder(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A URL a tool would fetch over the network rather than a path in the repository. */
export function isRemoteReference(reference: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(reference) ||
    /^git@/.test(reference) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(reference) ||
    /\?(ref|version|submodules|timeout)=/.test(reference)
  );
}
