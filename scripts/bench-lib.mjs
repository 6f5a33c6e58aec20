// Helpers for scripts/bench.mjs: a seeded generator of a synthetic GitOps repo whose deprecated and removed
// APIs are known in advance, the expected findings for a target version, small statistics and a CPU profile
// summary. Plain Node ESM; the only package used is `yaml` (for writing the manifests).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

// ---- seeded PRNG ----

/** mulberry32: small, fast and deterministic for a given seed. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  /** Picks a value from [[weight, value], ...]. */
  const weighted = (entries) => {
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [weight, value] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][1];
  };
  return { next, int, pick, chance, weighted };
}

// ---- the expected findings: the bench's own copy of the facts for the APIs the generator uses ----
// From the Deprecated API Migration Guide and the k8s.io/api lifecycle tags. Only what the generator writes
// is listed; every other apiVersion/kind it writes is served and not deprecated at any target from 1.29 to 1.33.

const LIFECYCLE = {
  'apps/v1beta2/Deployment': ['1.9', '1.16'],
  'batch/v1beta1/CronJob': ['1.21', '1.25'],
  'policy/v1beta1/PodDisruptionBudget': ['1.21', '1.25'],
  'extensions/v1beta1/Ingress': ['1.14', '1.22'],
  'networking.k8s.io/v1beta1/Ingress': ['1.19', '1.22'],
  'autoscaling/v2beta1/HorizontalPodAutoscaler': ['1.22', '1.25'],
  'autoscaling/v2beta2/HorizontalPodAutoscaler': ['1.23', '1.26'],
  'rbac.authorization.k8s.io/v1beta1/Role': ['1.17', '1.22'],
  'rbac.authorization.k8s.io/v1beta1/RoleBinding': ['1.17', '1.22'],
  'rbac.authorization.k8s.io/v1beta1/ClusterRole': ['1.17', '1.22'],
  'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': ['1.17', '1.22'],
  'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': ['1.26', '1.29'],
  'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': ['1.26', '1.29'],
  'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': ['1.29', '1.32'],
  'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': ['1.29', '1.32'],
  'admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicy': ['1.31', '1.34'],
  'admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicyBinding': ['1.31', '1.34'],
};

const minorOf = (version) => Number(version.split('.')[1]);

/**
 * The finding the deprecation rules must report for an object at `--kubernetes-version target` (upgrade target
 * one minor above): removed-api (error) when no longer served, else deprecated-api as a warning when removed by
 * the upgrade version or a notice when deprecated by it. Undefined when nothing is due.
 */
export function expectedFinding(apiVersion, kind, target) {
  const entry = LIFECYCLE[`${apiVersion}/${kind}`];
  if (!entry) return undefined;
  const [deprecatedIn, removedIn] = entry.map(minorOf);
  const current = minorOf(target);
  const upgrade = current + 1;
  if (removedIn <= current) return { ruleId: 'removed-api', severity: 'error' };
  if (removedIn <= upgrade) return { ruleId: 'deprecated-api', severity: 'warning' };
  if (deprecatedIn <= upgrade) return { ruleId: 'deprecated-api', severity: 'notice' };
  return undefined;
}

export const findingKey = ({ file, kind, name, ruleId }) => `${file} | ${kind} ${name} | ${ruleId}`;

// ---- manifests ----

const TEAMS = [
  'payments',
  'checkout',
  'search',
  'identity',
  'catalog',
  'ledger',
  'notify',
  'analytics',
  'media',
  'growth',
];
const APP_WORDS = [
  'api',
  'worker',
  'gateway',
  'indexer',
  'sync',
  'scheduler',
  'web',
  'backend',
  'ingest',
  'router',
];
const APP_PREFIXES = [
  'order',
  'cart',
  'price',
  'user',
  'session',
  'invoice',
  'report',
  'stock',
  'email',
  'feed',
];
const ENVS = ['prod', 'staging', 'dev'];
const SIDECARS = [
  { name: 'envoy', image: 'envoyproxy/envoy', port: 15001 },
  { name: 'log-shipper', image: 'fluent/fluent-bit', port: 2020 },
  { name: 'oauth2-proxy', image: 'quay.io/oauth2-proxy/oauth2-proxy', port: 4180 },
];

