import type { FieldPath } from '../model.js';
import type { Rule } from './types.js';
import { isKind } from './workload.js';
import { isRecord } from '../util/objects.js';

/**
 * Values that stand in for a secret rather than being one: empty, substituted at deploy time, templated,
 * encrypted by SOPS, references to a secret store, or obvious placeholders.
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /^$/,
  /^\$\{[^}]*\}$/, // ${VAR}: envsubst, Flux post-build substitution
  /^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/, // $VAR, $(VAR)
  /^<[^<>]*>$/, // <password>, <path:kv/data/app#key> (argocd-vault-plugin)
  /^\{\{[\s\S]*\}\}$/, // a template expression
  /^ENC\[[A-Z0-9_]+,[\s\S]*\]$/, // a SOPS-encrypted value
  /^(vault:|ref\+[a-z0-9]+:\/\/)/, // bank-vaults webhook, vals references
  /^(change[-_ ]?me|replace[-_ ]?me|to[-_ ]?do|tbd|placeholder|dummy|redacted|none|null|n\/a|x+|\*+|\.{3,}|-+)$/i,
  /^(change|replace)[-_ ]?(me|this|with)\b/i,
];

/** A public certificate (a CA bundle, `tls.crt` on its own) is not secret. */
const CERTIFICATE =
  /^-----BEGIN (CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL)-----[\s\S]*-----END [A-Z0-9 ]+-----$/;

const SHOWN_KEYS = 5;

export const plaintextSecretRule: Rule = {
  meta: {
    id: 'plaintext-secret',
    description: 'A Secret commits values to git in plain text (base64 is an encoding, not encryption).',
    category: 'security',
    defaultSeverity: 'warning',
  },
  check(resource, _context, report) {
    if (!isKind(resource, 'Secret', [''])) return;
    const object = resource.object;
    // A SOPS-encrypted document carries its metadata in a top-level `sops:` key.
    if (object.sops !== undefined) return;
    const exposed: { path: FieldPath; line: number }[] = [];
    for (const field of ['data', 'stringData'] as const) {
      const values = object[field];
      if (!isRecord(values)) continue;
      for (const [key, value] of Object.entries(values)) {
        const raw = stringValue(value);
        // `data` is base64: judge the decoded text, and the raw text too (a `${VAR}` is not base64).
        const secret = isSecretValue(raw) && (field === 'stringData' || isSecretValue(decodeBase64(raw)));
        if (secret) exposed.push({ path: [field, key], line: resource.lineOf([field, key]) });
      }
    }
    if (exposed.length === 0) return;
    exposed.sort((a, b) => a.line - b.line);
    const names = exposed.slice(0, SHOWN_KEYS).map((entry) => entry.path.join('.'));
    const more = exposed.length > SHOWN_KEYS ? ` and ${exposed.length - SHOWN_KEYS} more` : '';
    const count = exposed.length === 1 ? 'a value' : `${exposed.length} values`;
    report({
      message:
        `Secret '${resource.ref.name}' commits ${count} to git in plain text (${names.join(', ')}${more}): ` +
        'base64 in `data` is an encoding, not encryption, and git keeps every value in its history. ' +
        'Encrypt the file with SOPS, or keep the value out of git with a SealedSecret, an ExternalSecret ' +
        '(External Secrets Operator) or Vault; rotate any value that was pushed.',
      path: exposed[0]!.path,
      key: 'plaintext',
    });
  },
};

function stringValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

function decodeBase64(text: string): string {
  return Buffer.from(text.trim(), 'base64').toString('utf8');
}

function isSecretValue(text: string): boolean {
  const value = text.trim();
  if (PLACEHOLDERS.some((pattern) => pattern.test(value))) return false;
  return !CERTIFICATE.test(value);
}
