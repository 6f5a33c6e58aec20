// When each built-in API group/version/kind was deprecated and removed, and what replaces it.
// Sources: the official Deprecated API Migration Guide (removals up to 1.32) and the
// `+k8s:prerelease-lifecycle-gen` tags in k8s.io/api (everything after the guide's last section).

import { atLeast, compareVersions, parseKubeVersion } from '../kube-version.js';
import type { KubeVersion } from '../kube-version.js';

/** The newest Kubernetes release this table knows about; later removals are planned, not released. */
export const NEWEST_KNOWN_RELEASE = '1.36';

export interface ApiReplacement {
  apiVersion: string;
  /** The first release that serves `apiVersion` for this kind. */
  availableIn: string;
}

/** A stopgap version for clusters too old to serve the durable replacement yet. */
export interface InterimReplacement extends ApiReplacement {
  /** Field changes needed when moving to this version instead of the durable one. */
  migration: string[];
}

export interface ApiLifecycle {
  group: string;
  version: string;
  kind: string;
  deprecatedIn?: string;
  removedIn?: string;
  /** The version to move to for good: not itself removed soon after. */
  replacement?: ApiReplacement;
  /** Older stopgap versions, best first, for when `replacement` is not served yet at the target version. */
  interim?: InterimReplacement[];
  /** What to do instead when there is no replacement API. */
  noReplacement?: string;
  /** Field changes the manifest needs for `replacement`; empty when only the apiVersion changes. */
  migration: string[];
  /** Behaviour changes (new defaults, different semantics) that need no edit but can surprise. */
  notes?: string[];
  /** Migration guide anchor, or 'k8s.io/api lifecycle' for the prerelease-lifecycle tags. */
  source: string;
}

const GUIDE = 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/';
const LIFECYCLE = 'k8s.io/api lifecycle';

interface Shared {
  deprecatedIn?: string;
  removedIn: string;
  replacement?: ApiReplacement;
  interim?: InterimReplacement[];
  noReplacement?: string;
  migration?: string[];
  notes?: string[];
  source: string;
}

/** One entry per kind of a group/version that share the same lifecycle. */
function kinds(apiVersion: string, names: string[], shared: Shared): ApiLifecycle[] {
  const slash = apiVersion.indexOf('/');
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  return names.map((kind) => ({ group, version, kind, ...shared, migration: shared.migration ?? [] }));
}

const SELECTOR_REQUIRED = 'spec.selector is required (use the pod template labels) and immutable';

const WEBHOOK_MIGRATION = [
  'webhooks[*].sideEffects is required: None or NoneOnDryRun',
  'webhooks[*].admissionReviewVersions is required',
  'webhooks[*].name must be unique within the object',
];
const WEBHOOK_NOTES = [
  'webhooks[*].failurePolicy defaults to Fail (was Ignore)',
  'webhooks[*].matchPolicy defaults to Equivalent (was Exact)',
  'webhooks[*].timeoutSeconds defaults to 10 (was 30)',
];

const INGRESS_MIGRATION = [
  'spec.backend -> spec.defaultBackend',
  'serviceName -> service.name',
  'servicePort (number) -> service.port.number',
  'servicePort (name) -> service.port.name',
  'pathType is required on every path: Prefix, Exact or ImplementationSpecific (ImplementationSpecific keeps the v1beta1 matching)',
];

const CRD_MIGRATION = [
  'spec.version -> spec.versions',
  'spec.validation -> spec.versions[*].schema',
  'spec.subresources -> spec.versions[*].subresources',
  'spec.additionalPrinterColumns -> spec.versions[*].additionalPrinterColumns (JSONPath -> jsonPath)',
  'spec.conversion.webhookClientConfig -> spec.conversion.webhook.clientConfig',
  'spec.conversion.conversionReviewVersions -> spec.conversion.webhook.conversionReviewVersions',
  'spec.scope is required (no longer defaulted)',
  'spec.versions[*].schema.openAPIV3Schema is required and must be structural',
  'spec.preserveUnknownFields: true is not allowed: use x-kubernetes-preserve-unknown-fields: true in the schema',
];

