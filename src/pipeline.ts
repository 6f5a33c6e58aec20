import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { ReviewOptions } from './config/config.js';
import { diffResources } from './diff/diff.js';
import { checkResources, parseProblemFindings, runAnalyzers } from './engine/engine.js';
import type { CheckSubject } from './engine/engine.js';
import { UserError } from './errors.js';
import { changedFiles } from './git/changes.js';
import { listTree, mergeBase, readBlobs, resolveCommit } from './git/git.js';
import { formatVersion } from './kube-version.js';
import type {
  ChangedFile,
  FileResourceChanges,
  Finding,
  ParsedFile,
  ParseProblem,
  Report,
  Resource,
  ResourceChange,
  ResourceRef,
} from './model.js';
import { isManifestPath, parseManifestFile } from './parse/parse.js';
import { summarize, sortFindings } from './report/summary.js';
import { ANALYZERS, RULES } from './rules/index.js';
import type { RepoLookup } from './rules/types.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Called as files are read on long runs; the CLI shows it on a TTY. */
  progress?(done: number, total: number): void;
}

export const silentLogger: Logger = { info: () => {}, warning: () => {} };

export interface ReviewRequest {
  repo: string;
  base: string;
  head: string;
}

/** Reviews the change from merge-base(base, head) to head: only the changed files are read (unless scope is `all`). */
export async function runReview(
  request: ReviewRequest,
  options: ReviewOptions,
  logger: Logger,
): Promise<Report> {
  const { repo } = request;
  const head = await resolveCommit(repo, request.head);
  if (!head) throw new UserError(`head ref '${request.head}' is not a commit in ${repo}`);
  const baseCommit = await resolveCommit(repo, request.base);
  if (!baseCommit) throw new UserError(`base ref '${request.base}' is not a commit in ${repo}`);
  let base = await mergeBase(repo, baseCommit, head);
  if (!base) {
    logger.warning(
      `no merge base between ${request.base} and ${request.head}: comparing with ${request.base} directly`,
    );
    base = baseCommit;
  }

  const changed = (await changedFiles(repo, base, head)).filter(
    (file) =>
      (isManifestPath(file.path) || isManifestPath(file.oldPath)) &&
      (options.pathFilter.matches(file.path) || options.pathFilter.matches(file.oldPath)),
  );
  const headPaths = changed.filter((file) => file.status !== 'deleted').map((file) => file.path);
  const basePaths = changed.filter((file) => file.status !== 'added').map((file) => file.oldPath);
  const [headBlobs, baseBlobs] = await Promise.all([
    readBlobs(repo, head, headPaths),
    readBlobs(repo, base, basePaths),
  ]);

  const headParsed = parseBlobs(headBlobs);
  const baseParsed = parseBlobs(baseBlobs);
  const headResources = headParsed.flatMap((file) => file.resources);
  const changes = diffResources(
    baseParsed.flatMap((file) => file.resources),
    headResources,
  );

  const headTree = lazy(async () => {
    const changedPaths = new Set(headPaths);
    const others = (await listTree(repo, head)).filter(
      (path) => !changedPaths.has(path) && isManifestPath(path) && options.pathFilter.matches(path),
    );
    return [...headParsed, ...parseBlobs(await readBlobs(repo, head, others))];
  });
  const lookup: RepoLookup = {
    headResources: lazy(async () => (await headTree()).flatMap((file) => file.resources)),
  };

  const subjects: CheckSubject[] = [];
  const problems: ParseProblem[] = headParsed.flatMap((file) => file.problems);
  const changeByHeadKey = new Map(changes.filter((c) => c.head).map((c) => [c.key, c]));
  if (options.scope === 'changed') {
    for (const change of changes) {
      if ((change.type === 'added' || change.type === 'modified') && change.head) {
        subjects.push({ resource: change.head, change });
      }
    }
  } else {
    for (const resource of headResources) subjects.push(withChange(resource, changeByHeadKey));
  }
  let filesRead = headBlobs.size + baseBlobs.size;
  let resourceCount = headResources.length;
  if (options.scope === 'all') {
    const others = (await headTree()).slice(headParsed.length);
    filesRead += others.length;
    for (const file of others) {
      problems.push(...file.problems);
      resourceCount += file.resources.length;
      for (const resource of file.resources) subjects.push({ resource });
    }
  }

  const baseResources = baseParsed.flatMap((file) => file.resources);
  const findings = [
    ...parseProblemFindings(problems, options),
    ...(await checkResources(subjects, RULES, options, lookup)),
    ...(await runAnalyzers(
      ANALYZERS,
      {
        mode: 'review',
        options,
        changedFiles: changed,
        changes,
        baseResources,
        headResources,
        repo: lookup,
        readFile: async (side, path) =>
          (await readBlobs(repo, side === 'base' ? base : head, [path])).get(path)?.toString('utf8'),
      },
      resourceFinder(headResources),
    )),
  ];
  return buildReport({
    mode: 'review',
    options,
    findings,
    changes: groupChanges(changes, changed),
    changedFiles: changed,
    base,
    head,
    stats: { filesRead, resources: resourceCount },
  });
}

