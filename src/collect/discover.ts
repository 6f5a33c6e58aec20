// Finds every render target on one side of the change: Helm charts and Kustomize directories by their file
// names, Argo CD Applications and Flux HelmReleases by `git grep`, and releases declared in the config file.
import type { ReleaseConfig } from '../config/config.js';
import type { Resource } from '../model.js';
import { parseManifestFile } from '../parse/parse.js';
import { argoTargets, isArgoApplication } from './argo.js';
import type { ChartInfo } from './charts.js';
import { isChartFile, isSubchart, parseChart } from './charts.js';
import { fluxSourceKey, helmReleaseTarget, isFluxHelmRelease, isFluxSource } from './flux.js';
import { findConfigMaps, valuesFromConfigMapNames } from './flux-values.js';
import type { SideIndex } from './index-side.js';
import { emptyHelmSpec, helmTarget } from './index-side.js';
import type { KustomizationInfo } from './kustomizations.js';
import { isKustomizationFile, kustomizeClosure, parseKustomization } from './kustomizations.js';
import { dirOf, isUnder } from './paths.js';
import { releaseTarget } from './releases.js';
import { ANY_REPOSITORY } from './repo-identity.js';
import type { RepoIdentity } from './repo-identity.js';
import type { RenderTarget, TargetProblem } from './targets.js';
import type { BlobStore, RepoTree } from './tree.js';

/** Files that may declare Argo CD or Flux objects: found by git, so the rest of the tree is never read. */
const DECLARATION_PATTERNS = [
  `apiVersion:[[:space:]]*["']?(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`,
  `"apiVersion"[[:space:]]*:[[:space:]]*"(argoproj\\.io|helm\\.toolkit\\.fluxcd\\.io|source\\.toolkit\\.fluxcd\\.io)/`,
];
export const MANIFEST_PATHSPECS = ['*.yaml', '*.yml', '*.json'];

/** Starts the search for a commit's Argo CD and Flux declarations, which discovery of that commit reads. */
export function startDeclarationSearch(store: BlobStore, commit: string): void {
  store.grep(commit, DECLARATION_PATTERNS, MANIFEST_PATHSPECS).catch(() => {}); // discovery sees a failure
}

export interface SideDiscovery {
  index: SideIndex;
  /** Applications, HelmReleases and config releases. */
  declared: RenderTarget[];
  /** Chart and kustomize directories that something else renders (so they are not rendered on their own). */
  consumed: Set<string>;
  notes: string[];
}

export async function discoverSide(
  tree: RepoTree,
  releases: readonly ReleaseConfig[],
  configFile: string,
  /** The URLs that name this repository, asked for only when the side declares Argo CD or Flux objects. */
  identity: () => Promise<RepoIdentity> = () => Promise.resolve(ANY_REPOSITORY),
): Promise<SideDiscovery> {
  const paths = [...tree.files.keys()];
  const chartFiles = paths.filter(isChartFile);
  const kustomizationFiles = paths.filter(isKustomizationFile);
  const [texts, declarationFiles] = await Promise.all([
    tree.readText([...chartFiles, ...kustomizationFiles]),
    tree.grep(DECLARATION_PATTERNS, MANIFEST_PATHSPECS),
  ]);

  const charts = new Map<string, ChartInfo>();
  for (const file of chartFiles) {
    const chart = parseChart(file, texts.get(file) ?? '');
    if (chart) charts.set(chart.dir, chart);
  }
  const kustomizations = new Map<string, KustomizationInfo>();
  for (const file of kustomizationFiles) {
    if (kustomizations.has(dirOf(file))) continue;
    const info = parseKustomization(file, texts.get(file) ?? '', tree.dirs);
    if (info) kustomizations.set(info.dir, info);
  }
  const index: SideIndex = { tree, charts, kustomizations };
  const consumed = new Set<string>();
  for (const chart of charts.values()) {
    for (const dependency of chart.dependencies)
      if (dependency.localDir !== undefined) consumed.add(dependency.localDir);
  }
  for (const info of kustomizations.values()) info.dirRefs.forEach((dir) => consumed.add(dir));

  const notes: string[] = [];
  const note = (message: string) => notes.push(message);
  const declarationTexts = await tree.readText(declarationFiles);
  const parsedDeclarations = new Map<string, Resource[]>();
  for (const file of declarationFiles) {
    const text = declarationTexts.get(file);
    if (text !== undefined) parsedDeclarations.set(file, parseManifestFile(file, text).resources);
  }
  const declarations = [...parsedDeclarations.values()].flat();
  const known = declarations.length > 0 ? await identity() : ANY_REPOSITORY;
  const sources = new Map(
    declarations
      .filter(isFluxSource)
      .map((resource) => [
        fluxSourceKey(resource.ref.kind, resource.ref.namespace ?? '', resource.ref.name),
        resource,
      ]),
  );
  // The files searched for declarations are parsed already: a HelmRelease's own file names its ConfigMaps.
  const configMaps = await findConfigMaps(
    tree,
    valuesFromConfigMapNames(declarations.filter(isFluxHelmRelease)),
    kustomizations.values(),
    parsedDeclarations,
    MANIFEST_PATHSPECS,
  );
  const declared: RenderTarget[] = [];
  for (const resource of declarations) {
    if (isArgoApplication(resource)) {
      declared.push(...(await argoTargets(resource, { index, consumed, note, identity: known })));
    } else if (isFluxHelmRelease(resource)) {
      const target = helmReleaseTarget(resource, sources, configMaps, {
        index,
        consumed,
        note,
        identity: known,
      });
      if (target) declared.push(target);
    }
  }
  for (const release of releases) declared.push(releaseTarget(release, configFile, index, consumed));
  for (const target of declared) {
    if (target.spec.type === 'kustomize') target.problems.push(...kustomizeProblems(target.inputDirs, index));
  }
  return { index, declared, consumed, notes };
}