const PLC_RENAME = 'spec.limited.assuredConcurrencyShares -> spec.limited.nominalConcurrencyShares';
const PLC_ZERO_NOTE =
  'spec.limited.nominalConcurrencyShares defaults to 30 only when unset: an explicit 0 stays 0';

const FLOWCONTROL_V1 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1', availableIn: '1.29' };
const FLOWCONTROL_V1BETA3 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', availableIn: '1.26' };
const FLOWCONTROL_V1BETA2 = { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', availableIn: '1.23' };

// DRA: v1beta2 (and v1) moved a claim's request fields under `exactly` and dropped the slice's `basic` wrapper.
const DRA_V1 = { apiVersion: 'resource.k8s.io/v1', availableIn: '1.34' };
const DRA_V1BETA2 = { apiVersion: 'resource.k8s.io/v1beta2', availableIn: '1.33' };
const DRA_V1BETA1 = { apiVersion: 'resource.k8s.io/v1beta1', availableIn: '1.32' };
const DRA_REQUEST_FIELDS = '{deviceClassName, selectors, allocationMode, count, adminAccess}';
const DRA_CLAIM_MIGRATION = [
  `spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.devices.requests[*].exactly.*`,
];
const DRA_TEMPLATE_MIGRATION = [
  `spec.spec.devices.requests[*].${DRA_REQUEST_FIELDS} -> spec.spec.devices.requests[*].exactly.*`,
];
const DRA_SLICE_MIGRATION = ['spec.devices[*].basic.* -> spec.devices[*].* (the basic wrapper is gone)'];
const DRA_ALPHA_CAPACITY = 'spec.devices[*].basic.capacity.<name>: <quantity> -> <name>: {value: <quantity>}';

/** The four DRA kinds of one pre-v1 version; v1beta2 already has the v1 shape, v1beta1 the old one. */
function draKinds(apiVersion: string, lifecycle: Shared, fromAlpha: boolean): ApiLifecycle[] {
  // From v1alpha3, device capacities also changed shape: v1beta1 wraps each one in {value}.
  const capacity = fromAlpha ? [DRA_ALPHA_CAPACITY] : [];
  const perKind: [string, string[]][] = [
    ['DeviceClass', []],
    ['ResourceClaim', DRA_CLAIM_MIGRATION],
    ['ResourceClaimTemplate', DRA_TEMPLATE_MIGRATION],
    ['ResourceSlice', [...DRA_SLICE_MIGRATION, ...capacity]],
  ];
  return perKind.flatMap(([kind, migration]) =>
    kinds(apiVersion, [kind], {
      ...lifecycle,
      migration,
      interim: [
        { ...DRA_V1BETA2, migration },
        ...(fromAlpha ? [{ ...DRA_V1BETA1, migration: kind === 'ResourceSlice' ? capacity : [] }] : []),
      ],
    }),
  );
}

export const API_LIFECYCLE: readonly ApiLifecycle[] = [
  // ---- removed in 1.16 ----
  ...kinds('extensions/v1beta1', ['NetworkPolicy'], {
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.8' },
    source: `${GUIDE}#networkpolicy-v116`,
  }),
  ...kinds('extensions/v1beta1', ['DaemonSet'], {
    deprecatedIn: '1.8',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: ['spec.templateGeneration is removed', SELECTOR_REQUIRED],
    notes: ['spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)'],
    source: `${GUIDE}#daemonset-v116`,
  }),
  // apps/v1beta2 already had the apps/v1 fields and defaults, so only the apiVersion changes.
  ...kinds('apps/v1beta2', ['DaemonSet'], {
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    source: `${GUIDE}#daemonset-v116`,
  }),
  ...kinds('extensions/v1beta1', ['Deployment'], {
    deprecatedIn: '1.8',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: ['spec.rollbackTo is removed', SELECTOR_REQUIRED],
    notes: [
      'spec.progressDeadlineSeconds defaults to 600 (was no deadline)',
      'spec.revisionHistoryLimit defaults to 10 (was unlimited)',
      'spec.strategy.rollingUpdate.maxSurge and maxUnavailable default to 25% (was 1)',
    ],
    source: `${GUIDE}#deployment-v116`,
  }),
  ...kinds('apps/v1beta1', ['Deployment'], {
    deprecatedIn: '1.8',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: ['spec.rollbackTo is removed', SELECTOR_REQUIRED],
    notes: ['spec.revisionHistoryLimit defaults to 10 (was 2)'],
    source: `${GUIDE}#deployment-v116`,
  }),
  ...kinds('apps/v1beta2', ['Deployment'], {
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    source: `${GUIDE}#deployment-v116`,
  }),
  ...kinds('apps/v1beta1', ['StatefulSet'], {
    deprecatedIn: '1.8',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: [SELECTOR_REQUIRED],
    notes: ['spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)'],
    source: `${GUIDE}#statefulset-v116`,
  }),
  ...kinds('apps/v1beta2', ['StatefulSet'], {
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    source: `${GUIDE}#statefulset-v116`,
  }),
  ...kinds('extensions/v1beta1', ['ReplicaSet'], {
    deprecatedIn: '1.8',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: [SELECTOR_REQUIRED],
    source: `${GUIDE}#replicaset-v116`,
  }),
  // Listed by the guide although k8s.io/api apps/v1beta1 never defined a ReplicaSet type.
  ...kinds('apps/v1beta1', ['ReplicaSet'], {
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    migration: [SELECTOR_REQUIRED],
    source: `${GUIDE}#replicaset-v116`,
  }),
  ...kinds('apps/v1beta2', ['ReplicaSet'], {
    deprecatedIn: '1.9',
    removedIn: '1.16',
    replacement: { apiVersion: 'apps/v1', availableIn: '1.9' },
    source: `${GUIDE}#replicaset-v116`,
  }),
  // policy/v1beta1 is itself removed in 1.25; the rule follows that entry from there.
  ...kinds('extensions/v1beta1', ['PodSecurityPolicy'], {
    deprecatedIn: '1.11',
    removedIn: '1.16',
    replacement: { apiVersion: 'policy/v1beta1', availableIn: '1.10' },
    source: `${GUIDE}#psp-v116`,
  }),

  // ---- removed in 1.22 ----
  ...kinds(
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    {
      deprecatedIn: '1.16',
      removedIn: '1.22',
      replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.16' },
      migration: WEBHOOK_MIGRATION,
      notes: WEBHOOK_NOTES,
      source: `${GUIDE}#webhook-resources-v122`,
    },
  ),
  ...kinds('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], {
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: { apiVersion: 'apiextensions.k8s.io/v1', availableIn: '1.16' },
    migration: CRD_MIGRATION,
    source: `${GUIDE}#customresourcedefinition-v122`,
  }),
  ...kinds('apiregistration.k8s.io/v1beta1', ['APIService'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'apiregistration.k8s.io/v1', availableIn: '1.10' },
    source: `${GUIDE}#apiservice-v122`,
  }),
  ...kinds('authentication.k8s.io/v1beta1', ['TokenReview'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.6' },
    source: `${GUIDE}#tokenreview-v122`,
  }),
  // spec.group only exists in the (Local)SubjectAccessReview spec; the self reviews have no user fields.
  ...kinds('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SubjectAccessReview'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'authorization.k8s.io/v1', availableIn: '1.6' },
    migration: ['spec.group -> spec.groups'],
    source: `${GUIDE}#subjectaccessreview-resources-v122`,
  }),
  ...kinds('authorization.k8s.io/v1beta1', ['SelfSubjectAccessReview', 'SelfSubjectRulesReview'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'authorization.k8s.io/v1', availableIn: '1.6' },
    source: `${GUIDE}#subjectaccessreview-resources-v122`,
  }),
  ...kinds('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.19' },
    migration: [
      'spec.signerName is required (kubernetes.io/legacy-unknown cannot be requested through v1)',
      'spec.usages is required, without duplicates and with known values only',
    ],
    notes: [
      'status.conditions may not repeat a type and each needs a status',
      'status.certificate must be PEM with only CERTIFICATE blocks',
    ],
    source: `${GUIDE}#certificatesigningrequest-v122`,
  }),
  ...kinds('coordination.k8s.io/v1beta1', ['Lease'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'coordination.k8s.io/v1', availableIn: '1.14' },
    source: `${GUIDE}#lease-v122`,
  }),
  ...kinds('extensions/v1beta1', ['Ingress'], {
    deprecatedIn: '1.14',
    removedIn: '1.22',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
    migration: INGRESS_MIGRATION,
    source: `${GUIDE}#ingress-v122`,
  }),
  ...kinds('networking.k8s.io/v1beta1', ['Ingress'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
    migration: INGRESS_MIGRATION,
    source: `${GUIDE}#ingress-v122`,
  }),
  ...kinds('networking.k8s.io/v1beta1', ['IngressClass'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.19' },
    source: `${GUIDE}#ingressclass-v122`,
  }),
  ...kinds(
    'rbac.authorization.k8s.io/v1beta1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    {
      deprecatedIn: '1.17',
      removedIn: '1.22',
      replacement: { apiVersion: 'rbac.authorization.k8s.io/v1', availableIn: '1.8' },
      source: `${GUIDE}#rbac-resources-v122`,
    },
  ),
  ...kinds('scheduling.k8s.io/v1beta1', ['PriorityClass'], {
    deprecatedIn: '1.14',
    removedIn: '1.22',
    replacement: { apiVersion: 'scheduling.k8s.io/v1', availableIn: '1.14' },
    source: `${GUIDE}#priorityclass-v122`,
  }),
  ...kinds('storage.k8s.io/v1beta1', ['CSIDriver'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.19' },
    source: `${GUIDE}#storage-resources-v122`,
  }),
  ...kinds('storage.k8s.io/v1beta1', ['CSINode'], {
    deprecatedIn: '1.17',
    removedIn: '1.22',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.17' },
    source: `${GUIDE}#storage-resources-v122`,
  }),
  ...kinds('storage.k8s.io/v1beta1', ['StorageClass'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.6' },
    source: `${GUIDE}#storage-resources-v122`,
  }),
  ...kinds('storage.k8s.io/v1beta1', ['VolumeAttachment'], {
    deprecatedIn: '1.19',
    removedIn: '1.22',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.13' },
    source: `${GUIDE}#storage-resources-v122`,
  }),

  // ---- removed in 1.25 ----
  ...kinds('batch/v1beta1', ['CronJob'], {
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: { apiVersion: 'batch/v1', availableIn: '1.21' },
    source: `${GUIDE}#cronjob-v125`,
  }),
  ...kinds('discovery.k8s.io/v1beta1', ['EndpointSlice'], {
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: { apiVersion: 'discovery.k8s.io/v1', availableIn: '1.21' },
    migration: [
      "endpoints[*].topology['kubernetes.io/hostname'] -> endpoints[*].nodeName",
      "endpoints[*].topology['topology.kubernetes.io/zone'] -> endpoints[*].zone",
      'endpoints[*].topology is gone (v1 has a read-only deprecatedTopology)',
    ],
    source: `${GUIDE}#endpointslice-v125`,
  }),
  ...kinds('events.k8s.io/v1beta1', ['Event'], {
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: { apiVersion: 'events.k8s.io/v1', availableIn: '1.19' },
    migration: [
      'type must be Normal or Warning',
      'involvedObject -> regarding',
      'action, reason, reportingController and reportingInstance are required',
      'firstTimestamp -> eventTime',
      'lastTimestamp -> series.lastObservedTime',
      'count -> series.count',
      'source.component -> reportingController',
      'source.host -> reportingInstance',
    ],
    source: `${GUIDE}#event-v125`,
  }),
  ...kinds('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], {
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: { apiVersion: 'autoscaling/v2', availableIn: '1.23' },
    migration: [
      'targetAverageUtilization -> target.averageUtilization with target.type: Utilization',
      'targetAverageValue -> target.averageValue with target.type: AverageValue',
      'targetValue -> target.value with target.type: Value',
      'metricName, metricSelector and selector -> metric.name and metric.selector',
      'object metrics: target (the object reference) -> describedObject',
    ],
    source: `${GUIDE}#horizontalpodautoscaler-v125`,
  }),
  ...kinds('policy/v1beta1', ['PodDisruptionBudget'], {
    deprecatedIn: '1.21',
    removedIn: '1.25',
    replacement: { apiVersion: 'policy/v1', availableIn: '1.21' },
    notes: [
      'an empty spec.selector ({}) selects every pod in the namespace in policy/v1 (it selected none before)',
    ],
    source: `${GUIDE}#poddisruptionbudget-v125`,
  }),
  ...kinds('policy/v1beta1', ['PodSecurityPolicy'], {
    deprecatedIn: '1.21',
    removedIn: '1.25',
    noReplacement: 'use Pod Security Admission or a third-party admission webhook',
    source: `${GUIDE}#psp-v125`,
  }),
  ...kinds('node.k8s.io/v1beta1', ['RuntimeClass'], {
    deprecatedIn: '1.22',
    removedIn: '1.25',
    replacement: { apiVersion: 'node.k8s.io/v1', availableIn: '1.20' },
    source: `${GUIDE}#runtimeclass-v125`,
  }),

  // ---- removed in 1.26 ----
  // The guide says v1beta2 and the lifecycle tag v1beta3, but both are removed later: v1 is the durable target.
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema'], {
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: FLOWCONTROL_V1,
    interim: [
      { ...FLOWCONTROL_V1BETA3, migration: [] },
      { ...FLOWCONTROL_V1BETA2, migration: [] },
    ],
    source: `${GUIDE}#flowcontrol-resources-v126`,
  }),
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta1', ['PriorityLevelConfiguration'], {
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: FLOWCONTROL_V1,
    interim: [
      { ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] },
      { ...FLOWCONTROL_V1BETA2, migration: [] },
    ],
    migration: [PLC_RENAME],
    notes: [PLC_ZERO_NOTE],
    source: `${GUIDE}#flowcontrol-resources-v126`,
  }),
  ...kinds('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], {
    deprecatedIn: '1.23',
    removedIn: '1.26',
    replacement: { apiVersion: 'autoscaling/v2', availableIn: '1.23' },
    source: `${GUIDE}#horizontalpodautoscaler-v126`,
  }),

  // ---- removed in 1.27 ----
  ...kinds('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], {
    deprecatedIn: '1.24',
    removedIn: '1.27',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.24' },
    source: `${GUIDE}#csistoragecapacity-v127`,
  }),

  // ---- removed in 1.29 ----
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema'], {
    deprecatedIn: '1.26',
    removedIn: '1.29',
    replacement: FLOWCONTROL_V1,
    interim: [{ ...FLOWCONTROL_V1BETA3, migration: [] }],
    source: `${GUIDE}#flowcontrol-resources-v129`,
  }),
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta2', ['PriorityLevelConfiguration'], {
    deprecatedIn: '1.26',
    removedIn: '1.29',
    replacement: FLOWCONTROL_V1,
    interim: [{ ...FLOWCONTROL_V1BETA3, migration: [PLC_RENAME] }],
    migration: [PLC_RENAME],
    notes: [PLC_ZERO_NOTE],
    source: `${GUIDE}#flowcontrol-resources-v129`,
  }),

  // ---- removed in 1.32 ----
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema'], {
    deprecatedIn: '1.29',
    removedIn: '1.32',
    replacement: FLOWCONTROL_V1,
    source: `${GUIDE}#flowcontrol-resources-v132`,
  }),
  ...kinds('flowcontrol.apiserver.k8s.io/v1beta3', ['PriorityLevelConfiguration'], {
    deprecatedIn: '1.29',
    removedIn: '1.32',
    replacement: FLOWCONTROL_V1,
    notes: [`${PLC_ZERO_NOTE} (v1beta3 turned 0 into 30)`],
    source: `${GUIDE}#flowcontrol-resources-v132`,
  }),
  ...kinds('authentication.k8s.io/v1alpha1', ['SelfSubjectReview'], {
    deprecatedIn: '1.29',
    removedIn: '1.32',
    replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.28' },
    source: LIFECYCLE,
  }),
  ...kinds(
    'admissionregistration.k8s.io/v1alpha1',
    ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
    {
      deprecatedIn: '1.29',
      removedIn: '1.32',
      replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.30' },
      interim: [{ apiVersion: 'admissionregistration.k8s.io/v1beta1', availableIn: '1.28', migration: [] }],
      source: LIFECYCLE,
    },
  ),

  // ---- removed in 1.33 ----
  ...kinds('authentication.k8s.io/v1beta1', ['SelfSubjectReview'], {
    deprecatedIn: '1.30',
    removedIn: '1.33',
    replacement: { apiVersion: 'authentication.k8s.io/v1', availableIn: '1.28' },
    source: LIFECYCLE,
  }),
  ...kinds('networking.k8s.io/v1alpha1', ['IPAddress', 'ServiceCIDR'], {
    deprecatedIn: '1.30',
    removedIn: '1.33',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.33' },
    interim: [{ apiVersion: 'networking.k8s.io/v1beta1', availableIn: '1.31', migration: [] }],
    source: LIFECYCLE,
  }),

  // ---- removed in 1.34 ----
  ...kinds(
    'admissionregistration.k8s.io/v1beta1',
    ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
    {
      deprecatedIn: '1.31',
      removedIn: '1.34',
      replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.30' },
      source: LIFECYCLE,
    },
  ),
  ...draKinds(
    'resource.k8s.io/v1alpha3',
    {
      deprecatedIn: '1.34',
      removedIn: '1.34',
      replacement: DRA_V1,
      source: LIFECYCLE,
    },
    true,
  ),

  // ---- removed in 1.35 ----
  ...kinds('storage.k8s.io/v1alpha1', ['VolumeAttributesClass'], {
    deprecatedIn: '1.32',
    removedIn: '1.35',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.34' },
    interim: [{ apiVersion: 'storage.k8s.io/v1beta1', availableIn: '1.31', migration: [] }],
    source: LIFECYCLE,
  }),
  ...kinds('storagemigration.k8s.io/v1alpha1', ['StorageVersionMigration'], {
    deprecatedIn: '1.33',
    removedIn: '1.35',
    replacement: { apiVersion: 'storagemigration.k8s.io/v1beta1', availableIn: '1.35' },
    migration: [
      'spec.resource.version is removed: spec.resource names only group and resource',
      'spec.continueToken is removed',
    ],
    source: LIFECYCLE,
  }),

  // ---- removal planned after NEWEST_KNOWN_RELEASE ----
  ...kinds('storage.k8s.io/v1beta1', ['VolumeAttributesClass'], {
    deprecatedIn: '1.34',
    removedIn: '1.37',
    replacement: { apiVersion: 'storage.k8s.io/v1', availableIn: '1.34' },
    source: LIFECYCLE,
  }),
  ...kinds('networking.k8s.io/v1beta1', ['IPAddress', 'ServiceCIDR'], {
    deprecatedIn: '1.34',
    removedIn: '1.37',
    replacement: { apiVersion: 'networking.k8s.io/v1', availableIn: '1.33' },
    source: LIFECYCLE,
  }),
  ...kinds('certificates.k8s.io/v1alpha1', ['ClusterTrustBundle'], {
    deprecatedIn: '1.34',
    removedIn: '1.37',
    replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.37' },
    interim: [{ apiVersion: 'certificates.k8s.io/v1beta1', availableIn: '1.33', migration: [] }],
    source: LIFECYCLE,
  }),
  ...draKinds(
    'resource.k8s.io/v1beta1',
    {
      deprecatedIn: '1.35',
      removedIn: '1.38',
      replacement: DRA_V1,
      source: LIFECYCLE,
    },
    false,
  ),
  ...kinds('coordination.k8s.io/v1alpha2', ['LeaseCandidate'], {
    deprecatedIn: '1.35',
    removedIn: '1.38',
    replacement: { apiVersion: 'coordination.k8s.io/v1beta1', availableIn: '1.33' },
    source: LIFECYCLE,
  }),
  ...kinds(
    'admissionregistration.k8s.io/v1alpha1',
    ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    {
      deprecatedIn: '1.35',
      removedIn: '1.38',
      replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.36' },
      interim: [{ apiVersion: 'admissionregistration.k8s.io/v1beta1', availableIn: '1.34', migration: [] }],
      source: LIFECYCLE,
    },
  ),
  ...kinds(
    'resource.k8s.io/v1beta2',
    ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
    {
      deprecatedIn: '1.36',
      removedIn: '1.39',
      replacement: DRA_V1,
      source: LIFECYCLE,
    },
  ),
  ...kinds('coordination.k8s.io/v1beta1', ['LeaseCandidate'], {
    deprecatedIn: '1.36',
    removedIn: '1.39',
    noReplacement: 'no newer LeaseCandidate version is defined yet',
    source: LIFECYCLE,
  }),
  ...kinds(
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
    {
      deprecatedIn: '1.37',
      removedIn: '1.40',
      replacement: { apiVersion: 'admissionregistration.k8s.io/v1', availableIn: '1.36' },
      source: LIFECYCLE,
    },
  ),
  ...kinds('certificates.k8s.io/v1beta1', ['ClusterTrustBundle', 'PodCertificateRequest'], {
    deprecatedIn: '1.37',
    removedIn: '1.40',
    replacement: { apiVersion: 'certificates.k8s.io/v1', availableIn: '1.37' },
    source: LIFECYCLE,
  }),
  ...kinds('storagemigration.k8s.io/v1beta1', ['StorageVersionMigration'], {
    deprecatedIn: '1.37',
    removedIn: '1.40',
    replacement: { apiVersion: 'storagemigration.k8s.io/v1', availableIn: '1.37' },
    source: LIFECYCLE,
  }),
];

