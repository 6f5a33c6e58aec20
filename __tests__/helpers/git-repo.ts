import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A snapshot of files to commit: content, or null to delete the file. */
export type Snapshot = Record<string, string | Buffer | null>;

export interface TempRepo {
  dir: string;
  /** Commit shas in order. */
  commits: string[];
  git(...args: string[]): string;
  commit(files: Snapshot, message?: string): string;
  cleanup(): void;
}

export function createRepo(...snapshots: Snapshot[]): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'kpr-test-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  git('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    commits: [],
    git,
    commit(files, message = `commit ${repo.commits.length + 1}`) {
      for (const [path, content] of Object.entries(files)) {
        const target = join(dir, path);
        if (content === null) {
          rmSync(target, { force: true });
        } else {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
      }
      git('add', '-A');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      const sha = git('rev-parse', 'HEAD').trim();
      repo.commits.push(sha);
      return sha;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const snapshot of snapshots) repo.commit(snapshot);
  return repo;
}

/** Multi-line YAML from an indented template literal. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
