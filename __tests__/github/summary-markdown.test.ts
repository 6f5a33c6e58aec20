import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../../src/report/markdown.js';
import { makeFinding, makeLargeReport, makeReport } from '../report/report-fixture.js';

// The sticky comment and job summary options of the markdown renderer.

describe('renderMarkdown for the pull request and the job summary', () => {
  it('shows notes as a quote under the verdict', () => {
    const markdown = renderMarkdown(makeReport(), {
      notes: ['💬 Both findings are inline.', 'second\nline'],
    });
    expect(markdown).toMatch(/· [^\n]*\n\n> 💬 Both findings are inline\.\n>\n> second line\n\n\| Severity/);
  });

  it('links the full report when it had to cut, and stays within the limit with the notes', () => {
    const markdown = renderMarkdown(makeLargeReport(400, 50), {
      maxLength: 20000,
      notes: ['a note'],
      fullReportUrl: 'https://github.test/o/r/pull/7/checks',
    });
    expect(markdown.length).toBeLessThanOrEqual(20000);
    expect(markdown).toContain('> a note');
    expect(markdown).toContain(
      'The full report is in the job summary of the [kube-pr-review check](https://github.test/o/r/pull/7/checks) and the JSON report.',
    );
  });

  it('fits a byte limit too: multi-byte text is cut harder', () => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      makeFinding({ ruleId: 'r', severity: 'error', line: i + 1, message: '設定が古い'.repeat(20) }),
    );
    const report = makeReport({ findings, changes: [] });
    const chars = renderMarkdown(report, { maxLength: 50000 });
    expect(Buffer.byteLength(chars)).toBeGreaterThan(50000);
    const bytes = renderMarkdown(report, { maxLength: 50000, maxBytes: 50000 });
    expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(50000);
    expect(bytes.length).toBeGreaterThan(15000);
    expect(bytes).toContain('left out');
  });
});
