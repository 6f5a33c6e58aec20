import type { Rule } from './types.js';
import type { ScalableWorkload } from './workload.js';
import {
  SCALER_KINDS,
  WORKLOAD_KINDS,
  kindAndName,
  headIndex,
  isKind,
  joinPhrases,
  selectorMatches,
} from './workload.js';
import { isRecord } from '../util/objects.js';

/** The workloads a PDB may select, and the autoscalers that set their replicas. */
const PDB_LOOKUP_KINDS: readonly string[] = [...WORKLOAD_KINDS, ...SCALER_KINDS];

const DRAIN_HANGS =
  'kubectl drain, node upgrades and cluster-autoscaler scale-down wait on it until they time out';

export const pdbBlocksDrainRule: Rule = {
  meta: {
    id: 'pdb-blocks-drain',
    description:
      'A PodDisruptionBudget allows no disruption (maxUnavailable 0, or minAvailable all the pods).',
    category: 'availability',
    defaultSeverity: 'warning',
    lookupKinds: PDB_LOOKUP_KINDS,
  },
  async check(resource, context, report) {
    if (!isKind(resource, 'PodDisruptionBudget', ['policy'])) return;
    const spec = resource.object.spec;
    if (!isRecord(spec)) return;
    const name = `PodDisruptionBudget '${resource.ref.name}'`;

    if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
      if (amount(spec.maxUnavailable)?.value !== 0) return;
      report({
        message:
          `${name} allows no voluntary disruption (maxUnavailable: ${String(spec.maxUnavailable)}): ` +
          `${DRAIN_HANGS}. Set maxUnavailable: 1, or a minAvailable below the number of pods.`,
        path: ['spec', 'maxUnavailable'],
        key: 'max-unavailable',
      });
      return;
    }

    const minAvailable = amount(spec.minAvailable);
    if (!minAvailable) return;
    if (minAvailable.percent && minAvailable.value >= 100) {
      report({
        message:
          `${name} keeps every pod available (minAvailable: ${String(spec.minAvailable)}): ${DRAIN_HANGS}. ` +
          'Set minAvailable below 100% (with 2 or more replicas), or maxUnavailable: 1.',
        path: ['spec', 'minAvailable'],
        key: 'min-available',
      });
      return;
    }
    // An integer (or a percentage short of 100) blocks only when it covers every pod it selects: count them.
    // A missing selector selects nothing in policy/v1; an empty one selects the whole namespace.
    if (!isRecord(spec.selector) || (minAvailable.value === 0 && !minAvailable.percent)) return;
    const selector = spec.selector;
    const index = headIndex(await context.repo.resourcesOfKind(PDB_LOOKUP_KINDS));
    const selected = index
      .workloadsIn(resource.ref.namespace)
      .filter((workload) => selectorMatches(selector, workload.labels));
    const pods = selected.reduce((sum, workload) => sum + workload.replicas, 0);
    if (pods === 0) return;
    // The disruption controller rounds a percentage up.
    const required = minAvailable.percent ? Math.ceil((minAvailable.value * pods) / 100) : minAvailable.value;
    if (required < pods) return;
    report({
      message:
        `${name} requires minAvailable: ${String(spec.minAvailable)} of the ${pods} pod${pods === 1 ? '' : 's'} ` +
        `it selects (${joinPhrases(selected.map(describeWorkload))}), so it allows no voluntary disruption: ` +
        `${DRAIN_HANGS}. ` +
        (pods === 1
          ? 'Run 2 or more replicas (minAvailable: 1 then lets one pod go at a time), or use maxUnavailable: 1.'
          : `Set minAvailable to ${pods - 1} or less, or use maxUnavailable: 1.`),
      path: ['spec', 'minAvailable'],
      key: 'min-available',
    });
  },
};

/** An IntOrString: a non-negative integer, or a percentage like "25%". */
function amount(value: unknown): { value: number; percent: boolean } | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { value, percent: false };
  if (typeof value === 'string') {
    const match = /^\s*(\d+)%\s*$/.exec(value);
    if (match) return { value: Number(match[1]), percent: true };
  }
  return undefined;
}

function describeWorkload(workload: ScalableWorkload): string {
  const count = `${workload.replicas} replica${workload.replicas === 1 ? '' : 's'}`;
  const source = workload.scaler ? `, the minimum of ${kindAndName(workload.scaler.resource)}` : '';
  return `${kindAndName(workload.resource)}: ${count}${source}`;
}
