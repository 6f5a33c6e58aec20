// Render targets: what can be rendered into Kubernetes objects (a Helm release, a Kustomize overlay), where it
// is declared in the repo, and which repo paths it reads, so a change re-renders exactly the targets it touches.

import type { Severity } from '../model.js';

export type Side = 'base' | 'head';

/** A line in a repo file: where findings about a target, or one of its inputs, point. */
export interface Location {
  file: string;
  line: number;
}

export type ChartSource =
  /** A chart directory in the repository. */
  | { type: 'path'; path: string }
  /** A chart in an HTTP(S) Helm repository (index.yaml + packages). */
  | { type: 'repo'; repoURL: string; chart: string; version: string }
  /** A chart in an OCI registry: `oci://registry/path/chart`. */
  | { type: 'oci'; ref: string; version: string };

export interface ValuesFileRef {
  /** A repo path, or (inChart) a path inside the chart itself. */
  path: string;
  inChart?: boolean;
  /** Argo CD's `ignoreMissingValueFiles`: a missing file is skipped, not an error. */
  optional?: boolean;
  at: Location;
}

export interface HelmSpec {
  type: 'helm';
  chart: ChartSource;
  releaseName: string;
  namespace: string;
  /** In the order helm merges them: files, then inline values, then --set. */
  valuesFiles: ValuesFileRef[];
  inlineValues: { text: string; at: Location }[];
  set: { name: string; value: string; string: boolean }[];
  setFiles: { name: string; path: string; at: Location }[];
  includeCrds: boolean;
  /** Overrides of the review's Kubernetes version and API versions (Argo CD `helm.kubeVersion`/`apiVersions`). */
  kubeVersion?: string;
  apiVersions: string[];
}

export interface KustomizeSpec {
  type: 'kustomize';
  /** The kustomization directory. */
  path: string;
  /** An Argo CD source's `kustomize` options: written into the kustomization before the build, as Argo CD does. */
  edits?: KustomizationEdits;
}

/** What `kustomize edit` would set (Argo CD's `spec.source.kustomize`), merged into the kustomization. */
export interface KustomizationEdits {
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  /** `kustomize edit set image` entries. */
  images: { name: string; newName?: string; newTag?: string; digest?: string }[];
  commonLabels: Record<string, string>;
  /** Argo CD's `labelWithoutSelector`: the labels go to `labels` without selectors instead. */
  labelsWithoutSelector: boolean;
  commonAnnotations: Record<string, string>;
  replicas: { name: string; count: number }[];
  patches: unknown[];
  /** Relative to the kustomization, as written. */
  components: string[];
}

export interface TargetProblem {
  message: string;
  at: Location;
  severity: Severity;
}

export interface RenderTarget {
  /** Identity across base and head (independent of the file that declares it, so a moved file pairs up). */
  id: string;
  /** For people: `Application argocd/argo-cd`, `chart charts/web`, `kustomization overlays/prod`. */
  label: string;
  /** The declaration: an Application, a HelmRelease, a Chart.yaml, a kustomization, a release in the config. */
  anchor: Location;
  /** The lines of the declaration in the anchor file (an Application in a multi-document file). */
  declared: { start: number; end: number };
  /** The line that names the chart's version: a chart bump points here. */
  versionAt?: Location;
  spec: HelmSpec | KustomizeSpec;
  /**
   * Repo paths the rendering reads besides its declaration: directories (everything under them) and single
   * files. A change to the declaration itself shows as a different `spec` between base and head.
   */
  inputDirs: string[];
  inputFiles: string[];
  /** Why the target cannot be rendered as declared (a values file outside the repo...). */
  problems: TargetProblem[];
}

/** Both sides of one target; a target only on one side was added or removed by the change. */
export interface TargetPair {
  id: string;
  base?: RenderTarget;
  head?: RenderTarget;
}

export function targetInputsInclude(target: RenderTarget, path: string): boolean {
  return (
    target.inputFiles.includes(path) ||
    target.inputDirs.some((dir) => dir === '' || path === dir || path.startsWith(`${dir}/`))
  );
}
