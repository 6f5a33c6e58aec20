// Kustomize remote resources, read through the GitHub REST API before kustomize runs: each remote entry of a
// kustomization being rendered is fetched (once per run) into the sandbox, with the files its kustomization
// needs, and the entry is rewritten to the local copy. kustomize itself never fetches anything.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { RemoteEntry } from '../collect/kustomizations.js';
import { KUSTOMIZATION_FILES } from '../collect/kustomizations.js';
import { baseName, isRemoteReference, joinRepoPath } from '../collect/paths.js';
import { describeRemote, parseGitHubRemote } from '../collect/remote-refs.js';
import type { GitHubHosts, GitHubRemote } from '../collect/remote-refs.js';
import type { Location } from '../collect/targets.js';
import type { ContentsResult, FetchContents } from '../github/contents.js';
import { asList, isRecord } from '../util/objects.js';

/** Where a rendered resource that came from a remote resource was brought in. */
export interface RemoteSource {
  /** The kustomization entry in the repository (at the side that rendered it). */
  at: Location;
  /** `github.com/OWNER/REPO/PATH` of that entry, whatever its form and ref. */
  location: string;
  /** Its `?ref=` (or a raw URL's ref); undefined for the default branch. */
  ref?: string;
}

export interface RemoteLimits {
  /** API requests in one run (a directory listing counts as one). */
  maxRequests: number;
  /** Bytes of files read in one run. */
  maxBytes: number;
  /** How many remote resources deep a chain of remote kustomizations is followed. */
  maxDepth: number;
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = {
  maxRequests: 400,
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 4,
};

export type RemoteResolution =
  { ok: true; sources: Map<string, RemoteSource[]> } | { ok: false; message: string; at: Location };

/** The directory (beside the kustomization) that holds remote files: inside its root, as kustomize requires. */
const FILES_DIR = '.kube-pr-review-remote';

/** Kustomization fields that name files or directories next to it, besides resources/bases/components. */
const PATH_LISTS = [
  'crds',
  'patchesStrategicMerge',
  'configurations',
  'transformers',
  'generators',
  'validators',
];
const PATH_OBJECT_LISTS = ['patches', 'patchesJson6902', 'replacements'];
const GENERATORS = ['configMapGenerator', 'secretGenerator'];

class RemoteFailure extends Error {}

/** A repository at a ref, copied (in part) under the sandbox. */
interface RepoCopy {
  dir: string;
  remote: GitHubRemote;
}

type Item =
  /** A path of a repository copy: a file, or a directory with its kustomization. */
  | { kind: 'path'; copy: RepoCopy; path: string; expect: 'any' | 'dir'; depth: number; via: string }
  /** A remote file (raw URL) written beside the kustomization that names it. */
  | { kind: 'file'; remote: GitHubRemote; dest: string; depth: number; via: string };

/** What handling one item found: the items it needs next, and the copies it made. */
interface ItemResult {
  next: Item[];
  copies: string[];
}

export interface RemoteFetcherOptions {
  fetchContents: FetchContents;
  /** The sandbox directory for repository copies. */
  dir: string;
  hosts: GitHubHosts;
  limits?: Partial<RemoteLimits>;
  /** Bounds the requests running at once. */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * Shared by the renders of one run: API answers and copies are made once, whichever side or target needs
 * them. Every step of a fetch handles one path and never waits for another step, so cycles in remote
 * kustomizations end instead of waiting on each other.
 */
export class RemoteFetcher {
  private readonly limits: RemoteLimits;
  private readonly contents = new Map<string, Promise<ContentsResult>>();
  private readonly repos = new Map<string, RepoCopy>();
  private readonly items = new Map<string, Promise<ItemResult>>();
  /** Copies by absolute path (a repository copy directory, or one written file): how messages name them. */
  private readonly copies = new Map<string, { remote: GitHubRemote; file: boolean }>();
  private requests = 0;
  private bytes = 0;

  constructor(private readonly options: RemoteFetcherOptions) {
    this.limits = { ...DEFAULT_REMOTE_LIMITS, ...options.limits };
  }

