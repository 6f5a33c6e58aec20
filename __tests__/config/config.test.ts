import { describe, expect, it } from '@jest/globals';
import { parseRepoConfig, resolveOptions, splitList, EMPTY_CONFIG } from '../../src/config/config.js';

const RULES = ['removed-api', 'deprecated-api', 'parse-error'];

describe('parseRepoConfig', () => {
  it('reads every setting', () => {
    const config = parseRepoConfig(
      [
        'kubernetesVersion: "1.29"',
        'upgradeVersion: 1.30.2',
        'failOn: warning',
        'scope: files',
        'paths: [clusters/**]',
        'exclude: legacy/',
        'rules:',
        '  deprecated-api: off',
        '  removed-api: warning',
        '  parse-error: {severity: notice}',
        'ignore:',
        '  - {rules: [removed-api], kind: CronJob, name: "legacy-*"}',
        '  - path: vendor/**',
      ].join('\n'),
      '.kube-pr-review.yaml',
      RULES,
    );
    expect(config).toEqual({
      kubernetesVersion: { major: 1, minor: 29 },
      upgradeVersion: { major: 1, minor: 30 },
      failOn: 'warning',
      scope: 'files',
      paths: ['clusters/**'],
      exclude: ['legacy/'],
      rules: {
        'deprecated-api': { enabled: false },
        'removed-api': { enabled: true, severity: 'warning' },
        'parse-error': { enabled: true, severity: 'notice' },
      },
      ignore: [{ rules: ['removed-api'], kind: 'CronJob', name: 'legacy-*' }, { path: 'vendor/**' }],
    });
    expect(parseRepoConfig('', 'c', RULES)).toEqual(EMPTY_CONFIG);
  });

  it.each([
    [
      'kubernetesVersion: latest',
      /'kubernetesVersion' must be a Kubernetes minor version like '1.33', got 'latest'/,
    ],
    ['kubernetesVersion: 2.1', /'kubernetesVersion' must be a Kubernetes minor version/],
    ['failOn: sometimes', /'failOn' must be one of error, warning, notice, never, got 'sometimes'/],
    ['scope: everything', /'scope' must be one of changed, files, all/],
    ['colour: red', /unknown key 'colour'/],
    ['rules: {no-such-rule: off}', /unknown rule 'no-such-rule' in 'rules' \(known rules: removed-api/],
    ['rules: {removed-api: loud}', /rules.removed-api must be off, on, error, warning or notice, got 'loud'/],
    ['ignore: [{}]', /ignore\[0\] is empty/],
    ['ignore: [{rule: x}]', /unknown key 'rule' in ignore\[0\]/],
    ['ignore: [{rules: [nope]}]', /unknown rule 'nope' in ignore\[0\].rules/],
    ['paths: {a: 1}', /'paths' must be a list of strings/],
    ['- a list', /must be a YAML mapping/],
    ['a: [', /invalid YAML/],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parseRepoConfig(text, '.kube-pr-review.yaml', RULES)).toThrow(message);
    expect(() => parseRepoConfig(text, '.kube-pr-review.yaml', RULES)).toThrow(/^\.kube-pr-review\.yaml: /);
  });
});

describe('resolveOptions', () => {
  it('uses the newest known release and the next minor by default', () => {
    const options = resolveOptions({}, EMPTY_CONFIG, '1.36');
    expect(options).toMatchObject({
      kubernetesVersion: { major: 1, minor: 36 },
      upgradeVersion: { major: 1, minor: 37 },
      scope: 'changed',
      failOn: 'error',
    });
  });

  it('lets inputs win over the config file', () => {
    const config = parseRepoConfig('kubernetesVersion: "1.25"\nfailOn: never\npaths: [a/**]', 'c', RULES);
    expect(resolveOptions({}, config, '1.36')).toMatchObject({
      kubernetesVersion: { minor: 25 },
      upgradeVersion: { minor: 26 },
      failOn: 'never',
    });
    const options = resolveOptions(
      { kubernetesVersion: 'v1.30', failOn: 'warning', exclude: ['a/x/**'] },
      config,
      '1.36',
    );
    expect(options).toMatchObject({
      kubernetesVersion: { minor: 30 },
      upgradeVersion: { minor: 31 },
      failOn: 'warning',
    });
    expect(options.pathFilter.matches('a/b.yaml')).toBe(true);
    expect(options.pathFilter.matches('a/x/b.yaml')).toBe(false);
    expect(options.pathFilter.matches('b/b.yaml')).toBe(false);
  });

  it('names the bad input', () => {
    expect(() => resolveOptions({ kubernetesVersion: 'latest' }, EMPTY_CONFIG, '1.36')).toThrow(
      "'kubernetes-version' must be a Kubernetes minor version like '1.33', got 'latest'",
    );
    expect(() =>
      resolveOptions({ kubernetesVersion: '1.30', upgradeVersion: '1.29' }, EMPTY_CONFIG, '1.36'),
    ).toThrow('upgrade-version 1.29 is older than kubernetes-version 1.30');
    expect(() => resolveOptions({ failOn: 'fatal' }, EMPTY_CONFIG, '1.36')).toThrow(
      "'fail-on' must be one of",
    );
  });

  it('splits list inputs on commas and newlines', () => {
    expect(splitList('a/**, b/*.yaml\n\nc/')).toEqual(['a/**', 'b/*.yaml', 'c/']);
  });
});

describe('versions written as YAML numbers', () => {
  it('reads kubernetesVersion: 1.30 as 1.30, not 1.3', () => {
    const config = parseRepoConfig('kubernetesVersion: 1.30\nupgradeVersion: 1.31\n', 'c', RULES);
    expect(config.kubernetesVersion).toEqual({ major: 1, minor: 30 });
    expect(config.upgradeVersion).toEqual({ major: 1, minor: 31 });
  });
});
