import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
import { setMessages } from '../../utils/i18n/i18n';
import { addEveryGroupVocab } from './all-script-groups';

// The popup loads its database after its first paint and an idle moment; on a busy two-core machine running
// the whole suite that can take longer than Testing Library's 1 s default wait for what a test expects.
configure({ asyncUtilTimeout: 5000 });

// The interface's words in English, as the browser's i18n gives them to the extension (tests have no browser).
setMessages({ locale: 'en', messages: joinParts('en', readCatalogParts().get('en')!) });

// The context rules' words of every script, as on a page that has loaded every script group (the matcher tests
// use the full table too, see all-script-groups.ts).
addEveryGroupVocab();
