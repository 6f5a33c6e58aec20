import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { ReleaseConfig, ReviewOptions } from './config/config.js';
import { DEFAULT_CONFIG_FILE, parseRepoConfig } from './config/config.js';
import { diffResources } from './diff/diff.js';
import { NO_IGNORED_FIELDS } from './diff/ignore-fields.js';
import type { Analyzer, AnalysisInput, ChartBump } from './engine/analyzer.js';
import {
  ResourceChecker,
  checkResources,
  fingerprint,
  parseProblemFindings,
  runAnalyzers,
} from './engine/engine.js';
import type { CheckSubject } from './engine/engine.js';
import { UserError } from './errors.js';
import {
  StreamingLookup,
  kindMentions,
  kindPatterns,
  mentioningAny,
  staticLookup,
  treeLookup,
} from './collect/repo-lookup.js';
import { parseChart } from './collect/charts.js';
import { MANIFEST_PATHSPECS, discoverSide, startDeclarationSearch } from './collect/discover.js';
import { diffCommits } from './git/changes.js';
import type { TreeChange } from './git/changes.js';
import { BlobStore, baseTreeOf, loadTree } from './collect/tree.js';
import { grepMatches, mergeBase, readBlobs, readTextAt, remoteUrls, resolveCommit } from './git/git.js';
import { RepoIdentity } from './collect/repo-identity.js';
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
import { describeResource } from './parse/resource-key.js';
import type { RenderedResource } from './render/output.js';
import { renderChanges } from './render/render-changes.js';
import type { RenderProblem, RenderResult, TargetResult } from './render/render-changes.js';
import { summarize, sortFindings } from './report/summary.js';
import { ANALYZERS, RULE_IDS, RULES } from './rules/index.js';
import { renderErrorMeta } from './rules/render-error.js';
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
  const [head, baseCommit] = await Promise.all([
    resolveCommit(repo, request.head),
    resolveCommit(repo, request.base),
  ]);
  if (!head) throw new UserError(`head ref '${request.head}' is not a commit in ${repo}`);
  if (!baseCommit) throw new UserError(`base ref '${request.base}' is not a commit in ${repo}`);
  // The head tree (for rendering, and scope `all`) is listed while git finds the merge base and diffs.
  const store = new BlobStore(repo);
  const rendersTargets = options.render?.enabled !== false;
  const headTreeLoading =
    rendersTargets || options.scope === 'all' ? loadTree(repo, head, 'head', store) : undefined;
  if (rendersTargets) startDeclarationSearch(store, head);
  // The head side's charts, overlays and releases are found meanwhile too: they do not depend on the base.
  const identity = lazy(() => repoIdentity(repo, options));
  const headDiscovery = rendersTargets
    ? headTreeLoading!.then((tree) =>
        discoverSide(tree, options.render?.releases ?? [], DEFAULT_CONFIG_FILE, identity),
      )
    : undefined;
  headDiscovery?.catch(() => {}); // awaited below; a failure surfaces there
  const { base, treeChanges } = await changesFromMergeBase(repo, baseCommit, head, () =>
    logger.warning(
      `no merge base between ${request.base} and ${request.head}: comparing with ${request.base} directly`,
    ),
  );

  const allChanged = treeChanges.map((change) => change.file);
  const inReview = (file: ChangedFile) =>
    (isManifestPath(file.path) || isManifestPath(file.oldPath)) &&
    (options.pathFilter.matches(file.path) || options.pathFilter.matches(file.oldPath));
  const reviewed = treeChanges.filter((change) => inReview(change.file));
  const changed = reviewed.map((change) => change.file);
  const [headBlobs, baseBlobs] = await Promise.all([
    readChanged(store, reviewed, 'head'),
    readChanged(store, reviewed, 'base'),
  ]);

  const headParsed = parseBlobs(headBlobs);
  const baseParsed = parseBlobs(baseBlobs);
  const headResources = headParsed.flatMap((file) => file.resources);
  const ignoreFields = options.ignoreFields ?? NO_IGNORED_FIELDS;
  const changes = diffResources(
    baseParsed.flatMap((file) => file.resources),
    headResources,
    { ignoreFields },
  );

  // Helm charts, Kustomize overlays, Argo CD Applications and Flux HelmReleases the change affects.
  const headParsedByPath = new Map(headParsed.map((file) => [file.file, file]));
  const headTree = lazy(() => headTreeLoading ?? loadTree(repo, head, 'head', store));
  // Which files mention the kinds the rules look up, found by one search: started while charts render.
  const lookupKinds = new Set(ruleLookupKinds(options));
  const kindSearch = lazy(async () =>
    kindMentions(await grepMatches(repo, head, kindPatterns([...lookupKinds]), [...MANIFEST_PATHSPECS])),
  );
  const rendering: RenderResult =
    allChanged.length === 0 || !headDiscovery
      ? EMPTY_RENDERING
      : await renderChanges({
          trees: { head: await headTree(), base: baseTreeOf(await headTree(), base, treeChanges) },
          headDiscovery,
          identity,
          changed: allChanged,
          options,
          configFile: DEFAULT_CONFIG_FILE,
          ...(await baseReleases(repo, base, options)),
          parsedHead: (path) => headParsedByPath.get(path),
          everything: options.scope === 'all',
          // A failure surfaces at the lookup; scope `all` looks up in what it has read anyway.
          ...(options.scope !== 'all' && { whileRendering: () => void kindSearch().catch(() => {}) }),
          logger,
        });
  const renderedHead: Resource[] = rendering.targets.flatMap((target) => target.headResources);
  // Whole-change analyzers see what rendering changed (a target without a diff has no change to show), so a
  // chart's unchanged resources are never parsed (a CRD of megabytes that a values change does not touch).
  const renderedChanges = rendering.targets.flatMap((target) =>
    target.changes.filter((change) => change.type !== 'unchanged'),
  );
  const renderedBase = renderedChanges.flatMap((change) => (change.base ? [change.base] : []));
  const renderedHeadChanged = renderedChanges.flatMap((change) => (change.head ? [change.head] : []));

  const readAt = (side: 'base' | 'head', path: string) =>
    readTextAt(repo, side === 'base' ? base : head, path);
  const headTreePaths = async () => [...(await headTree()).files.keys()];

  // The rest of the tree is read for scope `all`; otherwise only the files a rule's lookup needs.
  const changedPaths = new Set(headBlobs.keys());
  const readOthers = async (paths: readonly string[]) => {
    const wanted = paths.filter(
      (path) => !changedPaths.has(path) && isManifestPath(path) && options.pathFilter.matches(path),
    );
    // By the listing when there is one; a lookup alone reads its few files by path and lists nothing.
    const blobs = headTreeLoading
      ? await (await headTreeLoading).readBuffers(wanted)
      : await readBlobs(repo, head, wanted);
    const texts = new Map<string, string>();
    for (const [path, blob] of blobs) if (blob) texts.set(path, blob.toString('utf8'));
    return texts;
  };
  const otherParsed =
    options.scope === 'all'
      ? [...(await readOthers(await headTreePaths()))].map(([path, text]) => parseManifestFile(path, text))
      : [];
  const lookup: RepoLookup =
    options.scope === 'all'
      ? staticLookup([...headResources, ...otherParsed.flatMap((file) => file.resources), ...renderedHead])
      : treeLookup({
          known: [...headResources, ...renderedHead],
          readMentioning: async (kinds) =>
            readOthers(
              kinds.every((kind) => lookupKinds.has(kind))
                ? mentioningAny(await kindSearch(), kinds)
                : await store.grep(head, kindPatterns(kinds), MANIFEST_PATHSPECS),
            ),
          parse: parseManifestFile,
        });

  const subjects = subjectsInScope(changes, headResources, options.scope);
  const problems: ParseProblem[] = headParsed.flatMap((file) => file.problems);
  let filesRead = headBlobs.size + baseBlobs.size;
  let resourceCount = headResources.length + renderedHead.length;
  if (options.scope === 'all') {
    filesRead += otherParsed.length;
    for (const file of otherParsed) {
      problems.push(...file.problems);
      resourceCount += file.resources.length;
      for (const resource of file.resources) subjects.push({ resource });
    }
  }

  const rawFindings = [
    ...parseProblemFindings(problems, options),
    ...(await checkResources(subjects, RULES, options, lookup)),
  ];
  const renderedFindings = await checkRendered(rendering, options, lookup, rawFindings);
  const baseResources = [...baseParsed.flatMap((file) => file.resources), ...renderedBase];
  const allHead = [...headResources, ...renderedHeadChanged];
  const analysis: AnalysisInput = {
    mode: 'review',
    options,
    changedFiles: changed,
    changes: [...changes, ...renderedChanges],
    baseResources,
    headResources: allHead,
    repo: lookup,
    chartBumps: await chartBumps(rendering, readAt),
    readFile: readAt,
    ...(options.scope === 'all'
      ? {
          headFiles: async () => (await headTreePaths()).filter((path) => options.pathFilter.matches(path)),
        }
      : {}),
  };
  const findings = [
    ...rawFindings,
    ...renderedFindings,
    ...(await runAnalyzers(
      [...ANALYZERS, renderErrorAnalyzer(rendering.problems)],
      analysis,
      resourceFinder(allHead),
    )),
  ];
  const changedForReport = [...changed];
  for (const file of rendering.inputFiles) {
    if (!changedForReport.some((known) => known.path === file.path)) changedForReport.push(file);
  }
  changedForReport.sort((a, b) => a.path.localeCompare(b.path));
  await rendering.cleanup;
  return buildReport({
    mode: 'review',
    options,
    findings,
    changes: [...groupChanges(changes, changed), ...renderedGroups(rendering)],
    changedFiles: changedForReport,
    base,
    head,
    stats: { filesRead, resources: resourceCount },
  });
}

