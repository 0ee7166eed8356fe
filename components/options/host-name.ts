import { t } from '../../utils/i18n/i18n';
import { siteOf, validateDisabledSites } from '../../utils/settings/settings-schema';

export type HostInput = { ok: true; host: string } | { ok: false; error: string };

/** Labels of letters, digits and inner hyphens, with a dot somewhere (or localhost); an optional port. */
const HOST_NAME =
  /^(localhost|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(:\d{1,5})?$/;

/**
 * Reads what someone typed as a site: a host name ("example.com"), or a whole address pasted from the
 * address bar, from which the host is taken. International names become their punycode form, as the
 * browser reports hosts. An error is a sentence in the reader's language.
 */
export function parseHostInput(input: string): HostInput {
  const text = input.trim();
  if (text === '') return { ok: false, error: t('options_site_empty') };
  const bad: HostInput = { ok: false, error: t('options_site_invalid', { text }) };
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? siteOf(text) : hostOf(text);
  if (host === undefined || !HOST_NAME.test(host) || validateDisabledSites([host]) === undefined) return bad;
  return { ok: true, host };
}

function hostOf(text: string): string | undefined {
  // A space or a user name is never part of a site; a path after the host is fine ("example.com/news").
  if (/[\s@\\]/.test(text)) return undefined;
  return siteOf(`https://${text}`);
}
