// Sizes of the built extension's bundles, raw and gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every .js and .css file under `dir`, with raw and gzipped bytes, the content script and its page app first. */
export function bundleSizes(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => /\.(js|css)$/.test(f));
  const sizes = files.map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(dir, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const rank = (s) => ['content-scripts/content.js', 'page-app.js', s.file].indexOf(s.file);
  return sizes.sort((a, b) => rank(a) - rank(b) || b.raw - a.raw);
}
