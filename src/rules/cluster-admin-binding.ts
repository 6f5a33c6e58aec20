import type { Rule } from './types.js';
import { isKind, joinPhrases } from './workload.js';
import { asList, isRecord } from '../util/objects.js';

const RBAC = ['rbac.authorization.k8s.io'];

export const clusterAdminBindingRule: Rule = {
  meta: {
    id: 'cluster-admin-binding',
    description:
      'A ClusterRoleBinding or RoleBinding gives the cluster-admin ClusterRole to a ServiceAccount.',
    category: 'security',
    defaultSeverity: 'warning',
  },
  check(resource, _context, report) {
    const clusterWide = isKind(resource, 'ClusterRoleBinding', RBAC);
    if (!clusterWide && !isKind(resource, 'RoleBinding', RBAC)) return;
    const roleRef = resource.object.roleRef;
    if (!isRecord(roleRef) || roleRef.kind !== 'ClusterRole' || roleRef.name !== 'cluster-admin') return;
    const accounts: string[] = [];
    for (const subject of asList(resource.object.subjects)) {
      if (!isRecord(subject) || typeof subject.name !== 'string') continue;
      if (subject.kind === 'ServiceAccount') {
        // A subject's namespace defaults to the binding's for a RoleBinding.
        const namespace = typeof subject.namespace === 'string' ? subject.namespace : resource.ref.namespace;
        accounts.push(`ServiceAccount ${namespace ? `${namespace}/` : ''}${subject.name}`);
      } else if (
        subject.kind === 'Group' &&
        (subject.name === 'system:serviceaccounts' || subject.name.startsWith('system:serviceaccounts:'))
      ) {
        accounts.push(`every ServiceAccount of group ${subject.name}`);
      }
    }
    if (accounts.length === 0) return;
    const scope = clusterWide
      ? 'full control of the whole cluster'
      : `full control of namespace '${resource.ref.namespace ?? '(its namespace)'}', its Roles and Secrets included`;
    report({
      message:
        `${resource.ref.kind} '${resource.ref.name}' gives cluster-admin (${scope}) to ${joinPhrases(accounts)}: ` +
        'any pod that runs as it, or anyone who gets its token, has that control too. Bind a Role or ' +
        'ClusterRole that grants only the verbs and resources the workload needs.',
      path: ['roleRef', 'name'],
      key: 'cluster-admin',
    });
  },
};