/** The releases the base commit's config file declares, so a version bump there renders old and new. */
async function baseReleases(
  repo: string,
  base: string,
  options: ReviewOptions,
): Promise<{ baseReleases?: ReleaseConfig[] }> {
  if (!options.render?.releases.length) return {};
  const text = await readTextAt(repo, base, DEFAULT_CONFIG_FILE);
  if (text === undefined) return {};
  try {
    return { baseReleases: parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS).releases ?? [] };
  } catch {
    return {}; // an invalid base config: render the base side as head declares it
  }
}

/**
 * Runs the rules on rendered resources, one target at a time: the findings point where the resource's
 * change comes from, name the rendered resource and its template, and a finding the raw manifest already
 * has (a kustomize base file reviewed as a file too) is not repeated.
 */
async function checkRendered(
  rendering: RenderResult,
  options: ReviewOptions,
  lookup: RepoLookup,
  rawFindings: readonly Finding[],
): Promise<Finding[]> {
  const seen = new Set(rawFindings.map((finding) => findingIdentity(finding, finding.message)));
  const findings: Finding[] = [];
  for (const result of rendering.targets) {
    // Without a diff (a side failed, or rendered only for scope `all`) every rendered resource is checked.
    const subjects = result.diffed
      ? subjectsInScope(result.changes, result.headResources, options.scope)
      : result.headResources.map((resource): CheckSubject => ({ resource }));
    const byRef = new Map(
      subjects.map(({ resource }) => [refKey(resource.ref), resource as RenderedResource]),
    );
    for (const finding of await checkResources(subjects, RULES, options, lookup)) {
      if (seen.has(findingIdentity(finding, finding.message))) continue;
      const resource = finding.resource ? byRef.get(refKey(finding.resource)) : undefined;
      const decorated: Finding = resource
        ? {
            ...finding,
            message: `${finding.message} (${describeRendered(resource)})`,
            fingerprint: fingerprint([finding.fingerprint, result.target.id]),
          }
        : finding;
      seen.add(findingIdentity(decorated, decorated.message));
      findings.push(decorated);
    }
  }
  return findings;
}

