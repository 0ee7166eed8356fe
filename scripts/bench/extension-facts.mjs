// What the bench needs to know of the extension, as the build wrote it (wxt.config.ts): node cannot import the
// TypeScript sources, and reading them with regular expressions broke silently on a reformat.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(import.meta.dirname, 'extension-facts.generated.json');

/** `{ englishAliases: [{ text, topic, caseSensitive }], cardDelay: { default, min, max } }`. */
export function extensionFacts() {
  if (!existsSync(FILE))
    throw new Error(`${FILE} is missing: run \`npx wxt prepare\` or \`npm run build\` first`);
  return JSON.parse(readFileSync(FILE, 'utf8'));
}
