import { expect } from '@jest/globals';
import type { ActionRun } from '../helpers/action-env.js';
import { TEST_TOKEN, webhookPayload } from '../helpers/action-env.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { FULL_NAME } from '../helpers/github-server.js';

export const STICKY = '<!-- kube-pr-review:sticky:default -->';

/** A `pull_request` payload from @octokit/webhooks-examples, pointed at our repo, commits and (fork) head repo. */
export function pullRequestEvent(
  number: number,
  base: string,
  head: string,
  headRepo = FULL_NAME,
): Record<string, unknown> {
  const payload = webhookPayload('pull_request', 'synchronize');
  const pr = payload.pull_request as {
    number: number;
    base: { sha: string; repo: { full_name: string } };
    head: { sha: string; repo: { full_name: string } };
  };
  pr.number = number;
  pr.base.sha = base;
  pr.head.sha = head;
  pr.base.repo.full_name = FULL_NAME;
  pr.head.repo.full_name = headRepo;
  payload.number = number;
  return payload;
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  fingerprint: string;
}

export function reportFindings(run: ActionRun): JsonFinding[] {
  return (JSON.parse(run.outputs['report-json:content'] ?? '{}') as { findings: JsonFinding[] }).findings;
}

export function stickyComments(server: GitHubServer, number: number) {
  return server
    .issueComments(number)
    .filter((c) => c.body.includes(STICKY) && c.user.login.endsWith('[bot]'));
}

/** The table row of a finding in a summary (sticky comment or job summary). */
function inTable(text: string, finding: JsonFinding): boolean {
  return text
    .split('\n')
    .some(
      (row) => row.includes(`| ${finding.file}:${finding.line} |`) && row.includes(`[${finding.ruleId}]`),
    );
}

/**
 * The invariant: every finding reaches a place a reviewer reads — an inline comment that is not hidden,
 * the sticky comment's table, or the job summary's table.
 */
export function expectEveryFindingPublished(run: ActionRun, server: GitHubServer, number: number): void {
  const findings = reportFindings(run);
  expect(findings.length).toBeGreaterThan(0);
  const inline = server
    .reviewComments(number)
    .filter((c) => !c.minimized)
    .map((c) => c.body);
  const sticky = stickyComments(server, number)
    .map((c) => c.body)
    .join('\n');
  const lost = findings.filter(
    (finding) =>
      !inline.some((body) => body.includes(`kube-pr-review:fp=${finding.fingerprint} `)) &&
      !inTable(sticky, finding) &&
      !inTable(run.summary, finding),
  );
  expect(lost).toEqual([]);
}

/** No token in anything the run wrote or sent (the Authorization header aside), no Secret data anywhere. */
export function expectNoLeaks(run: ActionRun, server: GitHubServer, secrets: string[] = []): void {
  const sent = server.requests.map((request) => request.rawBody + request.path);
  const stored = [
    ...[7, 8, 9, 10, 11, 12, 13].flatMap((number) => {
      try {
        return [
          ...server.issueComments(number).map((c) => c.body),
          ...server.reviewComments(number).map((c) => c.body),
        ];
      } catch {
        return [];
      }
    }),
  ];
  // The one place the token may appear: the command that tells the runner to mask it in the log.
  expect(run.stdout).toContain(`::add-mask::${TEST_TOKEN}\n`);
  const stdout = run.stdout.replace(`::add-mask::${TEST_TOKEN}\n`, '');
  for (const text of [stdout, run.stderr, run.summary, ...Object.values(run.outputs), ...sent, ...stored]) {
    expect(text).not.toContain(TEST_TOKEN);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}