/** `rendered Deployment prod/web from web/templates/deployment.yaml by Application argocd/web`. */
export function describeRendered(resource: RenderedResource): string {
  const template = resource.rendered.template ? ` from ${resource.rendered.template}` : '';
  return `rendered ${describeResource(resource.ref)}${template} by ${resource.rendered.target}`;
}

function findingIdentity(finding: Finding, message: string): string {
  return [finding.ruleId, finding.file, finding.line, message].join('\0');
}

function refKey(ref: ResourceRef): string {
  return `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/** render-error findings go through the engine like an analyzer's: rule settings, ignores, fingerprints. */
function renderErrorAnalyzer(problems: readonly RenderProblem[]): Analyzer {
  return {
    metas: [renderErrorMeta],
    analyze: (_input, report) => {
      for (const problem of problems) {
        report({
          ruleId: renderErrorMeta.id,
          message: problem.message,
          severity: problem.severity,
          file: problem.file,
          line: problem.line,
          key: problem.key,
        });
      }
      return Promise.resolve();
    },
  };
}

const EMPTY_RENDERING: RenderResult = { targets: [], problems: [], inputFiles: [] };

/** An audit of a git checkout can render every target of its HEAD commit, head side only. */
async function renderAtHead(root: string, options: ReviewOptions, logger: Logger): Promise<RenderResult> {
  const head = await resolveCommit(root, 'HEAD');
  if (!head) throw new UserError(`--render needs a git checkout: ${root} has no HEAD commit`);
  const tree = await loadTree(root, head, 'head');
  return renderChanges({
    trees: { base: tree, head: tree },
    identity: lazy(() => repoIdentity(root, options)),
    changed: [],
    options,
    configFile: DEFAULT_CONFIG_FILE,
    parsedHead: () => undefined,
    everything: true,
    logger,
  });
}

/** Rendered charts whose version moved, with which of their CRDs changed: "no CRD difference" is news too. */
async function chartBumps(
  rendering: RenderResult,
  readFile: (side: 'base' | 'head', path: string) => Promise<string | undefined>,
): Promise<ChartBump[]> {
  const bumps: ChartBump[] = [];
  for (const result of rendering.targets) {
    const before = result.baseTarget?.spec;
    const after = result.target.spec;
    if (result.diffed && after.type === 'kustomize')
      bumps.push(...remoteRefBumps(result), ...helmChartBumps(result));
    if (!result.diffed || before?.type !== 'helm' || after.type !== 'helm') continue;
    const crds = result.changes.filter((change) => change.key.includes('/CustomResourceDefinition/'));
    if (before.chart.type === 'path' && after.chart.type === 'path') {
      bumps.push(...(await dependencyBumps(result, after.chart.path, crds, readFile)));
      continue;
    }
    if (before.chart.type === 'path' || after.chart.type === 'path') continue;
    if (before.chart.version === after.chart.version) continue;
    const at = result.target.versionAt ?? result.target.anchor;
    bumps.push({
      target: result.target.label,
      chart: after.chart.type === 'repo' ? after.chart.chart : after.chart.ref,
      from: before.chart.version,
      to: after.chart.version,
      file: at.file,
      line: at.line,
      ...crdCounts(crds),
    });
  }
  return bumps;
}

function crdCounts(crds: readonly ResourceChange[]): Pick<ChartBump, 'unchangedCrds' | 'changedCrds'> {
  return {
    unchangedCrds: crds
      .filter((change) => change.type === 'unchanged')
      .map((change) => change.key.slice(change.key.lastIndexOf('/') + 1)),
    changedCrds: crds.filter((change) => change.type !== 'unchanged').length,
  };
}

/** `dependencies[].version` bumps in a chart's Chart.yaml, each with the CRDs its subchart renders. */
async function dependencyBumps(
  result: TargetResult,
  chartDir: string,
  crds: readonly ResourceChange[],
  readFile: (side: 'base' | 'head', path: string) => Promise<string | undefined>,
): Promise<ChartBump[]> {
  const file = chartDir === '' ? 'Chart.yaml' : `${chartDir}/Chart.yaml`;
  const [baseText, headText] = await Promise.all([readFile('base', file), readFile('head', file)]);
  const baseChart = baseText === undefined ? undefined : parseChart(file, baseText);
  const headChart = headText === undefined ? undefined : parseChart(file, headText);
  if (!baseChart || !headChart) return [];
  const bumps: ChartBump[] = [];
  for (const dependency of headChart.dependencies) {
    const old = baseChart.dependencies.find((candidate) => candidate.name === dependency.name);
    if (!old || old.version === dependency.version) continue;
    // helm names a subchart's files `<chart>/charts/<dependency>/...` in its `# Source:` comments.
    const ofDependency = crds.filter((change) =>
      ((change.head ?? change.base) as RenderedResource | undefined)?.rendered.template?.includes(
        `/charts/${dependency.name}/`,
      ),
    );
    if (ofDependency.length === 0) continue;
    bumps.push({
      target: result.target.label,
      chart: dependency.name,
      from: old.version,
      to: dependency.version,
      file,
      line: dependency.versionLine,
      ...crdCounts(ofDependency),
    });
  }
  return bumps;
}

