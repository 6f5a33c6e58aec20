// The rendering stage of a review: find the targets the change affects, render each on both sides (in
// parallel, bounded by CPU count), diff the rendered resources per target, and trace every rendered resource
// to the repo line that caused it.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ReleaseConfig, ReviewOptions } from '../config/config.js';
import { changedInputs, isAffected, pairTargets, specKey } from '../collect/affected.js';
import { discoverSide, sideTargets } from '../collect/discover.js';
import type { SideDiscovery } from '../collect/discover.js';
import type { SideIndex } from '../collect/index-side.js';
import type { Location, RenderTarget, Side, TargetPair } from '../collect/targets.js';
import { githubHosts } from '../collect/remote-refs.js';
import type { RepoTree } from '../collect/tree.js';
import { ANY_REPOSITORY } from '../collect/repo-identity.js';
import type { RepoIdentity } from '../collect/repo-identity.js';

import { diffResources } from '../diff/diff.js';
import { NO_IGNORED_FIELDS } from '../diff/ignore-fields.js';
import { DEFAULT_GITHUB_API_URL, createContentsClient } from '../github/contents.js';
import type { FetchContents } from '../github/contents.js';
import type { ChangedFile, FileStatus, ParsedFile, ResourceChange, Severity } from '../model.js';
import { newSideEnv } from './context.js';
import type { RenderEnv, RenderFailure, SideEnv, SideRender } from './context.js';
import { createLimiter } from './exec.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import type { RenderedResource } from './output.js';
import { RemoteFetcher } from './remote.js';
import { Sandbox } from './sandbox.js';
import { scrubMessage, secretDataValues, secretValues } from './scrub.js';
import { findTools } from './tools.js';
import { changedValuesLines, lineForTemplate, templateValueRefs } from './values-lines.js';
import type { ValuesLine } from './values-lines.js';
import { asRecord, isRecord } from '../util/objects.js';
import { isManifestPath } from '../parse/parse.js';

export interface RenderRequest {
  /** The two sides' trees: the same object when an audit renders one commit. */
  trees: Record<Side, RepoTree>;
  /** The head side already being discovered (with the config's releases), while git diffed. */
  headDiscovery?: Promise<SideDiscovery>;
  /** The URLs that name this repository (Argo CD and Flux sources elsewhere are not read from it). */
  identity?: () => Promise<RepoIdentity>;
  /** Every changed file, manifests or not (a template, a `_helpers.tpl`). */
  changed: readonly ChangedFile[];
  /** Called once the renders are under way, when a CPU is left idle: work that can run meanwhile starts here. */
  whileRendering?: () => void;
  options: ReviewOptions;
  /** The config file's path, and the releases its base-commit version declares (by name). */
  configFile: string;
  baseReleases?: readonly ReleaseConfig[];
  /** Head-side parse of a changed manifest file: traces kustomize origins to exact lines. */
  parsedHead(path: string): ParsedFile | undefined;
  /** Scope `all`: also render, head side only, the targets the change does not affect. */
  everything: boolean;
  logger: { info(message: string): void; warning(message: string): void };
  /**
   * Reads kustomize remote resources (a GitHub repository's file or directory at a ref). Default: the GitHub
   * REST API at `options.github.apiUrl` with `options.github.token`.
   */
  fetchContents?: FetchContents;
}

/** One target's rendered diff. */
export interface TargetResult {
  target: RenderTarget;
  /** The target as the base commit declares it (a chart bump: the old version). */
  baseTarget?: RenderTarget;
  status: FileStatus;
  /** Pairs of rendered resources; empty when either side failed (then `headResources` are checked as they are). */
  changes: ResourceChange[];
  diffed: boolean;
  /** False for targets rendered only because of scope `all`. */
  affected: boolean;
  baseResources: RenderedResource[];
  headResources: RenderedResource[];
  /** Kustomize `helmCharts` entries whose version the change moves (an overlay's only chart, by name). */
  helmChartBumps?: HelmChartBump[];
}

