import type { CSSProperties } from 'react';
import type { TopicId } from '../../data/constants';
import { t } from '../../utils/i18n/i18n';
import { topicName } from '../../utils/i18n/topic-text';
import type { HighlightMode, HighlightStyle } from '../../utils/settings/settings-schema';
import type { Settings } from '../../utils/settings/settings-store';
import type { SaveSetting } from './use-settings';
import { useDraft } from './use-draft';
import { withElements } from '../shared/with-elements';

/** A topic to show, in the order given; its name comes from the interface's catalog (`topicName`). */
export interface TopicChoice {
  id: TopicId;
}
/** The earlier name of `TopicChoice`: a topic with an English `name` still fits, and that name is not used. */
export type TopicName = TopicChoice;

/** How the content script draws a highlight, mirrored for the preview. */
export function previewStyle({ color, mode }: HighlightStyle): CSSProperties {
  return mode === 'underline'
    ? { textDecoration: `underline 2px ${color}`, textDecorationSkipInk: 'none' }
    : { backgroundColor: `${color}40` };
}

/** One row per topic: on/off (named exactly as the topic), colour, style and a live preview. */
export function TopicSettings({
  topics,
  settings,
  save,
}: {
  topics: readonly TopicChoice[];
  settings: Settings;
  save: SaveSetting;
}) {
  return (
    <section className="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('options_topics_heading')}</h2>
      <p className="hint">{t('options_topics_hint')}</p>
      <ul className="topic-rows">
        {topics.map((topic) => (
          <TopicRow key={topic.id} id={topic.id} settings={settings} save={save} />
        ))}
      </ul>
    </section>
  );
}

function TopicRow({ id, settings, save }: { id: TopicId; settings: Settings; save: SaveSetting }) {
  const style = settings.highlightStyles[id];
  const saveStyle = (next: HighlightStyle) =>
    void save('highlightStyles', { ...settings.highlightStyles, [id]: next });
  const [color, setColor, flushColor] = useDraft(style.color, (c) => saveStyle({ ...style, color: c }));
  const previewId = `preview-${id}`;
  const name = topicName(id);
  return (
    <li className="topic-row">
      <label className="topic-row__toggle">
        <input
          type="checkbox"
          checked={settings.enabledTopics[id]}
          aria-describedby={previewId}
          onChange={(e) =>
            void save('enabledTopics', { ...settings.enabledTopics, [id]: e.currentTarget.checked })
          }
        />
        {name}
      </label>
      <input
        type="color"
        aria-label={t('options_topic_colour', { topic: name })}
        value={color}
        onChange={(e) => setColor(e.currentTarget.value)}
        onBlur={flushColor}
      />
      <select
        aria-label={t('options_topic_style', { topic: name })}
        value={style.mode}
        onChange={(e) => saveStyle({ ...style, mode: e.currentTarget.value as HighlightMode })}
      >
        <option value="underline">{t('options_style_underline')}</option>
        <option value="background">{t('options_style_background')}</option>
      </select>
      <p id={previewId} className="topic-row__preview">
        {withElements(t('options_topic_preview'), {
          topic: <span style={previewStyle({ ...style, color })}>{name}</span>,
        })}
        {!settings.enabledTopics[id] && <span className="hint"> {t('options_topic_off')}</span>}
      </p>
    </li>
  );
}
