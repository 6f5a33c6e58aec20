import { describe, expect, it } from '@jest/globals';
import { describeRemote, githubHosts, parseGitHubRemote } from '../../src/collect/remote-refs.js';

const hosts = githubHosts('https://api.github.com');

describe('parseGitHubRemote', () => {
  const crds = {
    host: 'github.com',
    owner: 'argoproj',
    repo: 'argo-cd',
    path: 'manifests/crds',
    ref: 'v3.1.16',
    form: 'git',
    location: 'github.com/argoproj/argo-cd/manifests/crds',
  };

  it.each([
    'github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16',
    'github.com/argoproj/argo-cd//manifests/crds?ref=v3.1.16',
    'https://github.com/argoproj/argo-cd//manifests/crds?ref=v3.1.16',
    'https://github.com/argoproj/argo-cd/manifests/crds?ref=v3.1.16',
    'https://github.com/argoproj/argo-cd.git//manifests/crds/?ref=v3.1.16',
    'git::https://github.com/argoproj/argo-cd//manifests/crds?ref=v3.1.16&timeout=90s',
    'git@github.com:argoproj/argo-cd.git//manifests/crds?ref=v3.1.16',
    'ssh://git@github.com/argoproj/argo-cd.git//manifests/crds?version=v3.1.16',
    'https://www.github.com/argoproj/argo-cd//manifests/crds?ref=v3.1.16',
  ])('reads %s as a git reference', (reference) => {
    expect(parseGitHubRemote(reference, hosts)).toEqual(crds);
  });

  it('reads raw file URLs, with plain and full refs', () => {
    expect(
      parseGitHubRemote(
        'https://raw.githubusercontent.com/argoproj/argo-cd/v3.1.16/manifests/crds/application-crd.yaml',
        hosts,
      ),
    ).toEqual({
      host: 'github.com',
      owner: 'argoproj',
      repo: 'argo-cd',
      path: 'manifests/crds/application-crd.yaml',
      ref: 'v3.1.16',
      form: 'raw',
      location: 'github.com/argoproj/argo-cd/manifests/crds/application-crd.yaml',
    });
    const gateway = parseGitHubRemote(
      'https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/refs/heads/main/config/crd/gateway/gateway-crds.yaml',
      hosts,
    );
    expect([gateway?.ref, gateway?.path]).toEqual([
      'refs/heads/main',
      'config/crd/gateway/gateway-crds.yaml',
    ]);
    const install = parseGitHubRemote(
      'https://github.com/argoproj/argo-cd/raw/v3.2.12/manifests/install.yaml',
      hosts,
    );
    expect([install?.form, install?.ref, install?.path]).toEqual([
      'raw',
      'v3.2.12',
      'manifests/install.yaml',
    ]);
  });

  it('leaves the ref out when there is none (the default branch)', () => {
    const remote = parseGitHubRemote('github.com/acme/platform//deploy', hosts);
    expect(remote?.ref).toBeUndefined();
    expect(describeRemote(remote!)).toBe('github.com/acme/platform/deploy');
    expect(
      describeRemote(parseGitHubRemote('github.com/acme/platform//deploy?ref=v1', hosts)!, 'x.yaml'),
    ).toBe('github.com/acme/platform/x.yaml?ref=v1');
  });

  it.each([
    'https://gitlab.com/acme/widgets//crds?ref=v1',
    'https://bitbucket.org/acme/widgets//crds?ref=v1',
    'http://169.254.169.254/latest/meta-data',
    'https://example.com/crds.yaml',
    'https://user:secret@github.com/acme/widgets//crds?ref=v1',
    'github.com/acme/widgets//../../etc?ref=v1',
    'github.com/acme/widgets//crds/%2e%2e/x?ref=v1',
    'github.com/acme',
    'https://raw.githubusercontent.com/acme/widgets/v1',
    'github.com/acme/widgets//crds?ref=',
    'ssh://git@gitlab.com/acme/widgets.git//crds?ref=v1',
  ])('refuses %s', (reference) => {
    expect(parseGitHubRemote(reference, hosts)).toBeUndefined();
  });

  it('reads GitHub Enterprise hosts when the API is theirs', () => {
    const reference = 'ghe.example.com/platform/crds//base?ref=v1';
    expect(parseGitHubRemote(reference, hosts)).toBeUndefined();
    const enterprise = githubHosts('https://ghe.example.com/api/v3');
    expect(parseGitHubRemote(reference, enterprise)?.location).toBe('ghe.example.com/platform/crds/base');
    expect(parseGitHubRemote('https://github.com/org/repo//x?ref=1', enterprise)?.location).toBe(
      'github.com/org/repo/x',
    );
    expect(githubHosts('https://api.acme.ghe.com').git).toContain('acme.ghe.com');
    expect(githubHosts('http://127.0.0.1:8080').git).toEqual(['github.com', 'www.github.com']);
  });
});
