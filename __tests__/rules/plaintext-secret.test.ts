import { describe, expect, it } from '@jest/globals';
import { plaintextSecretRule } from '../../src/rules/plaintext-secret.js';
import { fixtureNames } from './rule-fixture.js';
import { checkPracticeFixture, runPractice } from './practice-fixture.js';

const secret = (body: string, name = 'app') =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n${body}`;

describe('plaintext-secret fixtures', () => {
  it.each(fixtureNames('plaintext-secret'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkPracticeFixture(plaintextSecretRule, name);
    expect(actual).toEqual(expected);
  });
});

describe('plaintextSecretRule', () => {
  it('has the documented metadata', () => {
    expect(plaintextSecretRule.meta).toMatchObject({
      id: 'plaintext-secret',
      category: 'security',
      defaultSeverity: 'warning',
    });
  });

  it('names the keys and what to do, and never echoes a value, raw or decoded', async () => {
    const found = await runPractice(
      plaintextSecretRule,
      secret('data:\n  password: aHVudGVyMg==\nstringData:\n  token: hunter3\n'),
    );
    expect(found).toHaveLength(1);
    const { message, line } = found[0]!;
    expect(line).toBe(6);
    expect(message).toContain(
      "Secret 'app' commits 2 values to git in plain text (data.password, stringData.token)",
    );
    expect(message).toContain('SOPS');
    expect(message).toContain('SealedSecret');
    expect(message).toContain('ExternalSecret');
    for (const value of ['aHVudGVyMg==', 'hunter2', 'hunter3']) expect(message).not.toContain(value);
  });

  it('lists at most five keys', async () => {
    const keys = Array.from({ length: 7 }, (_, i) => `  k${i}: value-${i}\n`).join('');
    const [finding] = await runPractice(plaintextSecretRule, secret(`stringData:\n${keys}`));
    expect(finding?.message).toContain(
      '(stringData.k0, stringData.k1, stringData.k2, stringData.k3, stringData.k4 and 2 more)',
    );
  });

  it('keeps one fingerprint per Secret whatever its values', async () => {
    const [a] = await runPractice(plaintextSecretRule, secret('stringData:\n  a: one\n'));
    const [b] = await runPractice(plaintextSecretRule, secret('stringData:\n  a: two\n  b: three\n'));
    expect(a?.fingerprint).toBe(b?.fingerprint);
  });

  it('follows the config: severity, off, and ignore entries', async () => {
    const yaml = secret('stringData:\n  password: hunter2\n', 'legacy-db');
    const [relevelled] = await runPractice(plaintextSecretRule, yaml, {
      config: 'rules:\n  plaintext-secret: error\n',
    });
    expect(relevelled?.severity).toBe('error');
    expect(
      await runPractice(plaintextSecretRule, yaml, { config: 'rules:\n  plaintext-secret: off\n' }),
    ).toEqual([]);
    const ignore = 'ignore:\n  - rules: [plaintext-secret]\n    name: legacy-*\n';
    expect(await runPractice(plaintextSecretRule, yaml, { config: ignore })).toEqual([]);
  });

  it('reads JSON manifests too', async () => {
    const json = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'j' },
      stringData: { a: 'b' },
    });
    expect(await runPractice(plaintextSecretRule, json, {}, 'secret.json')).toHaveLength(1);
  });
});
