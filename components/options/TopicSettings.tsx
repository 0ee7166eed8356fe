import type { CSSProperties } from 'react';
import type { TopicId } from '../../data/constants';
import type { HighlightMode, HighlightStyle } from '../../utils/settings/settings-schema';
import type { Settings } from '../../utils/settings/settings-store';
import type { SaveSetting } from './use-settings';
import { useDraft } from './use-draft';

export interface TopicName {
  id: TopicId;
  name: string;
}

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
  topics: readonly TopicName[];
  settings: Settings;
  save: SaveSetting;
}) {
  return (
    <section className="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics</h2>
      <p className="hint">Choose what Backstory highlights, and how each topic looks on the page.</p>
      <ul className="topic-rows">
        {topics.map((topic) => (
          <TopicRow key={topic.id} topic={topic} settings={settings} save={save} />
        ))}
      </ul>
    </section>
  );
}

function TopicRow({ topic, settings, save }: { topic: TopicName; settings: Settings; save: SaveSetting }) {
  const style = settings.highlightStyles[topic.id];
  const saveStyle = (next: HighlightStyle) =>
    void save('highlightStyles', { ...settings.highlightStyles, [topic.id]: next });
  const [color, setColor, flushColor] = useDraft(style.color, (c) => saveStyle({ ...style, color: c }));
  const previewId = `preview-${topic.id}`;
  return (
    <li className="topic-row">
      <label className="topic-row__toggle">
        <input
          type="checkbox"
          checked={settings.enabledTopics[topic.id]}
          aria-describedby={previewId}
          onChange={(e) =>
            void save('enabledTopics', { ...settings.enabledTopics, [topic.id]: e.currentTarget.checked })
          }
        />
        {topic.name}
      </label>
      <input
        type="color"
        aria-label={`${topic.name} highlight colour`}
        value={color}
        onChange={(e) => setColor(e.currentTarget.value)}
        onBlur={flushColor}
      />
      <select
        aria-label={`${topic.name} highlight style`}
        value={style.mode}
        onChange={(e) => saveStyle({ ...style, mode: e.currentTarget.value as HighlightMode })}
      >
        <option value="underline">Underline</option>
        <option value="background">Background</option>
      </select>
      <p id={previewId} className="topic-row__preview">
        Preview: talks about <span style={previewStyle({ ...style, color })}>{topic.name}</span> resumed this
        week.
        {!settings.enabledTopics[topic.id] && <span className="hint"> (not highlighted)</span>}
      </p>
    </li>
  );
}
