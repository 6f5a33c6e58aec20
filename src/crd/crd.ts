// CustomResourceDefinitions as plain data: what the comparison and the validator need, from any source
// (a file in the repo, a rendered chart, a remote kustomize base). Both apiextensions.k8s.io/v1 and the
// old v1beta1 layout (one top-level schema for every version) are read.
import type { FieldPath, KubeObject } from '../model.js';
import { isRecord } from '../util/objects.js';

/** An OpenAPI v3 schema node as written in a CRD: untrusted, so every keyword is read defensively. */
export type Schema = Readonly<Record<string, unknown>>;

export interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated: boolean;
  deprecationWarning?: string;
  /** The version's openAPIV3Schema; undefined when the CRD has none (no validation, no pruning). */
  schema?: Schema;
  /** Where the schema is in the CRD object (for line numbers). */
  schemaPath: FieldPath;
  /** Where the version entry is in the CRD object. */
  path: FieldPath;
  printerColumns?: unknown;
  subresources?: unknown;
  /** Every other key of the version entry, compared as a whole. */
  extra: Readonly<Record<string, unknown>>;
}

export interface Crd {
  /** metadata.name: `<plural>.<group>`. */
  name: string;
  group: string;
  kind: string;
  plural: string;
  singular?: string;
  listKind?: string;
  shortNames: readonly string[];
  categories: readonly string[];
  scope: string;
  versions: readonly CrdVersion[];
  conversion?: unknown;
  /** spec.preserveUnknownFields (v1beta1 default true, v1 must be false). */
  preserveUnknownFields: boolean;
  /** status.storedVersions when the file carries a status (most don't). */
  storedVersions: readonly string[];
  object: KubeObject;
}

export const CRD_KIND = 'CustomResourceDefinition';

export function isCrdObject(object: unknown): object is KubeObject {
  if (!isRecord(object)) return false;
  return (
    object.kind === CRD_KIND &&
    typeof object.apiVersion === 'string' &&
    object.apiVersion.startsWith('apiextensions.k8s.io/')
  );
}

export function asSchema(value: unknown): Schema | undefined {
  return isRecord(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const VERSION_KNOWN_KEYS = new Set([
  'name',
  'served',
  'storage',
  'deprecated',
  'deprecationWarning',
  'schema',
  'additionalPrinterColumns',
  'subresources',
]);

/** Reads a CRD object; undefined when it is not a CRD or has no name. */
export function toCrd(object: unknown): Crd | undefined {
  if (!isCrdObject(object)) return undefined;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const spec = isRecord(object.spec) ? object.spec : {};
  const names = isRecord(spec.names) ? spec.names : {};
  const name = str(metadata.name);
  if (!name) return undefined;
  const group = str(spec.group) ?? '';
  const status = isRecord(object.status) ? object.status : {};

  // v1beta1: a top-level schema, printer columns and subresources shared by every version.
  const topSchema = isRecord(spec.validation) ? asSchema(spec.validation.openAPIV3Schema) : undefined;
  const versions: CrdVersion[] = [];
  if (Array.isArray(spec.versions)) {
    spec.versions.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      const versionName = str(entry.name);
      if (!versionName) return;
      const own = isRecord(entry.schema) ? asSchema(entry.schema.openAPIV3Schema) : undefined;
      const extra: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(entry)) if (!VERSION_KNOWN_KEYS.has(key)) extra[key] = value;
      const warning = str(entry.deprecationWarning);
      const printerColumns = entry.additionalPrinterColumns ?? spec.additionalPrinterColumns;
      const subresources = entry.subresources ?? spec.subresources;
      const schema = own ?? topSchema;
      versions.push({
        name: versionName,
        served: entry.served !== false,
        storage: entry.storage === true,
        deprecated: entry.deprecated === true,
        ...(warning !== undefined ? { deprecationWarning: warning } : {}),
        ...(schema ? { schema } : {}),
        schemaPath: own
          ? ['spec', 'versions', index, 'schema', 'openAPIV3Schema']
          : ['spec', 'validation', 'openAPIV3Schema'],
        path: ['spec', 'versions', index],
        ...(printerColumns !== undefined ? { printerColumns } : {}),
        ...(subresources !== undefined ? { subresources } : {}),
        extra,
      });
    });
  } else if (typeof spec.version === 'string') {
    versions.push({
      name: spec.version,
      served: true,
      storage: true,
      deprecated: false,
      ...(topSchema ? { schema: topSchema } : {}),
      schemaPath: ['spec', 'validation', 'openAPIV3Schema'],
      path: ['spec', 'version'],
      ...(spec.additionalPrinterColumns !== undefined
        ? { printerColumns: spec.additionalPrinterColumns }
        : {}),
      ...(spec.subresources !== undefined ? { subresources: spec.subresources } : {}),
      extra: {},
    });
  }
  // v1beta1 CRDs with `versions` but no `storage` flags store the first one.
  if (versions.length > 0 && !versions.some((version) => version.storage)) versions[0]!.storage = true;

  const singular = str(names.singular);
  const listKind = str(names.listKind);
  return {
    name,
    group,
    kind: str(names.kind) ?? '',
    plural: str(names.plural) ?? '',
    ...(singular !== undefined ? { singular } : {}),
    ...(listKind !== undefined ? { listKind } : {}),
    shortNames: strings(names.shortNames),
    categories: strings(names.categories),
    scope: str(spec.scope) ?? 'Namespaced',
    versions,
    ...(spec.conversion !== undefined ? { conversion: spec.conversion } : {}),
    preserveUnknownFields:
      spec.preserveUnknownFields === true ||
      (spec.preserveUnknownFields === undefined && object.apiVersion === 'apiextensions.k8s.io/v1beta1'),
    storedVersions: strings(status.storedVersions),
    object,
  };
}

export function storageVersion(crd: Crd): CrdVersion | undefined {
  return crd.versions.find((version) => version.storage);
}

export function findVersion(crd: Crd, name: string): CrdVersion | undefined {
  return crd.versions.find((version) => version.name === name);
}

/**
 * Kubernetes version priority (what kubectl picks): GA before beta before alpha, higher numbers first,
 * then other names alphabetically.
 */
export function compareVersionPriority(a: string, b: string): number {
  const parse = (name: string) => {
    const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(name);
    if (!match) return { rank: 3, major: 0, minor: 0 };
    const stage = match[2] === undefined ? 0 : match[2] === 'beta' ? 1 : 2;
    return { rank: stage, major: Number(match[1]), minor: Number(match[3] ?? 0) };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.rank !== y.rank) return x.rank - y.rank;
  if (x.rank === 3) return a < b ? -1 : a > b ? 1 : 0;
  return y.major - x.major || y.minor - x.minor;
}

/** The version to move to: the storage version when served and not deprecated, else the best served one. */
export function preferredVersion(crd: Crd): CrdVersion | undefined {
  const storage = storageVersion(crd);
  if (storage?.served && !storage.deprecated) return storage;
  return [...crd.versions]
    .filter((version) => version.served && !version.deprecated)
    .sort((a, b) => compareVersionPriority(a.name, b.name))[0];
}

export function servedVersionNames(crd: Crd): string[] {
  return crd.versions.filter((version) => version.served).map((version) => version.name);
}
