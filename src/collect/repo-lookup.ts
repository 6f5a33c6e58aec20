import type { ParsedFile, Resource } from '../model.js';
import type { RepoLookup } from '../rules/types.js';
import { escapeRegExp } from '../util/glob.js';

/** A cheap text test for files that may hold an object of one of `kinds`: YAML `kind: X` or JSON `"kind": "X"`. */
export function mentionsKind(kinds: readonly string[]): (text: string) => boolean {
  const names = kinds.map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `(?:^|\\n)[ \\t-]*kind:[ \\t]*["']?(?:${names})["']?[ \\t]*(?:#[^\\n]*)?(?:\\r?\\n|$)|"kind"\\s*:\\s*"(?:${names})"`,
  );
  return (text) => pattern.test(text);
}

function kindsKey(kinds: readonly string[]): string {
  return [...new Set(kinds)].sort().join(',');
}

/** The same test as a POSIX extended regular expression, for `git grep -E`. */
export function kindPatterns(kinds: readonly string[]): string[] {
  const names = kinds.map(escapeRegExp).join('|');
  return [
    `^[[:space:]-]*kind:[[:space:]]*["']?(${names})["']?[[:space:]]*(#.*)?$`,
    `"kind"[[:space:]]*:[[:space:]]*"(${names})"`,
  ];
}

/** path -> the kinds its `kind:` lines name, of those searched for. */
export type KindMentions = ReadonlyMap<string, ReadonlySet<string>>;

/** The kinds named by the line matches of {@link kindPatterns} (`git grep -o`), by path. */
export function kindMentions(matches: ReadonlyMap<string, readonly string[]>): KindMentions {
  const mentions = new Map<string, Set<string>>();
  for (const [path, texts] of matches) {
    const kinds = new Set<string>();
    for (const text of texts) {
      const kind = /kind"?\s*:\s*["']?([^"'\s#]+)/.exec(text)?.[1];
      if (kind) kinds.add(kind);
    }
    if (kinds.size > 0) mentions.set(path, kinds);
  }
  return mentions;
}

/** The paths that mention any of `kinds`. */
export function mentioningAny(mentions: KindMentions, kinds: readonly string[]): string[] {
  return [...mentions].filter(([, named]) => kinds.some((kind) => named.has(kind))).map(([path]) => path);
}

export interface TreeSource {
  /** Objects already parsed: the changed files at head and the rendered resources. */
  known: readonly Resource[];
  /** The texts of the other manifest files at head that mention one of `kinds` (`git grep`, then read). */
  readMentioning: (kinds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  parse: (path: string, text: string) => ParsedFile;
}

/**
 * Lookups for a review: only the files at head that mention a kind asked for are read and parsed, so the
 * cost follows what the rules look for, not the size of the repo. The same kinds always give the same array,
 * so indexes built on it can be cached.
 */
export function treeLookup(source: TreeSource): RepoLookup {
  const parsed = new Map<string, ParsedFile>();
  const results = new Map<string, Promise<readonly Resource[]>>();
  const load = async (kinds: readonly string[]): Promise<readonly Resource[]> => {
    const wanted = new Set(kinds);
    const mentions = mentionsKind(kinds);
    const found = source.known.filter((resource) => wanted.has(resource.ref.kind));
    for (const [path, text] of await source.readMentioning(kinds)) {
      if (!mentions(text)) continue;
      let file = parsed.get(path);
      if (!file) {
        file = source.parse(path, text);
        parsed.set(path, file);
      }
      found.push(...file.resources.filter((resource) => wanted.has(resource.ref.kind)));
    }
    return found;
  };
  return {
    resourcesOfKind(kinds) {
      const key = kindsKey(kinds);
      let result = results.get(key);
      if (!result) {
        result = load(kinds);
        results.set(key, result);
      }
      return result;
    },
  };
}

export interface AuditFile {
  path: string;
  text: string;
}

/**
 * Lookups for an audit, which parses every file once, in one pass. A kind few files mention (an HPA, a
 * LimitRange, a CRD) is answered at once by parsing just those files. A kind most files hold (Deployments) is
 * collected as the pass goes, without its YAML nodes, and answered when the pass is over: a rule checking the
 * first file still sees a Deployment in the last one, and no file is parsed twice.
 */
export class StreamingLookup implements RepoLookup {
  private readonly collected = new Map<string, Resource[]>();
  private readonly results = new Map<string, Promise<readonly Resource[]>>();
  private endOfPass!: () => void;
  private readonly passDone = new Promise<void>((resolve) => (this.endOfPass = resolve));

  constructor(
    declaredKinds: readonly string[],
    private readonly files: readonly AuditFile[],
    private readonly parse: (path: string, text: string) => ParsedFile,
  ) {
    const common = Math.max(50, files.length / 10);
    for (const kind of new Set(declaredKinds)) {
      const mentions = mentionsKind([kind]);
      let count = 0;
      for (const file of files) if (mentions(file.text) && ++count > common) break;
      if (count > common) this.collected.set(kind, []);
    }
  }

  /** Called with every file of the pass, in order. */
  observe(file: ParsedFile): void {
    if (this.collected.size === 0) return;
    for (const resource of file.resources) {
      const list = this.collected.get(resource.ref.kind);
      if (list) list.push(withoutNodes(resource));
    }
  }

  finishPass(): void {
    this.endOfPass();
  }

  resourcesOfKind(kinds: readonly string[]): Promise<readonly Resource[]> {
    const key = kindsKey(kinds);
    let result = this.results.get(key);
    if (!result) {
      const unique = [...new Set(kinds)];
      const rare = unique.filter((kind) => !this.collected.has(kind));
      const found = rare.length > 0 ? this.parseMentioning(rare) : [];
      result = unique.some((kind) => this.collected.has(kind))
        ? this.passDone.then(() => [...found, ...unique.flatMap((kind) => this.collected.get(kind) ?? [])])
        : Promise.resolve(found);
      this.results.set(key, result);
    }
    return result;
  }

  private parseMentioning(kinds: readonly string[]): Resource[] {
    const mentions = mentionsKind(kinds);
    const wanted = new Set(kinds);
    const found: Resource[] = [];
    for (const { path, text } of this.files) {
      if (!mentions(text)) continue;
      for (const resource of this.parse(path, text).resources) {
        if (wanted.has(resource.ref.kind)) found.push(withoutNodes(resource));
      }
    }
    return found;
  }
}

/** A looked-up resource keeps its object and lines, not the YAML tree behind `lineOf`. */
function withoutNodes(resource: Resource): Resource {
  const line = resource.line;
  return { ...resource, lineOf: () => line };
}

/** Lookups over a fixed set of resources (tests, and callers that already hold everything). */
export function staticLookup(resources: readonly Resource[]): RepoLookup {
  const results = new Map<string, readonly Resource[]>();
  return {
    resourcesOfKind(kinds) {
      const key = kindsKey(kinds);
      let result = results.get(key);
      if (!result) {
        const wanted = new Set(kinds);
        result = resources.filter((resource) => wanted.has(resource.ref.kind));
        results.set(key, result);
      }
      return Promise.resolve(result);
    },
  };
}
