import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Messages } from './i18n';

/*
 * Build-time only (wxt.config.ts and tests): the catalogs are written in parts, one file per area of the
 * interface (card.json, popup.json...) in a folder per locale, so each part can be worked on alone; the build
 * joins each locale's parts into the `_locales/<locale>/messages.json` the browser reads.
 */

export const LOCALES_DIR = join(import.meta.dirname, 'locales');

/** Every locale folder, and its parts by file name. */
export function readCatalogParts(dir = LOCALES_DIR): Map<string, Map<string, Messages>> {
  const out = new Map<string, Map<string, Messages>>();
  for (const locale of readdirSync(dir).sort()) {
    const parts = new Map<string, Messages>();
    for (const file of readdirSync(join(dir, locale)).sort()) {
      if (!file.endsWith('.json')) continue;
      parts.set(file, JSON.parse(readFileSync(join(dir, locale, file), 'utf8')) as Messages);
    }
    out.set(locale, parts);
  }
  return out;
}

/** One locale's parts as one catalog; a key found in two parts is an error. */
export function joinParts(locale: string, parts: Map<string, Messages>): Messages {
  const joined: Messages = {};
  for (const [file, messages] of parts) {
    for (const [key, entry] of Object.entries(messages)) {
      if (key in joined) throw new Error(`_locales/${locale}: the key "${key}" is in two parts (${file})`);
      joined[key] = entry;
    }
  }
  return joined;
}

/**
 * `_locales/<locale>/messages.json` for every locale, as the build writes them: messages only, since the notes
 * for translators would double each file (about 50 KB each with them) and the browser never shows them.
 */
export function localeFiles(dir = LOCALES_DIR): Array<{ relativeDest: string; contents: string }> {
  return [...readCatalogParts(dir)].map(([locale, parts]) => {
    const messages = Object.fromEntries(
      Object.entries(joinParts(locale, parts)).map(([key, { message }]) => [key, { message }]),
    );
    return { relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(messages)}\n` };
  });
}
