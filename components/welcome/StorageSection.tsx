import { t } from '../../utils/i18n/i18n';
import { withElements } from '../shared/with-elements';

/** What Backstory keeps on the reader's device, and that it sends nothing anywhere. */
export function StorageSection() {
  return (
    <section className="card" aria-labelledby="storage-heading" data-backstory-ignore="">
      <h2 id="storage-heading">{t('welcome_storage_heading')}</h2>
      <ul className="welcome__list">
        <li>{t('welcome_storage_settings')}</li>
        <li>{t('welcome_storage_corrections')}</li>
        <li>{t('welcome_storage_facts')}</li>
      </ul>
      <p className="welcome__promise">
        {withElements(t('welcome_promise'), { lead: <strong>{t('welcome_promise_lead')}</strong> })}
      </p>
    </section>
  );
}
