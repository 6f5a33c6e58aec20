// Flux HelmReleases as render targets, with the HelmRepository / OCIRepository they name.
import type { Resource } from '../model.js';
import { chartVersionAt } from './argo.js';
import type { DeclarationContext } from './index-side.js';
import { emptyHelmSpec, helmTarget, sourceKind, valuesFileProblem } from './index-side.js';
import { joinRepoPath, repoPath } from './paths.js';
import type { ChartSource, Location, RenderTarget, TargetProblem } from './targets.js';
import { asString } from './yaml-data.js';
import { valuesFromSources } from './flux-values.js';
import type { RepoConfigMaps } from './flux-values.js';
import { asList, asRecord, isRecord } from '../util/objects.js';

const HELM_RELEASE_GROUP = 'helm.toolkit.fluxcd.io';
const SOURCE_GROUP = 'source.toolkit.fluxcd.io';

export function isFluxHelmRelease(resource: Resource): boolean {
  return resource.ref.apiVersion.startsWith(`${HELM_RELEASE_GROUP}/`) && resource.ref.kind === 'HelmRelease';
}

export function isFluxSource(resource: Resource): boolean {
  return (
    resource.ref.apiVersion.startsWith(`${SOURCE_GROUP}/`) &&
    ['HelmRepository', 'OCIRepository', 'GitRepository', 'Bucket'].includes(resource.ref.kind)
  );
}

/** Sources by `Kind/namespace/name`. */
export type FluxSources = ReadonlyMap<string, Resource>;

export function fluxSourceKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

