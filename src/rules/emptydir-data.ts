import type { Rule } from './types.js';
import { containersOf, describeContainer, kindAndName, isLongRunning, podSpecOf } from './workload.js';
import { asList, isRecord } from '../util/objects.js';

/** Words in a volume name or mount path that say "scratch space": such an emptyDir is fine. */
const SCRATCH_WORDS = new Set([
  'tmp',
  'temp',
  'tmpfs',
  'cache',
  'caches',
  'scratch',
  'run',
  'shm',
  'sock',
  'socket',
  'sockets',
  'log',
  'logs',
  'spool',
  'lock',
  'locks',
  'pid',
]);

/** Words that say "data that should outlive the pod". */
const DATA_WORDS = new Set([
  'data',
  'db',
  'database',
  'databases',
  'storage',
  'persistence',
  'persistent',
  'pgdata',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'elasticsearch',
  'opensearch',
  'kafka',
  'zookeeper',
  'etcd',
  'minio',
  'prometheus',
  'loki',
  'influxdb',
  'rabbitmq',
  'cassandra',
  'clickhouse',
  'sqlite',
  'wal',
  'uploads',
]);

/** Where daemons keep their state by convention. */
const DATA_DIRECTORIES = /^\/(var\/lib|srv|bitnami)(\/|$)/;

export const emptydirDataRule: Rule = {
  meta: {
    id: 'emptydir-data',
    description:
      'A long-running workload keeps what looks like data in an emptyDir volume, lost when the pod moves.',
    category: 'upgradability',
    defaultSeverity: 'notice',
  },
  check(resource, _context, report) {
    const pod = podSpecOf(resource);
    // Jobs use emptyDir as a work area by design: only long-running workloads keep data.
    if (!pod || !isLongRunning(resource, pod)) return;
    const containers = containersOf(pod, ['initContainer', 'container']);
    asList(pod.spec.volumes).forEach((volume, index) => {
      if (!isRecord(volume) || typeof volume.name !== 'string') return;
      const emptyDir = volume.emptyDir;
      if (emptyDir === undefined) return;
      // medium: Memory is a tmpfs, which only ever holds scratch data.
      if (isRecord(emptyDir) && emptyDir.medium === 'Memory') return;
      const mounts: { path: string; container: string }[] = [];
      for (const ref of containers) {
        for (const mount of asList(ref.container.volumeMounts)) {
          if (isRecord(mount) && mount.name === volume.name && typeof mount.mountPath === 'string') {
            mounts.push({ path: mount.mountPath, container: describeContainer(ref) });
          }
        }
      }
      if (
        !looksLikeData(
          volume.name,
          mounts.map((mount) => mount.path),
        )
      )
        return;
      const where =
        mounts.length > 0
          ? ` (mounted at ${mounts.map((mount) => `${mount.path} in ${mount.container}`).join(', ')})`
          : '';
      report({
        message:
          `emptyDir volume '${volume.name}' of ${kindAndName(resource)}${where} looks like it holds data, ` +
          'but an emptyDir is deleted with its pod: a node drain during an upgrade, an eviction or a ' +
          'reschedule loses it. Keep data in a PersistentVolumeClaim (volumeClaimTemplates in a StatefulSet); ' +
          'if it is only scratch space, suppress this finding.',
        path: [...pod.path, 'volumes', index],
        key: `emptydir:${volume.name}`,
      });
    });
  },
};

/** Scratch words win over data words: `/data/tmp` and `cache-data` are scratch. */
export function looksLikeData(name: string, mountPaths: readonly string[]): boolean {
  const words = [name, ...mountPaths].flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/));
  if (words.some((word) => SCRATCH_WORDS.has(word))) return false;
  return words.some((word) => DATA_WORDS.has(word)) || mountPaths.some((path) => DATA_DIRECTORIES.test(path));
}
