import { git, mergeBase, resolveCommit } from '../git/git.js';
import type { Logger } from '../pipeline.js';

/** Depths tried, in turn, to find the merge base in a shallow checkout before fetching all history. */
const DEEPEN_STEPS = [50, 500];

/**
 * actions/checkout fetches one commit by default: fetch the base (and head) commits and deepen until they
 * share a merge base, so the review compares what the pull request really changes.
 */
export async function ensureCommits(repo: string, base: string, head: string, logger: Logger): Promise<void> {
  for (const sha of [base, head]) {
    if (!(await resolveCommit(repo, sha))) await fetch(repo, ['--depth=1', 'origin', sha], logger);
  }
  if (await mergeBase(repo, base, head)) return;
  const shallow =
    (await git(repo, ['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  if (!shallow) return;
  for (const depth of DEEPEN_STEPS) {
    await fetch(repo, [`--deepen=${depth}`, 'origin', base, head], logger);
    if (await mergeBase(repo, base, head)) return;
  }
  await fetch(repo, ['--unshallow', 'origin', base, head], logger);
}

async function fetch(repo: string, args: string[], logger: Logger): Promise<void> {
  try {
    await git(repo, ['fetch', '--no-tags', '--quiet', ...args]);
  } catch (error) {
    logger.warning(
      `could not fetch history (${(error as Error).message}); the diff may include unrelated commits`,
    );
  }
}
