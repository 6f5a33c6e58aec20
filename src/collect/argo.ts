// Argo CD Applications (and the static templates of ApplicationSets) as render targets.
import type { FieldPath, Resource } from '../model.js';
import type { DeclarationContext, SideIndex } from './index-side.js';
import { emptyHelmSpec, helmTarget, sourceKind, valuesFileProblem } from './index-side.js';
import { applicationSet } from './applicationset.js';
import { kustomizeClosure } from './kustomizations.js';
import { isRemoteReference, joinRepoPath, repoPath } from './paths.js';
import type { ChartSource, KustomizationEdits, Location, RenderTarget, TargetProblem } from './targets.js';
import { kustomizationEdits } from './argo-kustomize.js';
import { asString } from './yaml-data.js';
import { asList, asRecord, isRecord } from '../util/objects.js';

export const ARGO_API_GROUP = 'argoproj.io';

/** One Application as declared: in its own document, or generated from an ApplicationSet template. */
export interface AppDeclaration {
  id: string;
  label: string;
  name: string;
  spec: Record<string, unknown>;
  /** Line of a path inside the Application object (`['spec', 'source', 'chart']`). */
  lineOf(path: FieldPath): number;
  file: string;
  declared: { start: number; end: number };
  /** Repo files its declaration was generated from (an ApplicationSet files generator's config.json). */
  inputFiles?: string[];
}

export function isArgoApplication(resource: Resource): boolean {
  return (
    resource.ref.apiVersion.startsWith(`${ARGO_API_GROUP}/`) &&
    (resource.ref.kind === 'Application' || resource.ref.kind === 'ApplicationSet')
  );
}

/** Render targets of an Application or ApplicationSet. */
export async function argoTargets(resource: Resource, context: DeclarationContext): Promise<RenderTarget[]> {
  const apps =
    resource.ref.kind === 'Application' ? [application(resource)] : await applicationSet(resource, context);
  return apps.flatMap((app) => applicationTargets(app, context));
}

function application(resource: Resource): AppDeclaration {
  const ns = resource.ref.namespace ?? '';
  return {
    id: `Application:${ns}/${resource.ref.name}`,
    label: `Application ${ns ? `${ns}/` : ''}${resource.ref.name}`,
    name: resource.ref.name,
    spec: asRecord(resource.object.spec),
    lineOf: (path) => resource.lineOf(path),
    file: resource.file,
    declared: { start: resource.line, end: resource.endLine },
  };
}

function applicationTargets(app: AppDeclaration, context: DeclarationContext): RenderTarget[] {
  const { spec } = app;
  const multi = Array.isArray(spec.sources);
  const sources: [unknown, FieldPath][] = multi
    ? asList(spec.sources).map((source, i) => [source, ['spec', 'sources', i]])
    : [[spec.source, ['spec', 'source']]];
  // `ref` sources by name, with the repository they name.
  const refs = new Map(
    sources.flatMap(([raw]) => {
      const source = asRecord(raw);
      const ref = asString(source.ref);
      return ref ? [[ref, asString(source.repoURL) ?? ''] as const] : [];
    }),
  );
  const namespace = asString(asRecord(spec.destination).namespace) || 'default';
  const targets: RenderTarget[] = [];
  sources.forEach(([raw, path], i) => {
    const target = sourceTarget(app, asRecord(raw), path, i, { ...context, refs, namespace });
    if (target) targets.push(target);
  });
  if (targets.length > 1) {
    targets.forEach((target, i) => (target.label = `${target.label} (source ${i + 1})`));
  }
  for (const target of targets)
    target.inputFiles = [...new Set([...target.inputFiles, ...(app.inputFiles ?? [])])];
  return targets;
}

interface SourceContext extends DeclarationContext {
  /** `ref` name -> the repository URL of that source. */
  refs: ReadonlyMap<string, string>;
  namespace: string;
}