export interface HelmChartBump {
  /** The kustomization that inflates the chart: its generated resources name it as their origin. */
  kustomization: string;
  chart: string;
  from: string;
  to: string;
  line: number;
}

/** A render-error finding to report. */
export interface RenderProblem {
  file: string;
  line: number;
  message: string;
  severity: Severity;
  /** What it is about, for the fingerprint (never a line number). */
  key: string;
}

export interface RenderResult {
  targets: TargetResult[];
  /** The sandbox's removal, under way: await it before the run ends. */
  cleanup?: Promise<void>;
  problems: RenderProblem[];
  /** Changed files the rendered targets read (values files, templates): where their findings may point. */
  inputFiles: ChangedFile[];
}

const EMPTY: RenderResult = { targets: [], problems: [], inputFiles: [] };

export async function renderChanges(request: RenderRequest): Promise<RenderResult> {
  const settings = request.options.render;
  if (settings && !settings.enabled) return EMPTY;
  const headReleases = settings?.releases ?? [];
  const baseByName = new Map(
    (request.baseReleases ?? headReleases).map((release) => [release.name, release]),
  );
  // The base side renders a release as the base config declared it, or, when it did not, as head does.
  const baseReleases = headReleases.map((release) => baseByName.get(release.name) ?? release);

  // An audit renders one commit: both sides are the same tree, searched once.
  const { base: baseTree, head: headTree } = request.trees;
  const sameCommit = baseTree === headTree && baseReleases.every((release, i) => release === headReleases[i]);
  const identity = request.identity ?? (() => Promise.resolve(ANY_REPOSITORY));
  const headFound = await (request.headDiscovery ??
    discoverSide(headTree, headReleases, request.configFile, identity));
  const baseFound = sameCommit
    ? headFound
    : await discoverSide(baseTree, baseReleases, request.configFile, identity);
  for (const note of new Set([...headFound.notes])) request.logger.info(note);
  const consumed = new Set([...baseFound.consumed, ...headFound.consumed]);
  const inScope = (target: RenderTarget) => request.options.pathFilter.matches(target.anchor.file);
  const pairs = pairTargets(
    sideTargets(baseFound, consumed).filter(inScope),
    sideTargets(headFound, consumed).filter(inScope),
  );
  const selected = pairs
    .map((pair) => ({ pair, affected: isAffected(pair, request.changed) }))
    .filter(({ pair, affected }) => affected || (request.everything && pair.head));
  if (selected.length === 0) return EMPTY;

  const sandbox = new Sandbox();
  try {
    const limit = createLimiter(Math.max(1, availableParallelism()));
    const apiUrl = request.options.github?.apiUrl || DEFAULT_GITHUB_API_URL;
    const token = request.options.github?.token;
    const env: RenderEnv = {
      sandbox,
      tools: findTools({
        ...(settings?.helmPath ? { helmPath: settings.helmPath } : {}),
        ...(settings?.kubectlPath ? { kubectlPath: settings.kubectlPath } : {}),
        ...(settings?.kustomizePath ? { kustomizePath: settings.kustomizePath } : {}),
      }),
      timeoutMs: settings?.timeoutMs ?? 120_000,
      kubeVersion: `${request.options.kubernetesVersion.major}.${request.options.kubernetesVersion.minor}`,
      apiVersions: settings?.apiVersions ?? [],
      limit,
      serial: createLimiter(1),
      charts: new Map(),
      dependencies: new Map(),
      remote: new RemoteFetcher({
        fetchContents:
          request.fetchContents ??
          createContentsClient({
            apiUrl,
            ...(token && { token }),
            timeoutMs: Math.min(settings?.timeoutMs ?? 120_000, 30_000),
          }).get,
        dir: sandbox.dir('remote'),
        hosts: githubHosts(apiUrl),
        limit: createLimiter(8),
      }),
    };
    const sides: Record<Side, SideEnv> = {
      base: newSideEnv(
        'base',
        baseFound.index,
        sandbox.dir('base', 'repo'),
        sandbox.dir('base', 'inline-values'),
      ),
      head: newSideEnv(
        'head',
        headFound.index,
        sandbox.dir('head', 'repo'),
        sandbox.dir('head', 'inline-values'),
      ),
    };
    const problems: RenderProblem[] = [];

    // Write the files each side needs, then render every side of every selected target at once.
    const jobs: { pair: TargetPair; affected: boolean; side: Side; target: RenderTarget }[] = [];
    for (const { pair, affected } of selected) {
      // A head that cannot be rendered as declared is reported as such: its base is not needed either.
      if (pair.head && pair.head.problems.length > 0) continue;
      if (pair.head) jobs.push({ pair, affected, side: 'head', target: pair.head });
      if (pair.base && affected) jobs.push({ pair, affected, side: 'base', target: pair.base });
    }
    for (const side of ['base', 'head'] as const) {
      const targets = jobs
        .filter((job) => job.side === side && job.target.problems.length === 0)
        .map((job) => job.target);
      const linkProblems = await sides[side].workspace.materialize(
        targets.flatMap((target) => target.inputDirs),
        targets.flatMap((target) => target.inputFiles),
      );
      if (side === 'head') {
        for (const problem of linkProblems) {
          problems.push({
            file: problem.path,
            line: 1,
            message: problem.message,
            severity: 'warning',
            key: `symlink ${problem.path}`,
          });
        }
      }
    }
    const cpus = availableParallelism();
    if (jobs.length > 1) sandbox.toolThreads = Math.floor(cpus / Math.min(jobs.length, cpus));
    const rendering = Promise.all(
      jobs.map(async (job) =>
        job.target.problems.length > 0 ? blocked(job.target) : renderTarget(job.target, sides[job.side], env),
      ),
    );
    // On a CPU the renders leave idle, after this turn's work (which starts the renders' processes).
    if (request.whileRendering && jobs.length < cpus) setImmediate(request.whileRendering);
    const renders = await rendering;
    const rendered = new Map<string, Partial<Record<Side, SideRender>>>();
    jobs.forEach((job, i) => {
      const entry = rendered.get(job.pair.id) ?? {};
      entry[job.side] = renders[i]!;
      rendered.set(job.pair.id, entry);
    });

    const results: TargetResult[] = [];
    const inputFiles = new Map<string, ChangedFile>();
    const changedByPath = new Map(
      request.changed.filter((file) => file.status !== 'deleted').map((file) => [file.path, file]),
    );
    const templateRefs = new Map<string, string[]>();
    for (const { pair, affected } of selected) {
      const outcome = rendered.get(pair.id) ?? {};
      const inputs = affected ? changedInputs(pair, request.changed) : [];
      for (const file of inputs) inputFiles.set(file.path, file);
      const result = compare(pair, affected, outcome, {
        request,
        indexes: { base: baseFound.index, head: headFound.index },
        problems,
        changedByPath,
        inputs,
        sandbox,
        sides,
        remote: env.remote,
        templateRefs,
      });
      if (result) results.push(result);
    }
    return { targets: results, problems, inputFiles: [...inputFiles.values()], cleanup: sandbox.cleanup() };
  } catch (error) {
    await sandbox.cleanup();
    throw error;
  }
}

