import type { Analyzer } from '../engine/analyzer.js';
import { compareVersions, formatVersion, nextMinor, parseKubeVersion } from '../kube-version.js';
import type { KubeVersion } from '../kube-version.js';
import type { FieldPath, Resource } from '../model.js';
import type { RuleMeta } from './types.js';
import { ignoredInText, topLevelValue } from './workload.js';
import { apiGroup } from '../parse/resource-key.js';
import { isRecord } from '../util/objects.js';

export const versionSkewMeta: RuleMeta = {
  id: 'version-skew',
  description:
    "A change moves a cluster's Kubernetes version by more than one minor release at once, or downgrades it.",
  category: 'upgradability',
  defaultSeverity: 'error',
};

/** Objects that set the Kubernetes version of a cluster, and where. */
const CLUSTER_VERSION_FIELDS: readonly { group: string; kind: string; path: FieldPath; what: string }[] = [
  { group: 'eksctl.io', kind: 'ClusterConfig', path: ['metadata', 'version'], what: 'eksctl ClusterConfig' },
  {
    group: 'cluster.x-k8s.io',
    kind: 'Cluster',
    path: ['spec', 'topology', 'version'],
    what: 'Cluster API Cluster',
  },
  {
    group: 'controlplane.cluster.x-k8s.io',
    kind: 'KubeadmControlPlane',
    path: ['spec', 'version'],
    what: 'Cluster API KubeadmControlPlane',
  },
  { group: 'kops.k8s.io', kind: 'Cluster', path: ['spec', 'kubernetesVersion'], what: 'kops Cluster' },
];

/** The repo's config file, whose `kubernetesVersion` is the version the review checks against. */
const CONFIG_FILES = ['.kube-pr-review.yaml', '.kube-pr-review.yml'];

/**
 * Whole-change check: it needs the base side of a modified object (eksctl, Cluster API, kops) and the
 * config file at both commits, which a per-resource rule does not see.
 */
export const versionSkewAnalyzer: Analyzer = {
  metas: [versionSkewMeta],
  async analyze(input, report) {
    if (input.mode !== 'review') return;
    for (const change of input.changes) {
      if (change.type !== 'modified' || !change.base || !change.head) continue;
      const field = versionField(change.head);
      if (!field || versionField(change.base) !== field) continue;
      const before = versionAt(change.base, field.path);
      const after = versionAt(change.head, field.path);
      if (!before || !after) continue;
      const problem = skewProblem(before, after);
      if (!problem) continue;
      report({
        ruleId: versionSkewMeta.id,
        message: `${field.what} '${change.head.ref.name}' ${problem}`,
        file: change.head.file,
        line: change.head.lineOf(field.path),
        resource: change.head.ref,
        key: `version:${field.path.join('.')}`,
      });
    }

    // Read whatever the path filters say: the config file governs the whole review.
    for (const path of CONFIG_FILES) {
      const headText = await input.readFile('head', path);
      if (headText === undefined) continue;
      const baseText = await input.readFile('base', path);
      if (baseText === undefined || ignoredInText(headText, versionSkewMeta.id)) break;
      const before = topLevelValue(baseText, 'kubernetesVersion');
      const after = topLevelValue(headText, 'kubernetesVersion');
      const beforeVersion = before && versionOf(before.value);
      const afterVersion = after && versionOf(after.value);
      const problem = beforeVersion && afterVersion && skewProblem(beforeVersion, afterVersion);
      if (!after || !problem) break;
      report({
        ruleId: versionSkewMeta.id,
        message:
          `kubernetesVersion in ${path} ${problem} This is the version your cluster runs: ` +
          'change it when the cluster moves, one minor release at a time.',
        file: path,
        line: after.line,
        key: 'config:kubernetesVersion',
      });
      break;
    }
  },
};

function versionField(resource: Resource) {
  const group = apiGroup(resource.ref.apiVersion);
  return CLUSTER_VERSION_FIELDS.find((field) => field.kind === resource.ref.kind && field.group === group);
}

function versionAt(resource: Resource, path: FieldPath): KubeVersion | undefined {
  let node: unknown = resource.object;
  for (const segment of path) {
    if (!isRecord(node)) return undefined;
    node = node[segment as string];
  }
  return versionOf(node);
}

/**
 * '1.29', 'v1.29.3' or the number 1.29. An unquoted `1.30` is the number 1.3 in YAML: a one-digit minor
 * from a number is ambiguous, so it is left alone rather than read as a downgrade.
 */
export function versionOf(value: unknown): KubeVersion | undefined {
  if (typeof value === 'string') return parseKubeVersion(value);
  if (typeof value !== 'number') return undefined;
  const text = String(value);
  return /^\d+\.\d$/.test(text) ? undefined : parseKubeVersion(text);
}

/** What is wrong with moving from `before` to `after`, as the end of a sentence; undefined when nothing is. */
export function skewProblem(before: KubeVersion, after: KubeVersion): string | undefined {
  const from = formatVersion(before);
  const to = formatVersion(after);
  if (compareVersions(after, before) < 0) {
    return (
      `moves Kubernetes down from ${from} to ${to}: a control plane cannot be downgraded (etcd already holds ` +
      `objects written by ${from}, and managed services refuse it). Keep ${from}.`
    );
  }
  if (after.major !== before.major || after.minor - before.minor > 1) {
    const steps: string[] = [];
    if (after.major === before.major) {
      for (let minor = before.minor; minor <= after.minor; minor++) steps.push(`${before.major}.${minor}`);
    }
    const path = steps.length > 0 ? ` (${steps.join(' -> ')})` : '';
    const next = formatVersion(nextMinor(before));
    return (
      `moves Kubernetes from ${from} to ${to} in one change: the version skew policy upgrades a control plane ` +
      `one minor release at a time${path}, and EKS, GKE and kubeadm refuse to skip one. ` +
      `Change it to ${next} first, and to the next release in a later change.`
    );
  }
  return undefined;
}