  /**
   * Fetches the remote entries of one kustomization of the repository (its copy at `absFile`) and rewrites
   * them to the local copies. `sources` maps each copy it uses to the entries that brought it in.
   */
  async resolveKustomization(
    absFile: string,
    repoFile: string,
    entries: readonly RemoteEntry[],
  ): Promise<RemoteResolution> {
    const fromDir = dirname(absFile);
    const planned: { entry: RemoteEntry; remote: GitHubRemote; replacement: string; root: Item }[] = [];
    for (const entry of entries) {
      const at = { file: repoFile, line: entry.line };
      const remote = parseGitHubRemote(entry.reference, this.options.hosts);
      if (!remote) {
        return {
          ok: false,
          message: `kustomize remote resource '${entry.reference}' is not fetched: only GitHub repositories are read (github.com/OWNER/REPO//PATH?ref=REF, or a raw.githubusercontent.com URL), through the GitHub API`,
          at,
        };
      }
      const { replacement, root } = this.plan(remote, fromDir, 1, describeRemote(remote));
      planned.push({ entry, remote, replacement, root });
    }
    const results = await Promise.all(
      planned.map(async ({ root }) => {
        try {
          return { copies: await this.walk(root) };
        } catch (error) {
          // A file system error too is a failed render, never a failed review.
          return { failure: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const sources = new Map<string, RemoteSource[]>();
    for (const [i, result] of results.entries()) {
      const { entry, remote } = planned[i]!;
      const at = { file: repoFile, line: entry.line };
      if ('failure' in result) {
        return {
          ok: false,
          message: `kustomize remote resource '${entry.reference}' could not be read: ${result.failure}`,
          at,
        };
      }
      const source: RemoteSource = {
        at,
        location: remote.location,
        ...(remote.ref !== undefined && { ref: remote.ref }),
      };
      for (const copy of result.copies) sources.set(copy, [...(sources.get(copy) ?? []), source]);
    }

    const text = await readFile(absFile, 'utf8');
    const doc = parseDocument(text, { version: '1.1', uniqueKeys: false });
    for (const { entry, replacement } of planned) doc.setIn([entry.field, entry.index], replacement);
    await writeFile(absFile, doc.toString());
    return { ok: true, sources };
  }

  /**
   * The copy that an origin path (absolute) is in (the key of `RemoteResolution.sources`), the file's
   * `location` there, and its name as GitHub would give it: `github.com/OWNER/REPO/PATH?ref=X`.
   */
  originOf(absolute: string): { copy: string; location: string; label: string } | undefined {
    const exact = this.copies.get(absolute);
    if (exact?.file)
      return { copy: absolute, location: exact.remote.location, label: describeRemote(exact.remote) };
    let best: string | undefined;
    for (const key of this.copies.keys()) {
      if (absolute.startsWith(`${key}${sep}`) && (!best || key.length > best.length)) best = key;
    }
    if (!best) return undefined;
    const copy = this.copies.get(best)!;
    const path = relative(best, absolute).split(sep).join('/');
    return {
      copy: best,
      location: `${copy.remote.location}/${path}`,
      label: describeRemote(copy.remote, path),
    };
  }

  /** Repository copies as messages should name them: `github.com/OWNER/REPO@REF` instead of a temp path. */
  names(): { path: string; as: string }[] {
    return [...this.repos.values()].map((copy) => ({
      path: copy.dir,
      as: `${copy.remote.location}${copy.remote.ref === undefined ? '' : `@${copy.remote.ref}`}`,
    }));
  }

  /** The replacement entry (relative to `fromDir`) and the first item to fetch. */
  private plan(
    remote: GitHubRemote,
    fromDir: string,
    depth: number,
    via: string,
  ): { replacement: string; root: Item } {
    if (remote.form === 'raw') {
      const hash = createHash('sha256').update(describeRemote(remote)).digest('hex').slice(0, 12);
      const dest = join(fromDir, FILES_DIR, hash, baseName(remote.path));
      return { replacement: relativePath(fromDir, dest), root: { kind: 'file', remote, dest, depth, via } };
    }
    const copy = this.repoCopy(remote);
    return {
      replacement: relativePath(fromDir, join(copy.dir, remote.path)),
      root: { kind: 'path', copy, path: remote.path, expect: 'dir', depth, via },
    };
  }

  private repoCopy(remote: GitHubRemote): RepoCopy {
    const key = `${remote.host}/${remote.owner}/${remote.repo}@${remote.ref ?? ''}`;
    let copy = this.repos.get(key);
    if (!copy) {
      const slug = createHash('sha256').update(key).digest('hex').slice(0, 16);
      copy = { dir: join(this.options.dir, slug), remote: { ...remote, path: '' } };
      this.repos.set(key, copy);
      this.copies.set(copy.dir, { remote: copy.remote, file: false });
    }
    return copy;
  }

  /** Everything `root` needs, breadth first; the copies it touched. */
  private async walk(root: Item): Promise<string[]> {
    const seen = new Set<string>();
    const copies = new Set<string>();
    let queue = [root];
    while (queue.length > 0) {
      const fresh = queue.filter((item) => {
        const key = itemKey(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      // Settled in order, so the failure reported is the same whichever answer came first.
      const results = await Promise.allSettled(fresh.map((item) => this.handle(item)));
      queue = [];
      for (const result of results) {
        if (result.status === 'rejected') throw result.reason;
        result.value.copies.forEach((copy) => copies.add(copy));
        queue.push(...result.value.next);
      }
    }
    return [...copies];
  }

  private handle(item: Item): Promise<ItemResult> {
    const key = itemKey(item);
    let pending = this.items.get(key);
    if (!pending) {
      pending = item.kind === 'file' ? this.fetchFile(item) : this.fetchPath(item);
      pending.catch(() => undefined); // awaited by every walk that needs it
      this.items.set(key, pending);
    }
    return pending;
  }

  private async fetchFile(item: Extract<Item, { kind: 'file' }>): Promise<ItemResult> {
    if (item.depth > this.limits.maxDepth) throw this.tooDeep(item.via);
    const result = await this.get(item.remote, item.remote.path);
    if (result.type !== 'file') {
      throw new RemoteFailure(
        `${describeRemote(item.remote)} is a ${result.type === 'dir' ? 'directory' : result.type}, not a file: name a directory as github.com/OWNER/REPO//PATH?ref=REF`,
      );
    }
    await writeCopy(item.dest, result.content);
    this.copies.set(item.dest, { remote: item.remote, file: true });
    return { next: [], copies: [item.dest] };
  }

  private async fetchPath(item: Extract<Item, { kind: 'path' }>): Promise<ItemResult> {
    const { copy, path } = item;
    if (item.depth > this.limits.maxDepth) throw this.tooDeep(item.via);
    const name = describeRemote(copy.remote, path);
    const result = await this.get(copy.remote, path);
    if (result.type === 'file') {
      if (item.expect === 'dir') {
        throw new RemoteFailure(
          `${name} is a file: kustomize reads a git reference as a directory with a kustomization (a single file is a raw.githubusercontent.com URL)`,
        );
      }
      await writeCopy(join(copy.dir, path), result.content);
      return { next: [], copies: [copy.dir] };
    }
    if (result.type !== 'dir') throw new RemoteFailure(`${name} is a ${result.type}: not followed`);
    const kustomization = KUSTOMIZATION_FILES.map((file) =>
      result.entries.find(
        (entry) => entry.name === file && (entry.type === 'file' || entry.type === 'symlink'),
      ),
    ).find((entry) => entry !== undefined);
    if (!kustomization) {
      throw new RemoteFailure(
        `${name} is a directory without a kustomization.yaml: kustomize cannot build it`,
      );
    }
    const file = path === '' ? kustomization.name : `${path}/${kustomization.name}`;
    const fileName = describeRemote(copy.remote, file);
    const content = await this.get(copy.remote, file);
    if (content.type !== 'file') throw new RemoteFailure(`${fileName} is not a file`);
    const doc = parseDocument(content.content.toString('utf8'), { version: '1.1', uniqueKeys: false });
    let data: unknown;
    try {
      data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new RemoteFailure(`${fileName} is not a kustomization (invalid YAML)`);
    }
    const references = kustomizationReferences(data as Record<string, unknown>);
    const dirAbs = join(copy.dir, path);
    const next: Item[] = [];
    let rewritten = false;
    for (const reference of references) {
      if (isRemoteReference(reference.value)) {
        if (!reference.at) {
          throw new RemoteFailure(
            `${fileName} names '${reference.value}' in ${reference.field}: only resources, bases and components may be remote`,
          );
        }
        const remote = parseGitHubRemote(reference.value, this.options.hosts);
        if (!remote) {
          throw new RemoteFailure(
            `${fileName} refers to '${reference.value}', which is not a GitHub repository: not fetched`,
          );
        }
        const planned = this.plan(remote, dirAbs, item.depth + 1, `${item.via} -> ${describeRemote(remote)}`);
        doc.setIn(reference.at, planned.replacement);
        rewritten = true;
        next.push(planned.root);
        continue;
      }
      const target = joinRepoPath(path, reference.value);
      if (target === undefined) {
        throw new RemoteFailure(
          `${fileName} refers to '${reference.value}', outside the repository: not fetched`,
        );
      }
      next.push({ kind: 'path', copy, path: target, expect: 'any', depth: item.depth, via: item.via });
    }
    await writeCopy(join(dirAbs, kustomization.name), rewritten ? doc.toString() : content.content);
    return { next, copies: [copy.dir] };
  }

  /** One API answer, once per run, within the run's limits. */
  private get(remote: GitHubRemote, path: string): Promise<ContentsResult> {
    const key = `${remote.owner}/${remote.repo}@${remote.ref ?? ''}:${path}`;
    let pending = this.contents.get(key);
    if (!pending) {
      const name = describeRemote(remote, path);
      if (++this.requests > this.limits.maxRequests) {
        pending = Promise.reject(
          new RemoteFailure(
            `more than ${this.limits.maxRequests} requests to the GitHub API in this review: ${name} is not fetched`,
          ),
        );
      } else {
        pending = this.options
          .limit(() =>
            this.options.fetchContents({
              owner: remote.owner,
              repo: remote.repo,
              path,
              ...(remote.ref !== undefined && { ref: remote.ref }),
            }),
          )
          .then(
            (result) => {
              if (result.type === 'file') {
                this.bytes += result.content.length;
                if (this.bytes > this.limits.maxBytes) {
                  throw new RemoteFailure(
                    `more than ${this.limits.maxBytes} bytes read through the GitHub API in this review: ${name} is not used`,
                  );
                }
              }
              return result;
            },
            (error: unknown) => {
              if (error instanceof RemoteFailure) throw error;
              throw new RemoteFailure(error instanceof Error ? error.message : String(error));
            },
          );
      }
      // A failure is an answer too: the other side and the other targets get the same message.
      pending.catch(() => undefined);
      this.contents.set(key, pending);
    }
    return pending;
  }

  private tooDeep(via: string): RemoteFailure {
    return new RemoteFailure(
      `remote kustomizations refer to further remote ones more than ${this.limits.maxDepth} deep (${via}): not followed`,
    );
  }
}

function itemKey(item: Item): string {
  return item.kind === 'file' ? `file\0${item.dest}` : `path\0${item.copy.dir}\0${item.path}`;
}

/** A relative path in kustomize's form: forward slashes, never mistaken for a URL. */
function relativePath(from: string, to: string): string {
  const path = relative(from, to).split(sep).join('/');
  return path === '' ? '.' : path.startsWith('.') ? path : `./${path}`;
}

async function writeCopy(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, { mode: 0o644 });
}

interface Reference {
  value: string;
  field: string;
  /** Where the entry is in the document, for the fields whose entries may be remote. */
  at?: (string | number)[];
}

/** Every file or directory a kustomization names (besides inline patches and literals). */
export function kustomizationReferences(data: Record<string, unknown>): Reference[] {
  const references: Reference[] = [];
  const add = (value: unknown, field: string, at?: (string | number)[]) => {
    if (typeof value !== 'string' || value === '' || value.includes('\n')) return;
    references.push({ value, field, ...(at && { at }) });
  };
  for (const field of ['resources', 'bases', 'components']) {
    asList(data[field]).forEach((value, index) => add(value, field, [field, index]));
  }
  for (const field of PATH_LISTS) asList(data[field]).forEach((value) => add(value, field));
  for (const field of PATH_OBJECT_LISTS) {
    for (const entry of asList(data[field])) {
      if (isRecord(entry)) add(entry.path, field);
    }
  }
  for (const field of GENERATORS) {
    for (const entry of asList(data[field])) {
      if (!isRecord(entry)) continue;
      const generator = entry;
      for (const file of asList(generator.files)) {
        if (typeof file === 'string') add(file.slice(file.indexOf('=') + 1), field);
      }
      for (const env of asList(generator.envs)) add(env, field);
      add(generator.env, field);
    }
  }
  if (isRecord(data.openapi)) add(data.openapi.path, 'openapi');
  return references;
}
