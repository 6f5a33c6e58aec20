// npm run bench: how much the reviewer costs on a large GitOps repo, against what merely parsing it costs.
//
// Generates (seeded, deterministic) a synthetic repo of ~2,000 YAML files / ~5,000 resources with a known mix of
// deprecated and removed APIs, commits it to git, then times each case in its own process (median of 3 runs after
// a warm-up, peak RSS from process.resourceUsage().maxRSS):
//   floor         read every YAML file and yaml.parseAllDocuments() it: the least any reviewer must do
//   audit         kube-pr-review audit of the whole repo
//   review big    review of a 10-file pull request in the big repo
//   review small  the same 10-file pull request in a 20-file repo
//   review render a review whose change re-renders one Helm chart (a values change), against
//   render floor  a Node process that runs `helm template` of that chart twice at once (base and head, Go's
//                 threads shared between them) and collects the output: the least any reviewer that renders
//                 both sides must do
//   helm template   `helm template` of that chart alone (and x2, at once), for reference
// and checks that the audit found exactly the expected findings, and the review exactly the one it should.
//
// Env: BENCH_NO_FAIL=1 always exit 0; BENCH_KUBE_VERSION=X.Y target (default 1.29); BENCH_PROFILE=1 also prints
// a CPU profile of one audit (from lib/ when built, so hotspots map to src/); BENCH_KEEP=1 keeps the temp dir;
// BENCH_CHART_SERVICES=N sizes the render case's chart (default 30 services, 150 resources).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  findingKey,
  generateRepo,
  median,
  pullRequestChanges,
  summarizeProfile,
  toYaml,
} from './bench-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const TARGET = process.env.BENCH_KUBE_VERSION ?? '1.29';
const SEED = 20240229;
const TARGET_FILES = 2000;
const PR_FILES = 10;
const RUNS = 3;
/** The render cases take a fraction of a second: more rounds steady their medians. */
const RENDER_RUNS = 7;
const TARGETS = { audit: 1.5, review: 1.3, memory: 2, render: 1.5 };
const SCORED_RULES = ['removed-api', 'deprecated-api'];
/** Services in the render case's chart (5 resources each): BENCH_CHART_SERVICES=300 for a heavy chart. */
const CHART_SERVICES = Number(process.env.BENCH_CHART_SERVICES ?? 30);

const childEnv = {
  ...process.env,
  NO_COLOR: '1',
  GIT_AUTHOR_DATE: '2024-02-29T12:00:00Z',
  GIT_COMMITTER_DATE: '2024-02-29T12:00:00Z',
};
delete childEnv.NODE_OPTIONS;
delete childEnv.KUBE_PR_REVIEW_DEBUG;

const failures = [];
const fail = (message) => failures.push(message);
const log = (message = '') => console.log(message);

const temp = mkdtempSync(join(tmpdir(), 'kube-pr-review-bench-'));
const work = join(temp, 'work');
const bigRepo = join(temp, 'big');
const smallRepo = join(temp, 'small');

