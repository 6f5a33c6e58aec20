import { describe, expect, it } from '@jest/globals';
import { scrubMessage, secretDataValues, secretValues } from '../../src/render/scrub.js';

describe('scrubMessage', () => {
  it('shows repo paths, hides secrets and long base64, and keeps it short', () => {
    const message = [
      'Error: template: web/templates/x.yaml:3: failed to parse /tmp/sandbox/head/repo/envs/prod.yaml: bad',
      'the password is hunter22, encoded aHVudGVyMjJodW50ZXIyMmh1bnRlcjIyaHVudGVyMjJodW50ZXIy',
      'a lowercase path aws-load-balancer-controller/templates/deployment-with-a-long-name.yaml stays',
      '',
      'Use --debug flag to render out invalid YAML',
    ].join('\n');
    expect(
      scrubMessage(message, {
        roots: [{ path: '/tmp/sandbox/head/repo', as: '' }],
        secrets: ['hunter22'],
      }),
    ).toBe(
      [
        'template: web/templates/x.yaml:3: failed to parse envs/prod.yaml: bad',
        'the password is (masked), encoded (masked)',
        'a lowercase path aws-load-balancer-controller/templates/deployment-with-a-long-name.yaml stays',
      ].join('\n'),
    );
  });

  it('cuts long messages', () => {
    const message = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    expect(scrubMessage(message, { roots: [], secrets: [] }).split('\n')).toHaveLength(13);
  });
});

describe('secret values', () => {
  it('collects values under secret-looking keys', () => {
    const found = secretValues({
      db: { password: 'pw1', host: 'db' },
      apiKey: 'k-123',
      list: [{ token: 't1' }],
    });
    expect([...found].sort()).toEqual(['k-123', 'pw1', 't1']);
  });

  it('collects the data of rendered Secrets, encoded and decoded', () => {
    const found = new Set<string>();
    secretDataValues(
      { kind: 'Secret', data: { a: Buffer.from('s3cret').toString('base64') }, stringData: { b: 'plain' } },
      found,
    );
    expect([...found].sort()).toEqual(['czNjcmV0', 'plain', 's3cret']);
  });
});
