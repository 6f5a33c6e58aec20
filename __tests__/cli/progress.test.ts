import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

describe('the progress line on long runs', () => {
  const root = mkdtempSync(join(tmpdir(), 'kpr-progress-'));
  mkdirSync(join(root, 'apps'));
  for (let i = 0; i < 450; i++) {
    writeFileSync(
      join(root, 'apps', `cm-${i}.yaml`),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n`,
    );
  }

  it('shows how many files were read on a terminal, and clears the line before the report', async () => {
    const stdout = stream(false);
    const stderr = stream(true);
    const code = await runCli(['audit', '--repo', root], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      cwd: root,
      env: {},
    });
    expect(code).toBe(0);
    const progress = stderr.chunks.filter((chunk) => chunk.includes('reading files:'));
    expect(progress).toEqual(['\r\u001b[Kreading files: 200/450', '\r\u001b[Kreading files: 400/450']);
    expect(stderr.chunks.at(-1)).toBe('\r\u001b[K');
    expect(stdout.chunks.join('')).toContain('No findings');
  });

  it('stays quiet when stderr is not a terminal', async () => {
    const stderr = stream(false);
    await runCli(['audit', '--repo', root], {
      stdout: stream(false).stream,
      stderr: stderr.stream,
      cwd: root,
      env: {},
    });
    expect(stderr.chunks).toEqual([]);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));
});
