import type { TopicId } from '../../data/constants';
import type { ListedMention } from '../../utils/messaging/protocol';

export interface MentionGroup {
  topic: TopicId;
  /** Each mention with its place in the page's answer (its number on screen) and its id for focus-mention. */
  entries: Array<{ index: number; id: number; text: string }>;
}

/** Groups mentions by topic, topics in the order the page first mentions them. */
export function groupMentions(mentions: readonly ListedMention[]): MentionGroup[] {
  const groups = new Map<TopicId, MentionGroup>();
  mentions.forEach((mention, index) => {
    let group = groups.get(mention.topic);
    if (!group) {
      group = { topic: mention.topic, entries: [] };
      groups.set(mention.topic, group);
    }
    group.entries.push({ index, id: mention.id, text: mention.text });
  });
  return [...groups.values()];
}
