import { useMemo } from 'react';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import { BASE_AS_OF, BASE_FACT_COUNT } from '../../data/dataset-version.generated';
import { asOfLine } from '../../utils/facts/present';
import { CardDelaySetting } from './CardDelaySetting';
import { CorrectionSettings } from './CorrectionSettings';
import { HighlightAmountSetting } from './HighlightAmountSetting';
import { InvalidSettingsNotice } from './InvalidSettingsNotice';
import { LanguageSettings } from './LanguageSettings';
import { ResetSettings } from './ResetSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { SiteSettings } from './SiteSettings';
import { TopicSettings, type TopicName } from './TopicSettings';
import { TransferSettings } from './TransferSettings';
import { useSettings } from './use-settings';
import '../shared/base.css';
import './options.css';

export interface OptionsAppProps {
  /** Topics with their display names, in the order to show them. */
  topics: readonly TopicName[];
  isFirefox?: boolean;
}

/** The options page: every setting, live from storage, each change saved at once. */
export function OptionsApp({ topics, isFirefox = false }: OptionsAppProps) {
  const { settings, resetOnLoad, status, save, replaceAll, resetAll } = useSettings();
  const topicNames = useMemo(() => {
    const names = Object.fromEntries(TOPIC_IDS.map((id) => [id, id])) as Record<TopicId, string>;
    for (const t of topics) names[t.id] = t.name;
    return names;
  }, [topics]);

  return (
    <div className="options">
      <header className="options__header">
        <h1>Backstory settings</h1>
        <p className="options__as-of">{asOfLine(BASE_AS_OF, BASE_FACT_COUNT)}</p>
        {/* Always in the page, so assistive technology announces each new message. */}
        <p role="status" className={`save-status ${status?.tone === 'error' ? 'error' : ''}`}>
          {status?.text}
        </p>
      </header>
      <InvalidSettingsNotice keys={resetOnLoad} />
      {settings === undefined ? (
        <p className="state">Loading settings…</p>
      ) : (
        <main className="options__main">
          <TopicSettings topics={topics} settings={settings} save={save} />
          <HighlightAmountSetting value={settings.highlightAmount} save={save} />
          <CardDelaySetting value={settings.cardDelayMs} save={save} />
          <LanguageSettings value={settings.languages} save={save} />
          <SiteSettings sites={settings.disabledSites} save={save} />
          <ShortcutSettings isFirefox={isFirefox} />
          <CorrectionSettings corrections={settings.corrections} topicNames={topicNames} save={save} />
          <TransferSettings replaceAll={replaceAll} />
          <ResetSettings resetAll={resetAll} />
        </main>
      )}
    </div>
  );
}
