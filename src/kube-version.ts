/** A Kubernetes minor release, e.g. 1.33. Patch levels are ignored: API availability changes per minor. */
export interface KubeVersion {
  major: number;
  minor: number;
}

const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/;

export function parseKubeVersion(text: string): KubeVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function compareVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

export function formatVersion(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}

export function nextMinor(v: KubeVersion): KubeVersion {
  return { major: v.major, minor: v.minor + 1 };
}

/** `a` is at or after `b`. */
export function atLeast(a: KubeVersion, b: KubeVersion): boolean {
  return compareVersions(a, b) >= 0;
}
