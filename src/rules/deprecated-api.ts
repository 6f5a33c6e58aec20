import { checkCrdDeprecation } from '../crd/check-resource.js';
import { CRD_KINDS, mayBeCustomResource } from '../crd/crd-index.js';
import {
  findIntroduction,
  findLifecycle,
  isDeprecatedAt,
  isRemovedAt,
  tableVersion,
} from '../data/api-lifecycle.js';
import { atLeast, formatVersion } from '../kube-version.js';
import type { Rule } from './types.js';
import { describeApi, laterVersion, migrationAdvice, removalPhrase } from './removed-api.js';

export const deprecatedApiRule: Rule = {
  meta: {
    id: 'deprecated-api',
    description:
      'The apiVersion and kind are still served but deprecated, or removed by the Kubernetes version you upgrade to.',
    category: 'deprecation',
    defaultSeverity: 'warning',
    lookupKinds: CRD_KINDS,
  },
  check(resource, context, report) {
    const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
    // A custom resource: deprecated when its CRD in the repo marks the version deprecated.
    if (!entry && mayBeCustomResource(resource.ref.apiVersion))
      return checkCrdDeprecation(resource, context.repo, report);
    // Already gone, or not served yet, at the current version: that is removed-api's finding.
    if (!entry || isRemovedAt(entry, context.kubernetesVersion)) return;
    const introduction = findIntroduction(resource.ref.apiVersion, resource.ref.kind);
    if (introduction && !atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn))) return;
    const upgrade = laterVersion(context.kubernetesVersion, context.upgradeVersion);

    if (entry.removedIn && isRemovedAt(entry, upgrade)) {
      const advice = migrationAdvice(resource, entry, context);
      report({
        message:
          `${describeApi(entry)} is ${removalPhrase(entry.removedIn)}: ` +
          `migrate before upgrading to ${formatVersion(upgrade)}. ${advice.text}`,
        severity: 'warning',
        path: ['apiVersion'],
        key: 'deprecated',
        ...(advice.fix ? { fix: advice.fix } : {}),
      });
    } else if (entry.deprecatedIn && isDeprecatedAt(entry, upgrade)) {
      const advice = migrationAdvice(resource, entry, context);
      const removal = entry.removedIn ? ` and will be ${removalPhrase(entry.removedIn)}` : '';
      report({
        message: `${describeApi(entry)} is deprecated since ${entry.deprecatedIn}${removal}. ${advice.text}`,
        severity: 'notice',
        path: ['apiVersion'],
        key: 'deprecated',
        ...(advice.fix ? { fix: advice.fix } : {}),
      });
    }
  },
};