function sourceTarget(
  app: AppDeclaration,
  source: Record<string, unknown>,
  sourcePath: FieldPath,
  position: number,
  context: SourceContext,
): RenderTarget | undefined {
  const at = (path: FieldPath): Location => ({ file: app.file, line: app.lineOf([...sourcePath, ...path]) });
  const id = position === 0 ? app.id : `${app.id}#${position}`;
  const common = {
    id,
    label: app.label,
    // The source in the Application: where a failed render of it is reported.
    anchor: { file: app.file, line: app.lineOf(sourcePath) },
    declared: app.declared,
  };
  const problems: TargetProblem[] = [];
  const chartName = asString(source.chart);
  const sourceDir = asString(source.path);
  const repoURL = asString(source.repoURL) ?? '';
  const revision = asString(source.targetRevision) ?? '';

  let chart: ChartSource;
  let chartDir: string | undefined;
  if (chartName) {
    const remote = remoteChart(repoURL, chartName, revision);
    if (!remote) {
      context.note(`${app.label}: chart repository '${repoURL}' is not an HTTP(S) or OCI Helm repository`);
      return undefined;
    }
    chart = remote;
  } else if (sourceDir !== undefined) {
    if (asRecord(source).plugin !== undefined) {
      context.note(`${app.label}: config management plugins are never run`);
      return undefined;
    }
    // A source with a path and no chart is read from this repository, when it names this repository.
    if (!context.identity.includes(repoURL)) {
      context.note(`${app.label}: source repository ${repoURL} is not this repository: it is not rendered`);
      return undefined;
    }
    const dir = repoPath(sourceDir);
    if (dir === undefined) {
      problems.push({
        message: `source path '${sourceDir}' is outside the repository: it is not read`,
        at: at(['path']),
        severity: 'error',
      });
      return { ...common, spec: { type: 'kustomize', path: '' }, inputDirs: [], inputFiles: [], problems };
    }
    const kind = sourceKind(dir, context.index);
    if (kind === 'kustomize') {
      context.consumed.add(dir);
      return kustomizeSourceTarget(common, dir, context.index, kustomizationEdits(source.kustomize), at);
    }
    if (kind !== 'helm') return undefined; // plain manifests are reviewed as files; a missing path lives elsewhere
    context.consumed.add(dir);
    chart = { type: 'path', path: dir };
    chartDir = dir;
  } else {
    return undefined; // a `ref` source only provides values files
  }

  const helm = asRecord(source.helm);
  const spec = emptyHelmSpec(
    chart,
    asString(helm.releaseName) || app.name,
    asString(helm.namespace) || context.namespace,
  );
  spec.includeCrds = helm.skipCrds !== true;
  const kubeVersion = asString(helm.kubeVersion) ?? asString(source.kubeVersion);
  if (kubeVersion) spec.kubeVersion = kubeVersion;
  spec.apiVersions = asList(helm.apiVersions ?? source.apiVersions)
    .map(asString)
    .filter((v): v is string => !!v);
  const optional = helm.ignoreMissingValueFiles === true;

  const elsewhere: string[] = [];
  asList(helm.valueFiles).forEach((entry, j) => {
    const reference = asString(entry);
    if (!reference) return;
    const where = at(['helm', 'valueFiles', j]);
    if (isRemoteReference(reference)) {
      problems.push({
        message: `values file '${reference}' is a URL: remote values files are not fetched, so the release is not rendered`,
        at: where,
        severity: 'warning',
      });
      return;
    }
    const refMatch = /^\$([^/]+)\/(.*)$/.exec(reference);
    if (refMatch) {
      const refRepo = context.refs.get(refMatch[1]!);
      if (refRepo === undefined) {
        problems.push({
          message: `values file '${reference}' names no source ref`,
          at: where,
          severity: 'error',
        });
        return;
      }
      if (!context.identity.includes(refRepo)) {
        elsewhere.push(`${reference} (${refRepo})`);
        return;
      }
      const path = repoPath(refMatch[2]!);
      if (path === undefined) problems.push(valuesFileProblem(reference, where));
      else spec.valuesFiles.push({ path, at: where, ...(optional ? { optional } : {}) });
    } else if (chartDir !== undefined) {
      const path = joinRepoPath(chartDir, reference);
      if (path === undefined) problems.push(valuesFileProblem(reference, where));
      else spec.valuesFiles.push({ path, at: where, ...(optional ? { optional } : {}) });
    } else {
      const path = joinRepoPath('', reference);
      if (path === undefined) problems.push(valuesFileProblem(reference, where));
      else spec.valuesFiles.push({ path, inChart: true, at: where, ...(optional ? { optional } : {}) });
    }
  });
  if (elsewhere.length > 0) {
    // Rendered without them, the release would not be what Argo CD deploys.
    context.note(
      `${app.label}: values files in other repositories (${elsewhere.join(', ')}): it is not rendered`,
    );
    return undefined;
  }

  if (isRecord(helm.valuesObject)) {
    spec.inlineValues.push({ text: JSON.stringify(helm.valuesObject), at: at(['helm', 'valuesObject']) });
  } else if (typeof helm.values === 'string' && helm.values.trim() !== '') {
    spec.inlineValues.push({ text: helm.values, at: at(['helm', 'values']) });
  }
  for (const parameter of asList(helm.parameters)) {
    const { name, value, forceString } = asRecord(parameter);
    if (typeof name !== 'string' || name === '') continue;
    spec.set.push({ name, value: asString(value) ?? '', string: forceString === true });
  }
  asList(helm.fileParameters).forEach((parameter, j) => {
    const { name, path } = asRecord(parameter);
    if (typeof name !== 'string' || typeof path !== 'string') return;
    const where = at(['helm', 'fileParameters', j]);
    const file = chartDir !== undefined ? joinRepoPath(chartDir, path) : undefined;
    if (file === undefined) problems.push(valuesFileProblem(path, where));
    else spec.setFiles.push({ name, path: file, at: where });
  });

  const versionAt =
    chart.type === 'path'
      ? chartVersionAt(chart.path, context.index)
      : { file: app.file, line: app.lineOf([...sourcePath, 'targetRevision']) };
  return helmTarget({ ...common, ...(versionAt ? { versionAt } : {}) }, spec, context.index, problems);
}

