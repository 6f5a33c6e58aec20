import { describe, expect, it } from '@jest/globals';
import type { ChangedFile, Finding } from '../../src/model.js';
import type { ExistingInlineComment } from '../../src/report/review-comments.js';
import {
  fingerprintMarker,
  hunkAt,
  parseInlineMarker,
  planReview,
  renderReviewComment,
  stickyMarker,
  suggestionLine,
} from '../../src/report/review-comments.js';
import { makeFinding } from '../report/report-fixture.js';

// deploy/web.yaml: one hunk over head lines 10..19; deploy/gone.yaml is deleted.
const FILES: ChangedFile[] = [
  {
    path: 'deploy/web.yaml',
    oldPath: 'deploy/web.yaml',
    status: 'modified',
    hunks: [
      { oldStart: 10, oldLines: 8, newStart: 10, newLines: 10, addedLines: [13, 14] },
      { oldStart: 40, oldLines: 3, newStart: 42, newLines: 4, addedLines: [43] },
    ],
  },
  { path: 'deploy/gone.yaml', oldPath: 'deploy/gone.yaml', status: 'deleted', hunks: [] },
];

function finding(line: number, extra: Partial<Finding> = {}): Finding {
  return makeFinding({ ruleId: 'removed-api', severity: 'error', line, fingerprint: `fp-${line}`, ...extra });
}

function existing(fingerprint: string, line: number | null, path = 'deploy/web.yaml'): ExistingInlineComment {
  return { nodeId: `node-${fingerprint}-${line}`, fingerprint, path, line };
}

describe('hunkAt', () => {
  it('takes the head-side lines newStart <= L < newStart + newLines', () => {
    const hunks = FILES[0]!.hunks;
    expect(hunkAt(hunks, 9)).toBeUndefined();
    expect(hunkAt(hunks, 10)).toBe(hunks[0]);
    expect(hunkAt(hunks, 19)).toBe(hunks[0]);
    expect(hunkAt(hunks, 20)).toBeUndefined();
    expect(hunkAt(hunks, 45)).toBe(hunks[1]);
    expect(hunkAt(hunks, 46)).toBeUndefined();
    expect(
      hunkAt([{ oldStart: 3, oldLines: 2, newStart: 2, newLines: 0, addedLines: [] }], 2),
    ).toBeUndefined();
  });
});

describe('planReview', () => {
  it('comments only on diff lines; the rest goes to the summary', () => {
    const plan = planReview(
      [
        finding(5),
        finding(12),
        finding(20),
        finding(1, { file: 'deploy/gone.yaml' }),
        finding(3, { file: 'x.yaml' }),
      ],
      FILES,
      [],
    );
    expect(plan.post.map((item) => `${item.draft.path}:${item.draft.line}`)).toEqual(['deploy/web.yaml:12']);
    expect(plan.outsideDiff.map((f) => f.line).sort()).toEqual([1, 20, 3, 5].sort());
    expect(plan.post[0]!.draft).toMatchObject({ side: 'RIGHT' });
    expect(plan.post[0]!.draft).not.toHaveProperty('start_line');
  });

  it('uses a range only when it ends in the same hunk', () => {
    const plan = planReview([finding(11, { endLine: 15 }), finding(18, { endLine: 43 })], FILES, []);
    expect(plan.post.map((item) => item.draft)).toEqual([
      expect.objectContaining({ start_line: 11, start_side: 'RIGHT', line: 15, side: 'RIGHT' }),
      expect.objectContaining({ line: 18, side: 'RIGHT' }),
    ]);
    expect(plan.post[1]!.draft).not.toHaveProperty('start_line');
  });

  it('puts a one-line fix as a suggestion on the fix line, with the head line indentation', () => {
    const fixed = finding(12, {
      fix: { line: 13, replacement: 'apiVersion: batch/v1', description: 'Change apiVersion to batch/v1' },
    });
    const lines = Array.from({ length: 20 }, () => '');
    lines[12] = '    apiVersion: batch/v1beta1';
    const plan = planReview([fixed], FILES, [], { headLines: () => lines });
    expect(plan.post[0]!.draft.line).toBe(13);
    expect(plan.post[0]!.draft.body).toContain('```suggestion\n    apiVersion: batch/v1\n```');
  });

  it('keeps the fix as text when its line is outside the diff', () => {
    const fixed = finding(12, { fix: { line: 30, replacement: 'apiVersion: v1', description: 'Use v1' } });
    const plan = planReview([fixed], FILES, []);
    expect(plan.post[0]!.draft.line).toBe(12);
    expect(plan.post[0]!.draft.body).not.toContain('```suggestion');
    expect(plan.post[0]!.draft.body).toContain('**What to change:** Use v1 (line 30).');
  });

  it('caps inline comments, most severe first, counting comments already on the pull request', () => {
    const findings = [
      ...Array.from({ length: 5 }, (_, i) => finding(10 + i, { severity: 'notice', fingerprint: `n${i}` })),
      ...Array.from({ length: 3 }, (_, i) => finding(15 + i, { severity: 'error', fingerprint: `e${i}` })),
    ];
    const plan = planReview(findings, FILES, [existing('n4', 14)], { maxComments: 4 });
    expect(plan.kept.map((f) => f.fingerprint)).toEqual(['n4']);
    expect(plan.post.map((item) => item.finding.fingerprint)).toEqual(['e0', 'e1', 'e2']);
    expect(plan.overCap.map((f) => f.fingerprint)).toEqual(['n0', 'n1', 'n2', 'n3']);
  });

  it('does not repeat a finding already commented on the same line, and hides what is gone', () => {
    const plan = planReview([finding(12), finding(14)], FILES, [
      existing('fp-12', 12),
      existing('fp-12', 12),
      existing('old', 16),
      existing('old-outdated', null),
    ]);
    expect(plan.kept.map((f) => f.fingerprint)).toEqual(['fp-12']);
    expect(plan.post.map((item) => item.finding.fingerprint)).toEqual(['fp-14']);
    expect(plan.outdated.map((c) => c.fingerprint).sort()).toEqual(['old', 'old-outdated']);
    expect(plan.duplicates.map((c) => `${c.fingerprint}:${c.line}`)).toEqual(['fp-12:12']);
  });

  it('replaces the comment of a finding that moved: the old one is superseded once the new one is posted', () => {
    const plan = planReview([finding(15, { fingerprint: 'moved' })], FILES, [
      existing('moved', 12),
      existing('moved', null),
    ]);
    expect(plan.post).toHaveLength(1);
    expect(plan.superseded.get('moved')?.map((c) => c.line)).toEqual([12, null]);
    expect(plan.outdated).toEqual([]);
  });

  it('leaves the comment of a finding that moved out of the diff alone', () => {
    const plan = planReview([finding(30, { fingerprint: 'moved' })], FILES, [existing('moved', 12)]);
    expect(plan.outsideDiff).toHaveLength(1);
    expect(plan.outdated).toEqual([]);
    expect(plan.superseded.size).toBe(0);
  });
});