function blocked(target: RenderTarget): SideRender {
  return {
    ok: false,
    failure: { kind: 'blocked', message: target.problems[0]!.message, at: target.problems[0]!.at },
  };
}

function renderTarget(target: RenderTarget, side: SideEnv, env: RenderEnv): Promise<SideRender> {
  return target.spec.type === 'helm'
    ? renderHelm(target, target.spec, side, env)
    : renderKustomize(target, target.spec, side, env);
}

interface CompareContext {
  request: RenderRequest;
  indexes: Record<Side, SideIndex>;
  problems: RenderProblem[];
  changedByPath: ReadonlyMap<string, ChangedFile>;
  inputs: readonly ChangedFile[];
  sandbox: Sandbox;
  sides: Record<Side, SideEnv>;
  remote: RemoteFetcher;
  /** Template file -> the values it reads, for this run's renders. */
  templateRefs: Map<string, string[]>;
}

function compare(
  pair: TargetPair,
  affected: boolean,
  outcome: Partial<Record<Side, SideRender>>,
  context: CompareContext,
): TargetResult | undefined {
  const { problems } = context;
  const target = (pair.head ?? pair.base)!;
  const head = outcome.head;
  const base = outcome.base;
  const status: FileStatus = pair.head && pair.base ? 'modified' : pair.head ? 'added' : 'deleted';

  // Target problems (a values file outside the repo...) are reported where they are, and block the render.
  if (pair.head && pair.head.problems.length > 0) {
    for (const problem of pair.head.problems) {
      problems.push({
        ...problem.at,
        message: `${pair.head.label}: ${problem.message}`,
        severity: problem.severity,
        key: `${pair.id} ${problem.message}`,
      });
    }
    return undefined;
  }

  let secretValues: ReturnType<typeof collectSecrets> | undefined;
  const secrets = () => (secretValues ??= collectSecrets(pair, outcome, context));
  const headFailure = head && !head.ok ? head.failure : undefined;
  const baseFailure = base && !base.ok ? base.failure : undefined;
  if (headFailure) {
    const message = describeFailure(pair.head!, headFailure, secrets(), context);
    const same =
      headFailure.kind !== 'tool-missing' &&
      baseFailure !== undefined &&
      describeFailure(pair.base!, baseFailure, secrets(), context) === message;
    problems.push({
      ...(headFailure.at ?? pair.head!.anchor),
      message: same ? `${message} (it failed the same way before this change)` : message,
      severity: headFailure.kind === 'tool-missing' || same ? 'warning' : 'error',
      key: `${pair.id} ${normalise(message)}`,
    });
    return undefined;
  }

  const headResources = head && head.ok ? head.resources : [];
  const baseResources = base && base.ok ? base.resources : [];
  for (const message of head && head.ok ? head.problems : []) {
    problems.push({
      ...pair.head!.anchor,
      message: `${pair.head!.label}: rendered YAML: ${message}`,
      severity: 'error',
      key: `${pair.id} ${message}`,
    });
  }
  if (baseFailure && pair.head) {
    problems.push({
      ...pair.head.anchor,
      message: `${pair.base!.label}: the base commit could not be rendered, so there is no rendered diff; the rendered resources are checked as they are: ${describeFailure(pair.base!, baseFailure, secrets(), context)}`,
      severity: 'notice',
      key: `${pair.id} base ${normalise(baseFailure.message)}`,
    });
  }

  if (pair.head) attribute(pair, headResources, head && head.ok ? head.chartDir : undefined, context);
  for (const resource of baseResources) {
    const at = (pair.base ?? pair.head)!.anchor;
    place(resource, at);
  }
  const diffed = affected && !baseFailure;
  const changes = diffed
    ? diffResources(baseResources, headResources, {
        ignoreFields: context.request.options.ignoreFields ?? NO_IGNORED_FIELDS,
        identical: (a, b) => (a as RenderedResource).text === (b as RenderedResource).text,
        pairGeneratedNames: true,
      })
    : [];
  const helmChartBumps = diffed ? kustomizeChartBumps(pair, context.indexes) : [];
  return {
    target,
    ...(pair.base ? { baseTarget: pair.base } : {}),
    status,
    changes,
    diffed,
    affected,
    baseResources,
    headResources,
    ...(helmChartBumps.length > 0 ? { helmChartBumps } : {}),
  };
}

