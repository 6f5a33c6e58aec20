// Tool messages shown in findings: without temp paths, without anything that may be a secret, and short.

const MAX_LINES = 12;
const MAX_LENGTH = 1500;
export const SCRUBBED = '(masked)';

/** Values under keys like these are treated as secrets when helm echoes them in an error. */
const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|credential|private|api[-_]?key|auth|cert|\bkey$|Key$/i;
/** Long base64 or hex runs (mixed case with digits, or hex): encoded Secret data, keys, certificates. */
const ENCODED_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g;

export interface ScrubOptions {
  /** Absolute directories to show as repo-relative (the materialised repository) or hide. */
  roots: { path: string; as: string }[];
  /** Strings that must never appear (Secret data, secret-looking values). */
  secrets: Iterable<string>;
}

export function scrubMessage(message: string, options: ScrubOptions): string {
  let text = message.replace(/\r\n?/g, '\n');
  for (const { path, as } of [...options.roots].sort((a, b) => b.path.length - a.path.length)) {
    text = text
      .split(`${path}/`)
      .join(as === '' ? '' : `${as}/`)
      .split(path)
      .join(as === '' ? '.' : as);
  }
  const secrets = [...new Set(options.secrets)].filter((secret) => secret.length >= 4);
  secrets.sort((a, b) => b.length - a.length);
  for (const secret of secrets) text = text.split(secret).join(SCRUBBED);
  text = text.replace(ENCODED_RUN, (run) =>
    (/[0-9]/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run)) || /^[0-9a-f]{40,}$/.test(run)
      ? SCRUBBED
      : run,
  );
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '' && !/^Use --debug flag/.test(line));
  let result = lines
    .slice(0, MAX_LINES)
    .join('\n')
    .replace(/^Error: /, '');
  if (lines.length > MAX_LINES) result += `\n… (${lines.length - MAX_LINES} more lines)`;
  return result.length > MAX_LENGTH ? `${result.slice(0, MAX_LENGTH - 1)}…` : result;
}

/** Secret-looking values of a values tree (keys like password, token, secret): strings to scrub from messages. */
export function secretValues(
  values: unknown,
  out: Set<string> = new Set(),
  underSecretKey = false,
): Set<string> {
  if (typeof values === 'string') {
    if (underSecretKey) out.add(values);
  } else if (Array.isArray(values)) {
    for (const item of values) secretValues(item, out, underSecretKey);
  } else if (typeof values === 'object' && values !== null) {
    for (const [key, item] of Object.entries(values))
      secretValues(item, out, underSecretKey || SECRET_KEY.test(key));
  }
  return out;
}

/** Every value of a rendered Secret's data (base64 and decoded) and stringData. */
export function secretDataValues(
  object: { kind?: unknown; data?: unknown; stringData?: unknown },
  out: Set<string>,
): void {
  if (object.kind !== 'Secret') return;
  for (const field of ['data', 'stringData'] as const) {
    const map = object[field];
    if (typeof map !== 'object' || map === null) continue;
    for (const value of Object.values(map as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      out.add(value);
      if (field === 'data') {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        for (const line of decoded.split('\n')) if (line.trim().length >= 4) out.add(line.trim());
      }
    }
  }
}
