import type { TopicId } from '../../data/constants';
import { CATEGORIES, FACT_KINDS, type Category, type FactKind } from '../../data/constants';
import type { TopicRow } from '../../utils/db/fact-db';
import { t } from '../../utils/i18n/i18n';
import { topicName } from '../../utils/i18n/topic-text';
import { categoryLabel, kindLabel } from '../shared/labels';

/** The Browse view's filters; undefined means "all". */
export interface BrowseFilter {
  topic?: TopicId;
  category?: Category;
  kind?: FactKind;
  savedOnly: boolean;
}

export const NO_FILTER: BrowseFilter = { savedOnly: false };

export interface BrowseFiltersProps {
  topics: readonly TopicRow[];
  filter: BrowseFilter;
  onChange: (filter: BrowseFilter) => void;
  savedAvailable: boolean;
}

/** Selects for topic, category and kind, and a "Saved only" switch. */
export function BrowseFilters({ topics, filter, onChange, savedAvailable }: BrowseFiltersProps) {
  return (
    <div className="filters" role="group" aria-label={t('popup_filters_label')}>
      <label>
        {t('popup_filter_topic')}
        <select
          value={filter.topic ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              topic: pick(
                e.currentTarget.value,
                topics.map((topic) => topic.id),
              ),
            })
          }
        >
          <option value="">{t('popup_filter_all_topics')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topicName(topic.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('popup_filter_category')}
        <select
          value={filter.category ?? ''}
          onChange={(e) => onChange({ ...filter, category: pick(e.currentTarget.value, CATEGORIES) })}
        >
          <option value="">{t('popup_filter_all_categories')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('popup_filter_kind')}
        <select
          value={filter.kind ?? ''}
          onChange={(e) => onChange({ ...filter, kind: pick(e.currentTarget.value, FACT_KINDS) })}
        >
          <option value="">{t('popup_filter_all_kinds')}</option>
          {FACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__saved">
        <input
          type="checkbox"
          checked={filter.savedOnly}
          disabled={!savedAvailable}
          onChange={(e) => onChange({ ...filter, savedOnly: e.currentTarget.checked })}
        />
        {t('popup_filter_saved')}
      </label>
    </div>
  );
}

/** The option value as one of `allowed`, or undefined for "all". */
function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
