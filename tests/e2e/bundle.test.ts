import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/launch.mjs';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built bundles', () => {
  const scripts = filesUnder(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');

  it('hold no noncharacters (Chrome refuses to load a file it thinks is not UTF-8)', () => {
    for (const file of scripts) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/[\uFFFE\uFFFF\uFDD0-\uFDEF]/u);
    }
  });

  it('keep the content script free of React, Dexie, fuse.js and zod, and small', () => {
    for (const marker of ['react.production', 'Dexie', 'Fuse', 'ZodError'])
      expect(content).not.toContain(marker);
    const gzipped = gzipSync(content, { level: 9 }).length;
    console.log(`content script: ${content.length} bytes raw, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(30 * 1024);
  });

  it('ask for no permission beyond storage and expose no web-accessible resources', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
