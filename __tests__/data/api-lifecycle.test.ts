import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  API_LIFECYCLE,
  NEWEST_KNOWN_RELEASE,
  entryApiVersion,
  findLifecycle,
  lifecycleKey,
} from '../../src/data/api-lifecycle.js';
import type { ApiLifecycle } from '../../src/data/api-lifecycle.js';
import { compareVersions, parseKubeVersion } from '../../src/kube-version.js';

function version(text: string | undefined): number {
  expect(text).toMatch(/^1\.\d+$/);
  const parsed = parseKubeVersion(text!);
  expect(parsed).toBeDefined();
  return parsed!.major * 1000 + parsed!.minor;
}

const cmp = (a: string, b: string) => compareVersions(parseKubeVersion(a)!, parseKubeVersion(b)!);

const label = (entry: ApiLifecycle) => `${entryApiVersion(entry)} ${entry.kind}`;

describe('API lifecycle table', () => {
  it('has no duplicate group/version/kind', () => {
    const keys = API_LIFECYCLE.map(lifecycleKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has valid versions, in order', () => {
    for (const entry of API_LIFECYCLE) {
      expect(entry.group).not.toBe('');
      expect(entry.version).toMatch(/^v\d+((alpha|beta)\d+)?$/);
      expect(entry.kind).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(entry.removedIn).toBeDefined();
      const removed = version(entry.removedIn);
      if (entry.deprecatedIn !== undefined) expect(version(entry.deprecatedIn)).toBeLessThanOrEqual(removed);
      for (const step of entry.interim ?? []) {
        // An interim step only helps on clusters older than the durable replacement.
        expect(version(step.availableIn)).toBeLessThan(version(entry.replacement?.availableIn));
      }
      // Something must be served by the removal release. The durable replacement may come later only when an
      // interim step bridges the gap (flowcontrol v1beta1: removed in 1.26, v1 from 1.29, v1beta3 from 1.26).
      if (entry.replacement) {
        const earliest = Math.min(
          ...[entry.replacement, ...(entry.interim ?? [])].map((r) => version(r.availableIn)),
        );
        expect([label(entry), earliest <= removed]).toEqual([label(entry), true]);
      }
    }
  });

  it('gives each entry either a replacement or a reason there is none', () => {
    for (const entry of API_LIFECYCLE) {
      expect([label(entry), entry.replacement !== undefined]).toEqual([
        label(entry),
        entry.noReplacement === undefined,
      ]);
      if (entry.interim) expect(entry.replacement).toBeDefined();
    }
  });

  it('never recommends a replacement that is removed at or before the API it replaces', () => {
    for (const entry of API_LIFECYCLE) {
      for (const target of [entry.replacement, ...(entry.interim ?? [])]) {
        if (!target) continue;
        expect(target.apiVersion).not.toBe(entryApiVersion(entry));
        const own = findLifecycle(target.apiVersion, entry.kind);
        if (own?.removedIn)
          expect([label(entry), cmp(own.removedIn, entry.removedIn!) > 0]).toEqual([label(entry), true]);
      }
    }
  });

  it('lists every interim step as a table entry itself (interim versions are never durable)', () => {
    for (const entry of API_LIFECYCLE) {
      for (const step of entry.interim ?? []) {
        expect([
          label(entry),
          step.apiVersion,
          findLifecycle(step.apiVersion, entry.kind) !== undefined,
        ]).toEqual([label(entry), step.apiVersion, true]);
      }
    }
  });

  it('cites a source for every entry', () => {
    for (const entry of API_LIFECYCLE) {
      expect(entry.source).toMatch(
        /^(https:\/\/kubernetes\.io\/docs\/reference\/using-api\/deprecation-guide\/#[a-z-]+v1\d\d|k8s\.io\/api lifecycle)$/,
      );
    }
  });

  it('finds entries by apiVersion and kind, and nothing for current or custom APIs', () => {
    expect(findLifecycle('extensions/v1beta1', 'Ingress')?.removedIn).toBe('1.22');
    expect(findLifecycle('apps/v1', 'Deployment')).toBeUndefined();
    expect(findLifecycle('argoproj.io/v1alpha1', 'Application')).toBeUndefined();
    expect(findLifecycle('extensions/v1beta1', 'Widget')).toBeUndefined();
  });

  it('has the dates pluto gets wrong right', () => {
    const facts: [string, string, string | undefined, string][] = [
      ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.23', '1.26'],
      ['flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration', '1.23', '1.26'],
      ['flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema', '1.26', '1.29'],
      ['flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', '1.26', '1.29'],
      ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.29', '1.32'],
      ['flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', '1.29', '1.32'],
      ['resource.k8s.io/v1beta1', 'ResourceClaim', '1.35', '1.38'],
      ['authorization.k8s.io/v1beta1', 'SubjectAccessReview', '1.19', '1.22'],
      ['admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', '1.31', '1.34'],
      ['storage.k8s.io/v1beta1', 'VolumeAttributesClass', '1.34', '1.37'],
      ['networking.k8s.io/v1beta1', 'ServiceCIDR', '1.34', '1.37'],
      ['authentication.k8s.io/v1beta1', 'SelfSubjectReview', '1.30', '1.33'],
    ];
    for (const [apiVersion, kind, deprecatedIn, removedIn] of facts) {
      expect(findLifecycle(apiVersion, kind)).toMatchObject({ deprecatedIn, removedIn });
    }
    expect(findLifecycle('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema')?.replacement).toEqual({
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
      availableIn: '1.29',
    });
    expect(findLifecycle('resource.k8s.io/v1beta1', 'DeviceClass')?.replacement?.apiVersion).toBe(
      'resource.k8s.io/v1',
    );
  });

  it('knows releases up to NEWEST_KNOWN_RELEASE', () => {
    expect(NEWEST_KNOWN_RELEASE).toBe('1.36');
  });
});

describe('docs/deprecated-apis.md', () => {
  const doc = readFileSync(new URL('../../docs/deprecated-apis.md', import.meta.url), 'utf8');

  it('has a row for every table entry', () => {
    for (const entry of API_LIFECYCLE) {
      const replacement = entry.replacement
        ? `\`${entry.replacement.apiVersion}\` | ${entry.replacement.availableIn}`
        : `none: ${entry.noReplacement} | -`;
      const row = `| \`${entryApiVersion(entry)}\` | ${entry.kind} | ${entry.deprecatedIn ?? '-'} | ${entry.removedIn} | ${replacement} |`;
      expect([label(entry), doc.includes(row)]).toEqual([label(entry), true]);
    }
  });
});