try {
  ensureCli();
  mkdirSync(work);
  const preloadUrl = writePreload();
  const floorScript = writeFloorScript();
  // The very yaml package the CLI is bundled with.
  childEnv.BENCH_YAML_URL = pathToFileURL(createRequire(import.meta.url).resolve('yaml')).href;

  // ---- the repos ----
  let start = performance.now();
  const repo = generateRepo(bigRepo, { seed: SEED, targetFiles: TARGET_FILES, target: TARGET });
  const generatedMs = performance.now() - start;
  start = performance.now();
  commitAll(bigRepo, 'base', true);
  const committedMs = performance.now() - start;
  const pr = pullRequestChanges(repo, { seed: SEED + 1, count: PR_FILES });

  // The small repo: the same 10 files as they were before the change, plus 10 neighbours.
  const smallFiles = [...pr.changes.keys()];
  for (const path of pr.changes.keys()) {
    const sibling = [...repo.files.keys()].find(
      (p) =>
        p.startsWith(dirname(path) + '/') &&
        !p.endsWith('/deployment.yaml') &&
        !p.endsWith('kustomization.yaml'),
    );
    if (sibling) smallFiles.push(sibling);
    // A kustomization next to a changed file renders the change too: the small repo gets it and what it lists.
    if (repo.files.has(`${dirname(path)}/kustomization.yaml`)) {
      smallFiles.push(...[...repo.files.keys()].filter((p) => dirname(p) === dirname(path)));
    }
  }
  for (const path of new Set(smallFiles)) writeRepoFile(smallRepo, path, repo.files.get(path));
  commitAll(smallRepo, 'base', true);

  const byRule = {};
  for (const [key, severity] of repo.expected) {
    const id = `${key.slice(key.lastIndexOf('| ') + 2)}/${severity}`;
    byRule[id] = (byRule[id] ?? 0) + 1;
  }
  log(
    `kube-pr-review bench: Node ${process.version}, --kubernetes-version ${TARGET}, ${RUNS} runs (${RENDER_RUNS} for the render cases, median) after 1 warm-up`,
  );
  log(
    `synthetic repo: ${repo.files.size} YAML files, ${repo.resources.length} resources, ` +
      `${(repo.bytes / 1024 / 1024).toFixed(1)} MiB (generated in ${Math.round(generatedMs)} ms, git commit ${Math.round(committedMs)} ms)`,
  );
  log(
    `expected findings: ${repo.expected.size} (${Object.entries(byRule)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ')}); pull request: ${pr.changes.size} Deployments, one moved to apps/v1beta2`,
  );
  log();

  // ---- floor and audit, interleaved so that load from elsewhere hits both alike ----
  const auditOut = join(work, 'audit.json');
  const cases = {
    floor: { args: [floorScript, bigRepo], cwd: work },
    audit: {
      args: [
        cli,
        'audit',
        '--repo',
        bigRepo,
        '--format',
        'json',
        '--fail-on',
        'never',
        '--kubernetes-version',
        TARGET,
        '--output',
        auditOut,
      ],
      cwd: work,
    },
  };
  const results = measure(cases, preloadUrl);

  // ---- the pull request, then the reviews ----
  for (const dir of [bigRepo, smallRepo]) {
    for (const [path, text] of pr.changes) writeRepoFile(dir, path, text);
    commitAll(dir, 'head: bump images and replicas', false);
  }
  const reviewArgs = (dir, out) => [
    cli,
    'review',
    '--repo',
    dir,
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--format',
    'json',
    '--fail-on',
    'never',
    '--kubernetes-version',
    TARGET,
    '--output',
    out,
  ];
  const reviewBigOut = join(work, 'review-big.json');
  const reviewSmallOut = join(work, 'review-small.json');
  Object.assign(
    results,
    measure(
      {
        'review big': { args: reviewArgs(bigRepo, reviewBigOut), cwd: work },
        'review small': { args: reviewArgs(smallRepo, reviewSmallOut), cwd: work },
      },
      preloadUrl,
    ),
  );

  // ---- a review that re-renders one chart, against helm template of that chart alone ----
  const helm = findHelm();
  const renderRepo = join(temp, 'render');
  const reviewRenderOut = join(work, 'review-render.json');
  if (helm) {
    writeBenchChart(join(renderRepo, 'charts', 'shop'), false);
    commitAll(renderRepo, 'base', true);
    writeBenchChart(join(renderRepo, 'charts', 'shop'), true);
    commitAll(renderRepo, 'head: svc-7 to 1.1.0, 3 replicas', false);
    const helmArgs = [
      'template',
      'shop',
      'charts/shop',
      '--include-crds',
      '--skip-tests',
      '--kube-version',
      `v${TARGET}.0`,
    ];
    Object.assign(
      results,
      measure(
        {
          'render floor': { args: [writeRenderFloorScript(), helm, ...helmArgs], cwd: renderRepo },
          'review render': { args: reviewArgs(renderRepo, reviewRenderOut), cwd: work },
        },
        preloadUrl,
        RENDER_RUNS,
      ),
      { 'helm template': await timeCommands([[helm, helmArgs]], renderRepo) },
      {
        'helm template x2': await timeCommands(
          [
            [helm, helmArgs],
            [helm, helmArgs],
          ],
          renderRepo,
          {
            ...childEnv,
            GOMAXPROCS: childEnv.GOMAXPROCS ?? String(Math.max(1, Math.floor(availableParallelism() / 2))),
          },
        ),
      },
    );
  } else {
    log('render: helm is not installed (npm run setup-tools): the render case is skipped');
  }

  // ---- results ----
  const ratios = [
    ['audit / floor, time', results.audit.ms / results.floor.ms, TARGETS.audit],
    [
      'review big / review small, time',
      results['review big'].ms / results['review small'].ms,
      TARGETS.review,
    ],
    ['audit / floor, peak memory', results.audit.rssMb / results.floor.rssMb, TARGETS.memory],
  ];
  if (helm) {
    ratios.push([
      'review render / render floor, time',
      results['review render'].ms / results['render floor'].ms,
      TARGETS.render,
    ]);
  }
  log('ratio                               value   target  result');
  for (const [name, value, target] of ratios) {
    const ok = value <= target;
    if (!ok) fail(`${name} is ${value.toFixed(2)}x, target <= ${target}x`);
    log(
      `${name.padEnd(34)} ${value.toFixed(2).padStart(5)}x  <= ${target.toFixed(1)}x  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
  log();
  log('case            median ms   (runs)                    peak RSS MB');
  for (const [name, r] of Object.entries(results)) {
    log(
      `${name.padEnd(15)} ${String(Math.round(r.ms)).padStart(9)}   (${r.runs.map((ms) => Math.round(ms)).join(', ')})`.padEnd(
        52,
      ) + ` ${r.rssMb ? r.rssMb.toFixed(1).padStart(7) : '      -'}`,
    );
  }
  log();

  // ---- correctness ----
  const floorCounts = JSON.parse(results.floor.stdout);
  checkAudit(JSON.parse(readFileSync(auditOut, 'utf8')), repo, floorCounts);
  checkReviews(
    JSON.parse(readFileSync(reviewBigOut, 'utf8')),
    JSON.parse(readFileSync(reviewSmallOut, 'utf8')),
    pr,
  );

  if (helm) checkRender(JSON.parse(readFileSync(reviewRenderOut, 'utf8')), results);

  if (process.env.BENCH_PROFILE === '1') profileAudit();

  log();
  if (failures.length === 0) log('bench: all checks PASS');
  else {
    log(`bench: ${failures.length} check(s) FAIL`);
    for (const message of failures) log(`  - ${message}`);
  }
  process.exitCode = failures.length > 0 && process.env.BENCH_NO_FAIL !== '1' ? 1 : 0;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = process.env.BENCH_NO_FAIL === '1' ? 0 : 1;
} finally {
  if (process.env.BENCH_KEEP === '1') console.log(`bench: kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

// ---- helpers ----

function ensureCli() {
  const newestSource = newestMtime(join(root, 'src'));
  if (existsSync(cli) && runs(cli)) {
    if (newestSource > statSync(cli).mtimeMs) {
      console.warn(
        'bench: warning: dist/cli/index.js is older than src/ (run npm run package to bench the current code)',
      );
    }
    return;
  }
  log('bench: dist/cli/index.js is missing or broken; running npm run package');
  const result = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 || !runs(cli))
    throw new Error('npm run package failed: cannot bench without dist/cli/index.js');
}

function runs(file) {
  return spawnSync(process.execPath, [file, '--version'], { env: childEnv, stdio: 'ignore' }).status === 0;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Preloaded into every measured process: reports its peak RSS (KiB) on exit. */
function writePreload() {
  const file = join(work, 'rss-preload.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';\n` +
      `process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
  return pathToFileURL(file).href;
}

/** The floor: walk the tree, read each YAML file, parse all its documents, count them. Nothing else. */
function writeFloorScript() {
  const file = join(work, 'floor.mjs');
  writeFileSync(
    file,
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const { parseAllDocuments } = await import(process.env.BENCH_YAML_URL);
let files = 0, documents = 0, errors = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') walk(path);
    } else if (/\\.(ya?ml|json)$/i.test(entry.name)) {
      files++;
      for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
        documents++;
        errors += doc.errors.length;
      }
    }
  }
};
walk(process.argv[2]);
process.stdout.write(JSON.stringify({ files, documents, errors }));
`,
  );
  return file;
}

/**
 * The render floor: start Node, run the helm command given twice at once, collect both outputs. Go's threads
 * are shared as the review shares them (GOMAXPROCS of half the CPUs each): the floor runs helm its fastest way.
 */
function writeRenderFloorScript() {
  const file = join(work, 'render-floor.mjs');
  writeFileSync(
    file,
    `import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
const [helm, ...args] = process.argv.slice(2);
// The two renders share the CPUs (as the review runs them), rather than each scheduling a thread per CPU.
const env = { ...process.env, GOMAXPROCS: process.env.GOMAXPROCS ?? String(Math.max(1, Math.floor(availableParallelism() / 2))) };
const render = () =>
  new Promise((resolve, reject) => {
    const child = spawn(helm, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error('helm exited with ' + code)),
    );
  });
const outputs = await Promise.all([render(), render()]);
process.stdout.write(String(outputs[0].length + outputs[1].length));
`,
  );
  return file;
}

function git(dir, args) {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  ).toString();
}

function commitAll(dir, message, init) {
  if (init) git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '--quiet', '--no-verify', '-m', message]);
  // A clone (what actions/checkout gives) holds packed objects; thousands of loose ones would make every
  // git read in the review slower than anything a user sees.
  git(dir, ['repack', '-adq']);
}

function writeRepoFile(dir, path, text) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function runOnce(name, { args, cwd }, preloadUrl) {
  const rssFile = join(work, `rss-${name.replace(/\W/g, '-')}`);
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', preloadUrl, ...args], {
    cwd,
    env: { ...childEnv, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(
      `${name} exited with ${result.status ?? result.signal}: ${(result.stderr || result.stdout).trim().slice(0, 2000)}`,
    );
  }
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout: result.stdout };
}

/** One warm-up each, then `runs` rounds that run every case once; medians of time and of peak RSS. */
function measure(cases, preloadUrl, runs = RUNS) {
  const runsByCase = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const [name, spec] of Object.entries(cases)) runOnce(name, spec, preloadUrl);
  for (let round = 0; round < runs; round++) {
    for (const [name, spec] of Object.entries(cases)) runsByCase[name].push(runOnce(name, spec, preloadUrl));
  }
  return Object.fromEntries(
    Object.entries(runsByCase).map(([name, list]) => [
      name,
      {
        ms: median(list.map((r) => r.ms)),
        rssMb: median(list.map((r) => r.rssMb)),
        runs: list.map((r) => r.ms),
        stdout: list[list.length - 1].stdout,
      },
    ]),
  );
}

function compareSets(label, actual, expected) {
  const missing = [...expected.keys()].filter((key) => !actual.has(key)).sort();
  const unexpected = [...actual.keys()].filter((key) => !expected.has(key)).sort();
  const wrongSeverity = [...expected.keys()]
    .filter((key) => actual.has(key) && actual.get(key) !== expected.get(key))
    .sort()
    .map((key) => `${key}: ${actual.get(key)}, expected ${expected.get(key)}`);
  const show = (title, list) => {
    if (list.length === 0) return;
    log(`  ${title} (${list.length}):`);
    for (const item of list.slice(0, 20)) log(`    ${item}`);
    if (list.length > 20) log(`    ... and ${list.length - 20} more`);
  };
  show('missing', missing);
  show('unexpected', unexpected);
  show('wrong severity', wrongSeverity);
  const ok = missing.length + unexpected.length + wrongSeverity.length === 0;
  if (!ok) {
    fail(
      `${label}: ${missing.length} missing, ${unexpected.length} unexpected, ${wrongSeverity.length} wrong severity`,
    );
  }
  return ok;
}

function findingMap(report, { onlyRules } = {}) {
  const map = new Map();
  for (const f of report.findings) {
    if (onlyRules && !onlyRules.includes(f.ruleId)) continue;
    const key = findingKey({
      file: f.file,
      kind: f.resource?.kind ?? '-',
      name: f.resource?.name ?? '-',
      ruleId: f.ruleId,
    });
    if (map.has(key)) fail(`duplicate finding ${key}`);
    map.set(key, f.severity);
  }
  return map;
}

// The generator plants known deprecated APIs; the other rules run too (their cost counts) but are not scored.

function checkAudit(report, repo, floorCounts) {
  const actual = findingMap(report, { onlyRules: SCORED_RULES });
  const ok = compareSets('audit findings', actual, repo.expected);
  log(
    `audit correctness: ${actual.size} findings, ${repo.expected.size} expected (file, kind, name, ruleId, severity): ${ok ? 'PASS' : 'FAIL'}`,
  );
  const stats = report.stats ?? {};
  if (stats.resources !== repo.resources.length) {
    fail(`audit stats.resources is ${stats.resources}, the repo holds ${repo.resources.length}`);
    log(`  stats.resources ${stats.resources} != ${repo.resources.length} generated: FAIL`);
  }
  if (floorCounts.files !== repo.files.size || floorCounts.errors !== 0) {
    fail(
      `floor read ${floorCounts.files} files with ${floorCounts.errors} YAML errors; expected ${repo.files.size} and 0`,
    );
  }
}

function checkReviews(big, small, pr) {
  const expected = new Map([[findingKey({ ...pr.deprecatedFile, ruleId: 'removed-api' }), 'error']]);
  const actual = findingMap(big, { onlyRules: SCORED_RULES });
  let ok = compareSets('review (big repo) findings', actual, expected);
  if (big.scope !== 'changed') {
    ok = false;
    fail(`review scope is '${big.scope}', expected 'changed'`);
  }
  // Raw file groups only: rendered groups (a kustomization the change re-renders) carry a `target`.
  const changedFiles = (big.changes ?? [])
    .filter((c) => !c.target)
    .map((c) => c.file)
    .sort();
  const expectedFiles = [...pr.changes.keys()].sort();
  if (JSON.stringify(changedFiles) !== JSON.stringify(expectedFiles)) {
    ok = false;
    fail(
      `review reported changes in ${changedFiles.length} files, expected the ${expectedFiles.length} changed ones`,
    );
  }
  log(
    `review correctness (big repo): ${actual.size} finding(s), expected exactly ${[...expected.keys()][0]}: ${ok ? 'PASS' : 'FAIL'}`,
  );
  const smallOk = compareSets(
    'review (small repo) vs big repo',
    findingMap(small, { onlyRules: SCORED_RULES }),
    actual,
  );
  log(`review small reports the same findings as review big: ${smallOk ? 'PASS' : 'FAIL'}`);
  log(`review stats: big ${JSON.stringify(big.stats)}, small ${JSON.stringify(small.stats)}`);
}

function profileAudit() {
  const fromLib = existsSync(join(root, 'lib', 'cli.js'));
  const entry = fromLib ? join(root, 'lib', 'cli.js') : cli;
  const dir = join(work, 'profile');
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, entry, 'audit', '--repo', bigRepo, '--format', 'json'];
  args.push('--fail-on', 'never', '--kubernetes-version', TARGET, '--output', join(work, 'profile.json'));
  spawnSync(process.execPath, args, { cwd: work, env: childEnv, stdio: 'ignore' });
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return log('profile: no .cpuprofile written');
  const shorten = (url) => {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const rel = relative(root, path);
    if (rel.startsWith('..'))
      return path.startsWith('node:') ? path : `(outside repo) ${path.split('/').slice(-2).join('/')}`;
    return rel.replace(/^lib\/(.*)\.js$/, 'src/$1.ts');
  };
  const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), shorten);
  log();
  log(
    `CPU profile of one audit (${fromLib ? 'lib/, mapped to src/' : 'dist bundle'}), ${Math.round(summary.totalMs)} ms sampled; self time:`,
  );
  log('  by file:');
  for (const f of summary.files)
    log(`    ${f.ms.toFixed(0).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
  log('  by function:');
  for (const f of summary.functions)
    log(`    ${f.ms.toFixed(0).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
}

// ---- the render case ----

function findHelm() {
  const own = join(root, '.tools', 'bin', 'helm');
  if (existsSync(own)) return own;
  const found = spawnSync('sh', ['-c', 'command -v helm'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Median wall time of running the commands at once (one warm-up, then RENDER_RUNS rounds). */
async function timeCommands(commands, cwd, env = childEnv) {
  const once = () =>
    Promise.all(
      commands.map(
        ([command, args]) =>
          new Promise((resolve, reject) => {
            const child = spawn(command, args, { cwd, env, stdio: 'ignore' });
            child.on('error', reject);
            child.on('close', (code) =>
              code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
            );
          }),
      ),
    );
  await once();
  const runs = [];
  for (let round = 0; round < RENDER_RUNS; round++) {
    const start = performance.now();
    await once();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), rssMb: 0, runs, stdout: '' };
}

/**
 * A chart the size of a real one: 30 services by default (Deployment, Service, ConfigMap, ServiceAccount,
 * PodDisruptionBudget each) from values, and a CRD with a ~0.5 MB schema. The change moves svc-7 to 1.1.0 with
 * 3 replicas.
 */
function writeBenchChart(dir, changed) {
  const write = (path, text) => writeRepoFile(dir, path, text);
  write('Chart.yaml', 'apiVersion: v2\nname: shop\nversion: 1.0.0\nappVersion: "1.0"\n');
  const services = Array.from({ length: CHART_SERVICES }, (_, i) => {
    const bumped = changed && i === 7;
    return [
      `  - name: svc-${i}`,
      `    image: registry.example.com/shop/svc-${i}`,
      `    tag: "${bumped ? '1.1.0' : '1.0.0'}"`,
      `    replicas: ${bumped ? 3 : 2}`,
      `    port: ${8000 + i}`,
    ].join('\n');
  });
  write('values.yaml', `services:\n${services.join('\n')}\n`);
  write(
    'templates/_helpers.tpl',
    '{{- define "shop.labels" -}}\napp.kubernetes.io/part-of: shop\nhelm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}\n{{- end }}\n',
  );
  const templates = {
    deployment: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .name }}',
      '  labels:',
      '    {{- include "shop.labels" $ | nindent 4 }}',
      'spec:',
      '  replicas: {{ .replicas }}',
      '  selector:',
      '    matchLabels: {app: {{ .name }}}',
      '  template:',
      '    metadata:',
      '      labels: {app: {{ .name }}}',
      '      annotations:',
      '        checksum/config: {{ toYaml . | sha256sum }}',
      '    spec:',
      '      serviceAccountName: {{ .name }}',
      '      containers:',
      '        - name: app',
      '          image: "{{ .image }}:{{ .tag }}"',
      '          ports: [{containerPort: {{ .port }}}]',
      '          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}',
      '          readinessProbe: {httpGet: {path: /ready, port: {{ .port }}}}',
      '          livenessProbe: {httpGet: {path: /live, port: {{ .port }}}}',
      '          securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}',
    ],
    service: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ .name }}',
      'spec:',
      '  selector: {app: {{ .name }}}',
      '  ports: [{port: 80, targetPort: {{ .port }}}]',
    ],
    configmap: [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ .name }}-config',
      'data:',
      '  PORT: "{{ .port }}"',
    ],
    serviceaccount: ['apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: {{ .name }}'],
    pdb: [
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: {{ .name }}',
      'spec:',
      '  maxUnavailable: 1',
      '  selector:',
      '    matchLabels: {app: {{ .name }}}',
    ],
  };
  for (const [name, lines] of Object.entries(templates)) {
    write(
      `templates/${name}.yaml`,
      `{{- range .Values.services }}\n---\n{{- with . }}\n${lines.join('\n')}\n{{- end }}\n{{- end }}\n`,
    );
  }
  const properties = {};
  for (let i = 0; i < 2500; i++) {
    properties[`field${i}`] = {
      type: 'object',
      description: `Field ${i} of the widget spec, kept for older clients.`,
      properties: { name: { type: 'string' }, value: { type: 'integer', format: 'int64' } },
    };
  }
  const schema = { type: 'object', properties: { spec: { type: 'object', properties } } };
  write(
    'crds/widgets.yaml',
    toYaml({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.shop.example.com' },
      spec: {
        group: 'shop.example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: schema } }],
      },
    }),
  );
}

function checkRender(report, results) {
  const groups = (report.changes ?? []).filter((c) => c.target);
  const got = groups.flatMap((g) =>
    g.resources.map((r) => `${g.target}: ${r.type} ${r.key} ${r.fields.map((f) => f.path).join(',')}`),
  );
  const expected = [
    'chart charts/shop: modified apps/Deployment//svc-7 spec.replicas,spec.template.spec.containers[0].image',
  ];
  const ok = JSON.stringify(got) === JSON.stringify(expected);
  if (!ok)
    fail(`review render: rendered changes ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  log(
    `render correctness: ${got.length} rendered change(s), svc-7's replicas and image: ${ok ? 'PASS' : 'FAIL'}`,
  );
  const ratio = (a, b) => (results[a].ms / results[b].ms).toFixed(2);
  log(
    `render: on this machine (${availableParallelism()} CPUs) helm template of base and head at once takes ` +
      `${ratio('helm template x2', 'helm template')}x one helm template, and the render floor (Node started, ` +
      `both rendered) ${ratio('render floor', 'helm template')}x; review render / one helm template: ` +
      `${ratio('review render', 'helm template')}x`,
  );
}
