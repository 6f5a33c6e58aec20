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
  };
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
