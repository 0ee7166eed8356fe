import { aliases } from './aliases';
import { articles } from './articles';
import { bundledTopics } from './bundled-topics';
import { facts } from './facts/index';
import { hashString } from './hash';
import { info } from './info';
import type { Dataset } from './schema';

/**
 * The bundled fact base. It is validated against the schema at build time (a hook in wxt.config.ts) and in
 * the tests, not at run time, so zod never ships in the extension.
 */
export const dataset: Dataset = {
  info,
  topics: bundledTopics,
  aliases,
  articles,
  facts: facts.map((f) => ({ ...f, keywords: f.keywords ?? [] })) as Dataset['facts'],
};

/** The version of `dataset`: changes whenever any bundled record changes (computed at build time). */
export function datasetVersionOf(data: Dataset): string {
  return hashString(JSON.stringify(data));
}
