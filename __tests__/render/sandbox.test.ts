import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from '../../src/render/sandbox.js';
import { HELM } from './helm-repo.js';

describe("the helm kustomize's helmCharts run", () => {
  it('answers the version check as helm 3, runs helm template, and refuses everything else', async () => {
    const sandbox = new Sandbox();
    try {
      const adapter = sandbox.kustomizeHelm(HELM);
      appendFileSync(adapter, '# marked by the test\n');
      expect(sandbox.kustomizeHelm(HELM)).toBe(adapter);
      expect(readFileSync(adapter, 'utf8')).toMatch(/# marked by the test\n$/); // written once, not per call
      const run = (...args: string[]) => spawnSync(adapter, args, { encoding: 'utf8', env: sandbox.env() });
      expect(run('version', '-c', '--short').stdout.trim()).toBe('v3.99.0+kube-pr-review');
      for (const refused of [
        ['pull', 'web', '--repo', 'http://127.0.0.1:9'],
        ['plugin', 'list'],
        ['repo', 'add', 'x', 'http://127.0.0.1:9'],
      ]) {
        const result = run(...refused);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/may only run 'helm template'/);
      }
      const chart = sandbox.dir('chart', "it's");
      mkdirSync(join(chart, 'templates'));
      writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
      writeFileSync(
        join(chart, 'templates', 'cm.yaml'),
        'kind: ConfigMap\nmetadata: {name: {{ .Release.Name }}}\n',
      );
      const template = run('template', 'rel', chart);
      expect(template.status).toBe(0);
      expect(template.stdout).toContain('name: rel');
    } finally {
      await sandbox.cleanup();
    }
  });
});
