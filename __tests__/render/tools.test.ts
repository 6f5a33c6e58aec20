import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTools } from '../../src/render/tools.js';
import { HELM, KUBECTL } from './helm-repo.js';

describe('findTools', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-tools-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the paths it is given', () => {
    expect(findTools({ helmPath: HELM, kubectlPath: KUBECTL, searchPath: '' })).toEqual({
      helm: HELM,
      kustomize: { path: KUBECTL, mode: 'kubectl' },
      missing: {},
    });
    const kustomize = join(dir, 'kustomize');
    writeFileSync(kustomize, '#!/bin/sh\n');
    chmodSync(kustomize, 0o755);
    expect(findTools({ kustomizePath: kustomize, searchPath: '' }).kustomize).toEqual({
      path: kustomize,
      mode: 'kustomize',
    });
  });

  it('says why a tool is missing', () => {
    expect(
      findTools({ helmPath: join(dir, 'nope'), kubectlPath: join(dir, 'nope'), searchPath: '' }).missing,
    ).toEqual({
      helm: `helm not found at ${join(dir, 'nope')}`,
      kustomize: `kubectl not found at ${join(dir, 'nope')}`,
    });
  });

  it("falls back to the project's own .tools/bin (npm run setup-tools)", () => {
    expect(findTools({ searchPath: '' })).toMatchObject({
      helm: HELM,
      kustomize: { path: KUBECTL, mode: 'kubectl' },
    });
  });
});
