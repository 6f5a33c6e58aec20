import type { ChartInfo } from './charts.js';
import type { KustomizationInfo } from './kustomizations.js';
import { KUSTOMIZATION_FILES } from './kustomizations.js';
import type { HelmSpec, Location, RenderTarget, TargetProblem, ValuesFileRef } from './targets.js';
import type { RepoIdentity } from './repo-identity.js';
import type { RepoTree } from './tree.js';

/** What a declaration (an Application, a HelmRelease) is read against on one side. */
export interface DeclarationContext {
  index: SideIndex;
  /** Collects the repo dirs declared targets render, so they are not rendered on their own too. */
  consumed: Set<string>;
  note(message: string): void;
  /** The URLs that name this repository: sources elsewhere are not read from it. */
  identity: RepoIdentity;
}

/** What discovery knows about one side of the change: the tree, its charts and its kustomizations. */
export interface SideIndex {
  tree: RepoTree;
  charts: ReadonlyMap<string, ChartInfo>;
  kustomizations: ReadonlyMap<string, KustomizationInfo>;
}

/** The chart directory and the `file://` dependencies it pulls in, transitively. */
export function chartInputDirs(dir: string, charts: ReadonlyMap<string, ChartInfo>): string[] {
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const dependency of charts.get(current)?.dependencies ?? []) {
      if (dependency.localDir !== undefined) visit(dependency.localDir);
    }
  };
  visit(dir);
  return [...seen];
}

export function kustomizationFileIn(dir: string, tree: RepoTree): string | undefined {
  return KUSTOMIZATION_FILES.map((name) => (dir === '' ? name : `${dir}/${name}`)).find((file) =>
    tree.files.has(file),
  );
}

/** What a declared source renders with, judged from the directory it points at (as Argo CD does). */
export function sourceKind(dir: string, index: SideIndex): 'helm' | 'kustomize' | 'directory' | 'missing' {
  if (index.charts.has(dir)) return 'helm';
  if (kustomizationFileIn(dir, index.tree)) return 'kustomize';
  return index.tree.dirs.has(dir) ? 'directory' : 'missing';
}

/** Builds a Helm target; the repo files it reads (local chart, values files) become its inputs. */
export function helmTarget(
  base: Omit<RenderTarget, 'spec' | 'inputDirs' | 'inputFiles' | 'problems'>,
  spec: HelmSpec,
  index: SideIndex,
  problems: TargetProblem[],
  /** Files read besides the spec's own values files (what defines a Flux `valuesFrom` ConfigMap). */
  moreInputFiles: readonly string[] = [],
): RenderTarget {
  const inputDirs = spec.chart.type === 'path' ? chartInputDirs(spec.chart.path, index.charts) : [];
  const inputFiles = [
    ...spec.valuesFiles.filter((file) => !file.inChart).map((file) => file.path),
    ...spec.setFiles.map((file) => file.path),
    ...moreInputFiles,
  ];
  if (spec.chart.type === 'path') {
    for (const dir of inputDirs) {
      for (const escaping of index.charts.get(dir)?.escaping ?? []) {
        problems.push({
          message: `chart dependency '${escaping.repository}' is outside the repository: it is not read`,
          at: { file: index.charts.get(dir)!.file, line: escaping.line },
          severity: 'error',
        });
      }
    }
  }
  return { ...base, spec, inputDirs, inputFiles: [...new Set(inputFiles)], problems };
}

export function valuesFileProblem(reference: string, at: Location): TargetProblem {
  return {
    message: `values file '${reference}' is outside the repository: it is not read, and the release is not rendered`,
    at,
    severity: 'error',
  };
}

export function emptyHelmSpec(
  chart: HelmSpec['chart'],
  releaseName: string,
  namespace: string,
): HelmSpec & { valuesFiles: ValuesFileRef[] } {
  return {
    type: 'helm',
    chart,
    releaseName,
    namespace,
    valuesFiles: [],
    inlineValues: [],
    set: [],
    setFiles: [],
    includeCrds: true,
    apiVersions: [],
  };
}