/**
 * The `helmCharts` version bumps in the kustomizations an overlay builds, for kustomizations with one chart (the
 * chart's resources are then exactly those the kustomization generates).
 */
function kustomizeChartBumps(pair: TargetPair, indexes: Record<Side, SideIndex>): HelmChartBump[] {
  if (pair.base?.spec.type !== 'kustomize' || pair.head?.spec.type !== 'kustomize') return [];
  const bumps: HelmChartBump[] = [];
  for (const dir of pair.head.inputDirs) {
    const head = indexes.head.kustomizations.get(dir);
    const base = indexes.base.kustomizations.get(dir);
    if (head?.helmCharts.length !== 1 || base?.helmCharts.length !== 1) continue;
    const [after, before] = [head.helmCharts[0]!, base.helmCharts[0]!];
    if (after.name !== before.name || !after.version || !before.version || after.version === before.version)
      continue;
    bumps.push({
      kustomization: head.file,
      chart: after.name,
      from: before.version,
      to: after.version,
      line: after.versionLine ?? after.line,
    });
  }
  return bumps;
}

/** Sets where a rendered resource's findings go. */
function place(resource: RenderedResource, at: Location): void {
  resource.file = at.file;
  resource.line = at.line;
  resource.endLine = at.line;
  resource.lineOf = () => at.line;
}