/** Kustomize `helmCharts` whose version moved, with which of the CRDs the chart renders changed. */
function helmChartBumps(result: TargetResult): ChartBump[] {
  return (result.helmChartBumps ?? []).map((bump) => ({
    target: result.target.label,
    chart: bump.chart,
    from: bump.from,
    to: bump.to,
    file: bump.kustomization,
    line: bump.line,
    ...crdCounts(
      result.changes.filter(
        (change) =>
          change.key.includes('/CustomResourceDefinition/') &&
          ((change.head ?? change.base) as RenderedResource | undefined)?.rendered.template ===
            bump.kustomization,
      ),
    ),
  }));
}

/** Kustomize remote resources whose `?ref=` moved, with which of the CRDs they bring changed. */
function remoteRefBumps(result: TargetResult): ChartBump[] {
  const bumps = new Map<string, ChartBump>();
  for (const change of result.changes) {
    if (!change.key.includes('/CustomResourceDefinition/')) continue;
    const before = (change.base as RenderedResource | undefined)?.remote;
    const after = (change.head as RenderedResource | undefined)?.remote;
    if (!before || !after || before.location !== after.location || before.ref === after.ref) continue;
    const id = `${after.location}@${before.ref ?? ''}..${after.ref ?? ''}`;
    let bump = bumps.get(id);
    if (!bump) {
      bump = {
        target: result.target.label,
        chart: after.location,
        from: before.ref ?? '(default branch)',
        to: after.ref ?? '(default branch)',
        file: after.at.file,
        line: after.at.line,
        unchangedCrds: [],
        changedCrds: 0,
      };
      bumps.set(id, bump);
    }
    if (change.type === 'unchanged')
      bump.unchangedCrds.push(change.key.slice(change.key.lastIndexOf('/') + 1));
    else bump.changedCrds++;
  }
  return [...bumps.values()];
}

