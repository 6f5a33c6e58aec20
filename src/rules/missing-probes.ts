import type { Rule } from './types.js';
import { capitalize, containersOf, describeContainer, isLongRunning, podSpecOf } from './workload.js';

export const missingProbesRule: Rule = {
  meta: {
    id: 'missing-probes',
    description: 'A container of a long-running workload has no readiness or no liveness probe.',
    category: 'availability',
    defaultSeverity: 'notice',
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    if (!pod || !isLongRunning(resource, pod)) return;
    // Init containers run to completion before the pod starts: probes are for the long-running ones.
    for (const ref of containersOf(pod, ['container'])) {
      const readiness = ref.container.readinessProbe !== undefined && ref.container.readinessProbe !== null;
      const liveness = ref.container.livenessProbe !== undefined && ref.container.livenessProbe !== null;
      if (readiness && liveness) continue;
      const consequences: string[] = [];
      if (!readiness) consequences.push('it gets traffic and counts as available before it is ready');
      if (!liveness) consequences.push('a hung process is never restarted');
      const missing =
        !readiness && !liveness
          ? 'no readiness and no liveness probe'
          : `no ${readiness ? 'liveness' : 'readiness'} probe`;
      const add = [!readiness ? 'readinessProbe' : '', !liveness ? 'livenessProbe' : ''].filter(Boolean);
      report({
        message:
          `${capitalize(describeContainer(ref))} has ${missing}: ${consequences.join(', and ')}. ` +
          `Add ${add.join(' and ')} (for example httpGet on a health endpoint, or tcpSocket on its port).`,
        path: ref.path,
        key: `probes:${ref.name}`,
      });
    }
  },
};
