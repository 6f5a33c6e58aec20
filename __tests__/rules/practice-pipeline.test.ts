import { afterAll, describe, expect, it } from '@jest/globals';
import { EMPTY_CONFIG, resolveOptions } from '../../src/config/config.js';
import { runReview, silentLogger } from '../../src/pipeline.js';
import { createRepo, yaml } from '../helpers/git-repo.js';

// The operating-practice rules in a real review: repo lookups reach files the change does not touch,
// and scope `changed` keeps quiet about what the change did not add or modify.

const deployment = (name: string, image = 'example/app:1.0') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: shop
  spec:
    replicas: 1
    selector:
      matchLabels: { app: ${name} }
    template:
      metadata:
        labels: { app: ${name} }
      spec:
        containers:
          - name: app
            image: ${image}
`;

const hpa = (name: string) => yaml`
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata:
    name: ${name}
    namespace: shop
  spec:
    scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${name} }
    minReplicas: 2
    maxReplicas: 6
`;

const config = (version: string) => `kubernetesVersion: '${version}'\n`;

describe('operating-practice rules in a review', () => {
  const repo = createRepo(
    {
      'apps/web.yaml': `${deployment('web')}---\n${deployment('untouched')}`,
      'autoscaling/hpa.yaml': hpa('web'),
      '.kube-pr-review.yaml': config('1.29'),
    },
    {
      // web is modified (image), untouched stays as it was, lonely is added; the HPA file is not touched.
      'apps/web.yaml': `${deployment('web', 'example/app:1.1')}---\n${deployment('untouched')}---\n${deployment('lonely')}`,
      '.kube-pr-review.yaml': config('1.31'),
    },
  );
  afterAll(() => repo.cleanup());
  const request = { repo: repo.dir, base: repo.commits[0]!, head: repo.commits[1]! };
  const options = (scope: 'changed' | 'files') =>
    resolveOptions({ kubernetesVersion: '1.31', scope }, EMPTY_CONFIG, '1.36');

  it('scope changed: single-replica finds the HPA in an unchanged file and ignores unchanged objects', async () => {
    const report = await runReview(request, options('changed'), silentLogger);
    const byRule = (id: string) =>
      report.findings.filter((f) => f.ruleId === id).map((f) => f.resource?.name);
    expect(byRule('single-replica')).toEqual(['lonely']);
    // Every resource-rule finding is about web or lonely: nothing about the unchanged Deployment.
    const names = new Set(report.findings.filter((f) => f.resource).map((f) => f.resource?.name));
    expect([...names].sort()).toEqual(['lonely', 'web']);
    expect(byRule('missing-probes')).toEqual(['web', 'lonely']);
    const lonely = report.findings.find((f) => f.ruleId === 'single-replica');
    expect(lonely).toMatchObject({ file: 'apps/web.yaml', line: 41, severity: 'notice' });
  });

  it('version-skew reads the config file at both commits', async () => {
    const report = await runReview(request, options('changed'), silentLogger);
    const skew = report.findings.filter((f) => f.ruleId === 'version-skew');
    expect(skew).toHaveLength(1);
    expect(skew[0]).toMatchObject({ file: '.kube-pr-review.yaml', line: 1, severity: 'error' });
    expect(skew[0]?.message).toContain('from 1.29 to 1.31');
  });

  it('scope files: the unchanged Deployment of the changed file is checked too', async () => {
    const report = await runReview(request, options('files'), silentLogger);
    const singles = report.findings.filter((f) => f.ruleId === 'single-replica').map((f) => f.resource?.name);
    expect(singles.sort()).toEqual(['lonely', 'untouched']);
  });
});
