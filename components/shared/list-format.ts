import { intlLocale } from '../../utils/i18n/i18n';

/**
 * Names joined as the interface's language joins them: "Iran, Russia and SWIFT" ('and') or "Iran, Russia or
 * SWIFT" ('or'); Persian writes "ایران، روسیه و سوئیفت". English without the serial comma, as the rest of
 * Backstory's English (British, like its dates).
 */
export function listOf(items: readonly string[], join: 'and' | 'or'): string {
  const type = join === 'and' ? 'conjunction' : 'disjunction';
  try {
    return new Intl.ListFormat(intlLocale(), { type }).format(items);
  } catch {
    return items.join(', ');
  }
}