/**
 * Traces each head resource to the repo line that caused its change: the changed template or kustomize
 * source it came from, else the chart version line of a bump, a changed values file, the changed lines of
 * the declaration (inline values, parameters), any other changed input, or the declaration itself.
 */
function attribute(
  pair: TargetPair,
  resources: RenderedResource[],
  chartDir: string | undefined,
  context: CompareContext,
): void {
  const head = pair.head!;
  const { changedByPath, inputs } = context;
  const changedLine = (path: string, range?: { start: number; end: number }): Location | undefined => {
    const file = changedByPath.get(path);
    if (!file) return undefined;
    return { file: path, line: firstChangedLine(file, range) ?? range?.start ?? 1 };
  };
  // A changed YAML input (an ApplicationSet generator's file): its first changed key, not a comment above it.
  const changedInputLine = (file: ChangedFile): Location | undefined => {
    const text = isManifestPath(file.path)
      ? readIfPresent(join(context.sides.head.workspace.dir, file.path))
      : undefined;
    const key = text === undefined ? undefined : changedValuesLines(file, text)[0];
    return key ? { file: key.file, line: key.line } : changedLine(file.path);
  };
  const firstChangedInputLine = () => {
    const input = inputs.find((file) => changedByPath.has(file.path));
    return input && changedInputLine(input);
  };
  const versionChanged =
    pair.base !== undefined &&
    versionOf(pair.base, context.indexes.base) !== versionOf(head, context.indexes.head);
  const declarationChanged = !pair.base || specKey(pair.base) !== specKey(head);
  const valuesLines: ValuesLine[] = [];
  if (head.spec.type === 'helm') {
    const chart = head.spec.chart;
    // The chart's own values.yaml first: helm merges the values files over it.
    const paths = [
      ...(chart.type === 'path' ? [chart.path ? `${chart.path}/values.yaml` : 'values.yaml'] : []),
      ...head.spec.valuesFiles.filter((values) => !values.inChart).map((values) => values.path),
    ];
    for (const path of paths) {
      const file = changedByPath.get(path);
      const text = file && readIfPresent(join(context.sides.head.workspace.dir, file.path));
      if (file && text !== undefined) valuesLines.push(...changedValuesLines(file, text));
    }
  }
  const generic =
    (versionChanged ? head.versionAt : undefined) ??
    valuesLines[0] ??
    (declarationChanged ? changedLine(head.anchor.file, head.declared) : undefined) ??
    firstChangedInputLine() ??
    head.anchor;
  const changedLineAt = (at: Location) =>
    changedByPath.get(at.file)?.hunks.some((hunk) => hunk.addedLines.includes(at.line)) === true;
  for (const resource of resources) {
    // From a kustomize remote resource whose entry the change edits (a `?ref=` bump): that line.
    if (resource.remote && changedLineAt(resource.remote.at)) {
      place(resource, resource.remote.at);
      continue;
    }
    const source = resource.sourcePath !== undefined ? changedByPath.get(resource.sourcePath) : undefined;
    if (source) {
      const match = context.request
        .parsedHead(source.path)
        ?.resources.find((raw) => raw.ref.kind === resource.ref.kind && raw.ref.name === resource.ref.name);
      if (match) {
        resource.file = match.file;
        resource.line = match.line;
        resource.endLine = match.endLine;
        resource.lineOf = match.lineOf;
        // kustomize drops comments: the source file's `# kube-pr-review: ignore` still counts.
        if (match.ignoredRules.size > 0)
          resource.ignoredRules = new Set([...resource.ignoredRules, ...match.ignoredRules]);
      } else {
        place(resource, changedLine(source.path)!);
      }
      continue;
    }
    const template = resource.rendered.template;
    const valuesLine =
      chartDir && template && valuesLines.length > 0
        ? lineForTemplate(valuesLines, templateValueRefs(chartDir, template, context.templateRefs))
        : undefined;
    place(resource, valuesLine ?? generic);
  }
}

