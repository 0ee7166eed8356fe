import type { SeedSource, Source } from './schema';

/** True for a source that is a passage of a seed article (zod-free, for code that ships). */
export const isSeedSource = (source: Source): source is SeedSource => 'article' in source;
