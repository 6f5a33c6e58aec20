/** What a workflow run asks for, read from the event that started it. */
export type RunTarget =
  | { mode: 'review'; base: string; head: string; pullRequest?: number; description: string }
  | { mode: 'audit'; head: string; description: string };

const ZERO_SHA = /^0+$/;

interface EventRepo {
  full_name?: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: EventRepo | null };
    head?: { sha?: string; repo?: EventRepo | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
  before?: string;
  after?: string;
}

export function targetFromEvent(eventName: string, payload: EventPayload, sha: string): RunTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      const base = pr?.base?.sha;
      const head = pr?.head?.sha;
      if (!base || !head) throw new Error(`the ${eventName} event has no pull_request base/head sha`);
      return {
        mode: 'review',
        base,
        head,
        ...(pr.number ? { pullRequest: pr.number } : {}),
        description: `pull request #${pr.number ?? '?'}`,
      };
    }
    case 'merge_group': {
      const base = payload.merge_group?.base_sha;
      const head = payload.merge_group?.head_sha;
      if (!base || !head) throw new Error('the merge_group event has no base_sha/head_sha');
      return { mode: 'review', base, head, description: 'merge queue group' };
    }
    case 'push': {
      const head = payload.after ?? sha;
      if (!payload.before || ZERO_SHA.test(payload.before)) {
        return { mode: 'audit', head, description: 'push of a new branch (audit of the tree)' };
      }
      return { mode: 'review', base: payload.before, head, description: 'push' };
    }
    default:
      return { mode: 'audit', head: sha, description: `${eventName || 'manual'} audit` };
  }
}

/**
 * Why the token of this run cannot write to the pull request, if we can tell from the event: GitHub gives
 * `pull_request` runs of fork and Dependabot pull requests a read-only token whatever `permissions:` say.
 */
export function readOnlyReason(eventName: string, payload: EventPayload, actor: string): string | undefined {
  if (eventName !== 'pull_request') return undefined;
  const pr = payload.pull_request;
  const base = pr?.base?.repo?.full_name;
  const head = pr?.head?.repo?.full_name;
  if (base && head !== base) {
    return `the pull request comes from a fork (${head ?? 'a deleted repository'}), and GitHub gives such runs a read-only token`;
  }
  if (actor === 'dependabot[bot]') {
    return 'the run was started by Dependabot, and GitHub gives such runs a read-only token';
  }
  return undefined;
}
