// Reading CRD sets from YAML text, files or directories (multi-document YAML, `kind: List` items).
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { UserError } from '../errors.js';
import { MAX_FILE_BYTES } from '../parse/parse.js';
import { toCrd } from './crd.js';
import type { Crd } from './crd.js';
import { KUBERNETES_YAML } from '../parse/yaml-options.js';
import { isRecord } from '../util/objects.js';

const MAX_ALIAS_COUNT = 1000;

export interface CrdSet {
  crds: Crd[];
  /** Messages about CRDs defined twice with different content (the later one wins). */
  warnings: string[];
}

/** The CRDs of one YAML text. Throws a UserError naming the file and line on invalid YAML. */
export function crdsFromYaml(text: string, file: string): Crd[] {
  if (text.length > MAX_FILE_BYTES) throw new UserError(`${file}: file is too large (${text.length} bytes)`);
  const crds: Crd[] = [];
  for (const doc of parseAllDocuments(text, { ...KUBERNETES_YAML, uniqueKeys: true, prettyErrors: true })) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      throw new UserError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    const object: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    for (const item of listItems(object)) {
      const crd = toCrd(item);
      if (crd) crds.push(crd);
    }
  }
  return crds;
}

function listItems(object: unknown): unknown[] {
  if (
    isRecord(object) &&
    typeof object.kind === 'string' &&
    object.kind.endsWith('List') &&
    Array.isArray(object.items)
  )
    return object.items;
  return [object];
}

const YAML_FILE = /\.(ya?ml|json)$/i;

/**
 * A CRD file, or every YAML/JSON file of a directory (not its subdirectories), in name order. Files that
 * hold no CRD (a kustomization.yaml) are skipped; a path with no CRD at all is an error.
 */
export async function loadCrdPath(path: string, options: { relativeTo?: string } = {}): Promise<CrdSet> {
  const show = (file: string) => {
    if (!options.relativeTo) return file;
    const rel = relative(options.relativeTo, file);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  };
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UserError(`no such file or directory: ${show(path)}`);
  const files: string[] = [];
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isFile() && YAML_FILE.test(entry.name)) files.push(join(path, entry.name));
    }
  } else {
    files.push(path);
  }
  const byName = new Map<string, Crd>();
  const warnings: string[] = [];
  for (const file of files) {
    for (const crd of crdsFromYaml(await readFile(file, 'utf8'), show(file))) {
      const previous = byName.get(crd.name);
      if (previous && JSON.stringify(previous.object.spec) !== JSON.stringify(crd.object.spec)) {
        warnings.push(
          `CRD ${crd.name} is defined more than once in ${show(path)} with different specs; the last one is used`,
        );
      }
      byName.set(crd.name, crd);
    }
  }
  if (byName.size === 0) throw new UserError(`no CustomResourceDefinition found in ${show(path)}`);
  return { crds: [...byName.values()], warnings };
}
