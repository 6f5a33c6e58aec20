import type { Rule } from './types.js';
import type { ContainerRef, ObjectMap } from './workload.js';
import { capitalize, containersOf, describeContainer, joinPhrases, podSpecOf } from './workload.js';
import { asList, isRecord } from '../util/objects.js';

/** Capabilities that make a container as good as privileged when added. */
const DANGEROUS_CAPABILITIES = new Set(['ALL', 'SYS_ADMIN', 'CAP_SYS_ADMIN']);

interface Problem {
  /** What is wrong, as a verb phrase: "may run as root". */
  problem: string;
  /** The securityContext setting that fixes it. */
  setting: string;
}

export const containerSecurityContextRule: Rule = {
  meta: {
    id: 'container-security-context',
    description:
      'A container may run as root, allows privilege escalation, is privileged or keeps all Linux capabilities.',
    category: 'security',
    defaultSeverity: 'warning',
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    // Windows pods have none of the Linux fields (the API rejects them there).
    if (isRecord(pod.spec.os) && pod.spec.os.name === 'windows') return;
    const podContext = isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {};
    for (const ref of containersOf(pod)) {
      const problems = containerProblems(ref, podContext);
      if (problems.length === 0) continue;
      const settings = problems.map((p) => p.setting);
      report({
        message:
          `${capitalize(describeContainer(ref))} ${joinPhrases(problems.map((p) => p.problem))}. ` +
          `Set in its securityContext: ${settings.join(', ')}.`,
        path: ref.path,
        key: `${ref.kind}:${ref.name}`,
      });
    }
  },
};

function containerProblems(ref: ContainerRef, podContext: ObjectMap): Problem[] {
  const context = isRecord(ref.container.securityContext) ? ref.container.securityContext : {};
  const problems: Problem[] = [];

  // runAsNonRoot and runAsUser may be set for the whole pod; the container's own setting wins.
  const runAsUser = context.runAsUser ?? podContext.runAsUser;
  const runAsNonRoot = context.runAsNonRoot ?? podContext.runAsNonRoot;
  if (runAsUser === 0) {
    problems.push({ problem: 'runs as root (runAsUser: 0)', setting: 'runAsUser: <a non-zero UID>' });
  } else if (runAsNonRoot !== true && runAsUser === undefined) {
    problems.push({
      problem: 'may run as root (neither runAsNonRoot nor runAsUser is set, here or for the pod)',
      setting: 'runAsNonRoot: true',
    });
  }

  if (context.privileged === true) {
    problems.push({ problem: 'is privileged', setting: 'privileged: false' });
  }
  if (context.allowPrivilegeEscalation !== false) {
    problems.push({
      problem: 'allows privilege escalation',
      setting: 'allowPrivilegeEscalation: false',
    });
  }

  const capabilities = isRecord(context.capabilities) ? context.capabilities : {};
  const dropped = asList(capabilities.drop);
  if (!dropped.includes('ALL')) {
    problems.push({
      problem: 'keeps the default Linux capabilities',
      setting: 'capabilities: {drop: [ALL]}',
    });
  }
  const added = asList(capabilities.add).filter(
    (cap): cap is string => typeof cap === 'string' && DANGEROUS_CAPABILITIES.has(cap.toUpperCase()),
  );
  if (added.length > 0) {
    problems.push({
      problem: `adds ${added.join(' and ')} to its capabilities`,
      setting: `no ${added.join(' or ')} in capabilities.add`,
    });
  }
  return problems;
}
