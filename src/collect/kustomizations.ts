import { baseName, dirOf, isRemoteReference, joinRepoPath } from './paths.js';
import { asString, parseYamlWithLines } from './yaml-data.js';
import { asList, asRecord } from '../util/objects.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export interface KustomizationInfo {
  dir: string;
  file: string;
  /** `kind: Component`: only built as part of another kustomization. */
  component: boolean;
  /** Directories in the repo it builds on (`resources`, `bases`, `components`). */
  dirRefs: string[];
  /**
   * Remote resources and bases (`github.com/org/repo//path?ref=v1`): fetched through the GitHub API before
   * kustomize runs, never by kustomize.
   */
  remote: RemoteEntry[];
  /** References that leave the repository: never followed. */
  escaping: { reference: string; line: number }[];
  /** The kustomization asks for origin annotations itself (so they are part of its output). */
  originAnnotations: boolean;
  /** `helmCharts`: charts kustomize inflates with helm (pulled by the review beforehand, never by kustomize). */
  helmCharts: HelmChartEntry[];
  /** `helmGlobals.chartHome`, a repo path: where kustomize looks for charts (default `<dir>/charts`). */
  chartHome: string;
  /** `configMapGenerator` entries (a Flux HelmRelease's `valuesFrom` may name one). */
  configMapGenerators: ConfigMapGenerator[];
}

/** A ConfigMap kustomize generates: each key from a file in the repo or a literal. */
export interface ConfigMapGenerator {
  name: string;
  namespace?: string;
  /** `key=path` or `path` (the key is the file name); the path in the repo. */
  files: { key: string; path: string; line: number }[];
  literals: { key: string; value: string; line: number }[];
  line: number;
}

export interface HelmChartEntry {
  name: string;
  /** An HTTP(S) Helm repository or an `oci://` registry path; none for a chart kept in chartHome. */
  repo?: string;
  version?: string;
  line: number;
  versionLine?: number;
}

export interface RemoteEntry {
  reference: string;
  field: 'resources' | 'bases' | 'components';
  index: number;
  line: number;
}

export function isKustomizationFile(path: string): boolean {
  return (KUSTOMIZATION_FILES as readonly string[]).includes(baseName(path));
}

export function parseKustomization(
  file: string,
  text: string,
  dirs: ReadonlySet<string>,
): KustomizationInfo | undefined {
  const parsed = parseYamlWithLines(text);
  if (!parsed) return undefined;
  const data = asRecord(parsed.data);
  const dir = dirOf(file);
  const info: KustomizationInfo = {
    dir,
    file,
    component: asString(data.kind) === 'Component',
    dirRefs: [],
    remote: [],
    escaping: [],
    originAnnotations: asList(data.buildMetadata).includes('originAnnotations'),
    helmCharts: [],
    chartHome: joinRepoPath(dir, 'charts')!,
    configMapGenerators: configMapGenerators(data, dir, parsed.lineOf),
  };
  const chartHome = asString(asRecord(data.helmGlobals).chartHome);
  if (chartHome !== undefined) {
    const path = joinRepoPath(dir, chartHome);
    if (path === undefined)
      info.escaping.push({ reference: chartHome, line: parsed.lineOf(['helmGlobals', 'chartHome']) });
    else info.chartHome = path;
  }
  asList(data.helmCharts).forEach((raw, index) => {
    const entry = asRecord(raw);
    const name = asString(entry.name);
    if (!name) return;
    const repo = asString(entry.repo);
    const version = asString(entry.version);
    info.helmCharts.push({
      name,
      ...(repo ? { repo } : {}),
      ...(version ? { version, versionLine: parsed.lineOf(['helmCharts', index, 'version']) } : {}),
      line: parsed.lineOf(['helmCharts', index]),
    });
  });
  for (const field of ['resources', 'bases', 'components'] as const) {
    asList(data[field]).forEach((entry, index) => {
      const reference = asString(entry);
      if (!reference) return;
      if (isRemoteReference(reference)) {
        info.remote.push({ reference, field, index, line: parsed.lineOf([field, index]) });
        return;
      }
      const path = joinRepoPath(dir, reference);
      if (path === undefined) info.escaping.push({ reference, line: parsed.lineOf([field, index]) });
      else if (dirs.has(path) && path !== dir) info.dirRefs.push(path);
    });
  }
  return info;
}

function configMapGenerators(
  data: Record<string, unknown>,
  dir: string,
  lineOf: (path: (string | number)[]) => number,
): ConfigMapGenerator[] {
  const generators: ConfigMapGenerator[] = [];
  asList(data.configMapGenerator).forEach((raw, index) => {
    const entry = asRecord(raw);
    const name = asString(entry.name);
    if (!name) return;
    const namespace = asString(entry.namespace) ?? asString(data.namespace);
    const generator: ConfigMapGenerator = {
      name,
      ...(namespace ? { namespace } : {}),
      files: [],
      literals: [],
      line: lineOf(['configMapGenerator', index]),
    };
    asList(entry.files).forEach((item, i) => {
      const spec = asString(item);
      if (!spec) return;
      const equals = spec.indexOf('=');
      const reference = equals === -1 ? spec : spec.slice(equals + 1);
      const path = joinRepoPath(dir, reference);
      if (path === undefined) return; // kustomize refuses it too (LoadRestrictionsRootOnly)
      const key = equals === -1 ? baseName(reference) : spec.slice(0, equals);
      generator.files.push({ key, path, line: lineOf(['configMapGenerator', index, 'files', i]) });
    });
    asList(entry.literals).forEach((item, i) => {
      const spec = asString(item);
      const equals = spec?.indexOf('=') ?? -1;
      if (!spec || equals <= 0) return;
      generator.literals.push({
        key: spec.slice(0, equals),
        value: spec.slice(equals + 1),
        line: lineOf(['configMapGenerator', index, 'literals', i]),
      });
    });
    generators.push(generator);
  });
  return generators;
}

/** The kustomization directory and every directory it builds on, transitively (cycles are cut). */
export function kustomizeClosure(dir: string, byDir: ReadonlyMap<string, KustomizationInfo>): string[] {
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const ref of byDir.get(current)?.dirRefs ?? []) visit(ref);
  };
  visit(dir);
  return [...seen];
}
