// Sizes of the built extension's bundles, raw and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every .js and .css file under `dir`, with raw and gzipped bytes, the content script first. */
export function bundleSizes(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => /\.(js|css)$/.test(f));
  const sizes = files.map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(dir, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const rank = (s) => (s.file === 'content-scripts/content.js' ? 0 : 1);
  return sizes.sort((a, b) => rank(a) - rank(b) || b.raw - a.raw);
}
