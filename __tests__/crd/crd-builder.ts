import { toCrd } from '../../src/crd/crd.js';
import type { Crd } from '../../src/crd/crd.js';

export type SchemaNode = Record<string, unknown>;

export interface VersionSpec {
  name: string;
  served?: boolean;
  storage?: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  /** Default: specSchema({}); null for none. */
  schema?: SchemaNode | null;
  [key: string]: unknown;
}

export interface CrdSpec {
  name?: string;
  group?: string;
  kind?: string;
  plural?: string;
  scope?: string;
  shortNames?: string[];
  versions?: VersionSpec[];
  /** The schema of a single served storage version v1 (when `versions` is not given). */
  schema?: SchemaNode;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

/** The openAPIV3Schema of an object with the given `spec` properties. */
export function specSchema(properties: Record<string, SchemaNode>, extra: SchemaNode = {}): SchemaNode {
  return {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      spec: { type: 'object', properties, ...extra },
      status: { type: 'object', properties: { phase: { type: 'string' } } },
    },
  };
}

export function crdObject(spec: CrdSpec = {}): Record<string, unknown> {
  const group = spec.group ?? 'example.com';
  const plural = spec.plural ?? 'widgets';
  const versions = (spec.versions ?? [{ name: 'v1', schema: spec.schema ?? specSchema({}) }]).map(
    ({ name, served, storage, schema, ...rest }, index) => ({
      name,
      served: served ?? true,
      storage: storage ?? index === 0,
      ...(schema !== null ? { schema: { openAPIV3Schema: schema ?? specSchema({}) } } : {}),
      ...rest,
    }),
  );
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: spec.name ?? `${plural}.${group}` },
    spec: {
      group,
      names: {
        kind: spec.kind ?? 'Widget',
        plural,
        singular: plural.replace(/s$/, ''),
        listKind: `${spec.kind ?? 'Widget'}List`,
        ...(spec.shortNames ? { shortNames: spec.shortNames } : {}),
      },
      scope: spec.scope ?? 'Namespaced',
      versions,
      ...spec.spec,
    },
    ...(spec.status ? { status: spec.status } : {}),
  };
}

export function crd(spec: CrdSpec = {}): Crd {
  const parsed = toCrd(crdObject(spec));
  if (!parsed) throw new Error('not a CRD');
  return parsed;
}
