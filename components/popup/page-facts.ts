import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import type { FactView } from '../../utils/messaging/protocol';
import { topicTimelines } from '../../utils/search/timeline';

/**
 * Facts per topic that "Copy facts as Markdown" takes: enough for a note on the article being read; all
 * of a topic's facts (hundreds for Iran) would bury it.
 */
export const PAGE_FACTS_PER_TOPIC = 5;

export interface TopicFacts {
  topic: TopicId;
  title: string;
  facts: FactView[];
}

/**
 * For each topic a page mentions, in the page's order, its newest facts: the ones its Browse timeline leads
 * with. A fact of two of those topics is listed once, under the first, and the next topic takes its next
 * newest instead, so the copied list has no repeats.
 */
export function pageFactGroups(
  topics: readonly TopicId[],
  facts: readonly Fact[],
  articles: ReadonlyMap<string, Article>,
  topicNames: Readonly<Record<TopicId, string>>,
  perTopic = PAGE_FACTS_PER_TOPIC,
): TopicFacts[] {
  const timelines = topicTimelines(topics, facts, {});
  const listed = new Set<string>();
  return topics.map((topic) => {
    const picked = (timelines.get(topic) ?? []).filter((f) => !listed.has(f.id)).slice(0, perTopic);
    for (const fact of picked) listed.add(fact.id);
    return { topic, title: topicNames[topic], facts: picked.map((f) => toFactView(f, articles)) };
  });
}
