import type { TopicId } from '../../data/constants';
import { t, type MessageKey } from './i18n';

/** A topic's name in the interface's language ("Россия"); topic ids never change, so their keys do not either. */
export const topicName = (topic: TopicId): string => t(`topic_${topic}_name` as MessageKey);

/** A topic's summary in the interface's language. */
export const topicSummary = (topic: TopicId): string => t(`topic_${topic}_summary` as MessageKey);
