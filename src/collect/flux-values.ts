// A Flux HelmRelease's `valuesFrom`: values from ConfigMaps, read where the repository defines them (a ConfigMap
// manifest, or a kustomize configMapGenerator), merged in order before `spec.values`, as helm-controller does.
// Secrets are never read: their values would reach the rendered diff.
import type { Resource } from '../model.js';
import { parseManifestFile } from '../parse/parse.js';
import { asList, asRecord } from '../util/objects.js';
import { escapeRegExp } from '../util/glob.js';
import type { KustomizationInfo } from './kustomizations.js';
import { dirOf } from './paths.js';
import type { Location } from './targets.js';
import type { RepoTree } from './tree.js';
import { asString } from './yaml-data.js';

/** One ConfigMap the repository defines, with the value of each key and where it is written. */
export interface RepoConfigMap {
  name: string;
  namespace?: string;
  /** The manifest or the kustomization that defines it. */
  file: string;
  keys: ReadonlyMap<string, ConfigMapValue>;
}

export interface ConfigMapValue {
  text: string;
  at: Location;
  /** A repo file whose whole text is the value (a configMapGenerator `files` entry). */
  path?: string;
}

/** ConfigMaps by name. */
export type RepoConfigMaps = ReadonlyMap<string, readonly RepoConfigMap[]>;

/** The ConfigMap names the HelmReleases' `valuesFrom` entries name. */
export function valuesFromConfigMapNames(releases: readonly Resource[]): Set<string> {
  const names = new Set<string>();
  for (const release of releases) {
    for (const entry of asList(asRecord(release.object.spec).valuesFrom)) {
      const { kind, name } = asRecord(entry);
      if (kind === 'ConfigMap' && typeof name === 'string' && name !== '') names.add(name);
    }
  }
  return names;
}

/**
 * The ConfigMaps named `names` in the tree: manifests (found by `git grep` on their name, then parsed, unless
 * `parsed` has them already) and kustomize configMapGenerators (their files read).
 */
export async function findConfigMaps(
  tree: RepoTree,
  names: ReadonlySet<string>,
  kustomizations: Iterable<KustomizationInfo>,
  parsed: ReadonlyMap<string, readonly Resource[]>,
  pathspecs: readonly string[],
): Promise<RepoConfigMaps> {
  const found = new Map<string, RepoConfigMap[]>();
  if (names.size === 0) return found;
  const add = (configMap: RepoConfigMap) =>
    found.set(configMap.name, [...(found.get(configMap.name) ?? []), configMap]);
  const alternatives = [...names].map(escapeRegExp).join('|');
  // Any `name: x` (block, flow or JSON) picks a file to parse; the parse decides.
  const files = await tree.grep([`name["']?[[:space:]]*:[[:space:]]*["']?(${alternatives})`], pathspecs);
  const texts = await tree.readText(files.filter((file) => !parsed.has(file)));
  for (const file of files) {
    for (const resource of parsed.get(file) ?? parseManifestFile(file, texts.get(file) ?? '').resources) {
      if (resource.ref.kind !== 'ConfigMap' || !names.has(resource.ref.name)) continue;
      const keys = new Map<string, ConfigMapValue>();
      for (const [key, value] of Object.entries(asRecord(resource.object.data))) {
        if (typeof value === 'string')
          keys.set(key, { text: value, at: { file, line: resource.lineOf(['data', key]) } });
      }
      add({
        name: resource.ref.name,
        ...(resource.ref.namespace ? { namespace: resource.ref.namespace } : {}),
        file,
        keys,
      });
    }
  }
  const generators = [...kustomizations].flatMap((info) =>
    info.configMapGenerators
      .filter((generator) => names.has(generator.name))
      .map((generator) => ({ info, generator })),
  );
  const generatorTexts = await tree.readText(
    generators.flatMap(({ generator }) => generator.files.map((f) => f.path)),
  );
  for (const { info, generator } of generators) {
    const keys = new Map<string, ConfigMapValue>();
    for (const literal of generator.literals) {
      keys.set(literal.key, { text: literal.value, at: { file: info.file, line: literal.line } });
    }
    for (const entry of generator.files) {
      const text = generatorTexts.get(entry.path);
      if (text !== undefined)
        keys.set(entry.key, { text, at: { file: info.file, line: entry.line }, path: entry.path });
    }
    add({
      name: generator.name,
      ...(generator.namespace ? { namespace: generator.namespace } : {}),
      file: info.file,
      keys,
    });
  }
  return found;
}

/** A values source in the order helm-controller merges them. */
export type ValuesSource =
  { type: 'file'; path: string; text: string; at: Location } | { type: 'inline'; text: string; at: Location };

/**
 * The values a HelmRelease's `valuesFrom` gives, in order, from the repository's ConfigMaps; what cannot be read
 * here (a Secret, a ConfigMap only the cluster has) is said in a note.
 */
export function valuesFromSources(
  release: Resource,
  configMaps: RepoConfigMaps,
  note: (message: string) => void,
  label: string,
): ValuesSource[] {
  const namespace = release.ref.namespace ?? '';
  const sources: ValuesSource[] = [];
  asList(asRecord(release.object.spec).valuesFrom).forEach((raw, index) => {
    const entry = asRecord(raw);
    const kind = asString(entry.kind) ?? '';
    const name = asString(entry.name) ?? '';
    const valuesKey = asString(entry.valuesKey) || 'values.yaml';
    const targetPath = asString(entry.targetPath);
    const optional = entry.optional === true;
    const where = `valuesFrom ${kind} ${name}`;
    if (kind !== 'ConfigMap') {
      note(`${label}: ${where} is not read (Secret values stay out of the review); rendering without it`);
      return;
    }
    // A namespace left out (kustomize sets it at build time) matches any.
    const candidates = (configMaps.get(name) ?? []).filter(
      (configMap) =>
        namespace === '' || configMap.namespace === undefined || configMap.namespace === namespace,
    );
    const nearby = candidates.filter((configMap) => dirOf(configMap.file) === dirOf(release.file));
    const chosen = candidates.length === 1 ? candidates[0] : nearby.length === 1 ? nearby[0] : undefined;
    if (!chosen) {
      note(
        candidates.length > 1
          ? `${label}: ${where} is defined ${candidates.length} times in this repository (${candidates.map((c) => c.file).join(', ')}); rendering without it`
          : `${label}: ${where} is not in this repository${optional ? ' (optional)' : ''}; rendering without it`,
      );
      return;
    }
    const value = chosen.keys.get(valuesKey);
    if (!value) {
      note(`${label}: ${where} (${chosen.file}) has no key ${valuesKey}; rendering without it`);
      return;
    }
    if (targetPath === undefined || targetPath === '') {
      sources.push(
        value.path !== undefined
          ? { type: 'file', path: value.path, text: value.text, at: value.at }
          : { type: 'inline', text: value.text, at: value.at },
      );
      return;
    }
    const keys = targetPath.split('.');
    if (keys.some((key) => key === '' || /[[\]\\]/.test(key))) {
      note(
        `${label}: valuesFrom[${index}].targetPath '${targetPath}' is not a plain dotted path; rendering without it`,
      );
      return;
    }
    const nested = keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), typedValue(value.text));
    sources.push({ type: 'inline', text: JSON.stringify(nested), at: value.at });
  });
  return sources;
}

/** A single value as helm's `--set` types it (what Flux uses for `targetPath`). */
function typedValue(text: string): unknown {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^(0|-?[1-9]\d{0,17})$/.test(text)) return Number(text);
  return text;
}