const semver = (r) => `${r.int(0, 4)}.${r.int(0, 30)}.${r.int(0, 20)}`;

/** Deterministic YAML: YAML 1.1 quoting (the reviewer parses as 1.1) and no line folding. */
export const toYaml = (object) => stringify(object, { version: '1.1', lineWidth: 0 });

function labels(ctx, component) {
  return {
    'app.kubernetes.io/name': ctx.app,
    'app.kubernetes.io/part-of': ctx.team,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/managed-by': 'argocd',
    environment: ctx.env,
  };
}

function meta(ctx, name, component, extra = {}) {
  return { name, namespace: ctx.ns, labels: labels(ctx, component), ...extra };
}

function env(r, ctx) {
  const vars = [
    { name: 'APP_ENV', value: ctx.env },
    { name: 'LOG_LEVEL', value: r.pick(['debug', 'info', 'warn']) },
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
  ];
  const extra = r.int(3, 16);
  for (let i = 0; i < extra; i++) {
    const name = `${ctx.app.toUpperCase().replace(/-/g, '_')}_SETTING_${i}`;
    vars.push(
      r.weighted([
        [5, { name, value: `${r.pick(['enabled', 'disabled', 'auto', 'strict'])}-${r.int(1, 999)}` }],
        [2, { name, valueFrom: { secretKeyRef: { name: `${ctx.app}-secrets`, key: `key-${i}` } } }],
        [2, { name, valueFrom: { configMapKeyRef: { name: `${ctx.app}-config`, key: `setting-${i}` } } }],
      ]),
    );
  }
  return vars;
}

function probe(path, port, r) {
  return {
    httpGet: { path, port },
    initialDelaySeconds: r.int(0, 20),
    periodSeconds: r.pick([5, 10, 15]),
    timeoutSeconds: r.int(1, 5),
    failureThreshold: r.int(3, 6),
  };
}

function podSpec(r, ctx, { worker = false } = {}) {
  const main = {
    name: ctx.app,
    image: `registry.example.com/${ctx.team}/${ctx.app}:${ctx.tag}`,
    imagePullPolicy: 'IfNotPresent',
    ...(worker ? { args: ['--mode=worker', `--concurrency=${r.int(2, 32)}`] } : {}),
    ports: [
      ...(worker ? [] : [{ name: 'http', containerPort: 8080, protocol: 'TCP' }]),
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ],
    env: env(r, ctx),
    envFrom: [{ configMapRef: { name: `${ctx.app}-config` } }],
    resources: {
      requests: { cpu: `${r.pick([50, 100, 250, 500])}m`, memory: `${r.pick([64, 128, 256, 512])}Mi` },
      limits: { cpu: `${r.pick([500, 1000, 2000])}m`, memory: `${r.pick([256, 512, 1024, 2048])}Mi` },
    },
    ...(worker
      ? {}
      : { livenessProbe: probe('/healthz', 'http', r), readinessProbe: probe('/readyz', 'http', r) }),
    ...(r.chance(0.3) ? { startupProbe: probe('/healthz', worker ? 'metrics' : 'http', r) } : {}),
    volumeMounts: [
      { name: 'config', mountPath: '/etc/app', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    },
  };
  const containers = [main];
  const sidecars = r.int(0, 2);
  for (let i = 0; i < sidecars; i++) {
    const sidecar = SIDECARS[i];
    containers.push({
      name: sidecar.name,
      image: `${sidecar.image}:v${semver(r)}`,
      ports: [{ name: `${sidecar.name.slice(0, 10)}-port`, containerPort: sidecar.port }],
      resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
    });
  }
  return {
    serviceAccountName: ctx.app,
    terminationGracePeriodSeconds: r.pick([30, 60, 120]),
    securityContext: {
      runAsUser: 10001,
      runAsGroup: 10001,
      fsGroup: 10001,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...(r.chance(0.5)
      ? { nodeSelector: { 'kubernetes.io/os': 'linux', 'node.example.com/pool': ctx.team } }
      : {}),
    ...(r.chance(0.4)
      ? { tolerations: [{ key: 'dedicated', operator: 'Equal', value: ctx.team, effect: 'NoSchedule' }] }
      : {}),
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              topologyKey: 'kubernetes.io/hostname',
              labelSelector: { matchLabels: { 'app.kubernetes.io/name': ctx.app } },
            },
          },
        ],
      },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': ctx.app } },
      },
    ],
    containers,
    volumes: [
      { name: 'config', configMap: { name: `${ctx.app}-config` } },
      { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
    ],
  };
}

