// npm run demo: builds a two-commit git repo from examples/gitops-demo (base, then head) in a temp folder
// and reviews the change with the bundled CLI, as a pull request would get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'gitops-demo');
const repo = mkdtempSync(join(tmpdir(), 'kube-pr-review-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });

try {
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'user.name', 'demo');
  cpSync(join(example, 'base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  for (const entry of readdirSync(repo)) if (entry !== '.git') rmSync(join(repo, entry), { recursive: true });
  cpSync(join(example, 'head'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '--quiet', '-m', 'head: the pull request');

  const args = ['review', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD', ...process.argv.slice(2)];
  console.log(`$ kube-pr-review ${args.join(' ').replace(repo, '<demo repo>')}\n`);
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], {
    stdio: 'inherit',
  });
  console.log(
    result.status === 1
      ? '\n(exit code 1: as a required check, this review would block the pull request)'
      : `\n(exit code ${result.status})`,
  );
  process.exitCode = result.status === 1 || result.status === 0 ? 0 : (result.status ?? 2);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
