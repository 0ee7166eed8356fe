import { LANGUAGES } from '../../data/constants';
import { plural, t } from '../../utils/i18n/i18n';
import { topicName } from '../../utils/i18n/topic-text';
import { TopicSettings, type TopicChoice } from '../options/TopicSettings';
import { useSettings } from '../options/use-settings';
import { withElements } from '../shared/with-elements';
import { listOf } from '../shared/list-format';
import { KeysSection } from './KeysSection';
import { SampleSection } from './SampleSection';
import { StorageSection } from './StorageSection';
import '../shared/base.css';
import '../options/options.css';
import './welcome.css';

export interface WelcomeAppProps {
  /** Topics in the order to show them; their names come from the interface's catalog. */
  topics: readonly TopicChoice[];
  isFirefox?: boolean;
}

/**
 * The page a first install opens: what Backstory does, a paragraph to try it on, the keys, what it keeps,
 * the topic switches (saved at once, as in the options) and the way to the options page. All of it in the
 * interface's language (see mount-page.tsx).
 */
export function WelcomeApp({ topics, isFirefox = false }: WelcomeAppProps) {
  const { settings, status, save } = useSettings();
  return (
    <div className="welcome">
      <header className="welcome__header" data-backstory-ignore="">
        <h1>{t('welcome_title')}</h1>
        <p className="welcome__lead">
          {t('welcome_lead', {
            topics: listOf(
              topics.map((topic) => topicName(topic.id)),
              'and',
            ),
            languages: plural('welcome_languages', LANGUAGES.length),
          })}
        </p>
      </header>
      <main className="welcome__main">
        <SampleSection />
        <KeysSection isFirefox={isFirefox} />
        <StorageSection />
        <div data-backstory-ignore="">
          {settings === undefined ? (
            <p className="state">{t('welcome_loading_settings')}</p>
          ) : (
            <TopicSettings topics={topics} settings={settings} save={save} />
          )}
          {/* Always in the page, so assistive technology announces each new message. */}
          <p
            role="status"
            className={`save-status welcome__status ${status?.tone === 'error' ? 'error' : ''}`}
          >
            {status?.text}
          </p>
        </div>
      </main>
      <footer className="welcome__footer" data-backstory-ignore="">
        <p>
          {withElements(t('welcome_footer'), {
            link: <a href="/options.html">{t('welcome_footer_link')}</a>,
          })}
        </p>
      </footer>
    </div>
  );
}