const BY_API_VERSION_AND_KIND = new Map(API_LIFECYCLE.map((entry) => [lifecycleKey(entry), entry]));

/**
 * The first release serving each replacement apiVersion/kind, and the older entries it replaces:
 * a manifest written for a newer cluster (networking.k8s.io/v1 Ingress on 1.18) is not served either.
 */
const INTRODUCTIONS = new Map<string, { availableIn: string; replaces: ApiLifecycle[] }>();
for (const entry of API_LIFECYCLE) {
  for (const replacement of [entry.replacement, ...(entry.interim ?? [])]) {
    if (!replacement) continue;
    const key = `${replacement.apiVersion}/${entry.kind}`;
    const known = INTRODUCTIONS.get(key);
    if (!known) {
      INTRODUCTIONS.set(key, { availableIn: replacement.availableIn, replaces: [entry] });
      continue;
    }
    known.replaces.push(entry);
    if (compareVersions(tableVersion(replacement.availableIn), tableVersion(known.availableIn)) < 0) {
      known.availableIn = replacement.availableIn;
    }
  }
}

/** When the table knows it: the first release serving apiVersion/kind, and the older versions it replaces. */
export function findIntroduction(
  apiVersion: string,
  kind: string,
): { availableIn: string; replaces: readonly ApiLifecycle[] } | undefined {
  return INTRODUCTIONS.get(`${apiVersion}/${kind}`);
}