export function helmReleaseTarget(
  release: Resource,
  sources: FluxSources,
  /** The ConfigMaps the HelmReleases' `valuesFrom` name, where the repository defines them. */
  configMaps: RepoConfigMaps,
  context: DeclarationContext,
): RenderTarget | undefined {
  const { index, consumed, note } = context;
  const spec = asRecord(release.object.spec);
  const ns = release.ref.namespace ?? '';
  const label = `HelmRelease ${ns ? `${ns}/` : ''}${release.ref.name}`;
  const at = (path: (string | number)[]): Location => ({ file: release.file, line: release.lineOf(path) });
  /** The source a `chartRef` or `sourceRef` names (in the HelmRelease's namespace unless it says another). */
  const sourceOf = (kind: string, ref: Record<string, unknown>) =>
    sources.get(fluxSourceKey(kind, asString(ref.namespace) ?? ns, asString(ref.name) ?? ''));
  const problems: TargetProblem[] = [];
  const targetNamespace = asString(spec.targetNamespace);
  const releaseName =
    asString(spec.releaseName) ||
    (targetNamespace ? `${targetNamespace}-${release.ref.name}` : release.ref.name);

  const chartSpec = asRecord(asRecord(spec.chart).spec);
  const chartRef = asRecord(spec.chartRef);
  let chart: ChartSource;
  let versionAt: Location | undefined;
  let valuesInChart = true;
  if (isRecord(spec.chartRef)) {
    const kind = asString(chartRef.kind) ?? '';
    const source = sourceOf(kind, chartRef);
    const url = asString(asRecord(source?.object.spec).url) ?? '';
    if (!source || kind !== 'OCIRepository' || !url.startsWith('oci://')) {
      note(
        `${label}: chartRef ${kind}/${asString(chartRef.name) ?? ''} is not an OCIRepository in this repository`,
      );
      return undefined;
    }
    const ref = asRecord(asRecord(source.object.spec).ref);
    chart = { type: 'oci', ref: url, version: asString(ref.tag) ?? asString(ref.semver) ?? '' };
    versionAt = {
      file: source.file,
      line: source.lineOf(['spec', 'ref', ref.tag !== undefined ? 'tag' : 'semver']),
    };
  } else {
    const sourceRef = asRecord(chartSpec.sourceRef);
    const kind = asString(sourceRef.kind) ?? '';
    const name = asString(chartSpec.chart) ?? '';
    if (kind === 'GitRepository' || kind === 'Bucket') {
      // A chart from a git source is read from this repository, unless the GitRepository names another.
      const gitSource = sourceOf(kind, sourceRef);
      const gitUrl = asString(asRecord(gitSource?.object.spec).url);
      if (kind === 'GitRepository' && gitUrl !== undefined && !context.identity.includes(gitUrl)) {
        note(`${label}: GitRepository ${asString(sourceRef.name) ?? ''} is ${gitUrl}, not this repository`);
        return undefined;
      }
      const dir = repoPath(name);
      if (dir === undefined) {
        problems.push({
          message: `chart path '${name}' is outside the repository: it is not read`,
          at: at(['spec', 'chart', 'spec', 'chart']),
          severity: 'error',
        });
        return helmTarget(
          {
            id: `HelmRelease:${ns}/${release.ref.name}`,
            label,
            anchor: anchor(release),
            declared: declared(release),
          },
          emptyHelmSpec({ type: 'path', path: '' }, releaseName, targetNamespace || ns || 'default'),
          index,
          problems,
        );
      }
      if (sourceKind(dir, index) !== 'helm') return undefined;
      consumed.add(dir);
      chart = { type: 'path', path: dir };
      versionAt = chartVersionAt(dir, index);
      valuesInChart = false;
    } else {
      const source = sourceOf('HelmRepository', sourceRef);
      const repoSpec = asRecord(source?.object.spec);
      const url = (asString(repoSpec.url) ?? '').replace(/\/+$/, '');
      const version = asString(chartSpec.version) ?? '';
      if (!source || url === '') {
        note(`${label}: HelmRepository ${asString(sourceRef.name) ?? ''} is not in this repository`);
        return undefined;
      }
      if (url.startsWith('oci://') || asString(repoSpec.type) === 'oci') {
        chart = { type: 'oci', ref: `${url.replace(/^(?!oci:\/\/)/, 'oci://')}/${name}`, version };
      } else if (/^https?:\/\//.test(url)) {
        chart = { type: 'repo', repoURL: url, chart: name, version };
      } else {
        note(`${label}: repository URL '${url}' is not HTTP(S) or OCI`);
        return undefined;
      }
      versionAt = at(['spec', 'chart', 'spec', 'version']);
    }
  }

  const helm = emptyHelmSpec(chart, releaseName, targetNamespace || ns || 'default');
  helm.includeCrds = asString(asRecord(spec.install).crds) !== 'Skip';
  const valuesFiles = [
    ...asList(chartSpec.valuesFiles),
    ...(chartSpec.valuesFile ? [chartSpec.valuesFile] : []),
  ];
  valuesFiles.forEach((entry, j) => {
    const reference = asString(entry);
    if (!reference) return;
    const where = at([
      'spec',
      'chart',
      'spec',
      Array.isArray(chartSpec.valuesFiles) ? 'valuesFiles' : 'valuesFile',
      j,
    ]);
    const path = joinRepoPath('', reference);
    if (path === undefined) problems.push(valuesFileProblem(reference, where));
    else helm.valuesFiles.push({ path, at: where, ...(valuesInChart ? { inChart: true } : {}) });
  });
  // valuesFrom, in order, then spec.values on top. A file stays a file (its changed lines are found) until an
  // inline source comes first: helm reads the files before the inline values.
  const definitions: string[] = [];
  for (const source of valuesFromSources(release, configMaps, note, label)) {
    definitions.push(source.at.file);
    if (source.type === 'file' && helm.inlineValues.length === 0) {
      helm.valuesFiles.push({ path: source.path, at: source.at });
    } else {
      helm.inlineValues.push({ text: source.text, at: source.at });
      if (source.type === 'file') definitions.push(source.path);
    }
  }
  if (isRecord(spec.values))
    helm.inlineValues.push({ text: JSON.stringify(spec.values), at: at(['spec', 'values']) });
  // A change to a ConfigMap (or the kustomization generating it) re-renders the release.
  return helmTarget(
    {
      id: `HelmRelease:${ns}/${release.ref.name}`,
      label,
      anchor: anchor(release),
      declared: declared(release),
      ...(versionAt ? { versionAt } : {}),
    },
    helm,
    index,
    problems,
    definitions,
  );
}

function anchor(resource: Resource): Location {
  return { file: resource.file, line: resource.line };
}

function declared(resource: Resource) {
  return { start: resource.line, end: resource.endLine };
}