export function deployment(r, ctx, options = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(ctx, ctx.app, options.worker ? 'worker' : 'server', {
      annotations: {
        'argocd.argoproj.io/sync-wave': String(r.int(0, 3)),
        'example.com/owner': `${ctx.team}@example.com`,
      },
    }),
    spec: {
      replicas: ctx.replicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: { 'app.kubernetes.io/name': ctx.app } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: labels(ctx, options.worker ? 'worker' : 'server'),
          annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' },
        },
        spec: podSpec(r, ctx, options),
      },
    },
  };
}

function service(ctx) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(ctx, ctx.app, 'server'),
    spec: {
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': ctx.app },
      ports: [
        { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
        { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
      ],
    },
  };
}

function configMap(r, ctx) {
  const data = {};
  const keys = r.int(2, 8);
  for (let i = 0; i < keys; i++)
    data[`setting-${i}`] = `${r.pick(['on-demand', 'batch', 'stream'])}-${r.int(1, 99)}`;
  const lines = [
    'server:',
    `  port: 8080`,
    `  shutdownTimeout: ${r.int(5, 30)}s`,
    'database:',
    `  host: ${ctx.app}-db.${ctx.ns}.svc.cluster.local`,
    `  pool: ${r.int(5, 50)}`,
    'features:',
  ];
  for (let i = 0; i < r.int(2, 10); i++) lines.push(`  flag-${i}: ${r.chance(0.5)}`);
  data['application.yaml'] = `${lines.join('\n')}\n`;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(ctx, `${ctx.app}-config`, 'config'), data };
}

function hpa(r, ctx) {
  const apiVersion = r.weighted([
    [75, 'autoscaling/v2'],
    [14, 'autoscaling/v2beta2'],
    [5, 'autoscaling/v2beta1'],
    [6, 'autoscaling/v1'],
  ]);
  const cpu = r.pick([60, 70, 80]);
  const spec = {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: ctx.app },
    minReplicas: ctx.replicas,
    maxReplicas: ctx.replicas * r.int(2, 5),
  };
  if (apiVersion === 'autoscaling/v1') spec.targetCPUUtilizationPercentage = cpu;
  else if (apiVersion === 'autoscaling/v2beta1') {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', targetAverageUtilization: cpu } }];
  } else {
    spec.metrics = [
      {
        type: 'Resource',
        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } },
      },
    ];
  }
  return { apiVersion, kind: 'HorizontalPodAutoscaler', metadata: meta(ctx, ctx.app, 'autoscaling'), spec };
}

function pdb(r, ctx) {
  return {
    apiVersion: r.chance(0.15) ? 'policy/v1beta1' : 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(ctx, ctx.app, 'availability'),
    spec: {
      ...(r.chance(0.5) ? { minAvailable: 1 } : { maxUnavailable: r.pick([1, '25%']) }),
      selector: { matchLabels: { 'app.kubernetes.io/name': ctx.app } },
    },
  };
}

function ingress(r, ctx) {
  const apiVersion = r.weighted([
    [82, 'networking.k8s.io/v1'],
    [9, 'extensions/v1beta1'],
    [9, 'networking.k8s.io/v1beta1'],
  ]);
  const host = `${ctx.app}.${ctx.env}.example.com`;
  const legacy = apiVersion !== 'networking.k8s.io/v1';
  const backend = legacy
    ? { serviceName: ctx.app, servicePort: 80 }
    : { service: { name: ctx.app, port: { number: 80 } } };
  return {
    apiVersion,
    kind: 'Ingress',
    metadata: meta(ctx, ctx.app, 'ingress', {
      annotations: {
        'cert-manager.io/cluster-issuer': 'letsencrypt',
        'nginx.ingress.kubernetes.io/proxy-body-size': '8m',
      },
    }),
    spec: {
      ...(legacy ? {} : { ingressClassName: 'nginx' }),
      tls: [{ hosts: [host], secretName: `${ctx.app}-tls` }],
      rules: [
        {
          host,
          http: {
            paths: [{ path: '/', ...(legacy ? {} : { pathType: 'Prefix' }), backend }],
          },
        },
      ],
    },
  };
}

