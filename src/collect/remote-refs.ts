// Kustomize remote resources that name a GitHub repository: `github.com/OWNER/REPO/PATH?ref=X`,
// `https://github.com/OWNER/REPO//PATH?ref=X`, `git@github.com:OWNER/REPO.git//PATH?ref=X`,
// `https://raw.githubusercontent.com/OWNER/REPO/REF/PATH.yaml`. They are read through the GitHub REST API
// (never with git, never from the URL itself), so the review decides what is fetched and from where.
import { joinRepoPath } from './paths.js';

export interface GitHubRemote {
  /** The web host: `github.com`, or a GitHub Enterprise host. */
  host: string;
  owner: string;
  repo: string;
  /** Inside the repository; `''` for its root. */
  path: string;
  /** `?ref=` (or `?version=`), or the ref of a raw URL; the default branch when undefined. */
  ref?: string;
  /** `raw`: an HTTP URL of one file. */
  form: 'git' | 'raw';
  /** `github.com/OWNER/REPO/PATH`: the same place whatever the form and the ref. */
  location: string;
}

/** The hosts whose references are read through the API at `apiUrl`. */
export interface GitHubHosts {
  git: string[];
  raw: string[];
}

/**
 * github.com and raw.githubusercontent.com always (GitHub's API, or a stand-in for it); with a GitHub
 * Enterprise Server API (`https://HOST/api/v3`) or a GHE.com one (`https://api.SUBDOMAIN.ghe.com`), its host too.
 */
export function githubHosts(apiUrl: string): GitHubHosts {
  const hosts: GitHubHosts = { git: ['github.com', 'www.github.com'], raw: ['raw.githubusercontent.com'] };
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return hosts;
  }
  const host = url.hostname.toLowerCase();
  if (/^\/api\/v3\/?$/.test(url.pathname) && !hosts.git.includes(host)) hosts.git.push(host);
  else if (host.startsWith('api.') && host.endsWith('.ghe.com')) hosts.git.push(host.slice(4));
  return hosts;
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** The GitHub repository, path and ref a remote reference names; undefined for anything else. */
export function parseGitHubRemote(reference: string, hosts: GitHubHosts): GitHubRemote | undefined {
  let text = reference.trim().replace(/^git::/, '');
  const question = text.indexOf('?');
  const query = new URLSearchParams(question === -1 ? '' : text.slice(question + 1));
  if (question !== -1) text = text.slice(0, question);
  const queryRef = query.get('ref') ?? query.get('version') ?? undefined;

  let host: string;
  let rest: string;
  let scheme: 'https' | 'ssh' | 'none';
  const https = /^https?:\/\/([^/]+)\/(.*)$/i.exec(text);
  const ssh = /^ssh:\/\/git@([^/:]+)(?::\d+)?\/(.*)$/i.exec(text) ?? /^git@([^/:]+):(.*)$/i.exec(text);
  const bare = /^([a-z0-9.-]+\.[a-z]{2,})\/(.*)$/i.exec(text);
  if (https) {
    if (https[1]!.includes('@')) return undefined;
    [host, rest, scheme] = [https[1]!.toLowerCase().replace(/:443$/, ''), https[2]!, 'https'];
  } else if (ssh) {
    [host, rest, scheme] = [ssh[1]!.toLowerCase(), ssh[2]!, 'ssh'];
  } else if (bare) {
    [host, rest, scheme] = [bare[1]!.toLowerCase(), bare[2]!, 'none'];
  } else {
    return undefined;
  }

  if (hosts.raw.includes(host)) {
    if (scheme !== 'https') return undefined;
    const segments = rest.split('/');
    return rawRemote(segments, 'github.com');
  }
  if (!hosts.git.includes(host)) return undefined;
  const canonical = host === 'www.github.com' ? 'github.com' : host;

  let owner: string;
  let repo: string;
  let path: string;
  const doubleSlash = rest.indexOf('//');
  if (doubleSlash !== -1) {
    const repoPart = rest.slice(0, doubleSlash).split('/');
    if (repoPart.length !== 2) return undefined;
    [owner, repo] = [repoPart[0]!, repoPart[1]!];
    path = rest.slice(doubleSlash + 2);
  } else {
    const segments = rest.split('/');
    if (segments.length < 2) return undefined;
    [owner, repo] = [segments[0]!, segments[1]!];
    // https://github.com/OWNER/REPO/raw/REF/PATH: one file over HTTP, like a raw URL.
    if (scheme === 'https' && segments[2] === 'raw' && queryRef === undefined) {
      return rawRemote([owner, repo, ...segments.slice(3)], canonical);
    }
    path = segments.slice(2).join('/');
  }
  repo = repo.replace(/\.git$/, '');
  return remote(canonical, owner, repo, path, queryRef, 'git');
}

function rawRemote(segments: string[], host: string): GitHubRemote | undefined {
  const [owner, repo] = segments;
  if (owner === undefined || repo === undefined) return undefined;
  let refParts = 1;
  if (segments[2] === 'refs' && (segments[3] === 'heads' || segments[3] === 'tags')) refParts = 3;
  const ref = segments.slice(2, 2 + refParts).join('/');
  const path = segments.slice(2 + refParts).join('/');
  if (ref === '' || path === '') return undefined;
  return remote(host, owner, repo, path, decodeURIComponent(ref), 'raw');
}

function remote(
  host: string,
  owner: string,
  repo: string,
  rawPath: string,
  ref: string | undefined,
  form: GitHubRemote['form'],
): GitHubRemote | undefined {
  if (!NAME.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.replace(/\/+$/, ''));
  } catch {
    return undefined;
  }
  if (decoded.split('/').some((segment) => segment === '..')) return undefined;
  const path = decoded === '' ? '' : joinRepoPath('', decoded);
  if (path === undefined) return undefined;
  if (ref !== undefined && (ref === '' || ref.length > 250 || /[\s\0]/.test(ref))) return undefined;
  return {
    host,
    owner,
    repo,
    path,
    ...(ref !== undefined && { ref }),
    form,
    location: `${host}/${owner}/${repo}${path ? `/${path}` : ''}`,
  };
}

/** `github.com/OWNER/REPO/PATH?ref=X`: how messages name it. */
export function describeRemote(remote: GitHubRemote, path = remote.path): string {
  const where = `${remote.host}/${remote.owner}/${remote.repo}${path ? `/${path}` : ''}`;
  return remote.ref === undefined ? where : `${where}?ref=${remote.ref}`;
}
