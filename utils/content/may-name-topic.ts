import { lazy } from '../lazy';
import { DOTTED_CAPITAL_I, DROPPED_MARKS, PRESENTATION_FORMS } from '../matching/invisible-marks';
import { TOPIC_HINT_FLAGS, TOPIC_HINT_SOURCE } from '../matching/topic-hint.generated';

/** One precompiled regex of alias stems: a superset of what the matcher finds (see topic-gate.ts). */
const hint = lazy(() => new RegExp(TOPIC_HINT_SOURCE, TOPIC_HINT_FLAGS));
/** Marks the hint does not see through, with the ZWNJ a Persian word may hold (the aliases allow it). */
const FOLDABLE = `${DROPPED_MARKS}\\u200C${PRESENTATION_FORMS}${DOTTED_CAPITAL_I}`;
const mayNeedFolding = lazy(() => new RegExp(`[${FOLDABLE}]`));
const invisible = lazy(() => new RegExp(`[${DROPPED_MARKS}\\u200C]`, 'g'));

/**
 * Whether `text` may name a topic. Text holding marks the hint cannot see through is tested again without
 * them: invisible marks and ZWNJs dropped, presentation forms and İ folded. Cheaper than the matcher's
 * normalisation (which also keeps a map back to the original offsets), and the hint's letter classes already
 * cover the letter variants that one folds.
 */
export function mayNameTopic(text: string): boolean {
  const re = hint();
  if (re.test(text)) return true;
  if (!mayNeedFolding().test(text)) return false;
  return re.test(
    text
      .replace(invisible(), '')
      .normalize('NFKC')
      .replace(/\u0130/g, 'i'),
  );
}