describe('markers', () => {
  it('tells instances apart', () => {
    const body = renderReviewComment(finding(12), { instance: 'prod' });
    expect(body).toContain('<!-- kube-pr-review:fp=fp-12 -->');
    expect(body).toContain('<!-- kube-pr-review:instance=prod -->');
    expect(parseInlineMarker(body, 'prod')).toBe('fp-12');
    expect(parseInlineMarker(body, 'default')).toBeUndefined();
    const plain = renderReviewComment(finding(12));
    expect(plain).not.toContain('instance=');
    expect(parseInlineMarker(plain, 'default')).toBe('fp-12');
    expect(parseInlineMarker('no marker', 'default')).toBeUndefined();
  });

  it('never lets a value end the HTML comment', () => {
    expect(stickyMarker('default')).toBe('<!-- kube-pr-review:sticky:default -->');
    expect(fingerprintMarker('a -->b')).toBe('<!-- kube-pr-review:fp=a%20--%3Eb -->');
  });
});

describe('comment bodies', () => {
  it('escapes HTML and mentions from manifests and messages', () => {
    const body = renderReviewComment(
      finding(12, {
        message: 'name <img src=x onerror=alert(1)> pings @octocat',
        resource: { apiVersion: 'v1', kind: 'ConfigMap', name: '<b>x</b>' },
      }),
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<b>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toMatch(/@octocat/);
  });

  it('uses a fence longer than any backtick run in the suggestion', () => {
    const fixed = finding(12, { fix: { line: 12, replacement: 'a: "```"', description: 'd' } });
    const plan = planReview([fixed], FILES, []);
    expect(plan.post[0]!.draft.body).toContain('````suggestion\na: "```"\n````');
  });
});

describe('suggestionLine', () => {
  it('keeps indentation, a trailing comment of the same key, and drops a CR', () => {
    expect(suggestionLine('apiVersion: batch/v1', '  apiVersion: batch/v1beta1 # pinned\r')).toBe(
      '  apiVersion: batch/v1 # pinned',
    );
    expect(suggestionLine('apiVersion: batch/v1', '\tapiVersion: batch/v1beta1')).toBe(
      '\tapiVersion: batch/v1',
    );
    expect(suggestionLine('kind: Foo', 'apiVersion: x # c')).toBe('kind: Foo');
    expect(suggestionLine('apiVersion: v1', 'apiVersion: "v1beta1" # quoted')).toBe('apiVersion: v1');
    expect(suggestionLine('apiVersion: v1', undefined)).toBe('apiVersion: v1');
  });
});
