// Shared helpers for the operating-practice rules: where a workload keeps its pod spec and containers,
// lookups over the repo's head resources (autoscalers, workloads by namespace, LimitRange defaults), each
// built once per resourcesOfKind() result, and reading a setting from a YAML file that is not a manifest.
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { FieldPath, Resource } from '../model.js';
import { asList, isRecord } from '../util/objects.js';
import { apiGroup } from '../parse/resource-key.js';

export type ObjectMap = Record<string, unknown>;

/** True when the resource is `kind` in one of `groups` (so a custom resource named `Job` is not a batch Job). */
export function isKind(resource: Resource, kind: string, groups: readonly string[]): boolean {
  return resource.ref.kind === kind && groups.includes(apiGroup(resource.ref.apiVersion));
}

/** Where each workload kind keeps its pod spec. `extensions` and `apps/v1beta*` are the old homes. */
const POD_SPEC_PATHS: Record<string, { groups: readonly string[]; path: FieldPath }> = {
  Pod: { groups: [''], path: ['spec'] },
  ReplicationController: { groups: [''], path: ['spec', 'template', 'spec'] },
  Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  StatefulSet: { groups: ['apps'], path: ['spec', 'template', 'spec'] },
  DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  Job: { groups: ['batch'], path: ['spec', 'template', 'spec'] },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
};

export interface PodSpecRef {
  spec: ObjectMap;
  /** Path of the pod spec inside the resource, for `lineOf`. */
  path: FieldPath;
}

/** The pod spec of a built-in workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, RC, Job, CronJob). */
export function podSpecOf(resource: Resource): PodSpecRef | undefined {
  const where = POD_SPEC_PATHS[resource.ref.kind];
  if (!where || !where.groups.includes(apiGroup(resource.ref.apiVersion))) return undefined;
  let node: unknown = resource.object;
  for (const segment of where.path) {
    if (!isRecord(node)) return undefined;
    node = node[segment as string];
  }
  return isRecord(node) ? { spec: node, path: where.path } : undefined;
}

/**
 * Workloads whose pods are meant to keep running: not Jobs and CronJobs, and not a bare Pod that is
 * told not to restart.
 */
export function isLongRunning(resource: Resource, pod: PodSpecRef): boolean {
  const kind = resource.ref.kind;
  if (kind === 'Job' || kind === 'CronJob') return false;
  if (kind === 'Pod') return pod.spec.restartPolicy !== 'Never' && pod.spec.restartPolicy !== 'OnFailure';
  return true;
}

export type ContainerKind = 'container' | 'initContainer' | 'ephemeralContainer';

const CONTAINER_FIELDS: Record<ContainerKind, string> = {
  container: 'containers',
  initContainer: 'initContainers',
  ephemeralContainer: 'ephemeralContainers',
};

/** In the order the kubelet starts them. */
export const ALL_CONTAINER_KINDS: readonly ContainerKind[] = [
  'initContainer',
  'container',
  'ephemeralContainer',
];

export interface ContainerRef {
  container: ObjectMap;
  name: string;
  kind: ContainerKind;
  /** Path of the container's sequence item: `lineOf` gives its `- name:` line. */
  path: FieldPath;
}

export function containersOf(
  pod: PodSpecRef,
  kinds: readonly ContainerKind[] = ALL_CONTAINER_KINDS,
): ContainerRef[] {
  const found: ContainerRef[] = [];
  for (const kind of kinds) {
    const field = CONTAINER_FIELDS[kind];
    asList(pod.spec[field]).forEach((container, index) => {
      if (!isRecord(container)) return;
      const name = typeof container.name === 'string' ? container.name : `#${index + 1}`;
      found.push({ container, name, kind, path: [...pod.path, field, index] });
    });
  }
  return found;
}

