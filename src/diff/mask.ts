import type { KubeObject } from '../model.js';

/** Shown instead of any Secret value: never the value, nor anything derived from it (not even a hash). */
export const SECRET_MASK = '(masked secret value)';

export function isSecret(object: KubeObject | undefined): boolean {
  return object?.kind === 'Secret' && (object.apiVersion === 'v1' || object.apiVersion === '');
}

/** Keeps the shape (keys of a data map) but hides every value. */
export function maskSecretValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(value).map((key) => [key, SECRET_MASK]));
  }
  return SECRET_MASK;
}

/** A copy of a Secret with every data/stringData value masked, for any output that shows whole objects. */
export function maskObject(object: KubeObject): KubeObject {
  if (!isSecret(object)) return object;
  const copy: KubeObject = { ...object };
  for (const field of ['data', 'stringData'] as const) {
    if (copy[field] !== undefined) copy[field] = maskSecretValue(copy[field]);
  }
  return copy;
}
