import type { SideIndex } from '../collect/index-side.js';
import type { Location, Side } from '../collect/targets.js';
import type { RenderedResource } from './output.js';
import type { RemoteFetcher, RemoteResolution, RemoteSource } from './remote.js';
import type { Sandbox } from './sandbox.js';
import type { Tools } from './tools.js';
import { Workspace } from './workspace.js';

/** Why one side of a target did not render. `message` is the tool's own text, not yet scrubbed. */
export interface RenderFailure {
  kind: 'tool-missing' | 'failed' | 'timeout' | 'blocked';
  message: string;
  /** The repo line the failure belongs to; the target's declaration when undefined. */
  at?: Location;
}

export type SideRender =
  | {
      ok: true;
      resources: RenderedResource[];
      problems: string[];
      /** Helm: the chart directory on disk, to read a resource's template (which values it uses). */
      chartDir?: string;
    }
  | { ok: false; failure: RenderFailure };

/** Shared by every render of a run. */
export interface RenderEnv {
  sandbox: Sandbox;
  tools: Tools;
  timeoutMs: number;
  /** `1.33`: helm's `--kube-version`. */
  kubeVersion: string;
  apiVersions: string[];
  /** Bounds the tool processes running at once. */
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  /** Dependency builds and pulls share helm's cache: one at a time. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  /** Remote charts, pulled once per run: key -> the unpacked chart directory. */
  charts: Map<string, Promise<{ dir: string } | { failure: string }>>;
  /** Dependencies built once per run: the declared dependencies -> the packages `helm dependency build` wrote. */
  dependencies: Map<string, Promise<string[] | undefined>>;
  /** Kustomize remote resources, read through the GitHub API once per run. */
  remote: RemoteFetcher;
}

/** One side (base or head): its files, written to a temp directory. */
export interface SideEnv {
  side: Side;
  index: SideIndex;
  workspace: Workspace;
  /** Where inline values (Application `values`, config `values`) are written for helm. */
  inlineDir: string;
  dependencyBuilds: Map<string, Promise<RenderFailure | undefined>>;
  kustomizeOrigins: Map<string, Promise<boolean>>;
  /** Kustomizations whose remote entries were fetched and rewritten: repo file -> outcome. */
  remoteResolutions: Map<string, Promise<RemoteResolution>>;
  /** Remote copies this side uses -> the kustomization entries that brought them in. */
  remoteSources: Map<string, RemoteSource[]>;
  /** kustomize `helmCharts` copied into this side's files: repo path -> outcome. */
  helmChartCopies: Map<string, Promise<RenderFailure | undefined>>;
}

/** A side whose files go to `repoDir` (and inline values to `inlineDir`), with empty caches of its own. */
export function newSideEnv(side: Side, index: SideIndex, repoDir: string, inlineDir: string): SideEnv {
  return {
    side,
    index,
    workspace: new Workspace(index.tree, repoDir),
    inlineDir,
    dependencyBuilds: new Map(),
    kustomizeOrigins: new Map(),
    remoteResolutions: new Map(),
    remoteSources: new Map(),
    helmChartCopies: new Map(),
  };
}
