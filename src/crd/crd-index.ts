// The CRDs among a set of resources (the repo at head, later rendered charts too), indexed once per array.
import { API_LIFECYCLE } from '../data/api-lifecycle.js';
import type { Resource } from '../model.js';
import { apiGroup } from '../parse/resource-key.js';
import type { RepoLookup } from '../rules/types.js';
import { isCrdObject, toCrd } from './crd.js';
import type { Crd } from './crd.js';

export interface IndexedCrd {
  crd: Crd;
  /** Where the CRD was found. */
  resource: Resource;
}

export interface CrdIndex {
  /** By `group/Kind`. The first definition wins when a repo holds the same CRD twice. */
  readonly byGroupKind: ReadonlyMap<string, IndexedCrd>;
  readonly byName: ReadonlyMap<string, IndexedCrd>;
}

/** What CRD lookups ask the repo for (rules that use them declare it as their `lookupKinds`). */
export const CRD_KINDS: readonly string[] = ['CustomResourceDefinition'];

const EMPTY_INDEX: CrdIndex = { byGroupKind: new Map(), byName: new Map() };
const indexes = new WeakMap<readonly Resource[], CrdIndex>();

/** The CRDs of `resources`, built on first use and kept for the life of the array. */
export function crdIndexOf(resources: readonly Resource[]): CrdIndex {
  let index = indexes.get(resources);
  if (!index) {
    const byGroupKind = new Map<string, IndexedCrd>();
    const byName = new Map<string, IndexedCrd>();
    for (const resource of resources) {
      if (!isCrdObject(resource.object)) continue;
      const crd = toCrd(resource.object);
      if (!crd) continue;
      const entry = { crd, resource };
      if (!byName.has(crd.name)) byName.set(crd.name, entry);
      const key = groupKind(crd.group, crd.kind);
      if (!byGroupKind.has(key)) byGroupKind.set(key, entry);
    }
    index = byName.size === 0 ? EMPTY_INDEX : { byGroupKind, byName };
    indexes.set(resources, index);
  }
  return index;
}

export function groupKind(group: string, kind: string): string {
  return `${group}/${kind}`;
}

/** API groups served by Kubernetes itself: their objects are never custom resources. */
const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'imagepolicy.k8s.io',
  'internal.apiserver.k8s.io',
  'metrics.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'settings.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
  ...API_LIFECYCLE.map((entry) => entry.group),
]);

/** False for built-in APIs: rules skip the repo lookup (a read of the whole tree) for them. */
export function mayBeCustomResource(apiVersion: string): boolean {
  return !BUILT_IN_GROUPS.has(apiGroup(apiVersion));
}

/** The CRD at head that defines this resource's group and kind, if the repo holds it. */
export async function findCrdFor(resource: Resource, repo: RepoLookup): Promise<IndexedCrd | undefined> {
  const { apiVersion, kind } = resource.ref;
  if (!mayBeCustomResource(apiVersion) || isCrdObject(resource.object)) return undefined;
  const index = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS));
  return index.byGroupKind.get(groupKind(apiGroup(apiVersion), kind));
}
