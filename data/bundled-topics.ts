import type { Dataset } from './schema';
import { topicSources } from './topic-sources';
import { topics } from './topics';

/** The five topics with their sources: a few KB the popup shows at once, without the facts. */
export const bundledTopics: Dataset['topics'] = topics.map((t) => ({ ...t, sources: topicSources[t.id] }));
