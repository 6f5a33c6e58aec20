import type { Rule } from './types.js';
import { SCALER_KINDS, kindAndName, headIndex, isScalableWorkload, replicasOf } from './workload.js';
import { isRecord } from '../util/objects.js';

export const singleReplicaRule: Rule = {
  meta: {
    id: 'single-replica',
    description: 'A Deployment or StatefulSet runs one replica and no HorizontalPodAutoscaler scales it.',
    category: 'availability',
    defaultSeverity: 'notice',
    lookupKinds: SCALER_KINDS,
  },
  async check(resource, context, report) {
    if (!isScalableWorkload(resource)) return;
    const replicas = replicasOf(resource);
    // 0 is switched off on purpose; a value that is not a number is not ours to judge.
    if (replicas !== 1) return;
    // The autoscaler may live in any file of the repo: look it up only for the workloads that need it.
    const index = headIndex(await context.repo.resourcesOfKind(SCALER_KINDS));
    if (index.scalerFor(resource)) return;
    const spec = resource.object.spec;
    const unset = !isRecord(spec) || spec.replicas === undefined || spec.replicas === null;
    report({
      message:
        `${kindAndName(resource)} runs a single replica${unset ? ' (spec.replicas is not set, so 1)' : ''} ` +
        'and no HorizontalPodAutoscaler targets it: a node drain, an eviction or a failed rollout takes it ' +
        'down. Set spec.replicas to 2 or more (with a PodDisruptionBudget), or scale it with a ' +
        'HorizontalPodAutoscaler.',
      path: ['spec', 'replicas'],
      key: 'single-replica',
    });
  },
};