/** One group per rendered target: its declaration's file, and the target's name. */
function renderedGroups(rendering: RenderResult): FileResourceChanges[] {
  return rendering.targets
    .filter((result) => result.changes.some((change) => change.type !== 'unchanged'))
    .map((result) => ({
      file: result.target.anchor.file,
      status: result.status,
      target: result.target.label,
      resources: result.changes.filter((change) => change.type !== 'unchanged'),
    }))
    .sort((a, b) => a.target.localeCompare(b.target));
}

/** The repository's git remotes and the URLs the config adds: what Argo CD and Flux call this repository. */
async function repoIdentity(repo: string, options: ReviewOptions): Promise<RepoIdentity> {
  return new RepoIdentity([...(await remoteUrls(repo)), ...(options.render?.repoURLs ?? [])]);
}

/**
 * The merge base of the two commits (or the base itself when they have none) and the changes from it to head.
 * The base usually is the merge base (a branch cut from it, HEAD~1), so its diff starts while the merge base is
 * found, and is ended when the base branch has moved on.
 */
async function changesFromMergeBase(
  repo: string,
  baseCommit: string,
  head: string,
  noMergeBase: () => void,
): Promise<{ base: string; treeChanges: TreeChange[] }> {
  const speculation = new AbortController();
  const diffingFromBase = diffCommits(repo, baseCommit, head, speculation.signal);
  diffingFromBase.catch(() => {}); // awaited only when the base is the merge base
  const found = await mergeBase(repo, baseCommit, head);
  if (!found) noMergeBase();
  const base = found ?? baseCommit;
  if (base === baseCommit) return { base, treeChanges: await diffingFromBase };
  speculation.abort();
  return { base, treeChanges: await diffCommits(repo, base, head) };
}

