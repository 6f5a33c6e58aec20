import { describe, expect, it } from '@jest/globals';
import { createLimiter, runTool } from '../../src/render/exec.js';

describe('runTool', () => {
  it('stops a run that takes too long, with what it started', async () => {
    const started = Date.now();
    const run = await runTool('/bin/sh', ['-c', 'sleep 30 & sleep 30'], {
      cwd: '/',
      env: {},
      timeoutMs: 200,
    });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('returns output and exit code, and a missing binary as an error', async () => {
    expect(
      await runTool('/bin/sh', ['-c', 'echo out; echo err >&2; exit 3'], {
        cwd: '/',
        env: {},
        timeoutMs: 5000,
      }),
    ).toEqual({
      code: 3,
      stdout: 'out\n',
      stderr: 'err\n',
      timedOut: false,
      tooLarge: false,
    });
    const missing = await runTool('/nonexistent/tool', [], { cwd: '/', env: {}, timeoutMs: 5000 });
    expect(missing.code).toBeNull();
    expect(missing.stderr).toContain('ENOENT');
  });

  it('cuts output over the limit', async () => {
    const run = await runTool('/bin/sh', ['-c', 'yes'], {
      cwd: '/',
      env: {},
      timeoutMs: 5000,
      maxOutputBytes: 1024,
    });
    expect(run.tooLarge).toBe(true);
  });
});

describe('createLimiter', () => {
  it('runs at most N tasks at once', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let most = 0;
    const task = () =>
      limit(async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 10));
        active--;
      });
    await Promise.all(Array.from({ length: 6 }, task));
    expect(most).toBe(2);
  });
});