/** Runs `load` once, on first call, and keeps its promise. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

function resourceFinder(resources: readonly Resource[]) {
  return (ref: ResourceRef, file: string) =>
    resources.find(
      (resource) =>
        resource.file === file &&
        resource.ref.kind === ref.kind &&
        resource.ref.name === ref.name &&
        resource.ref.namespace === ref.namespace,
    );
}

function withChange(resource: Resource, changes: Map<string, ResourceChange>): CheckSubject {
  const change = changes.get(resource.key);
  return change && change.head === resource ? { resource, change } : { resource };
}

function parseBlobs(blobs: Map<string, Buffer | undefined>): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const [path, blob] of blobs) {
    if (blob && isManifestPath(path)) parsed.push(parseManifestFile(path, blob.toString('utf8')));
  }
  return parsed;
}

/** Groups resource changes by file: the head file, or for removals the file's head path (renames) or base path. */
function groupChanges(
  changes: readonly ResourceChange[],
  files: readonly ChangedFile[],
): FileResourceChanges[] {
  const byOldPath = new Map(files.map((file) => [file.oldPath, file]));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const groups = new Map<string, FileResourceChanges>();
  for (const change of changes) {
    if (change.type === 'unchanged') continue;
    const file = change.head
      ? byPath.get(change.head.file)
      : (byOldPath.get(change.base!.file) ?? byPath.get(change.base!.file));
    const path = file?.path ?? change.head?.file ?? change.base!.file;
    let group = groups.get(path);
    if (!group) {
      group = { file: path, status: file?.status ?? 'modified', resources: [] };
      groups.set(path, group);
    }
    group.resources.push(change);
  }
  return [...groups.values()].sort((a, b) => a.file.localeCompare(b.file));
}

export interface AuditRequest {
  /** Findings name files relative to this folder (the repo root). */
  root: string;
  /** Files or folders to audit; the whole root when empty. */
  paths: string[];
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** Audits files as they are on disk, one file at a time, so memory stays flat whatever the tree's size. */
export async function runAudit(
  request: AuditRequest,
  options: ReviewOptions,
  logger: Logger,
): Promise<Report> {
  const root = resolve(request.root);
  const targets = request.paths.length > 0 ? request.paths.map((path) => resolve(path)) : [root];
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new UserError(`no such file or directory: ${relative(process.cwd(), target) || target}`);
    if (info.isDirectory()) walk(target, files);
    else files.push(target);
  }
  const manifests = files
    .map((absolute) => ({ absolute, path: relative(root, absolute).split(sep).join('/') }))
    .filter(({ path }) => isManifestPath(path) && options.pathFilter.matches(path));

  // Synchronous reads: awaiting one small file at a time costs more than the parse it waits for.
  const readManifest = ({ absolute, path }: { absolute: string; path: string }) =>
    parseManifestFile(path, readFileSync(absolute, 'utf8'));
  let loadedResources: readonly Resource[] = [];
  const lookup: RepoLookup = {
    headResources: lazy(async () => {
      const all: Resource[] = [];
      for (const manifest of manifests) all.push(...readManifest(manifest).resources);
      loadedResources = all;
      return all;
    }),
  };

  const findings: Finding[] = [];
  let resourceCount = 0;
  for (const [index, manifest] of manifests.entries()) {
    const parsed = readManifest(manifest);
    resourceCount += parsed.resources.length;
    findings.push(...parseProblemFindings(parsed.problems, options));
    findings.push(
      ...(await checkResources(
        parsed.resources.map((resource) => ({ resource })),
        RULES,
        options,
        lookup,
      )),
    );
    if (index % 200 === 199) logger.progress?.(index + 1, manifests.length);
  }
  // An audit has no change to analyze: analyzers that look at the tree ask `repo` for it (and pay for it).
  if (ANALYZERS.length > 0) {
    findings.push(
      ...(await runAnalyzers(
        ANALYZERS,
        {
          mode: 'audit',
          options,
          changedFiles: [],
          changes: [],
          baseResources: [],
          headResources: [],
          repo: lookup,
          readFile: async (side, path) =>
            side === 'head' ? readFile(join(root, path), 'utf8').catch(() => undefined) : undefined,
        },
        (ref, file) => resourceFinder(loadedResources)(ref, file),
      )),
    );
  }
  return buildReport({
    mode: 'audit',
    options: { ...options, scope: 'all' },
    findings,
    changes: [],
    changedFiles: [],
    stats: { filesRead: manifests.length, resources: resourceCount },
  });
}

function walk(directory: string, out: string[]): void {
  const entries = readdirSync(directory, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(directory, entry.name), out);
    } else if (entry.isFile()) {
      out.push(join(directory, entry.name));
    }
  }
}

function buildReport(parts: {
  mode: Report['mode'];
  options: ReviewOptions;
  findings: Finding[];
  changes: FileResourceChanges[];
  changedFiles: ChangedFile[];
  base?: string;
  head?: string;
  stats: Report['stats'];
}): Report {
  const findings = sortFindings(parts.findings);
  return {
    version: 1,
    mode: parts.mode,
    kubernetesVersion: formatVersion(parts.options.kubernetesVersion),
    upgradeVersion: formatVersion(parts.options.upgradeVersion),
    scope: parts.options.scope,
    ...(parts.base ? { base: parts.base } : {}),
    ...(parts.head ? { head: parts.head } : {}),
    findings,
    changes: parts.changes,
    changedFiles: parts.changedFiles,
    summary: summarize(findings),
    stats: parts.stats,
  };
}
