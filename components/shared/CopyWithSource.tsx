import { citeFact, type CiteFormat } from '../../utils/facts/cite';
import { t, type MessageKey } from '../../utils/i18n/i18n';
import type { FactView } from '../../utils/messaging/protocol';
import { CopyFeedback } from './CopyFeedback';
import { useCopy } from './use-copy';

/** A copy control's words, by catalog key: asked when it renders, in the interface's language then. */
interface CopyControl {
  format: CiteFormat;
  label: MessageKey;
  name: MessageKey;
  title: MessageKey;
  /** What a screen reader hears once it is done. */
  copied: MessageKey;
}

const CONTROLS: readonly CopyControl[] = [
  {
    format: 'text',
    label: 'popup_copy',
    name: 'popup_copy_label',
    title: 'popup_copy_hint',
    copied: 'popup_copied',
  },
  {
    format: 'markdown',
    label: 'popup_copy_markdown',
    name: 'popup_copy_markdown_label',
    title: 'popup_copy_markdown_hint',
    copied: 'popup_copied_markdown',
  },
];

/**
 * "Copy with source" for one fact: two quiet buttons, "Copy" (plain text) and "Markdown", at the foot of its
 * card. Each is one click; their names say what is copied, and each visible label is part of its name.
 */
export function CopyWithSource({ fact }: { fact: FactView }) {
  const { outcome, copy } = useCopy<CiteFormat>();
  return (
    <div className="fact__copy">
      <CopyFeedback outcome={outcome} />
      {CONTROLS.map(({ format, label, name, title, copied }) => (
        <button
          key={format}
          type="button"
          className="copy-button"
          aria-label={t(name)}
          title={t(title)}
          data-outcome={outcome?.key === format ? (outcome.ok ? 'copied' : 'failed') : undefined}
          onClick={() => void copy(format, () => citeFact(fact, format), t(copied))}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
