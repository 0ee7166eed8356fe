import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/launch.mjs';
import { highlightCss, INJECTED_CSS_FILE } from '../../utils/content/highlight-css';
import { DEFAULT_HIGHLIGHT_STYLES } from '../../utils/settings/settings-schema';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Only React's production build formats its errors as links to this page. */
const REACT_MARKER = 'react.dev/errors';
/** A warning only React's development build carries. */
const REACT_DEVELOPMENT_MARKER = 'should have a unique';

describe('the built bundles', () => {
  const scripts = filesUnder(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
  const sources = new Map(scripts.map((file) => [file, readFileSync(file, 'utf8')]));
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  const pageApp = readFileSync(join(EXTENSION_DIR, 'page-app.js'), 'utf8');
  const gzippedSize = (text: string) => gzipSync(text, { level: 9 }).length;

  it('inject the default highlight styles into every page with the content script (no restyle later)', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ js: string[]; css?: string[] }>;
    };
    const entry = manifest.content_scripts.find((cs) => cs.js.includes('content-scripts/content.js'));
    expect(entry?.css).toEqual([INJECTED_CSS_FILE]);
    expect(readFileSync(join(EXTENSION_DIR, INJECTED_CSS_FILE), 'utf8')).toBe(
      highlightCss(DEFAULT_HIGHLIGHT_STYLES, 'root'),
    );
  });

  it('hold no noncharacters (Chrome refuses to load a file it thinks is not UTF-8)', () => {
    for (const [file, source] of sources) {
      expect(source, file).not.toMatch(/[\uFFFE\uFFFF\uFDD0-\uFDEF]/u);
    }
  });

  it('keep the content script and its page app free of React, Dexie, fuse.js and zod, and small', () => {
    for (const script of [content, pageApp])
      for (const marker of [REACT_MARKER, 'react.production', 'Dexie', 'Fuse', 'ZodError'])
        expect(script).not.toContain(marker);
    console.log(`content script: ${content.length} bytes raw, ${gzippedSize(content)} bytes gzipped`);
    console.log(`page app: ${pageApp.length} bytes raw, ${gzippedSize(pageApp)} bytes gzipped`);
    // Every page evaluates the content script while it loads: a few kilobytes, the topic hint among them.
    expect(gzippedSize(content)).toBeLessThan(4 * 1024);
    // Only a page whose text may name a topic imports the page app (utils/content/topic-gate.ts). 36 KB since
    // touch, the "why" line, copying with sources and the calm page came in (measured 32.1 -> 34.9 KB).
    expect(gzippedSize(content) + gzippedSize(pageApp)).toBeLessThan(36 * 1024);
  });

  it("give the popup and the options page React's production build", () => {
    const withReact = scripts.filter((file) => sources.get(file)!.includes(REACT_MARKER));
    expect(withReact.length).toBeGreaterThan(0);
    for (const [file, source] of sources) expect(source, file).not.toContain(REACT_DEVELOPMENT_MARKER);
  });

  it('open the popup from one module and one stylesheet, and the store with Dexie only later', () => {
    const popup = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    expect(popup.match(/<script\b[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script type="module" crossorigin src="\/chunks\/popup-[\w-]+\.js">$/),
    ]);
    expect(popup.match(/<link\b[^>]*>/g)).toEqual([
      expect.stringMatching(/^<link rel="stylesheet" crossorigin href="\/assets\/popup-[\w-]+\.css">$/),
    ]);
    const [, first] = popup.match(/src="\/(chunks\/popup-[\w-]+\.js)"/)!;
    // Dexie names its errors; they are in the store's chunk, which the popup imports once it has painted.
    const script = sources.get(join(EXTENSION_DIR, first!))!;
    expect(script).not.toContain('DatabaseClosedError');
    expect(script).toMatch(/import\(["'`][^"'`]*open-popup-store-[\w-]+\.js["'`]\)/);
  });

  it('ask for no permission beyond storage and expose only the page app and its script groups, behind a dynamic URL', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const groups = ['script-cyrillic.js', 'script-arabic.js', 'script-hebrew.js', 'script-cjk.js'];
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['page-app.js', ...groups], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });

  it('leave every script other than Latin out of the page app, each in a small module of its own', () => {
    // A page in Latin script never loads the others' aliases and words (utils/matching/script-groups.ts).
    expect(pageApp).not.toMatch(/Москв|\\u041C\\u043E\\u0441\\u043A\\u0432/);
    for (const group of ['cyrillic', 'arabic', 'hebrew', 'cjk']) {
      const module = readFileSync(join(EXTENSION_DIR, `script-${group}.js`), 'utf8');
      console.log(`${group} group: ${gzippedSize(module)} bytes gzipped`);
      expect(gzippedSize(module)).toBeLessThan(3 * 1024);
    }
  });
});
