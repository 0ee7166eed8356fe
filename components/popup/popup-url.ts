import { TOPIC_IDS, type TopicId } from '../../data/constants';

const topicIds: ReadonlySet<string> = new Set(TOPIC_IDS);

/** The topic named by `?topic=` in the popup page's URL, when it is a known one. */
export function topicFromSearch(search: string): TopicId | undefined {
  const topic = new URLSearchParams(search).get('topic');
  return topic !== null && topicIds.has(topic) ? (topic as TopicId) : undefined;
}

/** The tab named by `?tab=` (the page a card's "More" link came from), when it is a valid id. */
export function tabFromSearch(search: string): number | undefined {
  const tab = Number(new URLSearchParams(search).get('tab') ?? NaN);
  return Number.isInteger(tab) && tab >= 0 ? tab : undefined;
}
