import { mountPage } from '../../components/shared/mount-page';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { topics } from '../../data/topics';
import { startPageAppInOwnPage } from '../../utils/content/own-page';
import { t } from '../../utils/i18n/i18n';

void mountPage(document.getElementById('root')!, {
  title: () => t('welcome_title'),
  render: () => <WelcomeApp topics={topics} isFirefox={import.meta.env.FIREFOX} />,
});
// The sample paragraph gets real highlights and cards: the page app watches the page, so it finds the
// paragraph whenever React puts it in, and again when a change of language rewrites it.
void startPageAppInOwnPage();