/** "container 'app'", "init container 'migrate'", "ephemeral container 'debug'". */
export function describeContainer(ref: ContainerRef): string {
  const label =
    ref.kind === 'initContainer'
      ? 'init container'
      : ref.kind === 'ephemeralContainer'
        ? 'ephemeral container'
        : 'container';
  return `${label} '${ref.name}'`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/** "Deployment 'web'". */
export function kindAndName(resource: Resource): string {
  return `${resource.ref.kind} '${resource.ref.name}'`;
}

/**
 * Objects without `metadata.namespace` match any namespace: kustomize, Helm and Argo CD often set it at
 * deploy time, so a missing namespace says nothing about where the object lands.
 */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** `spec.replicas` of a workload: 1 when unset, undefined when it is not a number (a template, a typo). */
export function replicasOf(resource: Resource): number | undefined {
  const spec = resource.object.spec;
  const replicas = isRecord(spec) ? spec.replicas : undefined;
  if (replicas === undefined || replicas === null) return 1;
  return typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0 ? replicas : undefined;
}

/** A Deployment or StatefulSet (the workloads whose replica count is theirs to choose). */
export function isScalableWorkload(resource: Resource): boolean {
  return isKind(resource, 'Deployment', ['apps', 'extensions']) || isKind(resource, 'StatefulSet', ['apps']);
}

/** True when a Kubernetes label selector (matchLabels, matchExpressions) selects `labels`. */
export function selectorMatches(selector: ObjectMap, labels: Readonly<Record<string, unknown>>): boolean {
  const matchLabels = selector.matchLabels;
  if (isRecord(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      if (!Object.hasOwn(labels, key) || String(labels[key]) !== String(value)) return false;
    }
  }
  for (const expression of asList(selector.matchExpressions)) {
    if (!isRecord(expression) || typeof expression.key !== 'string') return false;
    const has = Object.hasOwn(labels, expression.key);
    const value = has ? String(labels[expression.key]) : undefined;
    const values = asList(expression.values).map(String);
    switch (expression.operator) {
      case 'In':
        if (value === undefined || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && values.includes(value)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// ---- lookups over the head resources, built once per resourcesOfKind() array ----

/** Kinds the index reads: each rule asks only for what it needs (see their `lookupKinds`). */
export const SCALER_KINDS: readonly string[] = ['HorizontalPodAutoscaler', 'ScaledObject'];
export const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet'];
export const LIMIT_RANGE_KINDS: readonly string[] = ['LimitRange'];

/** An autoscaler (HorizontalPodAutoscaler, KEDA ScaledObject) and the replicas it keeps at least. */
export interface Scaler {
  resource: Resource;
  minReplicas: number;
}

export interface ScalableWorkload {
  resource: Resource;
  /** The pod template's labels. */
  labels: ObjectMap;
  /** The fewest pods it runs: its autoscaler's minimum when one targets it, else `spec.replicas`. */
  replicas: number;
  scaler?: Scaler;
}

/** LimitRange defaults that fill in what a container leaves out. */
export interface ContainerDefaults {
  cpuRequest: boolean;
  memoryRequest: boolean;
  memoryLimit: boolean;
}

export interface HeadIndex {
  /** The autoscaler that targets a workload, if any. */
  scalerFor(workload: Resource): Scaler | undefined;
  /** Deployments and StatefulSets whose namespace may be `namespace`. */
  workloadsIn(namespace: string | undefined): readonly ScalableWorkload[];
  /** LimitRange container defaults that may apply in `namespace`. */
  defaultsIn(namespace: string | undefined): ContainerDefaults;
}

const indexes = new WeakMap<readonly Resource[], HeadIndex>();

/** The index of a resourcesOfKind() result, built on first use and shared by every rule asking the same kinds. */
export function headIndex(resources: readonly Resource[]): HeadIndex {
  let index = indexes.get(resources);
  if (!index) {
    index = buildIndex(resources);
    indexes.set(resources, index);
  }
  return index;
}

function buildIndex(resources: readonly Resource[]): HeadIndex {
  // Autoscalers by "<kind>/<name>" of their target.
  const scalers = new Map<string, Scaler[]>();
  const limitRanges: { namespace: string | undefined; defaults: ContainerDefaults }[] = [];
  const workloadResources: Resource[] = [];
  for (const resource of resources) {
    const target = scaleTarget(resource);
    if (target) {
      const key = `${target.kind}/${target.name}`;
      const list = scalers.get(key) ?? [];
      list.push({ resource, minReplicas: target.minReplicas });
      scalers.set(key, list);
    } else if (isKind(resource, 'LimitRange', [''])) {
      limitRanges.push({ namespace: resource.ref.namespace, defaults: limitRangeDefaults(resource) });
    } else if (isScalableWorkload(resource)) {
      workloadResources.push(resource);
    }
  }

  const scalerFor = (workload: Resource): Scaler | undefined =>
    scalers
      .get(`${workload.ref.kind}/${workload.ref.name}`)
      ?.find((scaler) => sameNamespace(scaler.resource.ref.namespace, workload.ref.namespace));

  const workloads: ScalableWorkload[] = [];
  for (const resource of workloadResources) {
    const spec = resource.object.spec;
    const template = isRecord(spec) ? spec.template : undefined;
    const metadata = isRecord(template) ? template.metadata : undefined;
    const labels = isRecord(metadata) && isRecord(metadata.labels) ? metadata.labels : {};
    const scaler = scalerFor(resource);
    const replicas = scaler ? scaler.minReplicas : replicasOf(resource);
    if (replicas === undefined) continue;
    workloads.push({ resource, labels, replicas, ...(scaler ? { scaler } : {}) });
  }
  const byNamespace = new Map<string | undefined, ScalableWorkload[]>();
  for (const workload of workloads) {
    const list = byNamespace.get(workload.resource.ref.namespace) ?? [];
    list.push(workload);
    byNamespace.set(workload.resource.ref.namespace, list);
  }

  return {
    scalerFor,
    workloadsIn(namespace) {
      if (namespace === undefined) return workloads;
      return [...(byNamespace.get(namespace) ?? []), ...(byNamespace.get(undefined) ?? [])];
    },
    defaultsIn(namespace) {
      const merged: ContainerDefaults = { cpuRequest: false, memoryRequest: false, memoryLimit: false };
      for (const range of limitRanges) {
        if (!sameNamespace(range.namespace, namespace)) continue;
        merged.cpuRequest ||= range.defaults.cpuRequest;
        merged.memoryRequest ||= range.defaults.memoryRequest;
        merged.memoryLimit ||= range.defaults.memoryLimit;
      }
      return merged;
    },
  };
}

/** The workload an HPA or a KEDA ScaledObject scales, with its minimum replicas. */
function scaleTarget(resource: Resource): { kind: string; name: string; minReplicas: number } | undefined {
  const isHpa = isKind(resource, 'HorizontalPodAutoscaler', ['autoscaling']);
  const isKeda = isKind(resource, 'ScaledObject', ['keda.sh']);
  if (!isHpa && !isKeda) return undefined;
  const spec = resource.object.spec;
  if (!isRecord(spec) || !isRecord(spec.scaleTargetRef)) return undefined;
  const ref = spec.scaleTargetRef;
  if (typeof ref.name !== 'string') return undefined;
  // KEDA's kind defaults to Deployment; an HPA must name it.
  const kind = typeof ref.kind === 'string' ? ref.kind : isKeda ? 'Deployment' : undefined;
  if (!kind) return undefined;
  // HPA minReplicas defaults to 1. KEDA may scale to zero, but runs at least one pod whenever it is active.
  const min = isHpa ? spec.minReplicas : spec.minReplicaCount;
  const minReplicas = Math.max(typeof min === 'number' ? min : 1, 1);
  return { kind, name: ref.name, minReplicas };
}

function limitRangeDefaults(resource: Resource): ContainerDefaults {
  const defaults: ContainerDefaults = { cpuRequest: false, memoryRequest: false, memoryLimit: false };
  const spec = resource.object.spec;
  for (const limit of asList(isRecord(spec) ? spec.limits : undefined)) {
    if (!isRecord(limit) || limit.type !== 'Container') continue;
    const limits = isRecord(limit.default) ? limit.default : {};
    const requests = isRecord(limit.defaultRequest) ? limit.defaultRequest : {};
    // A default limit is also the default request when no defaultRequest is given.
    defaults.cpuRequest ||= requests.cpu !== undefined || limits.cpu !== undefined;
    defaults.memoryRequest ||= requests.memory !== undefined || limits.memory !== undefined;
    defaults.memoryLimit ||= limits.memory !== undefined;
  }
  return defaults;
}

// ---- settings in YAML files that hold no Kubernetes object (Chart.yaml, .kube-pr-review.yaml) ----

export interface TopLevelValue {
  value: unknown;
  /** 1-based line of the key. */
  line: number;
}

/** A top-level key of a single-document YAML mapping, with its line; undefined when absent or unreadable. */
export function topLevelValue(text: string, key: string): TopLevelValue | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== key) continue;
    // A number keeps its written form: `1.30` is the number 1.3, but the text says 1.30.
    const scalar = isScalar(pair.value) ? pair.value : undefined;
    const value = typeof scalar?.value === 'number' && scalar.source ? scalar.source : scalar?.value;
    return { value, line: lineCounter.linePos(pair.key.range?.[0] ?? 0).line };
  }
  return undefined;
}

const IGNORE_COMMENT = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;

/** True when a `# kube-pr-review: ignore [ids]` comment in the text switches `ruleId` off (no ids: all rules). */
export function ignoredInText(text: string, ruleId: string): boolean {
  for (const match of text.matchAll(IGNORE_COMMENT)) {
    const ids = (match[1] ?? '').split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
    if (ids.length === 0 || ids.includes(ruleId)) return true;
  }
  return false;
}
