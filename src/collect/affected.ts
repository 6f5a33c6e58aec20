import type { ChangedFile } from '../model.js';
import type { RenderTarget, TargetPair } from './targets.js';
import { targetInputsInclude } from './targets.js';

/** Pairs the targets of both sides by id. */
export function pairTargets(base: readonly RenderTarget[], head: readonly RenderTarget[]): TargetPair[] {
  const pairs = new Map<string, TargetPair>();
  for (const target of base) if (!pairs.has(target.id)) pairs.set(target.id, { id: target.id, base: target });
  for (const target of head) {
    const pair = pairs.get(target.id) ?? { id: target.id };
    if (!pair.head) pair.head = target;
    pairs.set(target.id, pair);
  }
  return [...pairs.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** What a target renders, without the lines it was read from: equal keys render the same (given equal inputs). */
export function specKey(target: RenderTarget): string {
  return JSON.stringify(
    [target.spec, target.problems.map((problem) => problem.message)],
    (key, value: unknown) => (key === 'at' ? undefined : value),
  );
}

/**
 * A target is affected when the change adds or removes it, changes its declaration (chart version, values,
 * parameters), or changes a file it reads (a values file, a template, a kustomize base).
 */
export function isAffected(pair: TargetPair, changed: readonly ChangedFile[]): boolean {
  if (!pair.base || !pair.head) return true;
  if (specKey(pair.base) !== specKey(pair.head)) return true;
  return changed.some(
    (file) =>
      (file.status !== 'deleted' && targetInputsInclude(pair.head!, file.path)) ||
      (file.status !== 'added' && targetInputsInclude(pair.base!, file.oldPath)),
  );
}

/** The changed files a target reads: where its rendered changes come from. */
export function changedInputs(pair: TargetPair, changed: readonly ChangedFile[]): ChangedFile[] {
  return changed.filter(
    (file) =>
      (pair.head && file.status !== 'deleted' && targetInputsInclude(pair.head, file.path)) ||
      (pair.base && file.status !== 'added' && targetInputsInclude(pair.base, file.oldPath)),
  );
}