function cronJob(r, ctx, index) {
  const apiVersion = r.chance(0.15) ? 'batch/v1beta1' : 'batch/v1';
  const name = `${ctx.app}-${r.pick(['cleanup', 'report', 'reindex', 'backup', 'sync'])}-${index}`;
  const pod = podSpec(r, ctx, { worker: true });
  pod.restartPolicy = 'OnFailure';
  return {
    apiVersion,
    kind: 'CronJob',
    metadata: meta(ctx, name, 'job'),
    spec: {
      schedule: `${r.int(0, 59)} ${r.int(0, 23)} * * *`,
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      jobTemplate: {
        spec: { backoffLimit: 2, template: { metadata: { labels: labels(ctx, 'job') }, spec: pod } },
      },
    },
  };
}

function rbac(r, ctx) {
  const apiVersion = r.chance(0.1) ? 'rbac.authorization.k8s.io/v1beta1' : 'rbac.authorization.k8s.io/v1';
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(ctx, ctx.app, 'rbac') },
    {
      apiVersion,
      kind: 'Role',
      metadata: meta(ctx, ctx.app, 'rbac'),
      rules: [
        { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] },
      ],
    },
    {
      apiVersion,
      kind: 'RoleBinding',
      metadata: meta(ctx, ctx.app, 'rbac'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: ctx.app },
      subjects: [{ kind: 'ServiceAccount', name: ctx.app, namespace: ctx.ns }],
    },
  ];
}

function serviceMonitor(ctx) {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: meta(ctx, ctx.app, 'monitoring'),
    spec: {
      selector: { matchLabels: { 'app.kubernetes.io/name': ctx.app } },
      endpoints: [{ port: 'metrics', interval: '30s', path: '/metrics' }],
    },
  };
}

function networkPolicies(ctx) {
  const selector = { matchLabels: { 'app.kubernetes.io/name': ctx.app } };
  return [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(ctx, `${ctx.app}-default-deny`, 'network'),
      spec: { podSelector: selector, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(ctx, `${ctx.app}-allow-http`, 'network'),
      spec: {
        podSelector: selector,
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
            ],
            ports: [{ protocol: 'TCP', port: 8080 }],
          },
        ],
      },
    },
  ];
}

function kustomization(files) {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: files };
}

// ---- the repo ----

/**
 * Writes the synthetic repo under `dir` and returns what the bench needs to know about it:
 * files, resources, the expected findings at `target`, and the Deployment files a pull request may change.
 */