export function lifecycleKey(entry: Pick<ApiLifecycle, 'group' | 'version' | 'kind'>): string {
  return `${entry.group}/${entry.version}/${entry.kind}`;
}

export function findLifecycle(apiVersion: string, kind: string): ApiLifecycle | undefined {
  return BY_API_VERSION_AND_KIND.get(`${apiVersion}/${kind}`);
}

export function entryApiVersion(entry: ApiLifecycle): string {
  return `${entry.group}/${entry.version}`;
}

/** Table versions are 'X.Y' literals checked by the data test, so a bad one is a programming error. */
export function tableVersion(text: string): KubeVersion {
  const version = parseKubeVersion(text);
  if (!version) throw new Error(`invalid version '${text}' in the API lifecycle table`);
  return version;
}

/** The API is no longer served at `version`. */
export function isRemovedAt(entry: ApiLifecycle, version: KubeVersion): boolean {
  return entry.removedIn !== undefined && atLeast(version, tableVersion(entry.removedIn));
}

export function isDeprecatedAt(entry: ApiLifecycle, version: KubeVersion): boolean {
  return entry.deprecatedIn !== undefined && atLeast(version, tableVersion(entry.deprecatedIn));
}

/** A release after NEWEST_KNOWN_RELEASE: its removals are announced but not released yet. */
export function isUnreleased(release: string): boolean {
  return compareVersions(tableVersion(release), tableVersion(NEWEST_KNOWN_RELEASE)) > 0;
}