/**
 * Every target of one side: the declared ones, and charts and kustomizations that nothing else renders
 * (`consumed` is the union over both sides, so a chart an Application starts to use is not also rendered alone).
 */
export function sideTargets(discovery: SideDiscovery, consumed: ReadonlySet<string>): RenderTarget[] {
  const { index } = discovery;
  const targets = [...discovery.declared];
  const chartDirs = new Set(index.charts.keys());
  for (const chart of index.charts.values()) {
    if (consumed.has(chart.dir) || chart.type === 'library' || isSubchart(chart.dir, chartDirs)) continue;
    const spec = emptyHelmSpec({ type: 'path', path: chart.dir }, releaseName(chart.name), 'default');
    targets.push(
      helmTarget(
        {
          id: `chart:${chart.dir}`,
          label: `chart ${chart.dir || '.'}`,
          anchor: { file: chart.file, line: 1 },
          declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
          versionAt: { file: chart.file, line: chart.versionLine },
        },
        spec,
        index,
        [],
      ),
    );
  }
  for (const info of index.kustomizations.values()) {
    if (info.component || consumed.has(info.dir)) continue;
    if ([...chartDirs].some((dir) => isUnder(info.dir, dir))) continue; // part of a chart (crds/kustomization.yaml)
    const inputDirs = kustomizeClosure(info.dir, index.kustomizations);
    targets.push({
      id: `kustomization:${info.dir}`,
      label: `kustomization ${info.dir || '.'}`,
      anchor: { file: info.file, line: 1 },
      declared: { start: 1, end: Number.MAX_SAFE_INTEGER },
      spec: { type: 'kustomize', path: info.dir },
      inputDirs,
      inputFiles: [],
      problems: kustomizeProblems(inputDirs, index),
    });
  }
  return targets;
}

/** A chart's name as a release name (lowercase letters, digits and '-', at most 53 characters). */
function releaseName(chart: string): string {
  const name = chart
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return name || 'release';
}

/** The references out of the repository in the kustomizations of `dirs`. */
function kustomizeProblems(dirs: readonly string[], index: SideIndex): TargetProblem[] {
  const problems: TargetProblem[] = [];
  for (const member of dirs) {
    const info = index.kustomizations.get(member);
    for (const escaping of info?.escaping ?? []) {
      problems.push({
        message: `kustomization refers to '${escaping.reference}', outside the repository: it is not read`,
        at: { file: info!.file, line: escaping.line },
        severity: 'error',
      });
    }
  }
  return problems;
}
