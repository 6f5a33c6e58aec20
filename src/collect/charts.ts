import { baseName, dirOf, isRemoteReference, joinRepoPath } from './paths.js';
import { asString, parseYamlWithLines } from './yaml-data.js';
import { asList, asRecord } from '../util/objects.js';

export interface ChartDependency {
  name: string;
  version: string;
  repository: string;
  /** The repo directory of a `file://` dependency; undefined for a remote one or one outside the repo. */
  localDir?: string;
  line: number;
  versionLine: number;
}

/** What the review needs from a Chart.yaml. */
export interface ChartInfo {
  dir: string;
  file: string;
  name: string;
  version: string;
  appVersion?: string;
  /** `application` or `library` (a library chart renders nothing). */
  type: string;
  versionLine: number;
  dependencies: ChartDependency[];
  /** `file://` dependencies that point outside the repository. */
  escaping: { repository: string; line: number }[];
}

export function isChartFile(path: string): boolean {
  return baseName(path) === 'Chart.yaml';
}

export function parseChart(file: string, text: string): ChartInfo | undefined {
  const parsed = parseYamlWithLines(text);
  if (!parsed) return undefined;
  const data = asRecord(parsed.data);
  const dir = dirOf(file);
  const info: ChartInfo = {
    dir,
    file,
    name: asString(data.name) ?? baseName(dir),
    version: asString(data.version) ?? '',
    ...(asString(data.appVersion) !== undefined ? { appVersion: asString(data.appVersion)! } : {}),
    type: asString(data.type) ?? 'application',
    versionLine: parsed.lineOf(['version']),
    dependencies: [],
    escaping: [],
  };
  asList(data.dependencies).forEach((entry, index) => {
    const dependency = asRecord(entry);
    const name = asString(dependency.name);
    if (!name) return;
    const repository = asString(dependency.repository) ?? '';
    const line = parsed.lineOf(['dependencies', index]);
    const item: ChartDependency = {
      name,
      version: asString(dependency.version) ?? '',
      repository,
      line,
      versionLine: parsed.lineOf(['dependencies', index, 'version']),
    };
    if (repository.startsWith('file://')) {
      const local = joinRepoPath(dir, repository.slice('file://'.length));
      if (local === undefined) info.escaping.push({ repository, line });
      else item.localDir = local;
    } else if (repository !== '' && !isRemoteReference(repository) && !repository.startsWith('@')) {
      // A bare path is how some charts write file:// dependencies; helm reads it the same way.
      const local = joinRepoPath(dir, repository);
      if (local === undefined) info.escaping.push({ repository, line });
      else item.localDir = local;
    }
    info.dependencies.push(item);
  });
  return info;
}

/** A chart vendored inside another chart's `charts/` directory is part of that chart, not a release of its own. */
export function isSubchart(dir: string, chartDirs: ReadonlySet<string>): boolean {
  const parts = dir.split('/');
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] === 'charts' && chartDirs.has(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}