export function generateRepo(dir, { seed, targetFiles, target }) {
  const r = createRandom(seed);
  const files = new Map(); // path -> text
  const resources = []; // { file, apiVersion, kind, name }
  const deployments = new Map(); // single-document Deployment files: path -> { ctx, object, header }

  const header = (ctx) => `# ${ctx.team}/${ctx.app} (${ctx.env}) - owned by ${ctx.team}@example.com\n`;
  const write = (path, objects, { head = '', list = false } = {}) => {
    let text;
    if (list) {
      text = head + toYaml({ apiVersion: 'v1', kind: 'List', metadata: {}, items: objects });
    } else {
      text = head + objects.map((object, i) => (i === 0 ? '' : '---\n') + toYaml(object)).join('');
    }
    files.set(path, text);
    for (const object of objects) {
      if (object.kind === 'Kustomization') continue;
      resources.push({
        file: path,
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: object.metadata.name,
      });
    }
    return path.slice(path.lastIndexOf('/') + 1);
  };

  // Cluster-wide platform configuration: API priority and fairness, RBAC, admission policies.
  for (let i = 0; i < 24; i++) {
    const version = r.weighted([
      [40, 'v1'],
      [30, 'v1beta3'],
      [30, 'v1beta2'],
    ]);
    const apiVersion = `flowcontrol.apiserver.k8s.io/${version}`;
    const name = `tenant-${i}`;
    const limited =
      version === 'v1beta2'
        ? { assuredConcurrencyShares: r.int(5, 50) }
        : { nominalConcurrencyShares: r.int(5, 50), lendablePercent: r.int(0, 50) };
    write(`platform/flowcontrol/${name}.yaml`, [
      {
        apiVersion,
        kind: 'PriorityLevelConfiguration',
        metadata: { name },
        spec: {
          type: 'Limited',
          limited: {
            ...limited,
            limitResponse: { type: 'Queue', queuing: { queues: 64, handSize: 6, queueLengthLimit: 50 } },
          },
        },
      },
      {
        apiVersion,
        kind: 'FlowSchema',
        metadata: { name },
        spec: {
          priorityLevelConfiguration: { name },
          matchingPrecedence: 1000 + i,
          distinguisherMethod: { type: 'ByUser' },
          rules: [
            {
              subjects: [
                { kind: 'ServiceAccount', serviceAccount: { name: 'controller', namespace: `tenant-${i}` } },
              ],
              resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'], namespaces: ['*'] }],
            },
          ],
        },
      },
    ]);
  }
  for (let i = 0; i < 30; i++) {
    const apiVersion = r.chance(0.1) ? 'rbac.authorization.k8s.io/v1beta1' : 'rbac.authorization.k8s.io/v1';
    const name = `platform-reader-${i}`;
    write(`platform/rbac/${name}.yaml`, [
      {
        apiVersion,
        kind: 'ClusterRole',
        metadata: { name },
        rules: [{ apiGroups: ['', 'apps', 'batch'], resources: ['*'], verbs: ['get', 'list', 'watch'] }],
      },
      {
        apiVersion,
        kind: 'ClusterRoleBinding',
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: [{ kind: 'Group', name: `team-${i}`, apiGroup: 'rbac.authorization.k8s.io' }],
      },
    ]);
  }
  for (let i = 0; i < 10; i++) {
    const name = `require-labels-${i}`;
    write(`platform/admission/${name}.yaml`, [
      {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicy',
        metadata: { name },
        spec: {
          failurePolicy: 'Fail',
          matchConstraints: {
            resourceRules: [
              {
                apiGroups: ['apps'],
                apiVersions: ['v1'],
                operations: ['CREATE', 'UPDATE'],
                resources: ['deployments'],
              },
            ],
          },
          validations: [
            { expression: `has(object.metadata.labels) && 'team-${i}' in object.metadata.labels` },
          ],
        },
      },
      {
        apiVersion: 'admissionregistration.k8s.io/v1beta1',
        kind: 'ValidatingAdmissionPolicyBinding',
        metadata: { name },
        spec: { policyName: name, validationActions: ['Deny'] },
      },
    ]);
  }

  // Applications: one folder per app and environment, in four layouts.
  let appIndex = 0;
  while (files.size < targetFiles) {
    const team = TEAMS[appIndex % TEAMS.length];
    const app = `${APP_PREFIXES[Math.floor(appIndex / TEAMS.length) % APP_PREFIXES.length]}-${r.pick(APP_WORDS)}-${appIndex}`;
    appIndex++;
    const layout = r.weighted([
      [35, 'split'],
      [40, 'bundle'],
      [12, 'list'],
      [13, 'worker'],
    ]);
    for (const envName of ENVS) {
      if (files.size >= targetFiles) break;
      const ctx = {
        team,
        app,
        env: envName,
        ns: `${team}-${envName}`,
        tag: semver(r),
        replicas: envName === 'prod' ? r.int(3, 8) : r.int(1, 2),
      };
      const base = `apps/${team}/${app}/${envName}`;
      const listed = [];
      if (layout === 'split') {
        // One object per file (RBAC and network policies excepted).
        const object = deployment(r, ctx);
        const head = header(ctx);
        const path = `${base}/deployment.yaml`;
        listed.push(write(path, [object], { head }));
        deployments.set(path, { ctx, object, head });
        listed.push(write(`${base}/service.yaml`, [service(ctx)]));
        listed.push(write(`${base}/configmap.yaml`, [configMap(r, ctx)]));
        if (r.chance(0.5)) listed.push(write(`${base}/hpa.yaml`, [hpa(r, ctx)]));
        if (r.chance(0.45)) listed.push(write(`${base}/pdb.yaml`, [pdb(r, ctx)]));
        if (r.chance(0.35)) listed.push(write(`${base}/ingress.yaml`, [ingress(r, ctx)]));
        if (r.chance(0.6)) listed.push(write(`${base}/rbac.yaml`, rbac(r, ctx)));
        if (r.chance(0.6)) listed.push(write(`${base}/networkpolicy.yaml`, networkPolicies(ctx)));
        if (r.chance(0.25)) listed.push(write(`${base}/cronjob.yaml`, [cronJob(r, ctx, 0)]));
      } else if (layout === 'bundle') {
        // Everything for the app in one multi-document file.
        const objects = [...rbac(r, ctx), configMap(r, ctx), deployment(r, ctx), service(ctx)];
        if (r.chance(0.6)) objects.push(hpa(r, ctx));
        if (r.chance(0.5)) objects.push(pdb(r, ctx));
        if (r.chance(0.4)) objects.push(ingress(r, ctx));
        objects.push(...networkPolicies(ctx));
        listed.push(write(`${base}/${app}.yaml`, objects, { head: header(ctx) }));
        if (r.chance(0.3)) listed.push(write(`${base}/monitoring.yaml`, [serviceMonitor(ctx)]));
      } else if (layout === 'list') {
        // A `kind: List`, as `kubectl get -o yaml` writes it.
        const items = [deployment(r, ctx), service(ctx), configMap(r, ctx), ...networkPolicies(ctx)];
        if (r.chance(0.6)) items.push(hpa(r, ctx));
        if (r.chance(0.6)) items.push(pdb(r, ctx));
        listed.push(write(`${base}/resources.yaml`, items, { head: header(ctx), list: true }));
      } else {
        // A background worker with scheduled jobs.
        listed.push(write(`${base}/deployment.yaml`, [deployment(r, ctx, { worker: true })]));
        listed.push(write(`${base}/configmap.yaml`, [configMap(r, ctx)]));
        const cronJobs = [];
        for (let i = r.int(1, 4); i > 0; i--) cronJobs.push(cronJob(r, ctx, i));
        listed.push(write(`${base}/cronjobs.yaml`, cronJobs));
        if (r.chance(0.5)) listed.push(write(`${base}/rbac.yaml`, rbac(r, ctx)));
      }
      if (r.chance(0.12)) write(`${base}/kustomization.yaml`, [kustomization(listed)]);
    }
  }

  for (const [path, text] of files) {
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }

  const expected = new Map();
  for (const resource of resources) {
    const finding = expectedFinding(resource.apiVersion, resource.kind, target);
    if (finding) expected.set(findingKey({ ...resource, ruleId: finding.ruleId }), finding.severity);
  }
  const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return { files, resources, expected, deployments, bytes };
}

