// Which git URLs name the repository under review: an Argo CD source or generator, or a Flux GitRepository,
// that points at another repository must not be rendered from this one's files.

/**
 * `host/owner/repo`, lowercased, from the forms git and Argo CD accept: `https://host/owner/repo(.git)`,
 * `ssh://git@host/owner/repo`, `git@host:owner/repo.git`, `git://...`. Undefined for anything else.
 */
export function normalizeRepoUrl(url: string): string | undefined {
  const trimmed = url.trim();
  let hostAndPath: string;
  const withScheme = /^(?:https?|ssh|git|git\+ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+)$/i.exec(trimmed);
  const scpLike = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(trimmed);
  if (withScheme) hostAndPath = `${withScheme[1]!.replace(/:(22|443|80)$/, '')}/${withScheme[2]}`;
  else if (scpLike && !/^[a-z]+$/i.test(scpLike[2]!)) hostAndPath = `${scpLike[1]}/${scpLike[2]}`;
  else return undefined;
  const normalized = hostAndPath
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return normalized.includes('/') ? normalized : undefined;
}

/** The URLs this repository is known by (its git remotes, and any the config adds). */
export class RepoIdentity {
  private readonly urls: Set<string>;

  constructor(urls: readonly string[]) {
    this.urls = new Set(urls.flatMap((url) => normalizeRepoUrl(url) ?? []));
  }

  /** True when no URL is known (a checkout without remotes): every repository URL is taken to be this one. */
  get unknown(): boolean {
    return this.urls.size === 0;
  }

  /** A source's `repoURL` names this repository (or nothing says otherwise). */
  includes(url: string): boolean {
    if (this.unknown) return true;
    const normalized = normalizeRepoUrl(url);
    return normalized !== undefined && this.urls.has(normalized);
  }
}

/** When nothing is known about the repository's URLs. */
export const ANY_REPOSITORY = new RepoIdentity([]);