function kustomizeSourceTarget(
  common: Pick<RenderTarget, 'id' | 'label' | 'anchor' | 'declared'>,
  dir: string,
  index: SideIndex,
  edits: KustomizationEdits | undefined,
  at: (path: FieldPath) => Location,
): RenderTarget {
  const inputDirs = kustomizeClosure(dir, index.kustomizations);
  const problems: TargetProblem[] = [];
  // Components the Application adds are built too: their files are inputs of this target.
  edits?.components.forEach((component, i) => {
    const path = joinRepoPath(dir, component);
    if (path === undefined) {
      problems.push({
        message: `kustomize component '${component}' is outside the repository: it is not read`,
        at: at(['kustomize', 'components', i]),
        severity: 'error',
      });
    } else inputDirs.push(...kustomizeClosure(path, index.kustomizations));
  });
  return {
    ...common,
    spec: { type: 'kustomize', path: dir, ...(edits && { edits }) },
    inputDirs: [...new Set(inputDirs)],
    inputFiles: [],
    problems,
  };
}

export function chartVersionAt(dir: string, index: SideIndex): Location | undefined {
  const chart = index.charts.get(dir);
  return chart ? { file: chart.file, line: chart.versionLine } : undefined;
}

/** Argo CD writes OCI repositories without a scheme (`ghcr.io/org/charts`), or with `oci://`. */
export function remoteChart(repoURL: string, chart: string, version: string): ChartSource | undefined {
  const url = repoURL.replace(/\/+$/, '');
  if (/^https?:\/\//i.test(url)) return { type: 'repo', repoURL: url, chart, version };
  if (/^oci:\/\//i.test(url)) return { type: 'oci', ref: `${url}/${chart}`, version };
  if (url !== '' && !url.includes('://') && /^[\w.-]+(:\d+)?\//.test(url)) {
    return { type: 'oci', ref: `oci://${url}/${chart}`, version };
  }
  return undefined;
}
