import type { Rule } from './types.js';
import { isKind } from './workload.js';
import { asList, isRecord } from '../util/objects.js';

const RBAC = ['rbac.authorization.k8s.io'];

export const rbacWildcardRule: Rule = {
  meta: {
    id: 'rbac-wildcard',
    description: "A Role or ClusterRole grants '*' verbs or '*' resources.",
    category: 'security',
    defaultSeverity: 'warning',
  },
  check(resource, _context, report) {
    if (!isKind(resource, 'Role', RBAC) && !isKind(resource, 'ClusterRole', RBAC)) return;
    // An aggregated ClusterRole's rules are written by the controller from other roles, not by this file.
    if (resource.ref.kind === 'ClusterRole' && resource.object.aggregationRule !== undefined) return;
    asList(resource.object.rules).forEach((rule, index) => {
      if (!isRecord(rule)) return;
      const verbs = asList(rule.verbs);
      const resources = asList(rule.resources);
      const allVerbs = verbs.includes('*');
      const allResources = resources.includes('*');
      if (!allVerbs && !allResources) return;
      const groups = asList(rule.apiGroups).map((group) => (group === '' ? '""' : String(group)));
      const inGroups = groups.length > 0 ? ` in API groups [${groups.join(', ')}]` : '';
      const what = allVerbs
        ? allResources
          ? `every verb ('*') on every resource ('*')${inGroups}`
          : `every verb ('*') on ${describeList(resources, 'resources')}${inGroups}`
        : `${describeList(verbs, 'verbs')} on every resource ('*')${inGroups}`;
      report({
        message:
          `${resource.ref.kind} '${resource.ref.name}' grants ${what}: wildcards also grant whatever is added ` +
          'later (new resources, new CRDs, subresources such as pods/exec and secrets). List only the verbs and ' +
          'resources the subjects need, for example `verbs: [get, list, watch]` and `resources: [deployments]`.',
        // The '*' item itself: the same line as the key for `verbs: ['*']`.
        path: allVerbs
          ? ['rules', index, 'verbs', verbs.indexOf('*')]
          : ['rules', index, 'resources', resources.indexOf('*')],
        key: `${groups.join(',')}|${resources.map(String).join(',')}|${verbs.map(String).join(',')}`,
      });
    });
  },
};

function describeList(values: readonly unknown[], noun: string): string {
  return values.length === 0 ? `no ${noun}` : `${noun} [${values.map(String).join(', ')}]`;
}
