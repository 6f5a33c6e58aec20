import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CLI_BUNDLE, runNode } from '../helpers/run-dist.js';
import { crdObject, specSchema } from './crd-builder.js';

const str = { type: 'string' };
const int = { type: 'integer' };

describe('kube-pr-review crd-diff (dist/cli/index.js)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-crd-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, ...objects: unknown[]) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), objects.map((object) => stringify(object)).join('---\n'));
  };
  const widgets = (properties: Record<string, unknown>) =>
    crdObject({ schema: specSchema(properties as Record<string, Record<string, unknown>>) });
  const gadgets = (properties: Record<string, unknown>) =>
    crdObject({
      plural: 'gadgets',
      kind: 'Gadget',
      schema: specSchema(properties as Record<string, Record<string, unknown>>),
    });

  // old/: two files and a kustomization; new/: one multi-document file
  write('old/widgets.yaml', widgets({ size: int, color: str }));
  write('old/gadgets.yaml', gadgets({ name: str }));
  write('old/kustomization.yaml', { resources: ['widgets.yaml', 'gadgets.yaml'] });
  write('new/all.yaml', widgets({ size: int }), gadgets({ name: { type: 'string', maxLength: 10 } }));
  write(
    'risky.yaml',
    widgets({ size: int, color: str }),
    gadgets({ name: { type: 'string', maxLength: 10 } }),
  );
  write('safe.yaml', widgets({ size: int, color: str, shape: str }), gadgets({ name: str }));
  write('not-crds.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
  writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: [\n');

  const cli = (...args: string[]) => runNode(CLI_BUNDLE, ['crd-diff', ...args], { cwd: dir });

  it('text: grouped by CRD, exit 1 on a breaking change', async () => {
    const result = await cli('old', 'new');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('CRD changes from old to new');
    expect(result.stdout).toMatch(
      /^gadgets\.example\.com: 0 breaking, 1 risky, 0 safe\n {2}risky {5}v1 \.spec\.name {2}validation tightened: maxLength 10 added/m,
    );
    expect(result.stdout).toMatch(
      /^widgets\.example\.com: 1 breaking, 0 risky, 0 safe\n {2}breaking {2}v1 \.spec\.color {2}field removed/m,
    );
    expect(result.stdout).toMatch(
      /2 CRDs compared: 1 breaking, 1 risky, 0 safe changes\. Not safe to upgrade in place/,
    );
    expect(result.stdout.includes('\u001b[')).toBe(false);
  });

  it('json: the documented shape', async () => {
    const result = await cli('old', 'new', '--format', 'json', '--fail-on', 'never');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toEqual({
      version: 1,
      changes: [
        {
          crd: 'gadgets.example.com',
          version: 'v1',
          path: '.spec.name',
          change: 'validation-tightened',
          class: 'risky',
          message: expect.stringContaining('maxLength 10 added'),
        },
        {
          crd: 'widgets.example.com',
          version: 'v1',
          path: '.spec.color',
          change: 'field-removed',
          class: 'breaking',
          message: expect.stringContaining('field removed'),
        },
      ],
      summary: { breaking: 1, risky: 1, safe: 0 },
    });
  });

  it('markdown', async () => {
    const result = await cli('old', 'new', '--format', 'markdown');
    expect(result.stdout).toContain('### CRD changes: old → new');
    expect(result.stdout).toContain('| `widgets.example.com` | 1 | 0 | 0 |');
    expect(result.stdout).toContain('| breaking | v1 | `.spec.color` | `field-removed` |');
  });

  it('--fail-on maps breaking, risky and safe to error, warning and notice', async () => {
    expect((await cli('old', 'risky.yaml')).code).toBe(0);
    expect((await cli('old', 'risky.yaml', '--fail-on', 'warning')).code).toBe(1);
    expect((await cli('old', 'safe.yaml', '--fail-on', 'warning')).code).toBe(0);
    expect((await cli('old', 'safe.yaml', '--fail-on', 'notice')).code).toBe(1);
    expect((await cli('old', 'new', '--fail-on', 'never')).code).toBe(0);
  });

  it('says plainly when there is no difference', async () => {
    const result = await cli('old', 'old', '--fail-on', 'notice');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No difference: gadgets.example.com, widgets.example.com');
    expect(result.stdout).toContain(
      'No CRD difference (2 CRDs compared). No CRD difference: upgrading the CRDs in place is safe',
    );
    const json = JSON.parse((await cli('old', 'old', '--format', 'json')).stdout) as unknown;
    expect(json).toEqual({ version: 1, changes: [], summary: { breaking: 0, risky: 0, safe: 0 } });
  });

  it.each([
    [['old'], 'crd-diff takes two paths'],
    [['old', 'missing'], 'no such file or directory'],
    [['old', 'new', '--format', 'sarif'], '--format must be one of text, markdown, json'],
    [['old', 'new', '--fail-on', 'sometimes'], '--fail-on must be one of'],
    [['old', 'not-crds.yaml'], 'no CustomResourceDefinition found in'],
    [['old', 'broken.yaml'], ': broken.yaml:3: invalid YAML'],
    [['old', 'new', '--bogus'], "Unknown option '--bogus'"],
  ])('usage and input errors exit 2: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('--help, and the main usage mentions crd-diff', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('crd-diff OLD NEW');
    const main = await runNode(CLI_BUNDLE, ['--help'], { cwd: dir });
    expect(main.stdout).toContain('crd-diff OLD NEW');
  });
});
