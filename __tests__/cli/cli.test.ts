import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BUNDLE, runNode } from '../helpers/run-dist.js';
import { createRepo, yaml } from '../helpers/git-repo.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

const pdb = (apiVersion: string) => yaml`
  apiVersion: ${apiVersion}
  kind: PodDisruptionBudget
  metadata:
    name: web
    namespace: shop
  spec:
    minAvailable: 1
`;
const secret = (value: string) => yaml`
  apiVersion: v1
  kind: Secret
  metadata:
    name: creds
  data:
    password: ${value}
`;

describe('the bundled CLI (dist/cli/index.js)', () => {
  const repo = createRepo(
    { 'apps/pdb.yaml': pdb('policy/v1'), 'apps/secret.yaml': secret('c2VjcmV0LW9uZQ==') },
    {
      'apps/pdb.yaml': pdb('policy/v1beta1'),
      'apps/secret.yaml': secret('c2VjcmV0LXR3bw=='),
      'apps/cron.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n',
    },
  );
  afterAll(() => repo.cleanup());
  const cli = (...args: string[]) => runNode(CLI_BUNDLE, args, { cwd: repo.dir });

  it('reviews a change and exits 1 when findings reach --fail-on', async () => {
    const result = await cli(
      'review',
      '--base',
      'HEAD~1',
      '--kubernetes-version',
      '1.24',
      '--fail-on',
      'warning',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    // grouped by file, no colour when stdout is not a terminal
    expect(result.stdout.includes('\u001b[')).toBe(false);
    expect(result.stdout).toMatch(/^apps\/cron\.yaml \(added\)\n\s+1\s+warning\s+batch\/v1beta1 CronJob/m);
    expect(result.stdout).toMatch(
      /apps\/pdb\.yaml \(modified\)\n\s+1\s+warning\s+policy\/v1beta1 PodDisruptionBudget/,
    );
    expect(result.stdout).toContain('data.password');
    expect(result.stdout).not.toContain('c2VjcmV0');
    // the changed Secret is committed in plain base64: a finding, and its value is still never printed
    expect(result.stdout).toMatch(/apps\/secret\.yaml \(modified\)\n\s+6\s+warning\s+.*\[plaintext-secret\]/);
    expect(result.stdout).toMatch(/0 errors, 3 warnings, 0 notices/);
    // warnings only: the default gate (error) passes
    expect(
      (await cli('review', '--base', 'HEAD~1', '--kubernetes-version', '1.24', '--fail-on', 'error')).code,
    ).toBe(0);
    expect((await cli('review', '--base', 'HEAD~1', '--kubernetes-version', '1.25')).code).toBe(1);
    expect(
      (await cli('review', '--base', 'HEAD~1', '--kubernetes-version', '1.25', '--fail-on', 'never')).code,
    ).toBe(0);
  });

  it('writes the JSON report with repo-relative files', async () => {
    const result = await cli(
      'review',
      '--base',
      'HEAD~1',
      '--kubernetes-version',
      '1.25',
      '--format',
      'json',
    );
    const report = JSON.parse(result.stdout) as {
      version: number;
      kubernetesVersion: string;
      findings: {
        ruleId: string;
        severity: string;
        file: string;
        line: number;
        resource: { kind: string };
      }[];
      changes: { file: string; resources: { type: string; fields: unknown[] }[] }[];
      summary: Record<string, number>;
    };
    expect(report.version).toBe(1);
    expect(report.kubernetesVersion).toBe('1.25');
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.resource.kind])).toEqual([
      ['removed-api', 'error', 'apps/cron.yaml', 1, 'CronJob'],
      ['removed-api', 'error', 'apps/pdb.yaml', 1, 'PodDisruptionBudget'],
      ['plaintext-secret', 'warning', 'apps/secret.yaml', 6, 'Secret'],
    ]);
    expect(report.summary).toEqual({ error: 2, warning: 1, notice: 0 });
    expect(report.changes.map((c) => c.file)).toEqual([
      'apps/cron.yaml',
      'apps/pdb.yaml',
      'apps/secret.yaml',
    ]);
    expect(result.stdout).not.toContain('c2VjcmV0');
  });

  it('writes valid SARIF and markdown to --output', async () => {
    const sarifFile = join(repo.dir, '..', `${repo.dir.split('/').pop()}.sarif`);
    const result = await cli(
      'review',
      '--base',
      'HEAD~1',
      '--format',
      'sarif',
      '--output',
      sarifFile,
      '--fail-on',
      'never',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as unknown;
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    expect(JSON.stringify(sarif)).toContain('"uri":"apps/pdb.yaml"');

    const markdown = await cli('review', '--base', 'HEAD~1', '--format', 'markdown', '--fail-on', 'never');
    expect(markdown.stdout).toContain('removed-api');
    expect(markdown.stdout).toContain('<details>');
    expect(markdown.stdout).not.toContain('c2VjcmV0');
  });

  it('audits paths as they are on disk', async () => {
    const result = await cli('audit', 'apps/cron.yaml', '--kubernetes-version', '1.24', '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      mode: string;
      findings: { file: string; severity: string }[];
    };
    expect(report.mode).toBe('audit');
    expect(report.findings).toEqual([
      expect.objectContaining({ file: 'apps/cron.yaml', severity: 'warning' }),
    ]);
    expect((await cli('audit', '--kubernetes-version', '1.24', '--fail-on', 'warning')).code).toBe(1);
  });

  it('reads the config file from the reviewed commit', async () => {
    const configured = createRepo(
      { 'a.yaml': pdb('policy/v1') },
      { 'a.yaml': pdb('policy/v1beta1'), '.kube-pr-review.yaml': 'kubernetesVersion: "1.21"\n' },
    );
    try {
      const result = await runNode(CLI_BUNDLE, ['review', '--base', 'HEAD~1', '--format', 'json'], {
        cwd: configured.dir,
      });
      const report = JSON.parse(result.stdout) as {
        kubernetesVersion: string;
        findings: { severity: string }[];
      };
      expect(report.kubernetesVersion).toBe('1.21');
      expect(report.findings.map((f) => f.severity)).toEqual(['notice']);
    } finally {
      configured.cleanup();
    }
  });

  it('exits 2 with a one-line message on usage and config errors', async () => {
    const cases: [string[], RegExp][] = [
      [['review'], /review needs --base REF/],
      [['review', '--base', 'no-such-ref'], /base ref 'no-such-ref' is not a commit/],
      [
        ['review', '--base', 'HEAD~1', '--kubernetes-version', 'latest'],
        /'kubernetes-version' must be a Kubernetes minor version/,
      ],
      [
        ['review', '--base', 'HEAD~1', '--format', 'xml'],
        /--format must be one of text, markdown, json, sarif/,
      ],
      [['review', '--base', 'HEAD~1', '--scope', 'some'], /'scope' must be one of changed, files, all/],
      [['review', '--base', 'HEAD~1', '--config', 'missing.yaml'], /cannot read config file/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['audit', 'no/such/path'], /no such file or directory/],
      [['review', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr.split('\n')[0]).toMatch(message);
      expect(result.stderr.split('\n')[0]).toMatch(/^kube-pr-review: /);
    }
    writeFileSync(join(repo.dir, 'bad-config.yaml'), 'rules: {nope: off}\n');
    const bad = await cli('audit', '--config', 'bad-config.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-config\.yaml: unknown rule 'nope'/);
  });

  it('prints help and version', async () => {
    expect((await cli('--help')).stdout).toMatch(/kube-pr-review review \[--repo DIR\] --base REF/);
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
