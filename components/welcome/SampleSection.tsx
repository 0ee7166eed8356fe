import { t } from '../../utils/i18n/i18n';
import { withElements } from '../shared/with-elements';

/**
 * A paragraph to try the highlights and the card on: the only text of the welcome page the page app reads
 * (everything else carries `data-backstory-ignore`). Written for this page, in the interface's language; each
 * statement is in the fact base, and each translation names the five topics as Backstory finds them (a test
 * checks).
 */
export function SampleSection() {
  return (
    <section className="card" aria-labelledby="try-heading">
      <div data-backstory-ignore="">
        <h2 id="try-heading">{t('welcome_try_heading')}</h2>
        <p className="hint">
          {withElements(t('welcome_try_hint'), { key: <kbd dir="ltr">Alt+Shift+K</kbd> })}
        </p>
      </div>
      <figure className="welcome__sample">
        <p>{t('welcome_sample')}</p>
        <figcaption data-backstory-ignore="">{t('welcome_sample_caption')}</figcaption>
      </figure>
    </section>
  );
}