/** The first added line of a changed file (within `range`), or where a deletion was. */
export function firstChangedLine(
  file: ChangedFile,
  range?: { start: number; end: number },
): number | undefined {
  const inRange = (line: number) => !range || (line >= range.start && line <= range.end);
  for (const hunk of file.hunks) for (const line of hunk.addedLines) if (inRange(line)) return line;
  for (const hunk of file.hunks) {
    const line = Math.max(1, hunk.newStart);
    if (inRange(line)) return line;
  }
  return undefined;
}

function versionOf(target: RenderTarget, index: SideIndex): string {
  if (target.spec.type !== 'helm') return '';
  const chart = target.spec.chart;
  if (chart.type === 'path') return index.charts.get(chart.path)?.version ?? '';
  return chart.version;
}

/** `<label>: helm template failed: <helm's message>`, scrubbed of temp paths and secrets. */
function describeFailure(
  target: RenderTarget,
  failure: RenderFailure,
  secrets: Set<string>,
  context: CompareContext,
): string {
  const tool = target.spec.type === 'helm' ? 'helm' : 'kustomize';
  const message = scrubMessage(failure.message, {
    roots: [
      { path: context.sides.base.workspace.dir, as: '' },
      { path: context.sides.head.workspace.dir, as: '' },
      { path: context.sides.base.inlineDir, as: '(inline values)' },
      { path: context.sides.head.inlineDir, as: '(inline values)' },
      { path: context.sandbox.charts, as: '(remote chart)' },
      ...context.remote.names(),
      { path: context.sandbox.root, as: '(sandbox)' },
    ],
    secrets,
  });
  switch (failure.kind) {
    case 'tool-missing':
      return `${target.label} is not rendered: ${message}`;
    case 'blocked':
      return `${target.label}: ${message}`;
    default:
      return `${target.label}: ${tool} failed: ${message}`;
  }
}

function normalise(message: string): string {
  return message.replace(/\d+/g, '#');
}

/** Strings a tool message must not show: Secret data rendered on either side, secret-looking values. */
function collectSecrets(
  pair: TargetPair,
  outcome: Partial<Record<Side, SideRender>>,
  context: CompareContext,
): Set<string> {
  const secrets = new Set<string>();
  const token = context.request.options.github?.token;
  if (token) secrets.add(token);
  for (const side of ['base', 'head'] as const) {
    const render = outcome[side];
    if (render?.ok) {
      for (const resource of render.resources) {
        if (resource.ref.kind === 'Secret') secretDataValues(resource.object, secrets);
      }
    }
    const target = pair[side];
    if (target?.spec.type !== 'helm') continue;
    for (const values of target.spec.inlineValues) collectFromYaml(values.text, secrets);
    for (const file of target.spec.valuesFiles) {
      if (file.inChart) continue;
      const text = readIfPresent(join(context.sides[side].workspace.dir, file.path));
      if (text !== undefined) collectFromYaml(text, secrets);
    }
    for (const value of target.spec.set)
      if (/pass|secret|token|key|cred|auth/i.test(value.name)) secrets.add(value.value);
  }
  return secrets;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function collectFromYaml(text: string, secrets: Set<string>): void {
  try {
    const data: unknown = parseYaml(text, { maxAliasCount: 100 });
    if (isRecord(data)) secretValues(asRecord(data), secrets);
  } catch {
    // not YAML: nothing to learn from it
  }
}
