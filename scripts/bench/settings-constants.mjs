// The card-delay settings, read from the TypeScript source (node 20 cannot import TypeScript), so the
// benchmark hovers with the delays readers really get.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const source = readFileSync(resolve(import.meta.dirname, '../../utils/settings/settings-schema.ts'), 'utf8');

function numberAfter(pattern) {
  const m = source.match(pattern);
  if (!m) throw new Error(`settings-schema.ts no longer declares ${pattern}`);
  return Number(m[1]);
}

export const DEFAULT_CARD_DELAY_MS = numberAfter(/DEFAULT_CARD_DELAY_MS\s*=\s*(\d+)/);
export const CARD_DELAY_RANGE = {
  min: numberAfter(/CARD_DELAY_RANGE\s*=\s*\{\s*min:\s*(\d+)/),
  max: numberAfter(/CARD_DELAY_RANGE\s*=\s*\{[^}]*max:\s*(\d+)/),
};
