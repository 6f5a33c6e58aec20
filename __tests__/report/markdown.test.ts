import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../../src/report/markdown.js';
import { added, makeFinding, makeLargeReport, makeReport } from './report-fixture.js';

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Fences open and close in pairs and every <details> is closed after it opens. */
function expectBalanced(markdown: string): void {
  expect(count(markdown, /^```/gm) % 2).toBe(0);
  let depth = 0;
  for (const tag of markdown.match(/<\/?details>/g) ?? []) {
    depth += tag === '<details>' ? 1 : -1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  // Each fence opens inside a <details> block and closes before it ends.
  for (const block of markdown.split('<details>').slice(1)) {
    const inside = block.split('</details>')[0] ?? '';
    expect(count(inside, /^```/gm)).toBe(2);
  }
}

describe('renderMarkdown', () => {
  it('renders a verdict, a findings table and per-file diffs', () => {
    const markdown = renderMarkdown(makeReport());
    expect(markdown.startsWith('### ❌ kube-pr-review: 1 error, 1 warning, 1 notice\n')).toBe(true);
    expect(markdown).toContain('| Severity | Location | Resource | Rule | Message |');
    expect(markdown).toContain(
      '| ❌ error | deploy/web.yaml:12 | Deployment default/web | [deprecated-api](https://example.com/docs/rules/deprecated-api.md) |',
    );
    expect(markdown).toContain('<details><summary><code>deploy/web.yaml</code> (modified)');
    expect(markdown).toContain('- spec.replicas: 2\n+ spec.replicas: 3\n');
    expect(markdown).toContain('+ metadata.labels.tier: "frontend"\n');
    expect(markdown).toContain('+ Service default/web (added)\n');
    expect(markdown).toContain('- ConfigMap default/old (removed)\n');
    expect(markdown).not.toContain('left out');
    expectBalanced(markdown);
  });

  it('sorts the table by severity', () => {
    const markdown = renderMarkdown(makeReport());
    const error = markdown.indexOf('| ❌ error');
    const warning = markdown.indexOf('| ⚠️ warning');
    const notice = markdown.indexOf('| ℹ️ notice');
    expect(error).toBeLessThan(warning);
    expect(warning).toBeLessThan(notice);
  });

  it('escapes pipes, newlines and HTML in table cells', () => {
    const findings = [
      makeFinding({ ruleId: 'r', severity: 'warning', message: 'a | b\nc <script>', file: 'x|y.yaml' }),
    ];
    const markdown = renderMarkdown(makeReport({ findings, changes: [] }));
    const row = markdown.split('\n').find((line) => line.startsWith('| ⚠️'));
    expect(row).toBe(
      '| ⚠️ warning | x\\|y.yaml:1 |  | [r](https://example.com/docs/rules/r.md) | a \\| b<br>c &lt;script&gt; |',
    );
  });

  it('says so when there are no findings', () => {
    const markdown = renderMarkdown(makeReport({ findings: [] }));
    expect(markdown.startsWith('### ✅ kube-pr-review: no findings\n')).toBe(true);
    expect(markdown).not.toContain('| Severity');
  });

  it('uses the given title', () => {
    expect(renderMarkdown(makeReport(), { title: 'staging' })).toContain('### ❌ staging: ');
  });

  it('stays under the default limit for a large report, with balanced fences and details', () => {
    const markdown = renderMarkdown(makeLargeReport(2000, 500));
    expect(markdown.length).toBeLessThanOrEqual(65000);
    expectBalanced(markdown);
    expect(markdown).toMatch(/\d+ findings and 500 resource changes were left out/);
    expect(markdown).toContain('The full report is in the job summary and the JSON report.');
  });

  it('cuts changes at resource boundaries when findings fit', () => {
    const report = makeLargeReport(10, 500);
    const markdown = renderMarkdown(report, { maxLength: 20000 });
    expect(markdown.length).toBeLessThanOrEqual(20000);
    expectBalanced(markdown);
    expect(markdown).toContain('| ❌ error');
    expect(markdown).toContain('```diff');
    const shown = count(markdown, /^(\+ Deployment .* \(added\)|@@ .* @@)$/gm);
    expect(shown).toBeGreaterThan(0);
    expect(markdown).toContain(`${500 - shown} resource changes were left out`);
    expect(markdown).not.toMatch(/\d+ findings? .*left out/);
  });

  it('respects many different limits', () => {
    const report = makeLargeReport(40, 100);
    for (const maxLength of [600, 1000, 2500, 5000, 12345, 30000]) {
      const markdown = renderMarkdown(report, { maxLength });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      expectBalanced(markdown);
      expect(markdown).toContain('left out');
    }
  });

  it('cuts inside the diff section with every fence and <details> closed', () => {
    // Few findings, many changes: the limit falls among the <details> blocks, not in the table.
    const report = makeLargeReport(2, 100);
    for (const maxLength of [2000, 3500, 7000, 12345, 20000]) {
      const markdown = renderMarkdown(report, { maxLength });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      expect(count(markdown, /<details>/g)).toBeGreaterThan(0);
      expectBalanced(markdown);
      expect(markdown).toContain('left out');
    }
  });

  it('still respects a limit too small for the header', () => {
    const markdown = renderMarkdown(makeLargeReport(40, 100), { maxLength: 50 });
    expect(markdown.length).toBeLessThanOrEqual(50);
    expectBalanced(markdown);
  });

  it('never lets a value close the diff fence', () => {
    const markdown = renderMarkdown(makeLargeReport(0, 5));
    expect(markdown).toContain('- metadata.labels.weird: "line1\\n```\\nline3"');
    expectBalanced(markdown);
  });

  it('names the rendered release or overlay in the summary of its diff', () => {
    const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'checkout' };
    const report = makeReport({
      changes: [
        {
          file: 'argocd/checkout.yaml',
          status: 'modified',
          target: 'Application argocd/checkout',
          resources: [added(ref, 'argocd/checkout.yaml')],
        },
      ],
    });
    expect(renderMarkdown(report)).toContain(
      '<summary>Application argocd/checkout (rendered, modified) from <code>argocd/checkout.yaml</code>: 1 resource changed</summary>',
    );
  });
});