/**
 * The pull request: in `count` single-document Deployment files, bump the image tag and the replicas;
 * the first one also moves to apps/v1beta2 (removed in 1.16). Returns path -> new text, and that file.
 */
export function pullRequestChanges(repo, { seed, count }) {
  const r = createRandom(seed);
  const candidates = [...repo.deployments.keys()];
  const chosen = new Set();
  while (chosen.size < Math.min(count, candidates.length))
    chosen.add(candidates[r.int(0, candidates.length - 1)]);
  const changes = new Map();
  let deprecatedFile;
  for (const path of [...chosen].sort()) {
    const { ctx, object, head } = repo.deployments.get(path);
    const changed = JSON.parse(JSON.stringify(object));
    const [major, minor, patch] = ctx.tag.split('.').map(Number);
    const image = changed.spec.template.spec.containers[0].image;
    changed.spec.template.spec.containers[0].image = image.replace(
      /:[^:]+$/,
      `:${major}.${minor}.${patch + 1}`,
    );
    changed.spec.replicas += 1;
    if (!deprecatedFile) {
      changed.apiVersion = 'apps/v1beta2';
      deprecatedFile = { file: path, kind: 'Deployment', name: object.metadata.name };
    }
    changes.set(path, head + toYaml(changed));
  }
  return { changes, deprecatedFile };
}

// ---- statistics and profiles ----

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Self time per function and per source file from a V8 .cpuprofile, top `limit` of each.
 * `shorten` turns a script URL into something short (a repo-relative path).
 */
export function summarizeProfile(profile, shorten, limit = 15) {
  const selfByNode = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    selfByNode.set(samples[i], (selfByNode.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  }
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = selfByNode.get(node.id) ?? 0;
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? shorten(url) : `(${functionName || 'native'})`;
    const fn = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
  }
  const top = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: top(byFunction), files: top(byFile) };
}
