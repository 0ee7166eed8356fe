import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// The popup loads its database after its first paint and an idle moment; on a busy two-core machine running
// the whole suite that can take longer than Testing Library's 1 s default wait for what a test expects.
configure({ asyncUtilTimeout: 5000 });
