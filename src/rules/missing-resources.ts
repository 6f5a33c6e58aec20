import type { Rule } from './types.js';
import type { ContainerDefaults, ObjectMap } from './workload.js';
import {
  LIMIT_RANGE_KINDS,
  capitalize,
  containersOf,
  describeContainer,
  headIndex,
  joinPhrases,
  podSpecOf,
} from './workload.js';
import { isRecord } from '../util/objects.js';

/** What a container has set (or gets from its pod or a LimitRange). */
type Settings = ContainerDefaults;

export const missingResourcesRule: Rule = {
  meta: {
    id: 'missing-resources',
    description: 'A container has no CPU or memory request, or no memory limit.',
    category: 'resources',
    defaultSeverity: 'notice',
    lookupKinds: LIMIT_RANGE_KINDS,
  },
  async check(resource, context, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    // Pod-level resources (Kubernetes 1.32+) cover every container.
    const podLevel = settingsOf(pod.spec.resources);
    const lacking = containersOf(pod, ['initContainer', 'container'])
      .map((ref) => ({ ref, settings: merge(settingsOf(ref.container.resources), podLevel) }))
      .filter(({ settings }) => !complete(settings));
    if (lacking.length === 0) return;
    // A LimitRange in the namespace fills in defaults: look it up only when something is missing.
    const defaults = headIndex(await context.repo.resourcesOfKind(LIMIT_RANGE_KINDS)).defaultsIn(
      resource.ref.namespace,
    );
    for (const { ref, settings } of lacking) {
      const effective = merge(settings, defaults);
      if (complete(effective)) continue;
      const missing: string[] = [];
      const set: string[] = [];
      if (!effective.cpuRequest) {
        missing.push('no CPU request');
        set.push('requests.cpu');
      }
      if (!effective.memoryRequest) {
        missing.push('no memory request');
        set.push('requests.memory');
      }
      if (!effective.memoryLimit) {
        missing.push('no memory limit');
        set.push('limits.memory');
      }
      const why: string[] = [];
      if (!effective.cpuRequest || !effective.memoryRequest)
        why.push('the scheduler places it as if it needed nothing, so nodes get overcommitted');
      if (!effective.memoryLimit) why.push("a leak can use up the node's memory and get other pods evicted");
      report({
        message:
          `${capitalize(describeContainer(ref))} has ${joinPhrases(missing)}: ${why.join(', and ')}. ` +
          `Set ${joinPhrases(set.map((field) => `resources.${field}`))} ` +
          '(for example requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}).',
        path: [...ref.path, 'resources'],
        key: `resources:${ref.kind}:${ref.name}`,
      });
    }
  },
};

/** What a `resources` block sets. A limit without a request also sets the request (Kubernetes copies it). */
function settingsOf(resources: unknown): Settings {
  const requests = isRecord(resources) && isRecord(resources.requests) ? resources.requests : {};
  const limits: ObjectMap = isRecord(resources) && isRecord(resources.limits) ? resources.limits : {};
  return {
    cpuRequest: present(requests.cpu) || present(limits.cpu),
    memoryRequest: present(requests.memory) || present(limits.memory),
    memoryLimit: present(limits.memory),
  };
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function merge(a: Settings, b: Settings): Settings {
  return {
    cpuRequest: a.cpuRequest || b.cpuRequest,
    memoryRequest: a.memoryRequest || b.memoryRequest,
    memoryLimit: a.memoryLimit || b.memoryLimit,
  };
}

function complete(settings: Settings): boolean {
  return settings.cpuRequest && settings.memoryRequest && settings.memoryLimit;
}