/** The kinds the enabled rules look up in the repository. */
function ruleLookupKinds(options: ReviewOptions): string[] {
  return RULES.filter((rule) => options.rules[rule.meta.id]?.enabled !== false).flatMap(
    (rule) => rule.meta.lookupKinds ?? [],
  );
}

/** Runs `load` once, on first call, and keeps its promise. */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
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

/** Scope `changed`: what the change adds or modifies; otherwise every head resource, with its change if any. */
function subjectsInScope(
  changes: readonly ResourceChange[],
  headResources: readonly Resource[],
  scope: ReviewOptions['scope'],
): CheckSubject[] {
  if (scope === 'changed') {
    return changes.flatMap((change) =>
      (change.type === 'added' || change.type === 'modified') && change.head
        ? [{ resource: change.head, change }]
        : [],
    );
  }
  const byKey = new Map(changes.filter((change) => change.head).map((change) => [change.key, change]));
  return headResources.map((resource) => {
    const change = byKey.get(resource.key);
    return change && change.head === resource ? { resource, change } : { resource };
  });
}

/** The changed files' blobs on one side, by path, read by the ids the diff names. */
async function readChanged(
  store: BlobStore,
  changes: readonly TreeChange[],
  side: 'base' | 'head',
): Promise<Map<string, Buffer | undefined>> {
  const present = changes.flatMap(({ file, oldBlob, newBlob }) => {
    if (file.status === (side === 'head' ? 'deleted' : 'added')) return [];
    return [side === 'head' ? ([file.path, newBlob] as const) : ([file.oldPath, oldBlob] as const)];
  });
  const blobs = await store.read(present.map(([, id]) => id));
  return new Map(present.map(([path, id]) => [path, blobs.get(id)]));
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
  /** Also render every chart, overlay and release of the repo at HEAD (the root must be a git checkout). */
  render?: boolean;
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
  const texts = manifests.map(({ absolute, path }) => ({ path, text: readFileSync(absolute, 'utf8') }));
  const lookup = new StreamingLookup(ruleLookupKinds(options), texts, parseManifestFile);
  const rendering = request.render ? await renderAtHead(root, options, logger) : EMPTY_RENDERING;
  for (const target of rendering.targets) {
    lookup.observe({
      file: target.target.anchor.file,
      kind: 'kubernetes',
      resources: target.headResources,
      problems: [],
    });
  }

  const checker = new ResourceChecker(RULES, options, lookup);
  const findings: Finding[] = [];
  let resourceCount = 0;
  for (const [index, { path, text }] of texts.entries()) {
    const parsed = parseManifestFile(path, text);
    lookup.observe(parsed);
    resourceCount += parsed.resources.length;
    findings.push(...parseProblemFindings(parsed.problems, options));
    checker.check(parsed.resources.map((resource) => ({ resource })));
    if (index % 200 === 199) logger.progress?.(index + 1, manifests.length);
    // Let rules that awaited a lookup finish now, so they do not hold their resources until the end.
    if (index % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
  lookup.finishPass();
  findings.push(...(await checker.finish()));
  findings.push(...(await checkRendered(rendering, options, lookup, findings)));
  resourceCount += rendering.targets.reduce((sum, target) => sum + target.headResources.length, 0);
  // An audit has no change to analyze: analyzers that look at the tree ask `repo` for it (and pay for it).
  findings.push(
    ...(await runAnalyzers(
      [...ANALYZERS, renderErrorAnalyzer(rendering.problems)],
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
        headFiles: () =>
          Promise.resolve(
            files
              .map((absolute) => relative(root, absolute).split(sep).join('/'))
              .filter((path) => options.pathFilter.matches(path)),
          ),
      },
      () => undefined,
    )),
  );
  await rendering.cleanup;
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
