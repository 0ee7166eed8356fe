import { BASE_AS_OF, BASE_FACT_COUNT } from '../../data/dataset-version.generated';
import { asOfLine } from '../../utils/facts/present';
import { t } from '../../utils/i18n/i18n';
import { CardDelaySetting } from './CardDelaySetting';
import { CorrectionSettings } from './CorrectionSettings';
import { HighlightAmountSetting } from './HighlightAmountSetting';
import { InterfaceLanguageSetting } from './InterfaceLanguageSetting';
import { InvalidSettingsNotice } from './InvalidSettingsNotice';
import { LanguageSettings } from './LanguageSettings';
import { ResetSettings } from './ResetSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { SiteSettings } from './SiteSettings';
import { TopicSettings, type TopicChoice } from './TopicSettings';
import { TransferSettings } from './TransferSettings';
import { useSettings } from './use-settings';
import '../shared/base.css';
import './options.css';

export interface OptionsAppProps {
  /** Topics in the order to show them; their names come from the interface's catalog. */
  topics: readonly TopicChoice[];
  isFirefox?: boolean;
}

/** The options page: every setting, live from storage, each change saved at once. */
export function OptionsApp({ topics, isFirefox = false }: OptionsAppProps) {
  const { settings, resetOnLoad, status, save, replaceAll, resetAll } = useSettings();

  return (
    <div className="options">
      <header className="options__header">
        <h1>{t('options_title')}</h1>
        <p className="options__as-of">{asOfLine(BASE_AS_OF, BASE_FACT_COUNT)}</p>
        {/* Always in the page, so assistive technology announces each new message. */}
        <p role="status" className={`save-status ${status?.tone === 'error' ? 'error' : ''}`}>
          {status?.text}
        </p>
      </header>
      <InvalidSettingsNotice keys={resetOnLoad} />
      {settings === undefined ? (
        <p className="state">{t('options_loading')}</p>
      ) : (
        <main className="options__main">
          {/* First: a reader who cannot read the interface's current language finds the way out at once. */}
          <InterfaceLanguageSetting value={settings.uiLanguage} save={save} />
          <TopicSettings topics={topics} settings={settings} save={save} />
          <HighlightAmountSetting value={settings.highlightAmount} save={save} />
          <CardDelaySetting value={settings.cardDelayMs} save={save} />
          <LanguageSettings value={settings.languages} save={save} />
          <SiteSettings sites={settings.disabledSites} save={save} />
          <ShortcutSettings isFirefox={isFirefox} />
          <CorrectionSettings corrections={settings.corrections} save={save} />
          <TransferSettings replaceAll={replaceAll} />
          <ResetSettings resetAll={resetAll} />
        </main>
      )}
    </div>
  );
}
